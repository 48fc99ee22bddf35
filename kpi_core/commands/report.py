"""`report --workspace W --period P [--vs previous|last_year] --out FILE.xlsx|FILE.pdf`: the period review."""

from __future__ import annotations

from pathlib import Path


def add_arguments(p, name: str) -> None:
    p.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
    p.add_argument("--period", required=True, metavar="PERIOD", help="2025-Q1, 2025-03, 2025 or FROM..TO")
    p.add_argument("--vs", default="previous", metavar="{previous,last_year}",
                   help="compare with the period before (default) or the same period last year")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.xlsx or FILE.pdf")


def run(args) -> dict:
    import datetime as dt

    from .. import report
    from ..errors import error
    from ..explain import parse_period
    from ..workspace import Workspace

    period = parse_period(args.period)
    if args.vs not in report.COMPARISONS:
        raise error("review.bad_vs", value=args.vs)
    if args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise error("review.bad_out", file=str(args.out))
    if not args.out.parent.is_dir():
        raise error("review.out_dir", file=str(args.out))
    if not args.workspace.is_file():
        raise error("workspace.not_found", file=str(args.workspace))
    data = report.build(Workspace(args.workspace), period, args.vs, args.lang, today=dt.date.today())
    kind = report.write(data, args.out)
    return {"file": str(args.out), "format": kind, "workspace": data["workspace"], "period": data["period"],
            "vs": data["vs"], "kpis": len(data["kpis"]), "targets": len(data["targets"]),
            "charts": len(data["charts"]), "warnings": data["warnings"]}


def render(out: dict, args) -> str:
    from ..i18n import t

    return t("review.written", args.lang, file=out["file"], period=out["period"]["label"],
             before=out["vs"]["label"], kpis=out["kpis"], targets=out["targets"])
