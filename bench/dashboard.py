"""Dashboard rerun time on the 1,000,000-row export: first render vs a filter change, server-side via AppTest."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(export: Path) -> None:
    from streamlit.testing.v1 import AppTest

    from bench.run import line
    from kpi_core.workspace import Workspace

    tmp = Path(tempfile.mkdtemp(prefix="koers-bench-"))
    os.environ["KOERS_DATA_DIR"] = str(tmp)
    ws_path = tmp / "bench.duckdb"
    t0 = time.perf_counter()
    Workspace(ws_path).add_files([export], lang="en")
    line("dashboard bench: build workspace (1M rows)", time.perf_counter() - t0)

    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=300)
    at.session_state["koers.workspace"] = str(ws_path)
    at.session_state["koers.lang"] = "en"
    t0 = time.perf_counter()
    at.run()
    first = time.perf_counter() - t0
    assert not at.exception, at.exception
    line("dashboard: first render [baseline]", first)

    channels = at.multiselect(key="dash.channel").options
    t0 = time.perf_counter()
    at.multiselect(key="dash.channel").set_value([channels[0]] if channels else []).run()
    change = time.perf_counter() - t0
    assert not at.exception, at.exception
    line("dashboard: filter change (channel), rerun", change, first, "first render")

    t0 = time.perf_counter()
    at.selectbox(key="dash.grain").set_value("week").run()
    grain = time.perf_counter() - t0
    assert not at.exception, at.exception
    line("dashboard: grain change (week), rerun", grain, first, "first render")

    t0 = time.perf_counter()
    at.multiselect(key="dash.channel").set_value([]).run()
    back = time.perf_counter() - t0
    line("dashboard: filter back (cached), rerun", back, first, "first render")
    import resource

    from bench.run import bar

    bar("dashboard first render", first * 1000, 1000, "ms")
    bar("dashboard filter change", change * 1000, 150, "ms")
    print(f"dashboard process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
