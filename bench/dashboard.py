"""Dashboard rerun time on the 1,000,000-row export: first render vs a filter change, server-side via AppTest.

Each run is a process of its own (a first render pays its imports, as the first view after a server start does):
it builds the workspace from the export, then times the page's runs. `--runs N` (default 3) reports the best of N
and the range; the bars hold the best."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STEPS = ["first render", "filter change (channel)", "grain change (week)", "filter back (cached)",
         "rerun, nothing changed", "speed tab opened"]


def measure(export: Path) -> dict:
    """One process's figures in seconds, by step, and its peak RSS in MiB."""
    import resource

    from streamlit.testing.v1 import AppTest

    from kpi_core.i18n import t
    from kpi_core.workspace import Workspace

    tmp = Path(tempfile.mkdtemp(prefix="koers-bench-"))
    os.environ["KOERS_DATA_DIR"] = str(tmp)
    ws_path = tmp / "bench.duckdb"
    t0 = time.perf_counter()
    Workspace(ws_path).add_files([export], lang="en")
    out = {"build workspace (1M rows)": time.perf_counter() - t0}

    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=300)
    at.session_state["koers.workspace"] = str(ws_path)
    at.session_state["koers.lang"] = "en"

    def step(name: str, run) -> None:
        t0 = time.perf_counter()
        run()
        out[name] = time.perf_counter() - t0
        assert not at.exception, at.exception

    step("first render", at.run)
    channels = at.multiselect(key="dash.channel").options
    step("filter change (channel)", lambda: at.multiselect(key="dash.channel").set_value(channels[:1]).run())
    step("grain change (week)", lambda: at.selectbox(key="dash.grain").set_value("week").run())
    step("filter back (cached)", lambda: at.multiselect(key="dash.channel").set_value([]).run())
    step("rerun, nothing changed", at.run)
    at.session_state["dash.tab"] = t("ui.dash.tab_speed", "en")  # speed and acceleration: worked out when opened
    step("speed tab opened", at.run)
    out["peak MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(export: Path, runs: int = 3) -> None:
    from bench.run import bar, line

    child = [sys.executable, __file__, "--one", str(export)]
    runs_out = [subprocess.run(child, check=True, capture_output=True, text=True, cwd=ROOT).stdout for _ in range(runs)]
    results = [json.loads(out.splitlines()[-1]) for out in runs_out]
    best = {k: min(r[k] for r in results) for k in results[0]}
    line("dashboard bench: build workspace (1M rows)", best["build workspace (1M rows)"])
    for name in STEPS:
        spread = f"  (runs {' / '.join(f'{r[name] * 1000:.0f}' for r in results)} ms)" if runs > 1 else ""
        base = None if name == "first render" else best["first render"]
        line(f"dashboard: {name}, best of {runs}", best[name], base, "first render")
        if spread:
            print(f"{'':60}{spread}")
    bar("dashboard first render", best["first render"] * 1000, 1000, "ms")
    bar("dashboard filter change", best["filter change (channel)"] * 1000, 150, "ms")
    print(f"dashboard process peak RSS: {max(r['peak MiB'] for r in results):.0f} MiB")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export", type=Path, help="the 1M-row Google Ads export (bench/data.py writes it)")
    parser.add_argument("--runs", type=int, default=3, help="processes to run; the best of them counts")
    parser.add_argument("--one", action="store_true", help="one run in this process, its figures as JSON")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.export)))
    else:
        main(args.export, args.runs)
