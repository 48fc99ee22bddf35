"""Names for what the core calls by id: targets by their title, KPIs by name, tools, domains and scopes in words."""

from __future__ import annotations

import datetime as dt

from kpi_core.i18n import fmt_date, has, t, tool_name
from kpi_core.smart import scope_text
from ui.text import plain


def target_label(body: dict, lang: str, kpis: dict) -> str:
    """A target as a person knows it: its title, else its KPI and period ('Omzet, 1 jan 2025 – 31 mrt 2025')."""
    if body.get("title"):
        return str(body["title"])
    k = kpis.get(body.get("kpi"))
    name = k.name[lang] if k is not None else str(body.get("kpi", ""))
    try:
        start, end = dt.date.fromisoformat(str(body["start"])), dt.date.fromisoformat(str(body["deadline"]))
        return f"{name}, {fmt_date(start, lang)} – {fmt_date(end, lang)}"
    except (KeyError, ValueError):
        return name


def _scope_words(scope: str, lang: str) -> str:
    if not scope or scope == "-":
        return t("insight.all_data", lang)
    pairs = dict(part.split("=", 1) for part in scope.split(", ") if "=" in part)
    return scope_text(pairs, lang) if pairs else scope


def warning_text(w: dict, lang: str, targets: list[dict], kpis: dict) -> str:
    """A warning from tracking (its code and params) written with names, for a Markdown context."""
    titles = {b["id"]: target_label(b, lang, kpis) for b in targets}
    p = {k: v for k, v in w.items() if k not in ("code", "message")}
    for k in ("target", "volume", "other"):
        if k in p:
            p[k] = titles.get(p[k], p[k])
    if "targets" in p:
        p["targets"] = ", ".join(titles.get(i, i) for i in str(p["targets"]).split(", "))
    for k in [k for k in p if k == "kpi" or k.endswith("_kpi")]:
        p[k] = kpis[p[k]].name[lang] if p[k] in kpis else p[k]
    if "domain" in p and has(f"ui.domain.{p['domain']}"):
        p["domain"] = t(f"ui.domain.{p['domain']}", lang)
    if "scope" in p:
        p["scope"] = _scope_words(str(p["scope"]), lang)
    if "source" in p:
        p["source"] = tool_name(str(p["source"]), lang)
    return t(w["code"], lang, **{k: plain(v) if isinstance(v, str) else v for k, v in p.items()})
