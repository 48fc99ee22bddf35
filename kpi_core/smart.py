"""Pure SMART check of a target: each letter pass / warn / fail with a message code and its figures."""

from __future__ import annotations

import datetime as dt
import statistics

DAYS_PER_MONTH = 365.25 / 12
MIN_GROWTHS = 3  # month-on-month changes needed before history can judge realism
LETTERS = ("S", "M", "A", "R", "T")


def _r(level: str, code: str, **params) -> dict:
    return {"level": level, "code": code, "params": params}


def baseline_window(start: dt.date, deadline: dt.date) -> tuple[dt.date, dt.date]:
    """The period just before the target's (windows.previous: a quarter before a quarter, else as many days)."""
    from .windows import previous

    return previous(start, deadline)


def monthly_growth(values: list[float | None]) -> list[float]:
    """Month-on-month relative changes, skipping months that cannot be divided by."""
    return [b / a - 1 for a, b in zip(values[:-1], values[1:], strict=True) if a and a > 0 and b is not None]


def required_growth(target: float, baseline: float, days: int) -> float | None:
    """Monthly compound growth that takes the baseline level to the target level over the period."""
    if not baseline or baseline <= 0 or target <= 0 or days <= 0:
        return None
    return (target / baseline) ** (DAYS_PER_MONTH / days) - 1


def check_s(t) -> dict:
    """S: a KPI and a scope are named."""
    kpi, scope, title = getattr(t, "kpi", None), getattr(t, "scope", None) or {}, getattr(t, "title", None)
    if not kpi:
        return _r("fail", "smart.s_title_only" if title else "smart.s_no_kpi", title=title)
    if not scope:
        return _r("warn", "smart.s_no_scope", kpi=kpi)
    return _r("pass", "smart.s_pass", kpi=kpi, scope=dict(scope))


def check_m(t, known: bool = True, missing: list[str] | None = None) -> dict:
    """M: the KPI is computable from the workspace's data and the target is a number."""
    value = getattr(t, "target", None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _r("fail", "smart.m_not_number", value=value)
    if not known:
        return _r("fail", "smart.m_unknown_kpi", kpi=t.kpi)
    if missing is None:
        return _r("warn", "smart.m_unchecked", kpi=t.kpi)
    if missing:
        return _r("fail", "smart.m_no_data", kpi=t.kpi, missing=", ".join(missing))
    return _r("pass", "smart.m_pass", kpi=t.kpi, target=value)


def check_a(t) -> dict:
    """A: an owner and an agreement are recorded."""
    owner, by, on = getattr(t, "owner", None), getattr(t, "agreed_by", None), getattr(t, "agreed_on", None)
    if owner and by:
        return _r("pass", "smart.a_pass", owner=owner, agreed_by=by, agreed_on=on)
    if owner:
        return _r("warn", "smart.a_no_agreement", owner=owner)
    if by:
        return _r("warn", "smart.a_no_owner", agreed_by=by)
    return _r("fail", "smart.a_missing")


def check_r(t, baseline: float | None, monthly: list[float | None] | None) -> dict:
    """R: required monthly change vs the median and best month-on-month change this KPI has shown."""
    if baseline is None:
        return _r("warn", "smart.r_no_history", kpi=t.kpi)
    days = (t.deadline - t.start).days + 1
    need = required_growth(float(t.target), baseline, days)
    if need is None:
        return _r("warn", "smart.r_no_baseline", kpi=t.kpi, baseline=baseline)
    sign = -1 if t.comparison == "at_most" else 1  # for at_most a fall is progress
    need = sign * need
    figures = dict(kpi=t.kpi, baseline=baseline, target=float(t.target), required=need)
    if need <= 0:  # the period before already did it: a target that asks nothing steers nothing
        return _r("warn", "smart.r_already_met", **figures)
    changes = sorted(sign * g for g in monthly_growth(monthly or []))
    if len(changes) < MIN_GROWTHS:
        return _r("warn", "smart.r_short_history", months=len(changes) + 1 if changes else 0, **figures)
    figures.update(median=statistics.median(changes), best=changes[-1], months=len(changes) + 1)
    if need <= figures["median"]:
        return _r("pass", "smart.r_realistic", **figures)
    if need <= figures["best"]:
        return _r("warn", "smart.r_ambitious", **figures)
    return _r("fail", "smart.r_unrealistic", **figures)


def check_t(t) -> dict:
    """T: a deadline after the start."""
    start, deadline = getattr(t, "start", None), getattr(t, "deadline", None)
    if not start or not deadline:
        return _r("fail", "smart.t_missing")
    if deadline <= start:
        return _r("fail", "smart.t_not_after_start", start=start, deadline=deadline)
    return _r("pass", "smart.t_pass", start=start, deadline=deadline, days=(deadline - start).days + 1)


def check(t, *, known: bool = True, missing: list[str] | None = None,
          baseline: float | None = None, monthly: list[float | None] | None = None) -> dict:
    """All five letters; `missing` None means the data was not checked, `monthly` is the KPI per full month."""
    base = t.baseline if getattr(t, "baseline", None) is not None else baseline
    return {"S": check_s(t), "M": check_m(t, known, missing), "A": check_a(t),
            "R": check_r(t, base, monthly), "T": check_t(t)}


_PERCENT = ("required", "median", "best")


def _kpi_name(kpi_id: str, lang: str) -> str:
    """A KPI's name in `lang` (a person reads 'Conversies', not 'conversions'); the id when unknown."""
    from .catalogue import catalogue

    k = catalogue().get(kpi_id)
    return k.name[lang] if k else kpi_id


def scope_text(scope: dict, lang: str = "nl") -> str:
    """A target's scope as a person reads it: 'Kanaal: search, Tool: Google Ads' (names, never ids)."""
    from .i18n import field_name, tool_name

    return ", ".join(f"{field_name(k, lang)}: {tool_name(v, lang) if k == 'source' else v}" for k, v in scope.items())


def explain(result: dict, lang: str = "nl", unit: str = "count", currency: str = "EUR", escape=None) -> dict:
    """{letter: {level, reason}} with the reasons written out in `lang`.

    `escape`: applied to every filled-in value (a display that reads Markdown passes its escaper)."""
    from .i18n import fmt, fmt_date, t

    out = {}
    for letter, r in result.items():
        p = {}
        for k, v in r["params"].items():
            if k in _PERCENT:
                p[k] = fmt(v, "percent", lang, decimals=1)
            elif k in ("baseline", "target"):
                p[k] = fmt(v, unit, lang, currency)
            elif isinstance(v, dt.date):
                p[k] = fmt_date(v, lang)
            elif k == "kpi":
                p[k] = _kpi_name(v, lang)
            elif k == "scope" and isinstance(v, dict):
                p[k] = scope_text(v, lang)
            else:
                p[k] = v
            if escape is not None and p[k] is not None:
                p[k] = escape(str(p[k]))
        out[letter] = {"level": r["level"], "reason": t(r["code"], lang, **p)}
    return out
