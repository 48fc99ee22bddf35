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


def span_words(lo: dt.date, hi: dt.date, lang: str) -> str:
    """A period as a person says it: 'maart 2025', '1e kwartaal 2025', '2024', '3 feb 2025 t/m 9 feb 2025'."""
    from kpi_core.i18n import fmt_month
    from ui.periods import month_end, quarter_start

    if lo.day == 1 and hi == month_end(hi):
        months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        if months == 1:
            return fmt_month(lo, lang)
        if months == 3 and lo == quarter_start(lo):
            return t("ui.span.quarter", lang, n=(lo.month - 1) // 3 + 1, year=lo.year)
        if months == 12 and lo.month == 1:
            return str(lo.year)
        return t("ui.span.to", lang, a=fmt_month(lo, lang), b=fmt_month(hi, lang))
    return t("ui.span.to", lang, a=fmt_date(lo, lang), b=fmt_date(hi, lang))


def method_text(row: dict, unit: str, lang: str, currency: str = "EUR") -> str:
    """Which forecast method a target's figure comes from, and why, in words."""
    from kpi_core.i18n import fmt

    method, why = row.get("forecast_method"), row.get("forecast_why") or {}
    if method is None:
        return ""
    if method == "final":
        return t("ui.goal.method.final", lang)
    if row.get("denominator_to_date") is not None:  # a ratio: the ratio so far over the rest
        return t("ui.goal.method.ratio", lang, rate=fmt(row.get("actual_to_date"), unit, lang, currency))
    days, total = row.get("days_elapsed") or 0, row.get("days_total") or 0
    actual = row.get("actual_to_date") or 0.0
    per_day = lambda v: fmt(v, unit, lang, currency, decimals=0 if abs(v) >= 100 else 1)  # noqa: E731
    if method == "seasonal":
        return t("ui.goal.method.seasonal", lang, share=fmt(why.get("share_done"), "percent", lang, decimals=0))
    if method == "trend":
        left = max(total - days, 1)
        rate = ((row.get("forecast") or actual) - actual) / left
        return t("ui.goal.method.trend", lang, days=why.get("days"), rate=per_day(rate),
                 direction=t("ui.goal.why.rise" if (why.get("slope") or 0) > 0 else "ui.goal.why.fall", lang))
    from kpi_core.pacing import TREND_T

    direction = t("ui.goal.why.rise" if (why.get("slope") or 0) > 0 else "ui.goal.why.fall", lang)
    if "slope" in why and (why.get("t") is None or abs(why["t"]) >= TREND_T):
        reason = t("ui.goal.why.not_held", lang, direction=direction)
    elif "slope" in why:
        reason = t("ui.goal.why.noise", lang, t=fmt(why["t"], "count", lang, decimals=1))
    else:
        reason = t("ui.goal.why.short", lang, days=days)
    return t("ui.goal.method.run_rate", lang, rate=per_day(actual / days if days else 0.0), why=reason)


def file_warning(code: str, params: dict, lang: str) -> str:
    """A warning about a read file, written with names for the measures and fields it mentions ('Bereik', not
    'reach'), for a Markdown context."""
    from kpi_core import schema
    from kpi_core.i18n import field_name

    known = {*schema.MEASURES, *schema.DIMENSIONS}

    def words(v):
        if not isinstance(v, str):
            return v
        parts = [p.strip() for p in v.split(",")]
        if parts and all(p in known for p in parts):
            v = ", ".join(field_name(p, lang) for p in parts)
        return plain(v)

    return t(code, lang, **{k: words(v) for k, v in params.items()})
