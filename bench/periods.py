"""Period rows vs dated rows: the ad KPIs by month x channel over 1,000,100 daily rows, and over the same figures as
weekly period rows (date to date_end, 1/7 as many rows) that the KPI SQL spreads over the months they touch."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
AD_KPIS = ["ctr", "cpc", "cpm", "cvr", "cpa", "roas"]
COLUMNS = """"Day" AS date, "Campaign" AS campaign, "Campaign type" AS channel, "Impr."::DOUBLE AS impressions,
             "Clicks"::DOUBLE AS clicks, "Cost"::DOUBLE AS cost, "Conversions"::DOUBLE AS conversions,
             "Conv. value"::DOUBLE AS conversion_value"""


def _workspace(clean: Path, weekly: bool):
    import duckdb

    from kpi_core.ingest.result import ReadResult
    from kpi_core.workspace import Workspace

    con = duckdb.connect()
    if weekly:  # the same figures per campaign and week, as one row from its first day to its last
        sql = f"""SELECT min(date) AS date, max(date) AS date_end, campaign, channel, sum(impressions) AS impressions,
                         sum(clicks) AS clicks, sum(cost) AS cost, sum(conversions) AS conversions,
                         sum(conversion_value) AS conversion_value
                  FROM (SELECT {COLUMNS} FROM read_csv('{clean}'))
                  GROUP BY campaign, channel, (date - DATE '2025-01-01') // 7 ORDER BY date"""
    else:
        sql = f"SELECT {COLUMNS} FROM read_csv('{clean}')"
    rows = con.sql(sql).to_arrow_table()
    con.close()
    ws = Workspace(None)
    info = {"file": "bench.csv", "source": "google_ads", "rows": rows.num_rows}
    ws.add_results([ReadResult(rows=rows, info=info, content_hash=f"bench-{weekly}")], lang="en")
    return ws, rows.num_rows


def measure(clean: Path, repeat: int = 7) -> dict:
    """Best-of seconds for both, and their row counts. The two queries run in turns, so that both meet the same
    moments of a shared machine (one after the other, a busy minute lands on one of them only)."""
    from kpi_core import kpis

    made = {name: _workspace(clean, weekly) for name, weekly in (("dated", False), ("period", True))}
    best = dict.fromkeys(made, float("inf"))
    for _ in range(repeat):
        for name, (ws, _n) in made.items():
            t0 = time.perf_counter()
            kpis.table_many(ws.engine, AD_KPIS, "month", None, "channel")
            best[name] = min(best[name], time.perf_counter() - t0)
    for ws, _n in made.values():
        ws.close()
    return {name: (best[name], n) for name, (_ws, n) in made.items()}
