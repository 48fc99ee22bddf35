"""Reverse funnel planner: needs from historical ratios, overrides, and budget to yield."""

import datetime as dt

import pytest

from kpi_core.errors import KoersError
from kpi_core.planner import history_window, needs, plan, ratios, yield_for_budget

PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
TOTALS = {"new_customers": 50, "leads": 500, "mqls": 250, "conversions": 1000, "clicks": 20000,
          "cost": 10000, "revenue": 60000, "orders": 600, "deals_won": 25}


def test_ratios_carry_their_figures_and_period():
    r = ratios(TOTALS, PERIOD)
    assert r["lead_to_customer"] == {"value": 0.1, "numerator": 50, "denominator": 500, "source": "history",
                                     "period_start": "2024-01-01", "period_end": "2024-12-31"}
    assert r["cpc"]["value"] == 0.5 and r["aov"]["value"] == 100 and r["cost_per_lead"]["value"] == 20


def test_new_customers_back_to_leads_clicks_budget():
    # 120 customers at 10% lead-to-customer = 1,200 leads; at 5% CVR 24,000 clicks; at 0.50 a click 12,000
    n = needs("new_customers", 120, ratios(TOTALS, PERIOD))
    assert n["leads"] == pytest.approx(1200) and n["mqls"] == pytest.approx(600)
    assert n["clicks"] == pytest.approx(24000) and n["budget"] == pytest.approx(12000)
    assert n["budget_via_cost_per_lead"] == pytest.approx(24000)


def test_revenue_back_to_orders():
    n = needs("revenue", 30000, ratios(TOTALS, PERIOD))
    assert n["orders"] == pytest.approx(300) and n["clicks"] == pytest.approx(6000) and n["budget"] == 3000


def test_deals_won_and_orders():
    r = ratios(TOTALS, PERIOD)
    assert needs("deals_won", 10, r)["leads"] == pytest.approx(200)
    assert needs("orders", 100, r)["budget"] == pytest.approx(1000)


def test_override_wins_and_is_marked():
    r = ratios(TOTALS, PERIOD, {"cpc": 1.0})
    assert r["cpc"]["source"] == "override" and r["cpc"]["period_start"] is None
    assert needs("new_customers", 120, r)["budget"] == pytest.approx(24000)


def test_missing_ratio_leaves_gaps_and_is_listed():
    p = plan("new_customers", 120, dt.date(2025, 1, 1), dt.date(2025, 3, 31), ratios({"new_customers": 5}, PERIOD))
    assert p["needs"]["leads"] is None and p["needs"]["budget"] is None
    assert "lead_to_customer" in p["missing"] and "cpc" in p["missing"]


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
    assert y["orders"] == pytest.approx(100) and y["revenue"] == pytest.approx(10000)


def test_history_window_is_the_year_before():
    assert history_window(dt.date(2025, 1, 1)) == (dt.date(2024, 1, 2), dt.date(2024, 12, 31))
