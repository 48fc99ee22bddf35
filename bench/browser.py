"""In a real browser (Debian chromium, playwright) on `streamlit run` with the demo workspace: a channel filter change
on the dashboard until every tile shows its new value, timed inside the page.

The page itself keeps the clock: a click listener notes the moment of the click on the option, and a
MutationObserver notes each change of the tiles' values; the figure is the last change, so tiles that arrive one
after another count at the last one. The baseline is the rerun as the server sees it: from the same click until the
page says the script has stopped running. Also shown: until the page's last change of any kind (the charts drawn).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TILES = '[data-testid="stMetricValue"]'

WATCH = """() => {
  const text = () => [...document.querySelectorAll('__TILES__')].map(e => e.innerText).join('|');
  window.__koers = {before: text(), shown: text(), clicked: null, changed: null, stopped: null, last: null};
  document.addEventListener('mousedown', () => { if (window.__koers.clicked === null)
    window.__koers.clicked = performance.now(); }, true);
  new MutationObserver(() => {
    const k = window.__koers;
    if (k.clicked === null) return;
    const now = text();
    if (now !== k.shown) { k.shown = now; k.changed = performance.now(); }
    k.last = performance.now();
    const state = document.querySelector('[data-test-script-state]');
    if (state && state.getAttribute('data-test-script-state') === 'running') k.running = true;
    if (k.running && state && state.getAttribute('data-test-script-state') === 'notRunning' && k.stopped === null)
      k.stopped = performance.now();
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
}""".replace("__TILES__", TILES)


def _change(page, option: str) -> tuple[float, float, float]:
    """Pick one channel; (ms until the tiles settled, until the script stopped, until the page's last change)."""
    page.evaluate(WATCH)
    page.get_by_role("combobox", name="Channel").click()
    page.locator('[role="option"]').filter(has_text=option).first.wait_for(timeout=10_000)
    page.evaluate("() => { window.__koers.clicked = null; }")  # the clock starts at the click on the option
    page.locator('[role="option"]').filter(has_text=option).first.click()
    page.wait_for_function("() => window.__koers.stopped !== null", timeout=120_000)
    page.wait_for_timeout(1000)  # anything that still arrives after the script stopped counts too
    k = page.evaluate("() => window.__koers")
    if k["changed"] is None or k["shown"] == k["before"]:
        raise SystemExit(f"browser bench: the tiles did not change for channel {option!r}")
    page.keyboard.press("Escape")
    return k["changed"] - k["clicked"], k["stopped"] - k["clicked"], k["last"] - k["clicked"]


def main(repeat: int = 3) -> None:
    from playwright.sync_api import sync_playwright

    from bench.run import bar, line
    from tests.e2e.streamlit_server import CHROMIUM, CHROMIUM_ARGS, idle, serving

    tmp = Path(tempfile.mkdtemp(prefix="koers-browser-"))
    demo = tmp / "demo.duckdb"
    subprocess.run([sys.executable, "-m", "kpi_core", "demo", "--workspace", str(demo)], check=True, cwd=ROOT,
                   capture_output=True)
    env = dict(os.environ, KOERS_WORKSPACE=str(demo), KOERS_DATA_DIR=str(tmp))
    with serving(env, tmp / "server.log") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.goto(f"{url}/dashboard?lang=en")
        idle(page)
        page.locator('[data-testid="stSidebar"]').get_by_text("English").click()
        idle(page)
        page.locator(TILES).first.wait_for(timeout=60_000)
        page.get_by_role("combobox", name="Channel").click()
        page.locator('[role="option"]').first.wait_for(timeout=10_000)
        options = page.locator('[role="option"]').all_inner_texts()
        page.keyboard.press("Escape")
        idle(page)
        runs = []
        for i in range(repeat):
            page.goto(f"{url}/dashboard?lang=en")  # no channel chosen: all channels
            idle(page)
            page.locator(TILES).first.wait_for(timeout=60_000)
            runs.append(_change(page, options[i % len(options)]))
        browser.close()
    settled = min(r[0] for r in runs)
    stopped = min(r[1] for r in runs)
    drawn = min(r[2] for r in runs)
    line("browser, demo: filter change until the script stopped [baseline]", stopped / 1000)
    line("browser, demo: filter change until every tile shows its new value", settled / 1000, stopped / 1000,
         "script stopped")
    line("browser, demo: filter change until the page's last change", drawn / 1000, stopped / 1000,
         "script stopped")
    bar("browser filter change until the tiles settle", settled, 300, "ms")


if __name__ == "__main__":
    main()
