"""Reverse funnel: from an outcome target back along its funnel (customers, MQLs, leads, clicks, impressions) to
the volume and the one budget it takes, and from a budget forward to what it should bring."""

from __future__ import annotations

import datetime as dt

# Every funnel runs from impressions down to an outcome; each step is a measure. A plan can start at any step.
FUNNELS = {
    "new_customers": ("impressions", "clicks", "leads", "mqls", "new_customers"),
    "deals_won": ("impressions", "clicks", "leads", "deals_won"),
    "mqls": ("impressions", "clicks", "leads", "mqls"),
    "leads": ("impressions", "clicks", "leads"),
    "revenue": ("impressions", "clicks", "orders", "revenue"),
    "orders": ("impressions", "clicks", "orders"),
    "conversions": ("impressions", "clicks", "conversions"),
    "clicks": ("impressions", "clicks"),
}
OUTCOMES = ("new_customers", "revenue", "orders", "deals_won", "conversions", "mqls", "leads", "clicks")
# ratio id -> (numerator measure, denominator measure); ids match the catalogue where it has them
RATIOS = {
    "lead_to_customer": ("new_customers", "leads"),
    "mql_to_customer": ("new_customers", "mqls"),
    "lead_to_deal": ("deals_won", "leads"),
    "cvr": ("conversions", "clicks"),
    "cpc": ("cost", "clicks"),
    "cost_per_lead": ("cost", "leads"),
    "aov": ("revenue", "orders"),
    "ctr": ("clicks", "impressions"),
    "click_to_lead": ("leads", "clicks"),
    "lead_to_mql": ("mqls", "leads"),
    "click_to_order": ("orders", "clicks"),
}
# (upper step, lower step) -> the ratios that turn the upper into the lower, the first one present wins.
# A click becomes a lead at the rate leads/clicks of the same data, so clicks × CPC and leads × cost per lead give
# the same budget; where the data has no leads, an ad platform's conversion rate stands in for that step.
STEP_RATIOS = {
    ("impressions", "clicks"): ("ctr",),
    ("clicks", "leads"): ("click_to_lead", "cvr"),
    ("clicks", "orders"): ("click_to_order", "cvr"),
    ("clicks", "conversions"): ("cvr",),
    ("leads", "mqls"): ("lead_to_mql",),
    ("mqls", "new_customers"): ("mql_to_customer",),
    ("leads", "new_customers"): ("lead_to_customer",),  # when MQLs are not tracked
    ("leads", "deals_won"): ("lead_to_deal",),
    ("orders", "revenue"): ("aov",),
}
MEASURES = sorted({m for pair in RATIOS.values() for m in pair})
LOOKBACK_DAYS = 365
NEED_KEYS = ("impressions", "clicks", "leads", "mqls", "orders", "conversions", "budget", "budget_via_cost_per_lead")


def history_window(start: dt.date, days: int = LOOKBACK_DAYS) -> tuple[dt.date, dt.date]:
    """The period whose ratios a plan starting on `start` uses: the year before it."""
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def totals(ws, start: dt.date, end: dt.date) -> tuple[dict[str, float | None], tuple[dt.date, dt.date]]:
    """Each planner measure of a workspace summed over start..end (None without data), and the days the data spans
    (the CLI's `plan` and the funnel page read the history through this)."""
    import pandas as pd

    from . import kpis
    from .compiler import Filters

    have = kpis.presence(ws.engine)
    out, days = {}, []
    for m in MEASURES:
        df = kpis.series(ws.engine, m, "day", Filters(start, end)) if m in have else None
        vals = None if df is None else pd.to_numeric(df["numerator"], errors="coerce")
        if vals is None or not vals.notna().any():
            out[m] = None
            continue
        out[m] = float(vals.sum())
        seen = pd.to_datetime(df["period"][vals.fillna(0) != 0]).dt.date
        days += [seen.min(), seen.max()] if not seen.empty else []
    return out, ((min(days), max(days)) if days else (start, end))


def ratios(totals: dict[str, float | None], period: tuple[dt.date, dt.date],
           overrides: dict[str, float] | None = None) -> dict[str, dict]:
    """Each ratio with its numerator, denominator and the period it came from; overrides win."""
    out = {}
    for rid, (num, den) in RATIOS.items():
        n, d = totals.get(num), totals.get(den)
        value = n / d if n is not None and d else None
        out[rid] = {"value": value, "numerator": n, "denominator": d, "source": "history",
                    "period_start": period[0].isoformat(), "period_end": period[1].isoformat()}
    for rid, value in (overrides or {}).items():
        if rid not in RATIOS:
            from .errors import error

            raise error("plan.unknown_ratio", ratio=rid, allowed=", ".join(RATIOS))
        out[rid] = {"value": float(value), "numerator": None, "denominator": None, "source": "override",
                    "period_start": None, "period_end": None}
    return out


def _div(a, b):
    return a / b if a is not None and b else None


def _mul(a, b):
    return a * b if a is not None and b is not None else None


def _check(kpi: str) -> tuple[str, ...]:
    if kpi not in FUNNELS:
        from .errors import error

        raise error("plan.unknown_outcome", kpi=kpi, allowed=", ".join(OUTCOMES))
    return FUNNELS[kpi]


def _step_ratio(upper: str, lower: str, v: dict) -> tuple[str | None, float | None]:
    """The ratio that turns `upper` into `lower` (the first of its candidates with a value), and that value."""
    for rid in STEP_RATIOS.get((upper, lower), ()):
        if v.get(rid) is not None:
            return rid, v[rid]
    first = STEP_RATIOS.get((upper, lower), (None,))[0]
    return first, None


def route(kpi: str, r: dict[str, dict]) -> list[tuple[str, str, str | None]]:
    """The steps of `kpi`'s funnel from the outcome up, as (lower step, upper step, ratio id used): a step that
    is not tracked (MQLs without MQL data) is passed over by a ratio that skips it (lead to customer)."""
    v = {k: x["value"] for k, x in r.items()}
    steps = list(_check(kpi))
    out = []
    i = len(steps) - 1
    while i > 0:
        lower, upper = steps[i], steps[i - 1]
        rid, value = _step_ratio(upper, lower, v)
        if i > 1 and (steps[i - 2], lower) in STEP_RATIOS:
            skip_id, skip = _step_ratio(steps[i - 2], lower, v)
            above = _step_ratio(steps[i - 2], upper, v)[1]
            if skip is not None and (value is None or above is None):  # the step between is not tracked
                out.append((lower, steps[i - 2], skip_id))
                i -= 2
                continue
        out.append((lower, upper, rid))
        i -= 1
    return out


def needs(kpi: str, target: float, r: dict[str, dict]) -> dict[str, float | None]:
    """What `target` of outcome `kpi` takes at each step up its funnel, and the budget (None where a ratio is
    missing). `budget` is the one figure to plan with: the paid clicks times their cost, else the leads times
    their cost; `budget_via_cost_per_lead` is kept for reading the leads route on its own."""
    v = {k: x["value"] for k, x in r.items()}
    out: dict[str, float | None] = dict.fromkeys(NEED_KEYS)
    have = {kpi: float(target)}
    for lower, upper, rid in route(kpi, r):
        have[upper] = _div(have.get(lower), v.get(rid))
    for k in NEED_KEYS:
        if k in have and k != kpi:
            out[k] = have[k]
    if kpi in out:  # the outcome itself is a step (orders, leads, clicks)
        out[kpi] = float(target)
    out["budget_via_cost_per_lead"] = _mul(out["leads"], v["cost_per_lead"])
    out["budget"], _ = _budget(out, v)
    return out


def _budget(out: dict, v: dict) -> tuple[float | None, list[str]]:
    via_clicks = _mul(out["clicks"], v["cpc"])
    if via_clicks is not None:
        return via_clicks, ["clicks", "cpc"]
    if out["budget_via_cost_per_lead"] is not None:
        return out["budget_via_cost_per_lead"], ["leads", "cost_per_lead"]
    return None, []


def plan(kpi: str, target: float, start: dt.date, end: dt.date, r: dict[str, dict]) -> dict:
    """The reverse funnel for `target` of `kpi` between start and end, totals and per week, in funnel order."""
    need = needs(kpi, target, r)
    weeks = ((end - start).days + 1) / 7
    used = _used(kpi, r)
    v = {k: x["value"] for k, x in r.items()}
    _, budget_route = _budget(need, v)
    steps = [s for s in FUNNELS[kpi] if s == kpi or need.get(s) is not None]
    return {"kpi": kpi, "target": float(target), "from": start.isoformat(), "to": end.isoformat(),
            "needs": need, "per_week": {k: (x / weeks if x is not None else None) for k, x in need.items()},
            "ratios": {k: r[k] for k in used},
            "missing": [k for k in used if r[k]["value"] is None],
            "funnel": list(FUNNELS[kpi]), "steps": steps, "budget_route": budget_route}


def _used(kpi: str, r: dict[str, dict]) -> list[str]:
    """The ratios this plan rests on, top of the funnel first, the budget's cost last."""
    ids = [rid for _, _, rid in reversed(route(kpi, r)) if rid]
    cost = ["cpc"] if "clicks" in FUNNELS[kpi] else []
    if "leads" in FUNNELS[kpi]:
        cost.append("cost_per_lead")
    return list(dict.fromkeys(ids + cost))


def yield_for_budget(budget: float, r: dict[str, dict]) -> dict[str, float | None]:
    """What a budget should bring at the historical ratios: clicks, leads, customers, orders, revenue."""
    v = {k: x["value"] for k, x in r.items()}
    clicks = _div(budget, v["cpc"])
    leads = _div(budget, v["cost_per_lead"])
    # conversions are orders only where the data has orders (a shop); for lead generation they are leads
    orders = _mul(clicks, v["click_to_order"] if v["click_to_order"] is not None else v["cvr"]) \
        if v["aov"] is not None else None
    return {"budget": float(budget), "clicks": clicks, "leads": leads,
            "new_customers": _mul(leads, v["lead_to_customer"]), "deals_won": _mul(leads, v["lead_to_deal"]),
            "orders": orders, "revenue": _mul(orders, v["aov"]), "conversions": _mul(clicks, v["cvr"])}
