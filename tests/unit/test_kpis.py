"""Named KPI operations: series, present KPIs, sources of truth, comparisons, and the compute command."""

import datetime as dt
import json
import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_core import kpis
from kpi_core.cli import main
from kpi_core.compiler import Filters
from tests.unit import facts_helper
from tests.unit.facts_helper import engine_with


@pytest.fixture(autouse=True, params=["table", "view"])
def layout(request, monkeypatch):
    """Every test on a plain facts table and on the workspace's own view over column-set tables."""
    monkeypatch.setattr(facts_helper, "LAYOUT", request.param)
    return request.param


def values(df, col="value"):
    return [None if pd.isna(v) else round(float(v), 9) for v in df[col]]


_day = st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
_row = st.fixed_dictionaries({
    "date": _day, "impressions": st.integers(0, 10_000), "clicks": st.integers(0, 500),
    "channel": st.sampled_from(["Search", "Social"]), "source_id": st.sampled_from(["google_ads", "meta_ads"]),
})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_row, min_size=1, max_size=40))
def test_monthly_numerators_and_denominators_add_up_to_the_total(rows):
    e = engine_with(rows)
    monthly = kpis.series(e, "ctr", "month")
    total = kpis.series(e, "ctr", "total").iloc[0]
    assert monthly["numerator"].sum() == total["numerator"] == sum(r["clicks"] for r in rows)
    assert monthly["denominator"].sum() == total["denominator"] == sum(r["impressions"] for r in rows)
    want = total["numerator"] / total["denominator"] if total["denominator"] else None
    assert (None if pd.isna(total["value"]) else total["value"]) == pytest.approx(want)
    by_channel = kpis.series(e, "ctr", "total", dim="channel")
    assert by_channel["numerator"].sum() == total["numerator"]


def test_money_sums_are_the_exact_sum_of_the_figures_whatever_the_order():
    # 60,000 costs of 0.10 and 0.07 over three months: a plain floating sum drifts (5100.000000000605 here, other
    # last digits when the threads take the rows in another order); a compensated sum gives the figures' own sum,
    # rounded once, every time: what math.fsum gives.
    rows = [{"source_id": "google_ads", "date": f"2025-0{1 + i % 3}-{1 + i % 28:02d}", "channel": "Search",
             "cost": 0.1 if i % 2 else 0.07, "clicks": 1} for i in range(60_000)]
    e = engine_with(rows)
    want = math.fsum(r["cost"] for r in rows)
    months = [math.fsum(r["cost"] for r in rows if r["date"][5:7] == m) for m in ("01", "02", "03")]
    for _ in range(3):
        assert kpis.series(e, "cpc", "total").iloc[0]["numerator"] == want == 5100.0
        assert kpis.series(e, "cpc", "month")["numerator"].tolist() == months


def test_total_rate_is_not_the_mean_of_monthly_rates():
    e = engine_with([
        {"source_id": "google_ads", "date": "2024-01-05", "impressions": 100, "clicks": 10},
        {"source_id": "google_ads", "date": "2024-02-05", "impressions": 900, "clicks": 9},
    ])
    assert values(kpis.series(e, "ctr", "month")) == [0.1, 0.01]
    assert values(kpis.series(e, "ctr")) == [0.019]  # not (0.1 + 0.01) / 2


CROSS = [
    {"source_id": "google_ads", "date": "2025-01-10", "channel": "Search", "cost": 600},
    {"source_id": "meta_ads", "date": "2025-01-12", "channel": "Social", "cost": 400},
    {"source_id": "google_ads", "date": "2025-02-10", "channel": "Search", "cost": 500},
    {"source_id": "hubspot_contacts", "date": "2025-01-15", "new_customers": 4, "leads": 40},
    {"source_id": "hubspot_contacts", "date": "2025-02-20", "new_customers": 1, "leads": 25},
]


def test_cross_source_cac_combines_ad_spend_with_crm_customers_by_date():
    e = engine_with(CROSS)
    df = kpis.series(e, "cac", "month")
    assert values(df, "numerator") == [1000, 500] and values(df, "denominator") == [4, 1]
    assert values(df) == [250, 500]
    assert values(kpis.series(e, "cac")) == [300]
    assert values(kpis.series(e, "cost_per_lead")) == [round(1500 / 65, 9)]


def test_present_kpis_and_missing_measures():
    e = engine_with(CROSS)
    present = kpis.present_kpis(e)
    assert {"cost", "leads", "new_customers", "cac", "cost_per_lead", "lead_to_customer"} <= set(present)
    assert "ctr" not in present and "open_rate" not in present
    assert kpis.missing_measures(e, "ctr") == ["clicks", "impressions"]
    with pytest.raises(kpis.MissingMeasures) as err:
        kpis.series(e, "ctr")
    assert "clicks, impressions" in err.value.message("en")


def test_default_source_of_truth_is_said_and_avoids_double_counting():
    e = engine_with(CROSS + [{"source_id": "ga4", "date": "2025-01-10", "cost": 600, "sessions": 100}])
    df = kpis.series(e, "cost")
    assert values(df) == [1500]
    assert df.attrs["measure_sources"] == {"cost": ["google_ads", "meta_ads"]}
    assert df.attrs["notes"] == [{"code": "engine.note.source_of_truth", "measure": "cost",
                                  "used": "google_ads, meta_ads", "left_out": "ga4"}]
    assert values(kpis.series(e, "cost", measure_sources={"cost": ["ga4"]})) == [600]
    assert values(kpis.series(e, "cost", filters=Filters(where={"source": "ga4"}))) == [600]


def test_series_many_matches_single_series():
    e = engine_with(CROSS)
    many = kpis.series_many(e, ["cac", "cost", "leads"], "month", dim="channel")
    for kid in ("cac", "cost", "leads"):
        one = kpis.series(e, kid, "month", dim="channel")
        got = many[many["kpi"] == kid].drop(columns="kpi").reset_index(drop=True)
        # pandas 3: a text column with values elsewhere is `str` (missing = NaN); all-NULL alone it is object (None)
        plain = lambda df: df.astype(object).where(df.notna(), None)  # noqa: E731
        pd.testing.assert_frame_equal(plain(got), plain(one), check_dtype=False)


MONTHLY = [{"source_id": "shopify_orders", "date": f"{y}-{m:02d}-15", "revenue": v, "orders": o}
           for y, m, v, o in [(2024, 1, 80, 1), (2024, 2, 90, 2), (2024, 3, 100, 2),
                              (2025, 1, 100, 2), (2025, 2, 150, 3), (2025, 3, 120, 3)]]


def test_compare_previous_period_year_ago_speed_and_acceleration():
    e = engine_with(MONTHLY)
    c = kpis.compare(e, "revenue", "month", Filters(dt.date(2025, 1, 1), dt.date(2025, 3, 31)))
    assert values(c) == [100, 150, 120]
    assert values(c, "prev_value") == [None, 100, 150]
    assert values(c, "yoy_value") == [80, 90, 100]
    assert values(c, "change") == [None, 0.5, -0.2]
    assert values(c, "yoy_change") == [0.25, round(60 / 90, 9), 0.2]
    assert values(c, "speed") == [None, 50, -30]
    assert values(c, "acceleration") == [None, None, -80]


def test_compare_a_ratio_keeps_numerator_and_denominator():
    e = engine_with(MONTHLY)
    c = kpis.compare(e, "aov", "month", Filters(dt.date(2025, 2, 1), dt.date(2025, 2, 28)))
    row = c.iloc[0]
    assert (row["numerator"], row["denominator"], row["value"]) == (150, 3, 50)
    assert (row["prev_numerator"], row["prev_denominator"], row["prev_value"]) == (100, 2, 50)
    assert (row["yoy_numerator"], row["yoy_denominator"], row["yoy_value"]) == (90, 2, 45)


def test_compare_total_uses_the_period_before_of_equal_length():
    e = engine_with(MONTHLY)
    c = kpis.compare(e, "revenue", "total", Filters(dt.date(2025, 2, 1), dt.date(2025, 3, 31)))
    row = c.iloc[0]
    assert row["value"] == 270
    assert row["prev_value"] == 100  # 59 days before 1 Feb 2025: 4 Dec 2024 – 31 Jan 2025
    assert row["yoy_value"] == 190
    assert row["speed"] == 170


def test_revenue_growth_is_change_against_previous_period():
    e = engine_with(MONTHLY)
    df = kpis.series(e, "revenue_growth", "month", Filters(dt.date(2025, 1, 1), dt.date(2025, 3, 31)))
    assert values(df) == [None, 0.5, -0.2]
    assert values(df, "numerator") == [None, 50, -30] and values(df, "denominator") == [None, 100, 150]


DAILY_REVENUE = [{"source_id": "shopify_orders", "date": dt.date(2024, 1, 1) + dt.timedelta(days=d), "channel": ch,
                  "orders": 1, "revenue": 10 + (d * 37 + 11 * i) % 90}
                 for d in range(800) for i, ch in enumerate(("Web", "Shop"))]  # across 29 February 2024


@pytest.mark.parametrize("grain", ["total", "day", "week", "month", "quarter", "year"])
@pytest.mark.parametrize("dim", [None, "channel"])
def test_a_growth_kpi_asks_only_the_previous_period_and_equals_the_full_comparison(grain, dim):
    """revenue_growth asks no query for the periods before last and last year; its figures are compare()'s."""
    e = engine_with(DAILY_REVENUE)
    for f in (Filters(), Filters(dt.date(2025, 2, 12), dt.date(2025, 11, 19))):  # a range not on period bounds
        full = kpis.compare(e, "revenue", grain, f, dim)
        growth = kpis.series(e, "revenue_growth", grain, f, dim)
        assert len(growth) == len(full) > 0
        assert values(growth) == values(full, "change") and values(growth, "denominator") == values(full, "prev_value")
        assert values(growth, "numerator") == [None if v is None else round(v, 9) for v in values(full, "speed")]
        if f.date_from:  # in the range, most periods have a previous one with data
            assert sum(v is not None for v in values(growth)) >= len(growth) // 2


ORDERS = [{"source_id": "shopify_orders", "date": d, "customer_id": c, "orders": 1, "revenue": r}
          for d, c, r in [("2025-01-05", "a", 100), ("2025-01-20", "b", 50), ("2025-02-03", "a", 30),
                          ("2025-03-09", "c", 60), ("2025-03-10", "c", 40)]]


def test_revenue_per_customer_counts_distinct_customers():
    e = engine_with(ORDERS)
    df = kpis.series(e, "revenue_per_customer", "month")
    assert values(df, "denominator") == [2, 1, 1] and values(df) == [75, 30, 100]
    assert values(kpis.series(e, "revenue_per_customer")) == [round(280 / 3, 9)]


def test_clv_is_cumulative_over_order_history():
    e = engine_with(ORDERS)
    df = kpis.series(e, "clv", "month", Filters(dt.date(2025, 2, 1), None))
    assert values(df, "numerator") == [180, 280]  # history from January counts
    assert values(df, "denominator") == [2, 3]
    assert values(kpis.series(e, "clv")) == [round(280 / 3, 9)]


@pytest.fixture
def export_files(tmp_path):
    ads = tmp_path / "ads.csv"
    ads.write_text("Day,Campaign,Impressions,Clicks,Cost,Conv. value\n"
                   "2025-01-01,Brand,10000,500,1000,5000\n2025-03-02,Brand,5000,100,200,300\n", encoding="utf-8")
    return ads


def test_compute_json_contract(export_files, capsys):
    assert main(["compute", str(export_files), "--kpi", "ctr", "roas", "--by", "month", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [f["file"] for f in out["files"]] == ["ads.csv"]
    ctr = [r for r in out["rows"] if r["kpi"] == "ctr"]
    assert ctr[0] == {"kpi": "ctr", "period": "2025-01-01", "value": 0.05, "numerator": 500, "denominator": 10000,
                      "estimated": False}
    assert ctr[1] == {"kpi": "ctr", "period": "2025-02-01", "value": None, "numerator": None, "denominator": None,
                      "estimated": False}
    assert [r["value"] for r in out["rows"] if r["kpi"] == "roas"] == [5, None, 1.5]


def test_compute_says_when_a_later_file_replaces_days_of_an_earlier_one(tmp_path, capsys):
    # Two Shopify order exports that share a day (Steproac/Monfrere-Tactical-Audit, values made up): the later one is
    # the truth for that day, so the earlier one's order of that day is left out. That was silent.
    head = "Name,Email,Financial Status,Paid at,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name\n"
    a, b = tmp_path / "orders_a.csv", tmp_path / "orders_b.csv"
    a.write_text(head + "#1001,a@example.com,paid,2023-04-08 10:00:00 -0400,USD,10.00,10.00,2023-04-08 10:00:00 -0400"
                        ",1,Mug\n#1002,b@example.com,paid,2023-04-09 09:00:00 -0400,USD,20.00,20.00,"
                        "2023-04-09 09:00:00 -0400,1,Cup\n")
    b.write_text(head + "#1003,c@example.com,paid,2023-04-09 15:00:00 -0400,USD,30.00,30.00,2023-04-09 15:00:00 -0400"
                        ",1,Plate\n")
    assert main(["--lang", "en", "compute", str(a), str(b), "--kpi", "revenue", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"][0]["value"] == 10 + 30
    assert "orders_b.csv: replaced 1 day (9 Apr 2023) of Shopify orders data; added 0 new days." in out["notes"]


def test_compute_total_with_dimension_and_default_kpis(export_files, capsys):
    assert main(["compute", str(export_files), "--dim", "campaign", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {r["kpi"] for r in out["rows"]} >= {"impressions", "clicks", "cost", "ctr", "cpc", "cpm"}
    ctr = next(r for r in out["rows"] if r["kpi"] == "ctr")
    assert ctr == {"kpi": "ctr", "period": None, "dim": "Brand", "value": 0.04, "numerator": 600,
                   "denominator": 15000, "estimated": False}


def test_compute_missing_measures_exits_2_with_one_line(export_files, capsys):
    assert main(["compute", str(export_files), "--kpi", "open_rate"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "unique_opens" in err and "emails_delivered" in err


def test_compute_readable_table(export_files, capsys):
    assert main(["--lang", "nl", "compute", str(export_files), "--kpi", "ctr"]) == 0
    out = capsys.readouterr().out
    assert "ctr" in out and "4,00%" in out and "totaal" in out


def test_a_day_a_year_after_a_leap_day_has_one_row_and_last_year_s_same_date():
    e = engine_with(DAILY_REVENUE)
    df = kpis.compare(e, "revenue", "day", Filters(dt.date(2025, 2, 27), dt.date(2025, 3, 1)))
    assert [str(p)[:10] for p in df["period"]] == ["2025-02-27", "2025-02-28", "2025-03-01"]
    by_day = {r["date"]: 0 for r in DAILY_REVENUE}
    for r in DAILY_REVENUE:
        by_day[r["date"]] += r["revenue"]
    assert values(df, "yoy_value") == [by_day[dt.date(2024, 2, 27)], by_day[dt.date(2024, 2, 28)],
                                       by_day[dt.date(2024, 3, 1)]]


def test_growth_kpis_alone_come_as_plain_rows_and_say_when_they_rest_on_a_share_of_a_period():
    weekly = [{"source_id": "meta_ads", "date": dt.date(2025, 1, 27) + dt.timedelta(weeks=w),
               "date_end": dt.date(2025, 2, 2) + dt.timedelta(weeks=w), "revenue": 100 + 10 * w} for w in range(9)]
    e = engine_with(weekly)  # 27 Jan – 30 Mar 2025, week by week: January and February hold part of a week
    out = kpis.table_many(e, ["revenue_growth"], "month")
    assert out["columns"] == ["kpi", "period", "numerator", "denominator", "value", "estimated"]
    rows = {str(r[1])[:7]: r for r in out["rows"]}
    assert list(rows) == ["2025-01", "2025-02", "2025-03"]
    assert [rows[m][-1] for m in rows] == [True, True, True]  # each month or the one before it holds a share
    assert rows["2025-01"][4] is None and rows["2025-02"][4] is not None
