"""Reverse funnel: from an outcome target to the leads, clicks and budget it takes, and from a budget back."""

from __future__ import annotations

import datetime as dt

OUTCOMES = ("new_customers", "revenue", "orders", "deals_won")
# ratio id -> (numerator measure, denominator measure); ids match the catalogue where it has them
RATIOS = {
    "lead_to_customer": ("new_customers", "leads"),
    "mql_to_customer": ("new_customers", "mqls"),
    "lead_to_deal": ("deals_won", "leads"),
    "cvr": ("conversions", "clicks"),
    "cpc": ("cost", "clicks"),
    "cost_per_lead": ("cost", "leads"),
    "aov": ("revenue", "orders"),
}
MEASURES = sorted({m for pair in RATIOS.values() for m in pair})
LOOKBACK_DAYS = 365


def history_window(start: dt.date, days: int = LOOKBACK_DAYS) -> tuple[dt.date, dt.date]:
    """The period whose ratios a plan starting on `start` uses: the year before it."""
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


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


def needs(kpi: str, target: float, r: dict[str, dict]) -> dict[str, float | None]:
    """What `target` of outcome `kpi` takes: MQLs, leads, orders, clicks and budget (None where a ratio is missing)."""
    v = {k: x["value"] for k, x in r.items()}
    out = dict.fromkeys(("mqls", "leads", "orders", "clicks", "budget", "budget_via_cost_per_lead"))
    if kpi == "new_customers":
        out.update(mqls=_div(target, v["mql_to_customer"]), leads=_div(target, v["lead_to_customer"]))
    elif kpi == "deals_won":
        out["leads"] = _div(target, v["lead_to_deal"])
    elif kpi == "revenue":
        out["orders"] = _div(target, v["aov"])
    elif kpi == "orders":
        out["orders"] = float(target)
    else:
        from .errors import error

        raise error("plan.unknown_outcome", kpi=kpi, allowed=", ".join(OUTCOMES))
    # a lead or an order is the conversion a click leads to
    out["clicks"] = _div(out["leads"] if out["orders"] is None else out["orders"], v["cvr"])
    out["budget"] = _mul(out["clicks"], v["cpc"])
    out["budget_via_cost_per_lead"] = _mul(out["leads"], v["cost_per_lead"])
    return out


def plan(kpi: str, target: float, start: dt.date, end: dt.date, r: dict[str, dict]) -> dict:
    """The reverse funnel for `target` of `kpi` between start and end, totals and per week."""
    need = needs(kpi, target, r)
    weeks = ((end - start).days + 1) / 7
    used = _used(kpi)
    return {"kpi": kpi, "target": float(target), "from": start.isoformat(), "to": end.isoformat(),
            "needs": need, "per_week": {k: (x / weeks if x is not None else None) for k, x in need.items()},
            "ratios": {k: r[k] for k in used},
            "missing": [k for k in used if r[k]["value"] is None]}


def _used(kpi: str) -> list[str]:
    first = {"new_customers": ["mql_to_customer", "lead_to_customer", "cost_per_lead"],
             "deals_won": ["lead_to_deal", "cost_per_lead"], "revenue": ["aov"], "orders": ["aov"]}
    return first.get(kpi, []) + ["cvr", "cpc"]


def yield_for_budget(budget: float, r: dict[str, dict]) -> dict[str, float | None]:
    """What a budget should bring at the historical ratios: clicks, leads, customers, orders, revenue."""
    v = {k: x["value"] for k, x in r.items()}
    clicks = _div(budget, v["cpc"])
    leads = _div(budget, v["cost_per_lead"])
    # conversions are orders only where the data has orders (a shop); for lead generation they are leads
    orders = _mul(clicks, v["cvr"]) if v["aov"] is not None else None
    return {"budget": float(budget), "clicks": clicks, "leads": leads,
            "new_customers": _mul(leads, v["lead_to_customer"]), "deals_won": _mul(leads, v["lead_to_deal"]),
            "orders": orders, "revenue": _mul(orders, v["aov"])}
