"""`rates set|list --workspace W`: exchange rates per currency and month, for sums across currencies."""

from __future__ import annotations

from pathlib import Path


def add_arguments(p, name: str) -> None:
    p.add_argument("action", choices=("set", "list"))
    p.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
    p.add_argument("--from", dest="frm", metavar="CODE", help="the currency converted, e.g. USD")
    p.add_argument("--to", metavar="CODE", help="the currency it converts into (default: the workspace's)")
    p.add_argument("--month", metavar="YYYY-MM", help="the month the rate holds for")
    p.add_argument("--rate", metavar="NUMBER", help="1 FROM = RATE TO")


def run(args) -> dict:
    from ..errors import error
    from ..workspace import Workspace

    if not args.workspace.is_file():
        raise error("workspace.not_found", file=str(args.workspace))
    ws = Workspace(args.workspace)
    out = {"workspace": str(args.workspace), "currency": ws.settings()["currency"]}
    if args.action == "set":
        out["set"] = ws.set_rate(args.frm, args.to or out["currency"], args.month, args.rate)
    out["rates"] = ws.rates()
    return out


def render(out: dict, args) -> str:
    from ..i18n import t

    lines = [t("workspace.rate_set", args.lang, frm=r["from"], to=r["to"], rate=r["rate"], month=r["month"])
             for r in out["rates"]]
    return "\n".join(lines) or t("workspace.no_rates", args.lang)
