"""Period rows by week or longer: spread over the grain's periods (compiler._spread), counted by hand, and the same
sums as spreading them over their days (facts_days) and grouping those."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_core import compiler, kpis
from kpi_core.catalogue import get
from kpi_core.compiler import Filters
from tests.unit import facts_helper
from tests.unit.facts_helper import engine_with

D = dt.date


@pytest.fixture(autouse=True, params=["table", "view"])
def layout(request, monkeypatch):
    monkeypatch.setattr(facts_helper, "LAYOUT", request.param)


def by_period(e, kpi: str, grain: str, f: Filters | None = None) -> dict:
    out = kpis.table_many(e, [kpi], grain, f)
    at = {c: i for i, c in enumerate(out["columns"])}
    return {r[at["period"]]: (r[at["numerator"]], r[at["denominator"]], r[at["estimated"]]) for r in out["rows"]}


# 15 January to 14 February: 31 days, 310 spent, 31 clicks; and one dated row.
MONTHLY = [{"source_id": "meta_ads", "date": D(2025, 1, 15), "date_end": D(2025, 2, 14), "cost": 310, "clicks": 31},
           {"source_id": "google_ads", "date": D(2025, 2, 20), "cost": 5, "clicks": 1}]


def test_a_period_row_counts_in_each_month_by_its_days_there():
    got = by_period(engine_with(MONTHLY), "cpc", "month")
    assert got[D(2025, 1, 1)] == (pytest.approx(170), pytest.approx(17), True)  # 15-31 January: 17 of 31 days
    assert got[D(2025, 2, 1)] == (pytest.approx(140 + 5), pytest.approx(14 + 1), True)


def test_the_filters_dates_cut_a_period_row_as_they_cut_its_days():
    f = Filters(date_from=D(2025, 1, 20), date_to=D(2025, 2, 10))
    got = by_period(engine_with(MONTHLY), "cpc", "month", f)
    assert got[D(2025, 1, 1)][:2] == (pytest.approx(120), pytest.approx(12))  # 20-31 January
    assert got[D(2025, 2, 1)][:2] == (pytest.approx(100), pytest.approx(10))  # 1-10 February; the 20th is out
    total = by_period(engine_with(MONTHLY), "cpc", "total", f)
    assert list(total.values()) == [(pytest.approx(220), pytest.approx(22), True)]


def test_a_period_row_within_one_week_is_whole_there_and_weeks_start_on_monday():
    # Wednesday 1 to Tuesday 14 January: 5 days in the week of 30 December, 7 in the next, 2 in the one after.
    e = engine_with([{"source_id": "meta_ads", "date": D(2025, 1, 1), "date_end": D(2025, 1, 14), "clicks": 140,
                      "impressions": 1400},
                     {"source_id": "meta_ads", "date": D(2025, 1, 20), "date_end": D(2025, 1, 26), "clicks": 7,
                      "impressions": 70}])
    got = by_period(e, "ctr", "week")
    assert {p: v[0] for p, v in got.items()} == {D(2024, 12, 30): pytest.approx(50), D(2025, 1, 6): pytest.approx(70),
                                                 D(2025, 1, 13): pytest.approx(20), D(2025, 1, 20): pytest.approx(7)}
    assert got[D(2025, 1, 20)][2] is False  # Monday to Sunday: a whole week, no estimate


def test_a_snapshot_counts_whole_on_its_period_rows_last_day():
    e = engine_with([{"source_id": "meta_ads", "date": D(2025, 1, 1), "date_end": D(2025, 2, 14), "followers": 500}])
    assert {p: v[0] for p, v in by_period(e, "followers", "month").items()} == {D(2025, 2, 1): 500}
    assert by_period(e, "followers", "month", Filters(date_to=D(2025, 2, 13))) == {}  # its last day is out


_span = st.tuples(st.dates(D(2024, 11, 1), D(2025, 3, 31)), st.integers(0, 75))
_fact = st.builds(lambda span, ch, c, k, dated: {
    "source_id": "meta_ads", "date": span[0], "date_end": None if dated else span[0] + dt.timedelta(days=span[1]),
    "channel": ch, "cost": c, "clicks": k, "impressions": 10 * k + 1}, _span, st.sampled_from(["Search", "Social"]),
    st.floats(0, 1e4, allow_nan=False), st.integers(0, 500), st.booleans())
_day = st.one_of(st.none(), st.dates(D(2024, 12, 1), D(2025, 2, 28)))
_filters = st.builds(lambda lo, hi, ch: Filters(date_from=lo, date_to=max(hi, lo) if lo and hi else hi,
                                                where={"channel": ch} if ch else {}),
                     _day, _day, st.sampled_from([None, "Search"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_fact, min_size=1, max_size=12), _filters, st.sampled_from(["week", "month", "quarter", "total"]),
       st.sampled_from([None, "channel"]))
def test_spread_over_periods_gives_the_rows_of_spreading_over_days(rows, f, grain, dim):
    e = engine_with(rows)
    ks = [get("cpc"), get("ctr"), get("cpm")]

    def run(periods: bool | str):  # "days": facts_days at every grain, as Spark does
        q = compiler.compile_kpis(ks, grain, f, dim, periods=periods)
        assert ("spread AS" in q.sql) is (periods is True)
        return e.records(q.sql, q.params)

    (cols, new), (_, old) = run(True), run("days")
    assert len(new) == len(old)
    for a, b in zip(new, old, strict=True):  # the numbers, and which of them are estimates
        for c, x, y in zip(cols, a, b, strict=True):
            assert x == (pytest.approx(y, rel=1e-9, abs=1e-9) if isinstance(y, float) else y), c


def test_an_engine_that_spreads_by_day_gets_facts_days_at_every_grain_and_the_same_figures():
    e = engine_with(MONTHLY)
    assert kpis._periods(e) is True and "spread AS" in compiler.compile_kpis([get("cpc")], "month").sql
    want = by_period(e, "cpc", "month")
    e.spreads_by_day = True  # as SparkBackend says of itself
    assert kpis._periods(e) == "days"
    assert "spread AS" not in compiler.compile_kpis([get("cpc")], "month", periods="days").sql
    assert by_period(e, "cpc", "month") == {p: (pytest.approx(n), pytest.approx(d), x) for p, (n, d, x) in want.items()}
