"""`explain --workspace W --kpi ID --period P --vs P --by DIM`: what moved a KPI, member by member."""

from __future__ import annotations

from pathlib import Path


def add_arguments(p, name: str) -> None:
    p.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
    p.add_argument("--kpi", required=True, metavar="ID", help="the KPI (see `catalog`)")
    p.add_argument("--period", required=True, metavar="PERIOD", help="2025-03, 2025-Q1, 2025 or FROM..TO")
    p.add_argument("--vs", required=True, metavar="PERIOD",
                   help="the period to compare with, written the same way (or previous, last_year)")
    p.add_argument("--by", default="channel", metavar="DIM",
                   help="split by this dimension: channel, campaign, source_id, ... (default: channel)")
    from ..backends import add_argument as add_engine

    add_engine(p)


def run(args) -> dict:
    from .. import explain, tracking
    from ..catalogue import UnknownKpi
    from ..errors import error
    from ..workspace import Workspace

    period = explain.parse_period(args.period)
    vs = explain.comparison(period, args.vs)  # a period, or previous / last_year
    if not args.workspace.is_file():
        raise error("workspace.not_found", file=str(args.workspace))
    ws = Workspace(args.workspace)
    kpi = tracking.resolve_kpi(ws, args.kpi)  # the catalogue, then the workspace's own KPIs
    if kpi is None:
        raise UnknownKpi(kpi=args.kpi)
    from ..backends import for_workspace

    out = explain.explain(for_workspace(ws, getattr(args, "engine", None)), kpi, period, vs, args.by)
    lang = args.lang
    out["notes"] = [explain.note_text(n, out, lang, (period, vs)) for n in out["notes"]]
    out["summary"] = explain.sentence(out, kpi, lang)
    out["label"] = {"kpi": kpi.name[lang], "period": period.label(lang), "vs": vs.label(lang)}
    return out


def render(out: dict, args) -> str:
    from ..explain import member_label, signed
    from ..i18n import fmt, t

    lang, unit, cur = args.lang, out["unit"], out.get("currency") or "EUR"
    lines = [out["summary"], "", t("review.explain.head", lang, kpi=out["label"]["kpi"], now=out["label"]["period"],
                                    before=out["label"]["vs"], by=out["by"])]
    keys = ["member", "value_vs", "value", *(["rate", "mix"] if out["ratio"] else []), "total"]
    table = [[t(f"review.col.{k}", lang) for k in keys]]

    def sign(v):
        return signed(v, unit, lang, cur)

    for c in out["contributions"]:
        who = (t("review.unattributed", lang) if c["presence"] == "unattributed"
               else member_label(c["member"], lang, out["by"]))
        cells = {"member": who, "value_vs": fmt(c["value_vs"], unit, lang, cur),
                 "value": fmt(c["value"], unit, lang, cur), "rate": sign(c["rate_effect"]),
                 "mix": sign(c["mix_effect"]), "total": sign(c["total"])}
        table.append([cells[k] for k in keys])
    totals = {"member": t("review.explain.total_row", lang), "value_vs": fmt(out["value_vs"], unit, lang, cur),
              "value": fmt(out["value"], unit, lang, cur), "rate": "", "mix": "", "total": sign(out["change"])}
    table.append([totals[k] for k in keys])
    widths = [max(len(r[i]) for r in table) for i in range(len(keys))]
    for i, row in enumerate(table):
        if i == len(table) - 1:
            lines.append("  ".join("-" * w for w in widths))
        lines.append("  ".join(c.ljust(w) if k == "member" else c.rjust(w)
                               for c, w, k in zip(row, widths, keys, strict=True)).rstrip())
    lines += [f"* {n}" for n in out["notes"]]
    return "\n".join(lines)
