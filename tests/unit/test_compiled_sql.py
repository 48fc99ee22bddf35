"""The SQL the compiler builds for a handful of KPIs, kept as files and read as SQL in review: a change to KPI SQL
shows in the diff of tests/unit/compiled/*.sql. Rewrite them with KOERS_UPDATE_SQL=1 after a deliberate change.

The same queries also run on a real workspace (the view over column-set tables), not only on a bare table, and
must give the sums counted by hand."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from kpi_core import compiler, kpis
from kpi_core.catalogue import custom_kpi, get
from kpi_core.compiler import Filters

HERE = Path(__file__).parent / "compiled"
CASES = {
    "ctr_by_month": (lambda: get("ctr"), "month", None, None),
    "roas_cross_source": (lambda: get("roas"), "total", None, {"conversion_value": ["google_ads"]}),
    "custom_margin_per_order": (lambda: custom_kpi("margin_per_order", "(revenue - cogs) / orders"), "week", None,
                                None),
    "followers_snapshot": (lambda: get("followers"), "month", None, None),
    "cpc_filtered_by_channel": (lambda: get("cpc"), "day", "campaign", None),
}
FILTERS = {"cpc_filtered_by_channel": Filters(date(2025, 1, 1), date(2025, 1, 31), {"channel": "Google Ads"})}


@pytest.mark.parametrize("name", CASES)
def test_compiled_sql_is_what_review_approved(name):
    make, grain, dim, sources = CASES[name]
    q = compiler.compile_kpi(make(), grain, FILTERS.get(name), dim, measure_sources=sources)
    text = f"-- {q.explain}\n-- params: {sorted(q.params.items())}\n{q.sql.strip()}\n"
    path = HERE / f"{name}.sql"
    if os.environ.get("KOERS_UPDATE_SQL"):
        path.write_text(text)
    assert path.read_text() == text, f"{name}: compiled SQL changed; review it and rewrite with KOERS_UPDATE_SQL=1"


def test_the_compiled_queries_give_hand_counted_sums_on_a_real_workspace(tmp_path):
    from kpi_core.workspace import Workspace

    a = tmp_path / "google.csv"
    a.write_text("Day,Campaign,Impressions,Clicks,Cost,Conv. value\n2025-01-01,A,100,10,5.00,20.00\n"
                 "2025-01-02,A,300,20,10.00,40.00\n")
    b = tmp_path / "meta.csv"  # another tool, another column set: a second table under the view
    b.write_text("Date,Campaign,Impressions,Link clicks,Amount spent\n2025-01-02,M,500,5,15.00\n")
    ws = Workspace(tmp_path / "w.duckdb")
    ws.add_files([a, b])
    tables = ws.engine.rows("SELECT count(*) FROM duckdb_tables() WHERE starts_with(table_name, 'facts_cs_')")[0][0]
    assert tables == 2  # the view's union, not one table
    ctr = kpis.series(ws.engine, "ctr", "total")
    assert ctr["value"][0] == pytest.approx((10 + 20 + 5) / (100 + 300 + 500))
    cpc = kpis.series(ws.engine, "cpc", "day", Filters(date(2025, 1, 2), date(2025, 1, 2)))
    assert cpc["value"].tolist() == pytest.approx([(10 + 15) / (20 + 5)])
    roas = kpis.series(ws.engine, "roas", "total")  # 60 of value on 30 of spend across both tools
    assert roas["value"][0] == pytest.approx((20 + 40) / (5 + 10 + 15))
    by = kpis.series(ws.engine, "cpc", "total", dim="campaign").set_index("campaign")["value"]
    assert by["A"] == pytest.approx(15 / 30) and by["M"] == pytest.approx(15 / 5)
