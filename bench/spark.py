"""`make bench`, part 2: the same KPI queries on DuckDB and on Spark (local[2]) over 10M and 50M synthetic fact rows.

Three ways to run the compiler's queries, each in its own process (start-up and peak memory of the whole process
tree, the JVM included, are its own): DuckDB over the workspace file (Koers's default), DuckDB over the Parquet
export, and Spark over that same export. Each query runs once cold, then best of KOERS_BENCH_REPEAT (default 2).
The data: three years of daily rows for ad campaigns on four tools, 1% of the campaigns reporting whole months
(period rows, spread over their days by facts_days), written once to bench/out/ and reused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
PY = sys.executable
SIZES = (10_000_000, 50_000_000)
DAYS = 1096  # 2023-01-01 .. 2025-12-31
AD_KPIS = ["ctr", "cpc", "cpm", "cvr", "cpa", "roas"]
WORKLOADS = {  # name: (KPIs, grain, dimension, filter)
    "6 ad KPIs by month x channel": (AD_KPIS, "month", "channel", None),
    "6 ad KPIs by day": (AD_KPIS, "day", None, None),
    "6 ad KPIs total by campaign": (AD_KPIS, "total", "campaign", None),
    "ctr by week, one tool, 2025": (["ctr"], "week", None, "google_ads"),
}
ENGINES = ("duckdb store", "duckdb files", "spark files")


def generate(n: int) -> tuple[Path, Path]:
    """A workspace-like DuckDB file with n fact rows and its Parquet export (both reused when present)."""
    from kpi_core.engine import Engine
    from kpi_core.schema import facts_days_ddl, facts_spans_ddl
    from kpi_core.store import parquet_layout

    folder = OUT / f"spark_{n // 1_000_000}m"
    db, files = folder / "facts.duckdb", folder / "facts.parquet"
    fresh = not (db.exists() and parquet_layout.read_manifest(files))
    if fresh:
        folder.mkdir(parents=True, exist_ok=True)
        db.unlink(missing_ok=True)
    engine = Engine(db)
    # The current schema's views, also over a file an earlier run wrote.
    engine.write(lambda cur: [cur.execute(facts_days_ddl()), cur.execute(facts_spans_ddl())])
    if not fresh:
        engine.close()
        return db, files
    campaigns = n // DAYS
    tools = "['google_ads', 'meta_ads', 'microsoft_ads', 'linkedin_ads']"
    channels = "['Search', 'Display', 'Shopping', 'Video', 'Social']"
    # Campaign c on day d; every 100th campaign reports whole months (one row a month, date .. date_end).
    engine.write(lambda cur: cur.execute(f"""
        INSERT INTO facts (dataset_id, source_id, date, date_end, channel, campaign, impressions, clicks, cost,
                           conversions, conversion_value)
        SELECT 'bench', {tools}[c % 4 + 1], day, CASE WHEN monthly THEN last_day(day) END,
               {channels}[c % 5 + 1], 'Campaign ' || c, imp, clk, round(clk * (0.2 + (h % 230) / 100), 2),
               round(clk * (h % 8) / 100, 2), round(clk * (h % 8) / 100 * (20 + h % 100), 2)
        FROM (SELECT i % {campaigns} AS c, DATE '2023-01-01' + CAST(i // {campaigns} AS INTEGER) AS day,
                     i % {campaigns} % 100 = 0 AS monthly, hash(i) AS h,
                     CAST(50 + hash(i) % 20000 AS DOUBLE) AS imp,
                     floor(CAST(50 + hash(i) % 20000 AS DOUBLE) * (5 + hash(i) % 75) / 1000) AS clk
              FROM range({campaigns * DAYS}) t(i))
        WHERE NOT monthly OR day = date_trunc('month', day)"""))
    parquet_layout.export(engine, files)
    engine.close()
    return db, files


def child(engine_name: str, db: str, files: str) -> None:
    """Run every workload on one engine; print one JSON line."""
    from datetime import date

    from kpi_core import kpis
    from kpi_core.compiler import Filters

    t0 = time.perf_counter()
    if engine_name == "duckdb store":
        from kpi_core.engine import Engine

        backend = Engine(db, read_only=True)
    else:
        from kpi_core.backends import open_files

        backend = open_files(files, engine_name.split()[0])
        backend.rows("SELECT 1")
    out = {"start": time.perf_counter() - t0, "runs": {}}
    repeat = int(os.environ.get("KOERS_BENCH_REPEAT") or 2)
    for name, (ids, grain, dim, tool) in WORKLOADS.items():
        f = Filters(date(2025, 1, 1), date(2025, 12, 31), {"source": tool}) if tool else None
        times, rows = [], None
        for _ in range(1 + repeat):
            t = time.perf_counter()
            rows = kpis.table_many(backend, ids, grain, f, dim)["rows"]
            times.append(time.perf_counter() - t)
        out["runs"][name] = {"cold": times[0], "warm": min(times[1:]), "rows": len(rows),
                             "check": round(sum(r[-2] or 0 for r in rows), 6)}
    print(json.dumps(out))


def _tree_rss(pid: int) -> int:
    """Resident set of a process and all its descendants, in KiB."""
    kids: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += kids.get(p, [])
        try:
            total += int(next(ln for ln in Path(f"/proc/{p}/status").read_text().splitlines()
                              if ln.startswith("VmRSS")).split()[1])
        except (OSError, StopIteration):
            pass
    return total


def measured(engine_name: str, db: Path, files: Path) -> dict:
    """One engine in a child process: its JSON and the peak memory of its process tree (sampled every 50 ms)."""
    env = {**os.environ, "KOERS_SPARK_MASTER": "local[2]"}
    p = subprocess.Popen([PY, __file__, "--child", engine_name, str(db), str(files)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    peak = [0]

    def sample():
        while p.poll() is None:
            peak[0] = max(peak[0], _tree_rss(p.pid))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = p.communicate()
    t.join()
    if p.returncode:
        raise SystemExit(f"{engine_name} failed:\n{err[-3000:]}")
    if err.strip():  # the command line's promise holds here too: nothing on stderr
        print(f"  note: {engine_name} wrote to stderr: {err.strip()[:300]}")
    return {**json.loads(out.strip().splitlines()[-1]), "peak_mib": peak[0] / 1024}


def main() -> None:
    print(f"\nSpark against DuckDB: the compiler's queries on both, local[2] ({os.cpu_count()} cores here)", flush=True)
    wins = []
    for n in SIZES:
        t = time.perf_counter()
        db, files = generate(n)
        from kpi_core.store import parquet_layout

        m = parquet_layout.read_manifest(files)
        size = sum(p.stat().st_size for p in files.rglob("*.parquet")) / 2**20
        print(f"\n{m['rows']:,} fact rows ({size:.0f} MiB of Parquet in {m['files']} files, "
              f"DuckDB file {db.stat().st_size / 2**20:.0f} MiB; ready in {time.perf_counter() - t:.0f} s)", flush=True)
        results = {e: measured(e, db, files) for e in ENGINES}
        head = f"{'':34}" + "".join(f"{e:>24}" for e in ENGINES)
        print(head + "\n" + f"{'':34}" + "".join(f"{'cold / warm s':>24}" for _ in ENGINES))
        print(f"{'start (engine ready)':34}" + "".join(f"{results[e]['start']:>24.1f}" for e in ENGINES))
        for name in WORKLOADS:
            cells = "".join(f"{results[e]['runs'][name]['cold']:>15.2f} / {results[e]['runs'][name]['warm']:<6.2f}"
                            for e in ENGINES)
            print(f"{name:34}{cells}", flush=True)
            checks = {results[e]["runs"][name]["check"] for e in ENGINES}
            assert len({round(c, 2) for c in checks}) == 1, f"{name}: the engines disagree: {checks}"
            best_duck = min(results[e]["runs"][name]["warm"] for e in ENGINES if e.startswith("duckdb"))
            if results["spark files"]["runs"][name]["warm"] < best_duck:
                wins.append(f"{name} at {n:,} rows")
        print(f"{'peak memory, process tree (MiB)':34}" + "".join(f"{results[e]['peak_mib']:>24.0f}" for e in ENGINES))
    print("\nSpark (local[2]) faster than DuckDB on this machine: " + ("; ".join(wins) if wins else "nowhere"))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:5])
    else:
        main()
