"""The SMART check: each letter pass / warn / fail with its reason and figures."""

import datetime as dt

import pytest

from kpi_core.smart import DAYS_PER_MONTH, baseline_window, check, explain, monthly_growth, required_growth
from kpi_core.targets import Target

D = dt.date
MONTHS = 90 / DAYS_PER_MONTH  # Q1 2025 has 90 days


def tgt(**kw):
    base = dict(id="t", kpi="leads", target=1210, start=D(2025, 1, 1), deadline=D(2025, 3, 31),
                scope={"channel": "search"}, owner="Anna", agreed_by="Board", agreed_on=D(2024, 12, 1))
    return Target(**{**base, **kw})


def levels(result):
    return {k: v["level"] for k, v in result.items()}


def test_all_pass():
    r = check(tgt(), missing=[], baseline=1000, monthly=[100, 110, 121, 133.1])
    assert levels(r) == dict.fromkeys("SMART", "pass")
    assert r["R"]["code"] == "smart.r_realistic"


def test_baseline_window_is_the_period_just_before():
    # A quarter against the quarter before (92 days, not Q1's 90 counted back); any other span as many days before.
    assert baseline_window(D(2025, 1, 1), D(2025, 3, 31)) == (D(2024, 10, 1), D(2024, 12, 31))
    assert baseline_window(D(2025, 1, 10), D(2025, 2, 8)) == (D(2024, 12, 11), D(2025, 1, 9))
    assert baseline_window(D(2025, 3, 1), D(2025, 3, 15)) == (D(2025, 2, 1), D(2025, 2, 15))  # month to date


def test_required_growth_by_hand():
    assert required_growth(1210, 1000, 2 * DAYS_PER_MONTH) == pytest.approx(0.1)
    assert required_growth(10, 0, 30) is None
    assert monthly_growth([100, 0, 50, 60]) == pytest.approx([-1, 0.2])


def test_s_levels():
    assert check(tgt(scope={}))["S"]["level"] == "warn"
    r = check(tgt(kpi=None, title="More leads"))["S"]
    assert (r["level"], r["code"]) == ("fail", "smart.s_title_only")


def test_m_levels():
    assert check(tgt(), missing=["leads"])["M"]["level"] == "fail"
    assert check(tgt(), known=False)["M"]["code"] == "smart.m_unknown_kpi"
    assert check(tgt())["M"]["level"] == "warn"  # data not checked
    assert check(tgt(target="lots"), missing=[])["M"]["code"] == "smart.m_not_number"


def test_a_levels():
    assert check(tgt(agreed_by=None, agreed_on=None))["A"]["level"] == "warn"
    assert check(tgt(owner=None))["A"]["level"] == "warn"
    assert check(tgt(owner=None, agreed_by=None))["A"]["level"] == "fail"


def test_t_levels():
    assert check(tgt(deadline=D(2025, 1, 1)))["T"]["code"] == "smart.t_not_after_start"
    assert check(tgt(deadline=None))["T"]["level"] == "fail"


NEED = 1.21 ** (1 / MONTHS) - 1  # 1000 -> 1210 over 90 days: about 6.7% a month


@pytest.mark.parametrize("monthly,level,code", [
    ([100, 108, 116.64, 125.97], "pass", "smart.r_realistic"),  # median 8%
    ([100, 105, 110.25, 121.275, 127.34], "warn", "smart.r_ambitious"),  # median 5%, best 10%
    ([100, 102, 105.06, 109.26], "fail", "smart.r_unrealistic"),  # best 4%
])
def test_r_classes_with_figures(monthly, level, code):
    r = check(tgt(), baseline=1000, monthly=monthly)["R"]
    assert (r["level"], r["code"]) == (level, code)
    assert r["params"]["required"] == pytest.approx(NEED)
    assert r["params"]["best"] == pytest.approx(max(monthly_growth(monthly)))


def test_r_lower_is_better_counts_falls_as_progress():
    t = tgt(kpi="cpa", target=40, comparison="at_most")
    r = check(t, baseline=50, monthly=[60, 57, 54, 50])["R"]
    need = 1 - 0.8 ** (1 / MONTHS)
    assert r["params"]["required"] == pytest.approx(need)
    assert r["params"]["best"] == pytest.approx(1 - 50 / 54)
    assert r["code"] == "smart.r_ambitious"


def test_r_warns_when_the_baseline_already_meets_the_target():
    r = check(tgt(target=900), baseline=1000, monthly=[1, 2, 3, 4])["R"]
    assert (r["level"], r["code"]) == ("warn", "smart.r_already_met")
    cut = check(tgt(kpi="cpa", target=60, comparison="at_most"), baseline=50, monthly=None)["R"]
    assert (cut["level"], cut["code"]) == ("warn", "smart.r_already_met")  # at most 60 when it is 50 already


def test_r_no_history_says_so():
    r = check(tgt(), baseline=None, monthly=None)["R"]
    assert (r["level"], r["code"]) == ("warn", "smart.r_no_history")
    assert check(tgt(), baseline=1000, monthly=[100, 110])["R"]["code"] == "smart.r_short_history"


def test_r_uses_target_baseline_first():
    r = check(tgt(baseline=1210), baseline=10, monthly=[1, 2, 3, 4])["R"]
    assert r["code"] == "smart.r_already_met"


def test_explain_writes_reasons_in_both_languages():
    r = check(tgt(), baseline=1000, monthly=[100, 105, 110.25, 121.275, 127.34])
    en, nl = explain(r, "en"), explain(r, "nl")
    assert en["R"]["level"] == "warn"
    assert en["R"]["reason"].startswith("Ambitious: from 1,000 to 1,210 takes 6.7% improvement per month")
    assert nl["R"]["reason"].startswith("Ambitieus: van 1.000 naar 1.210 vraagt 6,7% verbetering per maand")
    assert nl["T"]["reason"] == "Tijdgebonden: 1 jan 2025 t/m 31 mrt 2025 (90 dagen)."
