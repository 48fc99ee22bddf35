"""The compiler: sums first then the ratio, grains, the date spine, filters as params, sources of truth."""

import datetime as dt

import pandas as pd
import pytest

from kpi_core import kpis
from kpi_core.catalogue import custom_kpi, get
from kpi_core.compiler import Filters, UnknownDimension, choose_sources, compile_kpi, compile_kpis
from tests.unit import facts_helper
from tests.unit.facts_helper import engine_with


@pytest.fixture(autouse=True, params=["table", "view"])
def layout(request, monkeypatch):
    """Every test on a plain facts table and on the workspace's own view over column-set tables."""
    monkeypatch.setattr(facts_helper, "LAYOUT", request.param)
    return request.param


def run(e, kpi, grain="total", filters=None, dim=None, **kw):
    q = compile_kpi(get(kpi), grain, filters, dim, **kw)
    return e.query(q.sql, q.params)


def one(e, kpi, filters=None, **kw):
    row = run(e, kpi, "total", filters, **kw).iloc[0]
    return {k: (None if pd.isna(row[k]) else row[k]) for k in ("numerator", "denominator", "value")}


ADS = [
    {"source_id": "google_ads", "date": "2025-01-03", "channel": "Search", "campaign": "Brand",
     "impressions": 6000, "clicks": 400, "cost": 600, "conversion_value": 3000},
    {"source_id": "google_ads", "date": "2025-01-20", "channel": "Search", "campaign": "Generic",
     "impressions": 3000, "clicks": 80, "cost": 300, "conversion_value": 1500},
    {"source_id": "meta_ads", "date": "2025-03-10", "channel": "Social", "campaign": "Retarget", "source": "facebook",
     "impressions": 1000, "clicks": 20, "cost": 100, "conversion_value": 500},
]


def test_articles_ctr_example():
    e = engine_with([{"source_id": "google_ads", "date": "2025-01-01", "impressions": 10000, "clicks": 500}])
    assert one(e, "ctr") == {"numerator": 500, "denominator": 10000, "value": 0.05}


def test_articles_roas_example():
    e = engine_with([{"source_id": "google_ads", "date": "2025-01-01", "cost": 1000, "conversion_value": 5000}])
    assert one(e, "roas")["value"] == 5


def test_rate_is_ratio_of_sums_not_mean_of_rates():
    e = engine_with(ADS)
    # rows' CTRs 6.67%, 2.67% and 2% average to 3.78%; the ratio of sums is 500 / 10000.
    assert one(e, "ctr") == {"numerator": 500, "denominator": 10000, "value": 0.05}
    assert one(e, "cpm")["value"] == pytest.approx(1000 * 1000 / 10000)


def test_zero_denominator_gives_null():
    e = engine_with([{"source_id": "google_ads", "date": "2025-01-01", "impressions": 0, "clicks": 0, "cost": 5}])
    assert one(e, "ctr") == {"numerator": 0, "denominator": 0, "value": None}
    assert one(e, "cpc")["value"] is None


def test_kpi_without_division_has_no_denominator():
    e = engine_with(ADS)
    assert one(e, "cost") == {"numerator": 1000, "denominator": None, "value": 1000}


def test_empty_periods_are_rows_with_null():
    df = run(engine_with(ADS), "ctr", "month")
    assert [str(p.date()) for p in df["period"]] == ["2025-01-01", "2025-02-01", "2025-03-01"]
    assert df["value"].isna().tolist() == [False, True, False]
    assert df["value"].iloc[0] == pytest.approx(480 / 9000)


def test_date_range_sets_the_spine():
    f = Filters(dt.date(2024, 12, 15), dt.date(2025, 4, 30))
    df = run(engine_with(ADS), "cost", "month", f)
    assert [p.month for p in df["period"]] == [12, 1, 2, 3, 4]
    assert df["value"].tolist()[1] == 900 and df["value"].isna().sum() == 3


def test_iso_week_starts_monday_across_year_boundary():
    rows = [{"source_id": "google_ads", "date": d, "clicks": n} for d, n in
            [("2024-12-29", 1), ("2024-12-30", 2), ("2025-01-01", 4), ("2025-01-05", 8), ("2025-01-06", 16)]]
    df = run(engine_with(rows), "clicks", "week")
    assert [str(p.date()) for p in df["period"]] == ["2024-12-23", "2024-12-30", "2025-01-06"]
    assert df["value"].tolist() == [1, 14, 16]


@pytest.mark.parametrize(("grain", "periods"), [
    ("day", 67), ("quarter", 1), ("year", 1), ("total", 1),
])
def test_grains(grain, periods):
    df = run(engine_with(ADS), "clicks", grain)
    assert len(df) == periods and df["value"].sum() == 500


def test_total_period_is_null():
    assert pd.isna(run(engine_with(ADS), "ctr")["period"].iloc[0])


def test_filter_by_channel_and_campaign():
    e = engine_with(ADS)
    assert one(e, "cost", Filters(where={"channel": "Search"}))["value"] == 900
    assert one(e, "cost", Filters(where={"campaign": ["Brand", "Retarget"]}))["value"] == 700
    assert one(e, "cost", Filters(where={"channel": "Search", "campaign": "Generic"}))["value"] == 300
    assert one(e, "cost", Filters(where={"channel": []}))["value"] is None


def test_filter_source_means_the_tool_or_the_traffic_source():
    e = engine_with(ADS)
    assert one(e, "cost", Filters(where={"source": "google_ads"}))["value"] == 900
    assert one(e, "cost", Filters(where={"source": "facebook"}))["value"] == 100  # the traffic-source dimension
    assert one(e, "cost", Filters(where={"source": "tiktok_ads"}, ), known_sources={"tiktok_ads"})["value"] is None


def test_filter_by_date_range_is_inclusive():
    e = engine_with(ADS)
    assert one(e, "cost", Filters(dt.date(2025, 1, 3), dt.date(2025, 1, 20)))["value"] == 900


def test_user_values_are_params_never_sql():
    evil = "x'); DROP TABLE facts; --"
    q = compile_kpi(get("ctr"), "month", Filters(dt.date(2025, 1, 1), None, {"campaign": [evil]}), "channel")
    assert evil not in q.sql and "2025" not in q.sql and evil in q.params.values()
    assert engine_with(ADS).query(q.sql, q.params)["value"].isna().all()


def test_unknown_dimension_is_a_user_error():
    with pytest.raises(UnknownDimension):
        compile_kpi(get("ctr"), "total", Filters(where={"colour": "red"}))
    with pytest.raises(UnknownDimension):
        compile_kpi(get("ctr"), "month", None, "date; DROP TABLE facts")


def test_by_dimension_with_empty_periods():
    df = run(engine_with(ADS), "cost", "month", dim="channel")
    assert len(df) == 6  # 3 months x 2 channels
    jan = df[df["period"] == pd.Timestamp("2025-01-01")].set_index("channel")["value"]
    assert jan["Search"] == 900 and pd.isna(jan["Social"])


def test_missing_measure_in_a_period_counts_as_zero_when_others_have_data():
    rows = [{"source_id": "hubspot_deals", "date": "2025-01-05", "deals_won": 3},
            {"source_id": "hubspot_deals", "date": "2025-02-05", "deals_won": 1, "deals_lost": 3}]
    df = run(engine_with(rows), "win_rate", "month")
    assert df["value"].tolist() == [1.0, 0.25]
    assert df["denominator"].tolist() == [3, 4]


def test_followers_are_the_last_value_per_period():
    rows = [{"source_id": "generic", "date": d, "channel": c, "followers": n} for d, c, n in [
        ("2025-01-10", "Instagram", 100), ("2025-01-31", "Instagram", 120), ("2025-01-20", "LinkedIn", 50),
        ("2025-02-15", "Instagram", 130)]]
    df = run(engine_with(rows), "followers", "month")
    assert df["value"].tolist() == [170, 130]  # 120 + 50 (each page's last value), then 130
    assert one(engine_with(rows), "followers")["value"] == 180  # Instagram 130 + LinkedIn 50


def test_custom_formula_compiles_like_the_catalogue():
    e = engine_with(ADS)
    k = custom_kpi("net_roas", "(conversion_value - cost) / cost")
    q = compile_kpi(k, "total")
    row = e.query(q.sql, q.params).iloc[0]
    assert (row["numerator"], row["denominator"], row["value"]) == (4000, 1000, 4)


def test_source_of_truth_restricts_a_measure_to_its_tools():
    rows = ADS + [{"source_id": "ga4", "date": "2025-01-03", "cost": 600, "sessions": 900}]
    e = engine_with(rows)
    assert one(e, "cost")["value"] == 1600  # without a choice every row counts
    ms = {"cost": ["google_ads", "meta_ads"]}
    assert one(e, "cost", measure_sources=ms)["value"] == 1000


def test_default_sources_sum_ad_tools_and_leave_out_re_reporters():
    chosen = choose_sources({
        "cost": {"google_ads", "meta_ads", "ga4"}, "clicks": {"google_ads", "meta_ads"},
        "revenue": {"shopify_orders", "ga4"}, "sessions": {"ga4"}, "leads": {"meta_ads", "hubspot_contacts"},
        "conversions": {"tiktok_ads", "ga4"},
    })
    assert chosen["cost"] == (["google_ads", "meta_ads"], ["ga4"])
    assert chosen["revenue"] == (["shopify_orders"], ["ga4"])
    assert chosen["leads"] == (["hubspot_contacts"], ["meta_ads"])
    assert chosen["conversions"] == (["tiktok_ads"], ["ga4"])
    assert "clicks" not in chosen and "sessions" not in chosen


def test_explain_says_how_the_number_is_made():
    q = compile_kpi(get("cpm"), "month", Filters(where={"channel": "Search"}))
    assert q.explain == "(1000 × cost) ÷ impressions, per month, channel = Search"


def test_facts_without_period_rows_skip_the_estimate_question_with_the_same_rows():
    """Without period rows no figure is an estimate: the query that does not ask gives the very same rows."""
    e = engine_with(ADS)
    assert not kpis.has_periods(e)
    ks = [get(k) for k in ("ctr", "cpc", "roas", "clicks")]
    for grain, f, dim in [("day", None, None), ("month", Filters(dt.date(2025, 1, 5), dt.date(2025, 3, 31)), "channel"),
                          ("total", Filters(dt.date(2025, 1, 1), dt.date(2025, 2, 28), {"channel": "Search"}),
                           "campaign")]:
        spread = compile_kpis(ks, grain, f, dim)
        direct = compile_kpis(ks, grain, f, dim, periods=False)
        assert "_p_start" in spread.sql and "_p_start" not in direct.sql
        assert e.rows(direct.sql, direct.params) == e.rows(spread.sql, spread.params) != []
    period = {"source_id": "meta_ads", "date": "2025-02-01", "date_end": "2025-02-28", "clicks": 28}
    e2 = engine_with([*ADS, period])
    assert kpis.has_periods(e2) and kpis.presence(e2)["clicks"] == {"google_ads", "meta_ads"}
    assert "_p_start" in compile_kpi(get("clicks"), "month", periods=kpis.has_periods(e2)).sql
    feb = kpis.table_many(e2, ["clicks"], "day", Filters(dt.date(2025, 2, 1), dt.date(2025, 2, 2)))["rows"]
    assert [r[2:4] for r in feb] == [(1.0, None), (1.0, None)]  # a period row still spread over its days
