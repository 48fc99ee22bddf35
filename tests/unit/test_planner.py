"""Reverse funnel planner: needs from historical ratios, overrides, and budget to yield."""

import datetime as dt

import pytest

from kpi_core.errors import KoersError
from kpi_core.planner import history_window, needs, plan, ratios, yield_for_budget

PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
TOTALS = {"new_customers": 50, "leads": 500, "mqls": 250, "conversions": 1000, "clicks": 20000,
          "cost": 10000, "revenue": 60000, "orders": 600, "deals_won": 25, "impressions": 400000}


def test_ratios_carry_their_figures_and_period():
    r = ratios(TOTALS, PERIOD)
    assert r["lead_to_customer"] == {"value": 0.1, "numerator": 50, "denominator": 500, "source": "history",
                                     "period_start": "2024-01-01", "period_end": "2024-12-31"}
    assert r["cpc"]["value"] == 0.5 and r["aov"]["value"] == 100 and r["cost_per_lead"]["value"] == 20


def test_new_customers_back_up_the_funnel_to_one_budget():
    # 120 customers at 20% MQL-to-customer = 600 MQLs; at 50% lead-to-MQL 1,200 leads; a click becomes a lead at
    # 500 / 20,000 = 2.5%: 48,000 clicks; at 5% CTR 960,000 impressions; at 0.50 a click 24,000, which is exactly
    # 1,200 leads at 20 a lead: one budget, whichever way it is reached
    p = plan("new_customers", 120, dt.date(2025, 1, 1), dt.date(2025, 3, 31), ratios(TOTALS, PERIOD))
    n = p["needs"]
    assert n["mqls"] == pytest.approx(600) and n["leads"] == pytest.approx(1200)
    assert n["clicks"] == pytest.approx(48000) and n["impressions"] == pytest.approx(960000)
    assert n["budget"] == pytest.approx(24000) == n["budget_via_cost_per_lead"]
    assert p["steps"] == ["impressions", "clicks", "leads", "mqls", "new_customers"]
    assert p["budget_route"] == ["clicks", "cpc"]
    assert list(p["ratios"]) == ["ctr", "click_to_lead", "lead_to_mql", "mql_to_customer", "cpc", "cost_per_lead"]


def test_a_step_the_data_does_not_track_is_passed_over():
    no_mqls = {k: v for k, v in TOTALS.items() if k != "mqls"}
    p = plan("new_customers", 120, dt.date(2025, 1, 1), dt.date(2025, 3, 31), ratios(no_mqls, PERIOD))
    assert p["needs"]["mqls"] is None and p["needs"]["leads"] == pytest.approx(1200)  # 10% lead to customer
    assert p["steps"] == ["impressions", "clicks", "leads", "new_customers"]
    assert "lead_to_customer" in p["ratios"] and "mql_to_customer" not in p["ratios"]


def test_ad_conversions_plan_from_the_conversion_rate():
    n = needs("conversions", 100, ratios(TOTALS, PERIOD))
    assert n["clicks"] == pytest.approx(2000) and n["impressions"] == pytest.approx(40000)  # 5% CVR, 5% CTR
    assert n["budget"] == pytest.approx(1000) and n["conversions"] == 100


def test_revenue_back_to_orders():
    # 30,000 at 100 an order = 300 orders; 600 orders from 20,000 clicks = 3%: 10,000 clicks, 5,000 budget
    n = needs("revenue", 30000, ratios(TOTALS, PERIOD))
    assert n["orders"] == pytest.approx(300) and n["clicks"] == pytest.approx(10000)
    assert n["budget"] == pytest.approx(5000)


def test_deals_won_and_orders():
    r = ratios(TOTALS, PERIOD)
    assert needs("deals_won", 10, r)["leads"] == pytest.approx(200)
    assert needs("orders", 100, r)["budget"] == pytest.approx(100 / 0.03 * 0.5)


def test_override_wins_and_is_marked():
    r = ratios(TOTALS, PERIOD, {"cpc": 1.0})
    assert r["cpc"]["source"] == "override" and r["cpc"]["period_start"] is None
    assert needs("new_customers", 120, r)["budget"] == pytest.approx(48000)  # 48,000 clicks at 1.00


def test_missing_ratio_leaves_gaps_and_is_listed():
    p = plan("new_customers", 120, dt.date(2025, 1, 1), dt.date(2025, 3, 31), ratios({"new_customers": 5}, PERIOD))
    assert p["needs"]["leads"] is None and p["needs"]["budget"] is None
    assert "mql_to_customer" in p["missing"] and "cpc" in p["missing"]


def test_plan_per_week():
    p = plan("new_customers", 140, dt.date(2025, 1, 1), dt.date(2025, 1, 14), ratios(TOTALS, PERIOD))
    assert p["per_week"]["leads"] == pytest.approx(700)  # 1,400 leads over 2 weeks


def test_unknown_outcome_and_ratio_are_user_errors():
    with pytest.raises(KoersError) as e:
        needs("ctr", 1, ratios(TOTALS, PERIOD))
    assert e.value.code == "plan.unknown_outcome"
    with pytest.raises(KoersError):
        ratios(TOTALS, PERIOD, {"cpx": 1})


def test_budget_to_yield():
    y = yield_for_budget(1000, ratios(TOTALS, PERIOD))
    assert y["clicks"] == 2000 and y["leads"] == 50 and y["new_customers"] == pytest.approx(5)
    assert y["orders"] == pytest.approx(60) and y["revenue"] == pytest.approx(6000)  # 3% of clicks order


def test_history_window_is_the_year_before():
    assert history_window(dt.date(2025, 1, 1)) == (dt.date(2024, 1, 2), dt.date(2024, 12, 31))


def test_totals_sum_each_measure_over_the_window_and_say_which_days_hold_data():
    from types import SimpleNamespace

    from kpi_core.planner import totals
    from tests.unit.facts_helper import engine_with

    ws = SimpleNamespace(engine=engine_with([
        {"source_id": "google_ads", "date": "2024-03-04", "impressions": 1000, "clicks": 40, "cost": 20.5},
        {"source_id": "google_ads", "date": "2024-05-10", "impressions": 500, "clicks": 10, "cost": 9.5},
        {"source_id": "google_ads", "date": "2023-12-31", "impressions": 9999, "clicks": 999, "cost": 999},  # before
        {"source_id": "hubspot_contacts", "date": "2024-04-01", "leads": 5},
    ]))
    sums, days = totals(ws, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert sums["impressions"] == 1500 and sums["clicks"] == 50 and sums["cost"] == 30 and sums["leads"] == 5
    assert sums["orders"] is None and sums["new_customers"] is None  # not in the data: no figure, not zero
    assert days == (dt.date(2024, 3, 4), dt.date(2024, 5, 10))
    empty, window = totals(ws, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert set(empty.values()) == {None} and window == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
