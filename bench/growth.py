"""How cost grows: one process per size reads and adds its exports into a workspace file, then computes the ad KPIs
by month x channel and a filter change. Prints one JSON object (seconds, peak RSS in MiB); bench/run.py tabulates.

`python bench/growth.py FILE [FILE ...]`: ten 1,000,000-row uploads make the 10M-row workspace."""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
AD_KPIS = ["ctr", "cpc", "cpm", "cvr", "cpa", "roas"]


def best(fn, repeat: int = 3) -> float:
    out = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t0)
    return out


def main(files: list[Path]) -> None:
    from kpi_core import kpis
    from kpi_core.compiler import Filters
    from kpi_core.ingest import read_export
    from kpi_core.workspace import Workspace

    reads, adds, rows = [], [], 0
    with tempfile.TemporaryDirectory(prefix="koers-bench-") as tmp:
        ws = Workspace(Path(tmp) / "growth.duckdb")
        try:
            for f in files:
                t0 = time.perf_counter()
                r = read_export(f)
                reads.append(time.perf_counter() - t0)
                rows += r.info["rows"]
                t0 = time.perf_counter()
                (rep,) = ws.add_results([r], lang="en")
                adds.append(time.perf_counter() - t0)
                assert rep["status"] == "added", rep
                del r
            compute = best(lambda: kpis.table_many(ws.engine, AD_KPIS, "month", None, "channel"))
            search = Filters(where={"channel": "Search"})
            change = best(lambda: kpis.table_many(ws.engine, AD_KPIS, "month", search, "channel"))
        finally:
            ws.close()
    print(json.dumps({"rows": rows, "read": sum(reads), "add": sum(adds), "add_max": max(adds), "compute": compute,
                      "filter": change, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]])
