"""Guards (KPI jungle, conflicting targets), insight rules and leading-indicator lags."""

import datetime as dt

import pytest

from kpi_core.insights import best_lag, change, conflicts, jungle, kind, last_full_periods, rule_insights
from kpi_core.targets import Target

D = dt.date
META = {
    "leads": {"numerator": ["leads"], "denominator": None, "good": "higher", "domain": "marketing"},
    "conversions": {"numerator": ["conversions"], "denominator": None, "good": "higher", "domain": "marketing"},
    "cost_per_lead": {"numerator": ["cost"], "denominator": ["leads"], "good": "lower", "domain": "marketing"},
    "roas": {"numerator": ["conversion_value"], "denominator": ["cost"], "good": "higher", "domain": "marketing"},
    "ctr": {"numerator": ["clicks"], "denominator": ["impressions"], "good": "higher", "domain": "marketing"},
    "cost": {"numerator": ["cost"], "denominator": None, "good": "lower", "domain": "marketing"},
    "revenue": {"numerator": ["revenue"], "denominator": None, "good": "higher", "domain": "ecommerce"},
}


def tgt(id, kpi, target=100, comparison="at_least", scope=None, **kw):
    kw = {"start": D(2025, 1, 1), "deadline": D(2025, 6, 30), **kw}
    return Target(id=id, kpi=kpi, target=target, comparison=comparison, scope=scope or {}, **kw)


def domain(kpi):
    return META[kpi]["domain"]


def test_jungle_warns_above_three_active_in_a_domain():
    ts = [tgt(f"t{i}", k) for i, k in enumerate(["leads", "conversions", "ctr", "roas"])] + [tgt("r", "revenue")]
    (w,) = jungle(ts, domain, D(2025, 3, 1))
    assert w["code"] == "insight.jungle"
    assert w["params"] == {"domain": "marketing", "count": 4, "limit": 3, "targets": "t0, t1, t2, t3"}
    assert jungle(ts[:3], domain, D(2025, 3, 1)) == []
    assert jungle(ts, domain, D(2025, 8, 1)) == []  # none active any more


def test_kinds():
    assert [kind(META[k]) for k in ("leads", "cost_per_lead", "roas", "ctr", "cost")] == \
        ["volume", "efficiency", "efficiency", None, "budget"]


def test_volume_vs_efficiency_on_same_scope():
    scope = {"source": "google_ads"}
    (c,) = conflicts([tgt("a", "leads", scope=scope), tgt("b", "cost_per_lead", 40, "at_most", scope)], META.get)
    assert c["code"] == "insight.conflict_volume_efficiency"
    assert c["params"] == {"volume": "a", "volume_kpi": "leads", "other": "b", "other_kpi": "cost_per_lead",
                           "scope": "source=google_ads"}


def test_no_conflict_on_other_scope_or_period():
    a = tgt("a", "leads", scope={"channel": "search"})
    assert conflicts([a, tgt("b", "cost_per_lead", 40, "at_most", {"channel": "social"})], META.get) == []
    later = tgt("b", "cost_per_lead", 40, "at_most", {"channel": "search"},
                start=D(2025, 7, 1), deadline=D(2025, 9, 30))
    assert conflicts([a, later], META.get) == []


def test_budget_cut_vs_volume_growth():
    ts = [tgt("spend", "cost", 5000, "at_most", baseline=8000), tgt("conv", "conversions", 500, baseline=400)]
    (c,) = conflicts(ts, META.get)
    assert c["code"] == "insight.conflict_budget_volume"
    assert (c["params"]["volume"], c["params"]["other"]) == ("conv", "spend")
    ts[0].target = 9000  # a higher cap is no cut
    assert conflicts(ts, META.get) == []


def test_last_full_periods():
    assert last_full_periods(D(2025, 3, 15)) == ((D(2025, 1, 1), D(2025, 1, 31)), (D(2025, 2, 1), D(2025, 2, 28)))
    assert last_full_periods(D(2025, 3, 31))[1] == (D(2025, 3, 1), D(2025, 3, 31))
    assert last_full_periods(D(2025, 1, 10)) == ((D(2024, 11, 1), D(2024, 11, 30)), (D(2024, 12, 1), D(2024, 12, 31)))
    assert last_full_periods(D(2025, 5, 1), "quarter") == ((D(2024, 10, 1), D(2024, 12, 31)),
                                                           (D(2025, 1, 1), D(2025, 3, 31)))
    # Wednesday 2025-01-15: last full week Mon 6 - Sun 12 January
    assert last_full_periods(D(2025, 1, 15), "week")[1] == (D(2025, 1, 6), D(2025, 1, 12))


def test_orders_up_margin_down_with_figures():
    (r,) = rule_insights({"orders": (100, 120), "margin": (0.40, 0.32), "ctr": (0.05, 0.05)})
    assert r["code"] == "insight.orders_up_margin_down"
    assert r["params"]["up_change"] == pytest.approx(0.2) and r["params"]["down_change"] == pytest.approx(-0.2)
    assert r["params"]["down_prev"] == 0.40


def test_ctr_up_cvr_down_and_quiet_when_both_rise():
    assert [r["code"] for r in rule_insights({"ctr": (0.03, 0.04), "cvr": (0.05, 0.04)})] == ["insight.ctr_up_cvr_down"]
    assert rule_insights({"ctr": (0.03, 0.04), "cvr": (0.05, 0.06)}) == []
    assert rule_insights({"orders": (100, 101), "roas": (5, 3)}) == []  # +1% is no rise
    assert change(0, 5) is None


def test_best_lag_finds_a_known_lag():
    leading = [5, 9, 2, 7, 3, 8, 1, 6, 4, 10, 2, 9, 5, 3, 7, 1, 8, 6, 2, 9]
    lagging = [0, 0, 0] + [x * 2 + 1 for x in leading[:-3]]  # three weeks behind
    best = best_lag(lagging, leading)
    assert (best["lag_weeks"], best["strength"]) == (3, "strong")
    assert best["r"] == pytest.approx(1.0) and best["n"] == 17


def test_best_lag_needs_enough_weeks():
    assert best_lag([1, 2, 3], [3, 2, 1]) is None
    assert best_lag([1.0] * 20, list(range(20))) is None  # a flat series correlates with nothing


def test_two_periods_gives_each_kpi_its_ratio_of_sums_over_each_period(tmp_path):
    """The insight rules' figures: per KPI and period, the sums' ratio (not a mean of daily ratios), all KPIs in one
    query per period; a KPI the data cannot answer (no COGS: no margin) is left out."""
    from kpi_core import tracking
    from kpi_core.workspace import Workspace

    f = tmp_path / "ads.csv"
    f.write_text("Day,Campaign,Impressions,Clicks,Conversions,Cost\n"
                 "2025-01-05,A,100,10,1,5.00\n2025-01-20,A,300,6,2,7.00\n2025-01-31,B,600,4,0,3.00\n"
                 "2025-02-01,A,200,20,4,8.00\n2025-02-28,B,800,5,1,2.00\n2025-03-01,A,999,99,9,9.00\n")
    ws = Workspace(tmp_path / "w.duckdb")
    ws.add_files([f])
    got = tracking.two_periods(ws, ["ctr", "cvr", "cpc", "margin"], (D(2025, 1, 1), D(2025, 1, 31)),
                               (D(2025, 2, 1), D(2025, 2, 28)))
    assert set(got) == {"ctr", "cvr", "cpc"}
    assert got["ctr"] == pytest.approx(((10 + 6 + 4) / (100 + 300 + 600), (20 + 5) / (200 + 800)), rel=1e-12)
    assert got["cvr"] == pytest.approx(((1 + 2 + 0) / (10 + 6 + 4), (4 + 1) / (20 + 5)), rel=1e-12)
    assert got["cpc"] == pytest.approx(((5 + 7 + 3) / 20, (8 + 2) / 25), rel=1e-12)
    ws.close()


def test_leading_kpis_asked_together_give_each_its_own_weekly_series(tmp_path):
    """leading_lags asks the lagging KPI and its candidates in one query: each KPI's weeks and values are the ones it
    has asked alone (its own first week, empty weeks NULL, up to the last full week)."""
    from kpi_core import kpis
    from kpi_core.compiler import Filters
    from kpi_core.workspace import Workspace

    f = tmp_path / "crm.csv"
    rows = [f"2025-{m:02d}-{d:02d},{(d * m) % 7},{(d + m) % 3}" for m in (1, 2, 3) for d in (3, 11, 19, 26)]
    f.write_text("date,leads,new customers\n" + "\n".join(rows) + "\n2024-12-02,5,\n")  # leads start a month earlier
    ws = Workspace(tmp_path / "w.duckdb")
    ws.add_files([f])
    flt = Filters(date_to=D(2025, 3, 23))
    together = kpis.series_many(ws.engine, ["new_customers", "leads"], "week", flt)
    for k in ("new_customers", "leads"):
        alone = kpis.series(ws.engine, k, "week", flt)
        mine = together[together["kpi"] == k].reset_index(drop=True)
        assert mine["period"].tolist() == alone["period"].tolist()
        assert mine["value"].astype(float).fillna(-1).tolist() == alone["value"].astype(float).fillna(-1).tolist()
    first = {k: together[together["kpi"] == k]["period"].min().date() for k in ("new_customers", "leads")}
    assert first == {"new_customers": D(2024, 12, 30), "leads": D(2024, 12, 2)}
    ws.close()
