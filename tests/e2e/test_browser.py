"""A real browser (Debian chromium, playwright) on `streamlit run`: upload, dashboard, target, goal vs actual."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SAMPLES = ROOT / "sample_data"
CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """`streamlit run app.py` on a free port with an empty workspace; its output is shown on failure."""
    port = free_port()
    log = tmp_path / "server.log"
    env = dict(os.environ, KOERS_DATA_DIR=str(tmp_path / "workspaces"), PYTHONUNBUFFERED="1")
    env.pop("KOERS_WORKSPACE", None)  # a bare start: the first upload makes the workspace
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                pytest.fail(f"streamlit did not start:\n{log.read_text()}")
            time.sleep(0.3)
        yield url, log
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def idle(page, timeout: float = 60_000) -> None:
    """Wait until the script has finished running and nothing shows as running."""
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=timeout, state="attached")
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout)
    page.wait_for_timeout(400)
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=timeout, state="attached")


def no_exception(page, where: str) -> None:
    n = page.locator('[data-testid="stException"]').count()
    assert n == 0, f"{where}: {n} exception element(s): {page.locator('[data-testid=stException]').first.inner_text()}"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    # Streamlit scrolls inside its main container, so grow the viewport to the content for a full-page shot.
    height = page.evaluate("""document.querySelector('[data-testid="stMain"]')?.scrollHeight || 1000""")
    page.set_viewport_size({"width": 1440, "height": min(max(int(height) + 40, 1000), 8000)})
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1440, "height": 1000})


def go(page, url_path: str) -> None:
    links = page.locator('[data-testid="stSidebarNav"] a')
    links.and_(page.locator(f'a[href*="/{url_path}"]')).first.click()
    idle(page)


def charts_rendered(page, at_least: int = 1) -> None:
    page.wait_for_selector(".vega-embed canvas, .vega-embed svg", timeout=30_000)
    n = page.locator(".vega-embed canvas, .vega-embed svg").count()
    assert n >= at_least, f"expected {at_least} charts, found {n}"


def test_upload_dashboard_target_goal_in_both_languages(server):
    from playwright.sync_api import sync_playwright

    url, log = server
    assert Path(CHROMIUM).exists(), "install Debian chromium: apt-get install -y chromium"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page_errors = []  # script errors in the page, e.g. a chart that cannot find its data
            page.on("pageerror", lambda e: page_errors.append(str(e)))
            # The root runs app.py, whose st.navigation switches Streamlit off the pages/-folder mode.
            page.goto(url)
            idle(page)
            go(page, "data")
            no_exception(page, "data (empty)")
            shot(page, "nl-01-data-empty")

            page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(
                [str(SAMPLES / "mailchimp_campaigns.csv"), str(SAMPLES / "hubspot_contacts.csv")])
            page.get_by_text("Resultaat van de upload").wait_for(timeout=60_000)  # added in one step
            idle(page)
            no_exception(page, "data (uploaded)")
            assert page.get_by_text("mailchimp_campaigns.csv").count() >= 1
            shot(page, "nl-02-data-uploaded")

            go(page, "dashboard")
            no_exception(page, "dashboard")
            assert page.locator('[data-testid="stMetric"]').count() >= 2
            charts_rendered(page, 2)
            shot(page, "nl-03-dashboard")

            go(page, "targets")
            no_exception(page, "targets")
            page.get_by_label("Titel").fill("Meer leads in het eerste halfjaar")
            page.get_by_label("Titel").press("Enter")
            idle(page)
            # A target inside the data's period, so goal vs actual has actual figures to show.
            page.locator('[data-testid="stSelectbox"]').filter(has_text="KPI").first.click()
            page.keyboard.type("Leads")
            page.keyboard.press("Enter")
            idle(page)
            for label, day in (("Start", "01-01-2025"), ("Deadline", "30-06-2025")):
                box = page.locator('[data-testid="stDateInput"]').filter(has_text=label).first.locator("input")
                box.fill(day)
                box.press("Enter")
                page.keyboard.press("Escape")  # close the calendar so it does not cover the page
                idle(page)
            page.get_by_label("Doelwaarde", exact=False).first.fill("200")
            page.get_by_label("Doelwaarde", exact=False).first.press("Enter")
            idle(page)
            page.get_by_label("Eigenaar").fill("Sanne")
            page.get_by_label("Eigenaar").press("Enter")
            idle(page)
            shot(page, "nl-04-targets-form")
            page.get_by_role("button", name="Doel opslaan").click()
            idle(page)
            page.get_by_text("Doel opgeslagen").wait_for(timeout=30_000)
            no_exception(page, "targets (saved)")
            shot(page, "nl-05-targets-saved")

            go(page, "goal_vs_actual")
            no_exception(page, "goal vs actual")
            charts_rendered(page, 2)
            assert page.get_by_text("Leads minimaal 200").count() >= 1, "the saved target is shown"
            shot(page, "nl-06-goal-vs-actual")

            page.locator('[data-testid="stSidebar"]').get_by_text("English").click()
            idle(page)
            no_exception(page, "goal vs actual (en)")
            page.get_by_text("Goal vs actual").first.wait_for(timeout=30_000)
            charts_rendered(page, 2)
            shot(page, "en-06-goal-vs-actual")
            for path, name in (("dashboard", "en-03-dashboard"), ("targets", "en-05-targets"),
                               ("data", "en-02-data"), ("funnel", "en-07-funnel"), ("catalogue", "en-08-catalogue")):
                go(page, path)
                no_exception(page, path)
                shot(page, name)
            browser.close()
            assert page_errors == [], page_errors
    except BaseException:
        print(f"--- streamlit output ---\n{log.read_text()}", file=sys.stderr)
        raise
