"""Pacing, status, forecast and required-from-now, computed by hand."""

import datetime as dt

import pandas as pd
import pytest

from kpi_core.pacing import days_elapsed, linear_expected, pace, seasonal_shares, year_earlier
from kpi_core.targets import Target

D = dt.date


def frame(start, nums, dens=None):
    """Daily rows from `start`: numerator (and denominator) per day."""
    days = pd.date_range(start, periods=len(nums))
    return pd.DataFrame({"period": days, "numerator": nums, "denominator": dens or [None] * len(nums)})


def tgt(target, **kw):
    kw = {"kpi": "leads", "start": D(2025, 1, 1), "deadline": D(2025, 1, 31), **kw}
    return Target(id="t", target=target, **kw)


def test_linear_expected_counts_days_inclusive():
    assert linear_expected(310, D(2025, 1, 1), D(2025, 1, 31), D(2025, 1, 10)) == pytest.approx(100)
    assert linear_expected(310, D(2025, 1, 1), D(2025, 1, 31), D(2025, 1, 1)) == pytest.approx(10)
    assert days_elapsed(D(2025, 1, 1), D(2025, 1, 31), D(2024, 12, 1)) == 0
    assert days_elapsed(D(2025, 1, 1), D(2025, 1, 31), D(2025, 3, 1)) == 31


def test_sum_kpi_on_pace_exactly():
    p = pace(tgt(310), frame("2025-01-01", [10.0] * 10), D(2025, 1, 10))
    assert (p.actual_to_date, p.expected_to_date, p.status) == (100, pytest.approx(100), "on_track")
    assert p.forecast_run_rate == pytest.approx(310)
    assert p.forecast == pytest.approx(310)  # flat trend, no noise: no spread either
    assert (p.forecast_low, p.forecast_high) == (pytest.approx(310), pytest.approx(310))
    assert p.required_per_day == pytest.approx(210 / 21)
    assert p.required_per_week == pytest.approx(70)


def test_data_after_as_of_is_ignored():
    p = pace(tgt(310), frame("2025-01-01", [10.0] * 31), D(2025, 1, 10))
    assert p.actual_to_date == 100


@pytest.mark.parametrize("actual,status", [(95, "at_risk"), (90, "at_risk"), (89, "off_track"), (100, "on_track")])
def test_status_thresholds(actual, status):
    p = pace(tgt(310), frame("2025-01-01", [actual / 10] * 10), D(2025, 1, 10))
    assert p.status == status


def test_custom_thresholds():
    t = tgt(310, thresholds={"on_track": 1.0, "at_risk": 0.97})
    assert pace(t, frame("2025-01-01", [9.5] * 10), D(2025, 1, 10)).status == "off_track"


def test_the_run_rate_is_the_default_forecast_with_its_range_by_hand():
    # 10, 12, 8, 10, 10 on days 1-5 of 10: the rest at 10 a day is 50, the forecast 100.
    # s² = (0 + 4 + 4 + 0 + 0) / 4 = 2; the rest's variance = 5 × 2 (its days) + 25 × 2 / 5 (the mean) = 20
    p = pace(tgt(100, deadline=D(2025, 1, 10)), frame("2025-01-01", [10.0, 12, 8, 10, 10]), D(2025, 1, 5))
    assert (p.forecast, p.forecast_method) == (pytest.approx(100), "run_rate")
    assert p.forecast_high == pytest.approx(100 + 1.96 * 20 ** 0.5)
    assert p.forecast_low == pytest.approx(100 - 1.96 * 20 ** 0.5)
    assert p.forecast_why == {"days": 5}  # too few days to tell a trend from noise


def test_a_short_rise_is_not_taken_for_a_trend():
    # 1, 2, 3, 4 on days 1-4 of 10: four days say little; 10 so far at 2.5 a day is 25
    p = pace(tgt(55, deadline=D(2025, 1, 10)), frame("2025-01-01", [1.0, 2, 3, 4]), D(2025, 1, 4))
    assert p.forecast == pytest.approx(25) == p.forecast_run_rate
    assert p.forecast_method == "run_rate"
    assert p.required_per_day == pytest.approx(45 / 6)


def test_a_clear_trend_that_holds_goes_on_at_its_recent_pace():
    # 1..30 on days 1-30 of 40. Clear (t infinite), and it holds: from days 1-20 the last 14 days' pace (13.5 a day)
    # would have forecast days 21-30 (255) better than the run-rate (10.5 a day). So the rest goes at the pace of
    # days 17-30, 23.5 a day: 465 + 235 = 700 (the run-rate says 620). Its variance: 10 × 17.5 + 100 × 17.5 / 14.
    p = pace(tgt(800, deadline=D(2025, 2, 9)), frame("2025-01-01", [float(x) for x in range(1, 31)]), D(2025, 1, 30))
    assert p.forecast_method == "trend" and p.forecast == pytest.approx(700)
    assert p.forecast_run_rate == pytest.approx(620)
    assert p.forecast_high == pytest.approx(700 + 1.96 * 300 ** 0.5)
    assert p.forecast_why == {"slope": pytest.approx(1), "t": None, "days": 14}


def test_noise_around_a_level_is_no_trend():
    # 8, 12, 8, 12, ... over 20 days: the slope is far within its noise; the run-rate of 10 a day stands
    days = [8.0, 12.0] * 10
    p = pace(tgt(300, deadline=D(2025, 1, 30)), frame("2025-01-01", days), D(2025, 1, 20))
    assert p.forecast_method == "run_rate" and p.forecast == pytest.approx(300)
    assert abs(p.forecast_why["t"]) < 3


def test_a_noisy_decline_is_not_forecast_as_a_flat_line():
    # six weeks of revenue falling week by week with big swings (as the demo's webshop, Q1 as of 15 Feb): a straight
    # trend would run into zero and forecast the actual; the forecast keeps the pace and its range is above it
    weekly = [4930, 3100, 4100, 900, 2200, 420]
    days = [w / 7 * f for w in weekly for f in (0.2, 1.8, 0.5, 1.5, 1.0, 0.3, 1.7)] + [400.0, 100.0, 600.0, 200.0]
    p = pace(tgt(30000, start=D(2025, 1, 1), deadline=D(2025, 3, 31)), frame("2025-01-01", days), D(2025, 2, 15))
    actual = sum(days)
    assert p.actual_to_date == pytest.approx(actual)
    assert p.forecast > 1.3 * actual and p.forecast_low > actual
    assert p.forecast_method in ("run_rate", "trend")


def test_ratio_kpi_is_ratio_of_sums_against_target():
    # ROAS at least 4: 300 / 100 so far is 3
    t = tgt(4, deadline=D(2025, 1, 20), kpi="roas")
    p = pace(t, frame("2025-01-01", [30.0] * 10, [10.0] * 10), D(2025, 1, 10), is_ratio=True)
    assert (p.actual_to_date, p.expected_to_date) == (3, 4)
    assert p.status == "off_track"
    assert p.forecast == pytest.approx(3) and p.forecast_low == pytest.approx(3)
    # 100 more spend expected: (4 × 200 - 300) / 100 = 5 needed over the rest
    assert p.required_per_day == pytest.approx(5) and p.required_per_week == pytest.approx(5)


def test_ratio_not_a_mean_of_daily_ratios():
    t = tgt(4, deadline=D(2025, 1, 20), kpi="roas")
    p = pace(t, frame("2025-01-01", [100.0, 10.0], [10.0, 90.0]), D(2025, 1, 2), is_ratio=True)
    assert p.actual_to_date == pytest.approx(110 / 100)


@pytest.mark.parametrize("kpi", ["cpa", "cac"])
@pytest.mark.parametrize("cost,status", [(450, "on_track"), (520, "at_risk"), (580, "off_track")])
def test_lower_is_better_ratio(kpi, cost, status):
    # at most 50 per conversion; 10 conversions: 52 -> 50/52 = 0.96 at risk, 58 -> 0.86 off track
    t = tgt(50, comparison="at_most", kpi=kpi)
    p = pace(t, frame("2025-01-01", [cost / 10] * 10, [1.0] * 10), D(2025, 1, 10), is_ratio=True)
    assert p.actual_to_date == pytest.approx(cost / 10)
    assert p.status == status


def test_at_most_sum_is_a_budget():
    # at most 3,100 spend in January; 120 a day for 10 days is 1,200 vs 1,000 expected
    t = tgt(3100, comparison="at_most", kpi="cost")
    p = pace(t, frame("2025-01-01", [120.0] * 10), D(2025, 1, 10))
    assert p.performance == pytest.approx(1000 / 1200)
    assert p.status == "off_track"
    assert p.required_per_day == pytest.approx(1900 / 21)  # what may still be spent per day


def test_period_across_year_boundary():
    t = tgt(310, start=D(2024, 12, 15), deadline=D(2025, 1, 14))
    p = pace(t, frame("2024-12-15", [10.0] * 18), D(2025, 1, 1))
    assert p.days_total == 31 and p.days_elapsed == 18
    assert p.expected_to_date == pytest.approx(180)
    assert p.actual_to_date == 180 and p.status == "on_track"


def test_deadline_in_the_past_reports_final_result():
    t = tgt(310)
    p = pace(t, frame("2025-01-01", [11.0] * 31), D(2025, 3, 1))
    assert p.final and p.status == "achieved"
    assert p.actual_to_date == 341 and p.forecast == 341 and p.forecast_low == 341
    assert p.required_per_week is None
    assert pace(t, frame("2025-01-01", [9.0] * 31), D(2025, 3, 1)).status == "missed"


def test_deadline_in_the_past_lower_is_better():
    t = tgt(50, comparison="at_most", kpi="cpa")
    p = pace(t, frame("2025-01-01", [40.0] * 31, [1.0] * 31), D(2025, 2, 1), is_ratio=True)
    assert (p.final, p.status, p.actual_to_date) == (True, "achieved", 40)


def test_no_data_at_all():
    empty = pd.DataFrame(columns=["period", "numerator", "denominator"])
    p = pace(tgt(310, pacing="seasonal"), empty, D(2025, 1, 10))
    assert (p.actual_to_date, p.status, p.pacing) == (0, "off_track", "linear")
    r = pace(tgt(4, kpi="roas"), empty, D(2025, 1, 10), is_ratio=True)
    assert r.actual_to_date is None and r.status is None and r.forecast is None


def test_not_started_yet():
    p = pace(tgt(310), frame("2024-12-01", [5.0] * 10), D(2024, 12, 20))
    assert (p.days_elapsed, p.expected_to_date, p.actual_to_date, p.status) == (0, 0, 0, "on_track")
    assert p.required_per_day == pytest.approx(10)


def test_seasonal_shares_from_last_year():
    history = frame("2024-01-01", [1.0, 2, 3, 4])
    shares = seasonal_shares(history, D(2025, 1, 1), D(2025, 1, 4))
    assert list(shares) == pytest.approx([0.1, 0.2, 0.3, 0.4])


def test_seasonal_pacing_follows_known_shape():
    data = pd.concat([frame("2024-01-01", [1.0, 2, 3, 4]), frame("2025-01-01", [10.0, 20])])
    p = pace(tgt(100, deadline=D(2025, 1, 4), pacing="seasonal"), data, D(2025, 1, 2))
    assert p.pacing == "seasonal"
    assert p.expected_to_date == pytest.approx(30)
    assert p.status == "on_track"
    assert p.forecast_run_rate == pytest.approx(100)  # 30 done at 30% of the shape


def test_seasonal_without_a_year_of_history_is_linear():
    data = frame("2024-06-01", [1.0] * 400)
    p = pace(tgt(100, deadline=D(2025, 1, 4), pacing="seasonal"), data, D(2025, 1, 2))
    assert p.pacing == "linear" and p.expected_to_date == pytest.approx(50)


def test_leap_day_maps_to_28_february():
    assert year_earlier(D(2024, 2, 29)) == D(2023, 2, 28)
    shares = seasonal_shares(frame("2023-02-27", [1.0, 1, 2]), D(2024, 2, 28), D(2024, 3, 1))
    assert list(shares) == pytest.approx([0.25, 0.25, 0.5])  # 28 Feb and 29 Feb both from 28 Feb 2023


def test_custom_kpi_target_paces_like_any_ratio():
    t = Target.from_dict({"id": "q", "kpi": "cost_per_sql", "target": 100, "start": "2025-01-01",
                          "deadline": "2025-01-31"}, direction=lambda k: "lower")
    p = pace(t, frame("2025-01-01", [900.0] * 10, [10.0] * 10), D(2025, 1, 10), is_ratio=True)
    assert (t.comparison, p.actual_to_date, p.status) == ("at_most", 90, "on_track")
