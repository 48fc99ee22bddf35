"""`catalog`: every KPI in the catalogue with its definition, formula and how to read it."""

from __future__ import annotations


def add_arguments(p, name: str) -> None:
    p.add_argument("--domain", help="only KPIs of this domain (marketing, sales, email, ecommerce, finance)")


def run(args) -> dict:
    from ..catalogue import catalogue

    kpis = [k for k in catalogue().values() if args.domain in (None, k.domain)]
    return {"kpis": [
        {"id": k.id, "name": k.name, "definition": k.definition, "formula": k.formula, "unit": k.unit,
         "good": k.good, "kinds": list(k.kinds), "domain": k.domain, "measures": list(k.measures),
         "note": k.note, "cumulative": k.cumulative, "growth": k.growth}
        for k in kpis
    ]}


def render(out: dict, args) -> str:
    from ..i18n import t

    lang = args.lang
    rows = [(k["id"], k["name"][lang], k["formula"], k["unit"], k["good"], k["domain"]) for k in out["kpis"]]
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(6)]
    lines = [t("engine.catalog.header", lang, count=len(rows))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)
