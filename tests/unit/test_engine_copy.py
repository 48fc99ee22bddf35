"""The app's engine answers KPI queries from a copy of facts_days and facts_spans in memory (engine._read_copy): the
same rows as the file's views give, made again after every write, and none above engine.COPY_ROWS."""

import datetime as dt

import pytest

from kpi_core import engine as engine_module
from kpi_core import kpis
from kpi_core.compiler import Filters
from kpi_core.workspace import Workspace

# A Google Ads report of one period (no date column): one period row per campaign, spread over its days by the views.
PERIOD_REPORT = ("Campaign report\nMarch 3, 2025 - April 13, 2025\n"
                 "Campaign,Campaign type,Currency code,Impr.,Clicks,Cost\n"
                 "Spring,Search,EUR,\"12,000\",600,420.50\nBrand,Display,EUR,8000,90,77.25\n")
# Cost in dollars beside the demo's euros, converted by the workspace's rates (facts_money under the views).
DOLLARS = ("Date,Campaign,Clicks,Impressions,Cost (USD)\n"
           "2025-02-10,US test,40,900,120.00\n2025-03-12,US test,25,700,80.00\n")


def _answers(eng, ids) -> list:
    """Every KPI by several grains, splits and filters, as the dashboard and the CLI ask them."""
    lo, hi = dt.date(2025, 2, 15), dt.date(2025, 4, 30)
    out = []
    for grain in ("total", "day", "week", "month", "quarter"):
        for dim in (None, "channel"):
            for f in (None, Filters(lo, hi), Filters(lo, hi, {"channel": ["Search"]})):
                out.append(kpis.table_many(eng, ids, grain, f, dim)["rows"])
    return out


@pytest.fixture
def shared(demo_copy, tmp_path, write):
    path = tmp_path / "ws.duckdb"
    demo_copy(path).add_files([write("period.csv", PERIOD_REPORT), write("usd.csv", DOLLARS)], lang="en")
    ws = Workspace.shared(path)
    for month in ("2025-02", "2025-03"):
        ws.set_rate("USD", "EUR", month, 0.9)
    yield ws
    ws.close()


def test_kpis_from_the_copy_are_the_rows_the_files_views_give(shared):
    eng = shared.engine
    # Both views' harder parts are in play: Google Ads' period rows spread over their days, dollars converted.
    assert eng.rows("SELECT DISTINCT source_id FROM facts WHERE date_end > date") == [("google_ads",)]
    assert shared.money().converted == ("USD",)
    ids = kpis.present_kpis(eng)
    from_copy = _answers(eng, ids)
    assert eng._copied == (eng.version, True)
    (n,) = eng.rows(f"SELECT count(*) FROM {engine_module.COPY}.main.facts_days")[0]
    assert n == eng.rows("SELECT count(*) FROM facts_days")[0][0] > 0
    eng.keeps_copy = False
    assert _answers(eng, ids) == from_copy
    # The path through pandas (a growth or cumulative KPI, the speed tab) reads the copy too.
    eng.keeps_copy = True
    cpc = kpis.get("cpc")
    copied = kpis.compare(eng, cpc, "week", Filters(dt.date(2025, 3, 1), dt.date(2025, 3, 31)))
    eng.keeps_copy = False
    assert copied.equals(kpis.compare(eng, cpc, "week", Filters(dt.date(2025, 3, 1), dt.date(2025, 3, 31))))


def test_a_write_is_in_the_next_answer(shared, write):
    eng = shared.engine
    before = kpis.table_many(eng, ["clicks"], "month")["rows"]
    made = eng._copied
    shared.add_files([write("may.csv", "Campaign report\nMay 1, 2025 - May 2, 2025\n"
                                       "Day,Campaign,Campaign type,Currency code,Impr.,Clicks,Cost\n"
                                       "2025-05-01,Spring,Search,EUR,5000,1000,10.00\n")], lang="en")
    after = kpis.table_many(eng, ["clicks"], "month")["rows"]
    assert eng._copied == (eng.version, True) and eng._copied != made
    may = [r[4] for r in after if str(r[1]) == "2025-05-01"]
    assert may == [1000.0] and not [r for r in before if str(r[1]) == "2025-05-01"]
    # A rate is a write too: the copy's money follows it (the dollars' cost, asked of that file's tool).
    dollars = {"cost": ["generic"]}
    march = lambda: [r[4] for r in kpis.table_many(eng, ["cost"], "month", measure_sources=dollars)["rows"]  # noqa: E731
                     if str(r[1]) == "2025-03-01"]
    assert march() == [pytest.approx(80.0 * 0.9)]
    shared.set_rate("USD", "EUR", "2025-03", 0.5)
    assert march() == [pytest.approx(80.0 * 0.5)]


def test_no_copy_above_the_limit(shared, monkeypatch):
    eng = shared.engine
    kpis.table_many(eng, ["clicks"], "total")
    assert eng._copied[1]
    monkeypatch.setattr(engine_module, "COPY_ROWS", 10)
    shared.set_setting("currency", "EUR")  # a write: the next query looks again
    rows = kpis.table_many(eng, ["clicks"], "month")["rows"]
    assert eng._copied == (eng.version, False)
    assert not eng.rows(f"SELECT count(*) FROM duckdb_tables() WHERE database_name = '{engine_module.COPY}'")[0][0]
    eng.keeps_copy = False
    assert kpis.table_many(eng, ["clicks"], "month")["rows"] == rows


def test_only_the_shared_engine_keeps_a_copy(tmp_path, demo_copy):
    ws = demo_copy(tmp_path / "own.duckdb")
    try:
        kpis.table_many(ws.engine, ["clicks"], "total")
        assert not ws.engine.keeps_copy and ws.engine._copied is None  # the CLI's one query: no copy to make
    finally:
        ws.close()


def test_without_period_rows_the_spans_are_a_view_of_the_days(demo_copy, tmp_path, write):
    demo_copy(tmp_path / "plain.duckdb").close()
    ws = Workspace.shared(tmp_path / "plain.duckdb")
    try:
        for (weekly,) in ws.engine.rows("SELECT DISTINCT dataset_id FROM facts WHERE date_end > date"):
            ws.remove(weekly)  # the demo's Google Ads report by week: each row its week
        eng, ids = ws.engine, kpis.present_kpis(ws.engine)
        kind = lambda: eng.rows("SELECT table_type FROM information_schema.tables "  # noqa: E731
                                "WHERE table_catalog = ? AND table_name = 'facts_spans'", [engine_module.COPY])
        from_copy = _answers(eng, ids)
        assert kind() == [("VIEW",)] and not kpis.has_periods(eng)
        eng.keeps_copy = False
        assert _answers(eng, ids) == from_copy
        eng.keeps_copy = True
        ws.add_files([write("period.csv", PERIOD_REPORT)], lang="en")  # now with period rows: a table of its own
        from_copy = _answers(eng, ids)
        assert kind() == [("BASE TABLE",)] and kpis.has_periods(eng)
        eng.keeps_copy = False
        assert _answers(eng, ids) == from_copy
    finally:
        ws.close()
