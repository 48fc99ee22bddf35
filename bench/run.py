"""`make bench`: speed and peak memory on 1,000,000 rows, each as a ratio against a baseline in the same run."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
PY = sys.executable
AD_KPIS = ["ctr", "cpc", "cpm", "cvr", "cpa", "roas"]


def timed(fn, repeat: int = 3):
    """Best wall time of `repeat` runs, and the last result."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


# Children run as an installed Koers does: with its modules' bytecode cached (the first of the runs writes it).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_process(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process, start-up included."""
    out = subprocess.run([PY, str(ROOT / "bench" / "measure.py"), *args], capture_output=True, text=True, cwd=ROOT,
                         env=ENV)
    m = json.loads(out.stdout)
    if m["status"] != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{m['stderr']}")
    return m["wall"], m["peak_mib"]


def best_process(args: list[str], repeat: int = 3) -> tuple[float, float]:
    runs = [run_process(args) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def interleaved(commands: dict[str, list[str]], repeat: int = 3) -> dict[str, tuple[float, float]]:
    """Best wall time and peak RSS of each command, run in turns (a, b, c, a, b, c, ...): a busy neighbour slows
    all of them alike, so their ratios hold."""
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
    for _ in range(repeat):
        for name, args in commands.items():
            runs[name].append(run_process(args))
    return {k: (min(r[0] for r in v), min(r[1] for r in v)) for k, v in runs.items()}


def bar(what: str, value: float, limit: float, unit: str = "x") -> None:
    """One line saying whether a figure meets the issue's bar."""
    shown = f"{value:.2f}{unit}" if unit == "x" else f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"
    limit_shown = f"{limit:g}x" if unit == "x" else f"{limit:g} {unit}"
    print(f"  {'ok  ' if value <= limit else 'OVER'} {what}: {shown} (bar {limit_shown})", flush=True)


def line(name: str, seconds: float, base: float | None = None, base_name: str = "", mem: float | None = None):
    ratio = f"  {seconds / base:5.2f}x {base_name}" if base else ""
    peak = f"  peak {mem:7.0f} MiB" if mem is not None else ""
    print(f"{name:60} {seconds * 1000:9.0f} ms{ratio}{peak}", flush=True)


def main() -> None:
    import duckdb

    from bench import growth_table, periods, xlsx_read
    from bench.data import exports, write

    export, clean = write(OUT)
    size = export.stat().st_size / 1e6
    print(f"data: {export.name} ({size:.0f} MB), 1,000,100 rows; python {sys.version.split()[0]}")
    print(f"{'':60} {'best of 3':>12}")

    # 1. End to end, as a user feels it: one process each, start-up included, same 1M-row data, in turns.
    print("1. CLI compute, whole process")
    args = ["--kpi", *AD_KPIS, "--by", "month", "--dim", "channel", "--json"]
    got = interleaved({"duckdb": [PY, "bench/bare_duckdb.py", str(clean)],
                       "pandas": [PY, "bench/bare_pandas.py", str(clean)],
                       "koers": [PY, "-m", "kpi_core", "compute", str(export), *args]})
    (t_duck, m_duck), (t_pandas, m_pandas), (t_cli, m_cli) = got["duckdb"], got["pandas"], got["koers"]
    line("bare duckdb script, clean file [baseline]", t_duck, mem=m_duck)
    line("bare pandas script, clean file", t_pandas, t_duck, "duckdb", mem=m_pandas)
    line("python -m kpi_core compute, raw export", t_cli, t_duck, "duckdb", mem=m_cli)
    print(f"{'':60} {'':12}  {t_cli / t_pandas:5.2f}x pandas")
    bar("compute vs bare duckdb", t_cli / t_duck, 2.0)
    bar("compute vs bare pandas", t_cli / t_pandas, 0.75)
    bar("compute peak memory vs bare duckdb", m_cli / m_duck, 1.5)

    # 2. The dashboard on a 1M-row workspace, server-side (AppTest).
    print("2. Dashboard, 1M-row workspace (AppTest)")
    subprocess.run([PY, str(ROOT / "bench" / "dashboard.py"), str(export)], check=True, cwd=ROOT, env=ENV)
    print("2b. Dashboard in the browser (Chromium), demo workspace")
    subprocess.run([PY, str(ROOT / "bench" / "browser.py")], check=True, cwd=ROOT, env=ENV)

    # 3. How cost grows: 100k, 1M and 10M rows (ten 1M-row uploads), one process per size.
    print("3. Cost growth (read, add into a workspace file, compute, filter change); ratio to 100k")
    growth_table.main({"100k": exports(OUT, "google_ads_100k", 274),
                       "1M": exports(OUT, "google_ads_1m", 2740, years=1),
                       "10M": exports(OUT, "google_ads_1m", 2740, years=10)}, PY, ENV)

    # 4. A 100,000-row workbook.
    print("4. 100,000-row .xlsx")
    book = xlsx_read.workbook(OUT, exports(OUT, "google_ads_100k", 274)[0])
    t_cal, t_xlsx = xlsx_read.measure(book)
    line("python-calamine alone, all cells [baseline]", t_cal)
    line("read_export(xlsx) -> canonical rows", t_xlsx, t_cal, "calamine")
    bar("100k-row xlsx read", t_xlsx * 1000, 1000, "ms")

    # 5. Period rows spread over the grain's periods vs dated rows.
    print("5. Period rows vs dated rows: ad KPIs by month x channel")
    p = periods.measure(clean)
    line(f"dated rows ({p['dated'][1]:,}) [baseline]", p["dated"][0])
    line(f"weekly period rows ({p['period'][1]:,}), spread by month", p["period"][0], p["dated"][0], "dated")
    bar("period rows over dated rows", p["period"][0] / p["dated"][0], 1.2)

    # 6. Ingestion: the export into canonical rows vs DuckDB's own read_csv of the clean file.
    print("6. In one process")
    from kpi_core.ingest import read_export

    base_read, _ = timed(lambda: duckdb.connect().sql(f"SELECT * FROM read_csv('{clean}')").to_arrow_table())
    t_read, res = timed(lambda: read_export(export))
    assert res.info["rows"] == 1_000_100 and res.info["skipped"]["totals"] == 1
    line("duckdb read_csv(clean) -> arrow [baseline]", base_read)
    line("read_export(export) -> canonical rows", t_read, base_read, "duckdb read_csv")
    del res

    # 7. Engine: load + all ad KPIs by month x channel + filter changes, vs pandas doing the same from the same export.
    import pandas as pd

    from kpi_core import kpis
    from kpi_core.compiler import Filters
    from kpi_core.workspace import Workspace

    def koers_first():
        ws = Workspace(None)
        ws.add_results([read_export(export)])
        return ws, kpis.series_many(ws.engine, AD_KPIS, "month", None, "channel")

    def pandas_read():
        df = pd.read_csv(export, skiprows=2, thousands=",", usecols=range(8),
                         dtype={"Campaign": "string", "Campaign type": "string"})
        df = df[df["Campaign"].notna()]  # the 'Total: Account' row has no campaign
        return df.assign(Day=pd.to_datetime(df["Day"], format="%Y-%m-%d"))

    def pandas_kpis(df):
        df = df.assign(period=df["Day"].dt.to_period("M").dt.start_time)
        g = df.groupby(["period", "Campaign type"])[["Impr.", "Clicks", "Cost", "Conversions", "Conv. value"]].sum()
        return pd.DataFrame({"ctr": g["Clicks"] / g["Impr."], "cpc": g["Cost"] / g["Clicks"],
                             "cpm": 1000 * g["Cost"] / g["Impr."], "cvr": g["Conversions"] / g["Clicks"],
                             "cpa": g["Cost"] / g["Conversions"], "roas": g["Conv. value"] / g["Cost"]})

    t_first, (ws, first) = timed(koers_first, repeat=2)
    t_pd_first, frame = timed(lambda: pandas_read(), repeat=2)
    t_pd_kpis, ref = timed(lambda: pandas_kpis(frame), repeat=2)
    t_pd_first += t_pd_kpis
    got = first[first["kpi"] == "roas"].set_index(["period", "channel"])["value"].sort_index()
    want = ref["roas"].sort_index()
    assert len(got) == len(want) and abs(got.to_numpy() - want.to_numpy()).max() < 1e-9, "koers and pandas disagree"
    t_query, _ = timed(lambda: kpis.series_many(ws.engine, AD_KPIS, "month", None, "channel"), repeat=5)
    f = Filters(where={"channel": "Search"})
    t_filter, _ = timed(lambda: kpis.series_many(ws.engine, AD_KPIS, "month", f, "channel"), repeat=5)
    t_pd_filter, _ = timed(lambda: pandas_kpis(frame[frame["Campaign type"] == "Search"]), repeat=5)
    one = Filters(where={"campaign": "Campaign 12"})
    t_one, _ = timed(lambda: kpis.series_many(ws.engine, AD_KPIS, "day", one, None), repeat=5)
    t_pd_one, _ = timed(lambda: frame[frame["Campaign"] == "Campaign 12"].groupby("Day")[["Clicks", "Impr."]].sum(),
                        repeat=5)
    line("pandas: read export + ad KPIs by month x channel [baseline]", t_pd_first)
    line("koers: read + load + ad KPIs by month x channel", t_first, t_pd_first, "pandas")
    line("pandas: ad KPIs by month x channel, data loaded [baseline]", t_pd_kpis)
    line("koers: ad KPIs by month x channel, data loaded", t_query, t_pd_kpis, "pandas")
    line("pandas: filter change (channel) [baseline]", t_pd_filter)
    line("koers: filter change (channel)", t_filter, t_pd_filter, "pandas")
    line("pandas: one campaign by day [baseline]", t_pd_one)
    line("koers: one campaign by day, six KPIs", t_one, t_pd_one, "pandas")
    print(f"bench process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    ws.close()

    # 7. Load: 20 sessions for 60 s on one workspace, latency per action and no write lost (bench/load.py).
    print("7. Load")
    subprocess.run([PY, str(ROOT / "bench" / "load.py")], check=True, cwd=ROOT)

    # 8. Scale-out: the same KPI queries on DuckDB and on Spark (local[2]) over 10M and 50M rows (bench/spark.py).
    print("8. Spark against DuckDB")
    subprocess.run([PY, str(ROOT / "bench" / "spark.py")], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
