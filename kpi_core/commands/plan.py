"""`plan`: the reverse funnel from an outcome target to the leads, clicks and budget it takes."""

from __future__ import annotations

from pathlib import Path


def add_arguments(p, name: str) -> None:
    p.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
    p.add_argument("--kpi", required=True,
                   help="new_customers | revenue | orders | deals_won | conversions | mqls | leads | clicks")
    p.add_argument("--target", required=True, type=float, help="the outcome to reach over the period")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--budget", type=float, help="also show what this budget should yield")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="RATIO=VALUE",
                   help="override a historical ratio, e.g. --set cpc=0.8 (repeatable)")


def _overrides(items: list[str]) -> dict[str, float]:
    from ..errors import error

    out = {}
    for item in items:
        name, _, value = item.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise error("plan.bad_override", value=item) from None
    return out


def run(args) -> dict:
    from .. import planner
    from ..errors import error
    from ..workspace import Workspace
    from .targets import parse_day

    start, end = parse_day(args.start), parse_day(args.end)
    if args.kpi not in planner.OUTCOMES:
        raise error("plan.unknown_outcome", kpi=args.kpi, allowed=", ".join(planner.OUTCOMES))
    if not args.workspace.is_file():
        raise error("workspace.not_found", file=str(args.workspace))
    ws = Workspace(args.workspace)
    sums, period = planner.totals(ws, *planner.history_window(start))
    r = planner.ratios(sums, period, _overrides(args.overrides))
    out = planner.plan(args.kpi, args.target, start, end, r)
    out["yield"] = planner.yield_for_budget(args.budget, r) if args.budget is not None else None
    return out


def render(out: dict, args) -> str:
    from ..i18n import fmt, t

    lang = getattr(args, "lang", "en")
    units = {"budget": "currency", "budget_via_cost_per_lead": "currency", "revenue": "currency"}
    lines = [t("plan.header", lang, target=fmt(out["target"], units.get(out["kpi"], "count"), lang),
               kpi=out["kpi"], start=out["from"], end=out["to"])]
    order = [k for k in out.get("funnel", []) if k in out["needs"]] + [k for k in out["needs"] if k not in
                                                                         out.get("funnel", [])]
    for k in order:  # the funnel from the top, then the budget
        v = out["needs"][k]
        if v is not None:
            u = units.get(k, "count")
            lines.append(t("plan.need", lang, what=k, total=fmt(v, u, lang, decimals=0),
                           per_week=fmt(out["per_week"][k], u, lang, decimals=0)))
    lines.append(t("plan.ratios", lang))
    ratio_units = {"cpc": "currency", "cost_per_lead": "currency", "aov": "currency"}
    for k, r in out["ratios"].items():
        value = fmt(r["value"], ratio_units.get(k, "percent"), lang)
        lines.append(t("plan.ratio", lang, ratio=k, value=value, source=t(f"plan.source.{r['source']}", lang),
                       start=r["period_start"] or "-", end=r["period_end"] or "-"))
    if out["missing"]:
        lines.append(t("plan.missing", lang, ratios=", ".join(out["missing"])))
    if out.get("yield"):
        y = out["yield"]
        lines.append(t("plan.yield", lang, budget=fmt(y["budget"], "currency", lang)))
        lines += [f"  {k}: {fmt(v, units.get(k, 'count'), lang, decimals=0)}"
                  for k, v in y.items() if k != "budget" and v is not None]
    return "\n".join(lines)
