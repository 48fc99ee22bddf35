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
            sp.add_argument("file", type=Path, metavar="FILE", help="the targets YAML")
        if action == "status":
            sp.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="the day to judge on (default: today)")


def parse_day(text: str | None):
    """A YYYY-MM-DD argument as a date (today when None); a KoersError when it is not one."""
    import datetime as dt

    from ..errors import error

    if text is None:
        return dt.date.today()  # the edge reads today; the core always gets as_of
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise error("targets.bad_date", value=text) from None


def run(args) -> dict:
    from .. import tracking
    from ..errors import error
    from ..workspace import Workspace

    lang = getattr(args, "lang", "en")
    if args.action == "import":
        if not args.file.is_file():
            raise error("cli.file_not_found", file=str(args.file))
        text = args.file.read_text(encoding="utf-8")
        ids = tracking.import_yaml(Workspace(args.workspace), text, file=str(args.file))
        return {"workspace": str(args.workspace), "imported": ids, "count": len(ids)}
    if not args.workspace.is_file():
        raise error("workspace.not_found", file=str(args.workspace))
    ws = Workspace(args.workspace)
    if args.action == "export":
        return {"workspace": str(args.workspace), "yaml": tracking.export_yaml(ws)}
    return tracking.status(ws, parse_day(getattr(args, "as_of", None)), lang)


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
