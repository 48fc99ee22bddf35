"""`targets import|export|status`: targets in a workspace, read from and written to YAML, and how they stand."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p, name: str) -> None:
    # a sub-parser per action, so `import --workspace W FILE` reads FILE after the options
    sub = p.add_subparsers(dest="action", required=True, metavar="{import,export,status}")
    for action in ("import", "export", "status"):
        sp = sub.add_parser(action)
        sp.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
        sp.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
        sp.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS)
        if action == "import":
            sp.add_argument("file", type=Path, metavar="FILE",
                            help="the targets YAML (UTF-8; at most 5,000 targets, 10 MB: see README)")
        if action == "status":
            sp.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="the day to judge on (default: today)")
            from ..backends import add_argument as add_engine

            add_engine(sp)


def parse_day(text: str | None, option: str = "--as-of"):
    """A YYYY-MM-DD argument as a date (today when None); a KoersError when it is not one or its year is out of range.

    The years are those a file's dates may have (KOERS_MIN_YEAR..KOERS_MAX_YEAR): a query over year 1 or 9999 would
    build millions of days."""
    import datetime as dt

    from ..errors import error, shown
    from ..targets import years

    if text is None:
        return dt.date.today()  # the edge reads today; the core always gets as_of
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise error("targets.bad_date", value=shown(text)) from None
    lo, hi = years()
    if not lo <= day.year <= hi:
        raise error("cli.date_out_of_range", option=option, value=shown(text), min_year=lo, max_year=hi)
    return day


def _import(args) -> dict:
    """Every target in the file checked first, then all saved in one transaction (an existing id is updated)."""
    from ..errors import error
    from ..targets import parse_yaml, read_yaml
    from ..tracking import resolve_kpi
    from ..workspace import Workspace

    if not args.file.is_file():
        raise error("cli.file_not_found", file=str(args.file))
    text = read_yaml(args.file)
    ws = Workspace(args.workspace) if args.workspace.is_file() else None  # a new one is made only for good targets
    goods: dict[str, str | None] = {}

    def direction(kpi_id):  # asked per target: a file of thousands asks the workspace once per KPI
        if kpi_id not in goods:
            k = resolve_kpi(ws, kpi_id)
            goods[kpi_id] = k.good if k else None
        return goods[kpi_id]

    targets = parse_yaml(text, file=str(args.file), direction=direction)
    ws = ws or Workspace(args.workspace)
    ids = ws.save_targets([t.to_dict() for t in targets])
    return {"workspace": str(args.workspace), "imported": ids, "count": len(ids)}


def run(args) -> dict:
    from .. import tracking
    from ..errors import error
    from ..workspace import Workspace

    lang = getattr(args, "lang", "en")
    if args.action == "import":
        return _import(args)
    if not args.workspace.is_file():
        raise error("workspace.not_found", file=str(args.workspace))
    ws = Workspace(args.workspace)
    if args.action == "export":
        return {"workspace": str(args.workspace), "yaml": tracking.export_yaml(ws)}
    as_of = parse_day(getattr(args, "as_of", None))
    from ..backends import on_engine

    return tracking.status(on_engine(ws, getattr(args, "engine", None)), as_of, lang)  # KPI queries: DuckDB or Spark


def render(out: dict, args) -> str:
    from ..i18n import fmt, fmt_date, t

    lang = getattr(args, "lang", "en")
    if args.action == "import":
        return t("targets.imported", lang, count=out["count"], ids=", ".join(out["imported"]))
    if args.action == "export":
        return out["yaml"].rstrip("\n")
    if not out["targets"]:
        return t("targets.none", lang)
    lines = []
    for r in out["targets"]:
        unit = r.get("unit") or "count"

        def f(v, unit=unit):  # whole counts read better: 223, not 223.00
            return fmt(v, unit, lang, decimals=0 if unit == "count" and v is not None and abs(v) >= 10 else None)
        lines.append(t("targets.status_line", lang, id=r["id"], kpi=r["kpi"],
                       status=t(f"targets.status.{r['status'] or 'none'}", lang),
                       actual=f(r["actual_to_date"]), expected=f(r["expected_to_date"]),
                       target=f(r["target"]), deadline=fmt_date(_day(r["deadline"]), lang),
                       forecast=f(r["forecast"]), low=f(r["forecast_low"]),
                       high=f(r["forecast_high"]), per_week=f(r["required_per_week"])))
        lines += [f"  {k} {v['level']:<4} {v['reason']}" for k, v in r["smart"].items()]
    lines += [f"! {w['message']}" for w in out["warnings"]]
    lines += [f"* {i['message']}" for i in out.get("insights", [])]
    return "\n".join(lines)


def _day(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)
