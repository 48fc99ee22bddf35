"""Targets against a workspace's data: pacing, SMART, guards and insights as one report (CLI and pages)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from . import insights, pacing, smart
from .targets import KEYS, Target, catalogue_direction, parse_yaml, to_yaml

ROW_KEYS = ("id", "kpi", "target", "comparison", "start", "deadline", "actual_to_date", "expected_to_date",
            "status", "forecast", "forecast_low", "forecast_high", "required_per_week", "smart")


def resolve_kpi(ws, kpi_id: str):
    """The Kpi for an id among the workspace's KPIs (Workspace.kpi: the catalogue, then its own); None when
    unknown. Without a workspace (a targets file checked on its own), the catalogue's."""
    if ws is None:
        from .catalogue import catalogue

        return catalogue().get(kpi_id)
    return ws.kpi(kpi_id)


def _direction(ws):
    def direction(kpi_id):
        k = resolve_kpi(ws, kpi_id)
        return k.good if k else catalogue_direction(kpi_id)
    return direction


def load_targets(ws) -> list[Target]:
    """The workspace's targets as Target objects (stored extras such as check-ins left aside)."""
    return [Target.from_dict({k: v for k, v in d.items() if k in KEYS}, _direction(ws)) for d in ws.targets()]


def import_yaml(ws, text: str, file: str | None = None) -> list[str]:
    """Validate every target in the YAML first, then save them all (an existing id is updated); returns ids."""
    targets = parse_yaml(text, file=file, direction=_direction(ws))
    return [ws.save_target(t.to_dict()) for t in targets]


def export_yaml(ws) -> str:
    """The workspace's targets as YAML that import_yaml reads back to the same targets."""
    return to_yaml(load_targets(ws))


def daily(ws, kpi, t: Target) -> pd.DataFrame:
    """The KPI per day in the target's scope, from the first data through the deadline."""
    from . import kpis
    from .compiler import Filters

    if kpis.missing_measures(ws.engine, kpi):
        return pd.DataFrame(columns=["period", "numerator", "denominator", "value"])
    return kpis.series(ws.engine, kpi, "day", Filters(date_to=t.deadline, where=dict(t.scope)))


def _has_data(df: pd.DataFrame) -> pd.Series:
    num = pd.to_numeric(df["numerator"], errors="coerce").fillna(0)
    den = pd.to_numeric(df["denominator"], errors="coerce").fillna(0)
    return (num != 0) | (den != 0)


def baseline(df: pd.DataFrame, t: Target, is_ratio: bool) -> float | None:
    """The KPI over the same-length period just before the start; None when the data does not reach back."""
    lo, hi = smart.baseline_window(t.start, t.deadline)
    days = pd.to_datetime(df["period"]).dt.date
    seen = days[_has_data(df)]
    if seen.empty or seen.min() > (hi if is_ratio else lo):  # a sum over part of the window is too low
        return None
    num, den = pacing.daily_values(df, lo, hi)
    if is_ratio:
        return float(num.sum() / den.sum()) if den.sum() else None
    return float(num.sum())


def monthly(df: pd.DataFrame, before: dt.date, is_ratio: bool) -> list[float | None]:
    """The KPI per full calendar month before `before` (sums per day, so short months do not look slow)."""
    if df.empty:
        return []
    d = df.assign(period=pd.to_datetime(df["period"]))
    d = d[_has_data(d).cummax() & (d["period"].dt.date < before.replace(day=1))]
    if d.empty:
        return []
    first = d["period"].min()
    d = d[d["period"] >= (first if first.day == 1 else first + pd.offsets.MonthBegin(1))]
    out = []
    for month, g in d.groupby(d["period"].dt.to_period("M")):
        num = pd.to_numeric(g["numerator"], errors="coerce").fillna(0).sum()
        den = pd.to_numeric(g["denominator"], errors="coerce").fillna(0).sum()
        out.append((num / den if den else None) if is_ratio else num / month.days_in_month)
    return out


def _clean(v):
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def smart_check(ws, t: Target, kpi=None, df=None) -> dict:
    """The SMART check of a target, saved or a draft being typed (the targets page and evaluate() both call this):
    its KPI known, the measures present, and realism against the baseline and the months before. `df`: the KPI's
    daily values around the target (daily()), when the caller has them already."""
    from . import kpis

    kpi = kpi or resolve_kpi(ws, t.kpi)
    if kpi is None:
        return smart.check(t, known=False)
    missing = kpis.missing_measures(ws.engine, kpi)
    if missing or kpi.growth or kpi.cumulative:  # no data to measure, or no day-by-day baseline (a change, a total)
        return smart.check(t, missing=missing)
    is_ratio = kpi.denominator is not None
    df = daily(ws, kpi, t) if df is None else df
    return smart.check(t, missing=missing, baseline=baseline(df, t, is_ratio), monthly=monthly(df, t.start, is_ratio))


def evaluate(ws, t: Target, as_of: dt.date, lang: str = "en") -> tuple[dict, list[dict]]:
    """One target's status row (ROW_KEYS and more) and its warnings."""
    kpi = resolve_kpi(ws, t.kpi)
    warnings = []
    row = {k: None for k in ROW_KEYS}
    row.update(t.to_dict())
    if kpi is None:
        row["smart"] = smart.explain(smart_check(ws, t), lang)
        warnings.append(_warn("targets.unknown_kpi", lang, target=t.id, kpi=t.kpi))
        return row, warnings
    is_ratio = kpi.denominator is not None
    if kpi.growth or kpi.cumulative:  # a change or a lifetime figure has no day-by-day pace to follow
        row.update(unit=kpi.unit, smart=smart.explain(smart_check(ws, t, kpi), lang, kpi.unit))
        warnings.append(_warn("targets.not_paced", lang, target=t.id, kpi=t.kpi))
        return row, warnings
    df = daily(ws, kpi, t)
    result = smart_check(ws, t, kpi, df)
    base = result["R"]["params"].get("baseline")  # the baseline the check measured realism against
    p = pacing.pace(t, df, as_of, is_ratio)
    row.update({k: _clean(v) for k, v in p.to_dict().items()})
    row.update(unit=kpi.unit, baseline=t.baseline if t.baseline is not None else base,
               smart=smart.explain(result, lang, kpi.unit), smart_levels={k: v["level"] for k, v in result.items()})
    if t.pacing == "seasonal" and p.pacing != "seasonal" and not is_ratio:
        warnings.append(_warn("targets.seasonal_fallback", lang, target=t.id))
    in_period = df[pd.to_datetime(df["period"]).dt.date.between(t.start, as_of)]
    if p.days_elapsed and (p.actual_to_date is None or not _has_data(in_period).any()):
        warnings.append(_warn("targets.no_data", lang, target=t.id, kpi=t.kpi))
    elif "estimated" in in_period and in_period["estimated"].fillna(False).astype(bool).any():
        warnings.append(_warn("targets.period_data", lang, target=t.id))  # the pace rests on spread period rows
    if "lagging" in kpi.kinds:
        row["leading"] = leading_lags(ws, kpi, t, as_of)
    return row, warnings


def _warn(code: str, lang: str, **params) -> dict:
    """A warning: its code and params as data, its message for a person (KPI names, not ids)."""
    from .catalogue import catalogue
    from .i18n import t

    cat = catalogue()
    shown = {k: (cat[v].name[lang] if k.endswith("kpi") and v in cat else v) for k, v in params.items()}
    if shown.get("scope") == "-":
        shown["scope"] = t("insight.all_data", lang)
    return {"code": code, **params, "message": t(code, lang, **shown)}


def leading_lags(ws, kpi, t: Target, as_of: dt.date) -> list[dict]:
    """For a lagging KPI: each candidate leading KPI with the lag in weeks where it correlates best."""
    from . import kpis
    from .compiler import Filters

    f = Filters(date_to=as_of - dt.timedelta(days=as_of.weekday() + 1), where=dict(t.scope))  # full weeks only
    if kpis.missing_measures(ws.engine, kpi):
        return []
    cands = [c for c in insights.LEADING if c != kpi.id and not kpis.missing_measures(ws.engine, c)]
    weekly = kpis.series_many(ws.engine, [kpi, *cands], "week", f)[["kpi", "period", "value"]]  # one query
    lag = weekly[weekly["kpi"] == kpi.id].drop(columns="kpi")
    out = []
    for cand in cands:
        lead = weekly[weekly["kpi"] == cand].drop(columns="kpi")
        both = lag.merge(lead, on="period", how="outer", suffixes=("_lag", "_lead")).sort_values("period")
        both = both.astype({"value_lag": float, "value_lead": float}).fillna(0.0)
        best = insights.best_lag(both["value_lag"].tolist(), both["value_lead"].tolist())
        if best:
            out.append({"leading": cand, **best})
    return sorted(out, key=lambda x: -x["r"])


def two_periods(ws, ids, first: tuple[dt.date, dt.date], second: tuple[dt.date, dt.date]) -> dict[str, tuple]:
    """{kpi: (value over first, value over second)}, each the ratio of the KPI's sums over those dates, all KPIs in
    one query per period. KPIs this data cannot answer (kpis.answerable: money in mixed currencies) are left out."""
    from . import kpis
    from .compiler import Filters

    ks = kpis.answerable(ws.engine, ids)
    if not ks:
        return {}
    values = []
    for lo, hi in (first, second):
        out = kpis.table_many(ws.engine, ks, "total", Filters(lo, hi))
        at = out["columns"].index("value")
        values.append({r[0]: r[at] for r in out["rows"]})
    return {k.id: (values[0].get(k.id), values[1].get(k.id)) for k in ks}


def data_insights(ws, as_of: dt.date, lang: str = "en", grain: str = "month") -> list[dict]:
    """Insight rules on the last full period against the one before, with their figures."""
    from . import kpis
    from .i18n import fmt, t

    ids = sorted({k for up, down, _ in insights.RULES for k in (up, down)} & set(kpis.present_kpis(ws.engine)))
    if not ids:
        return []
    (a0, a1), (b0, b1) = insights.last_full_periods(as_of, grain)
    values = two_periods(ws, ids, (a0, a1), (b0, b1))
    out = []
    for r in insights.rule_insights(values):
        p = dict(r["params"])
        shown = {}
        for side in ("up", "down"):
            unit = resolve_kpi(ws, p[side]).unit
            shown.update({f"{side}_prev": fmt(p[f"{side}_prev"], unit, lang),
                          f"{side}_cur": fmt(p[f"{side}_cur"], unit, lang),
                          f"{side}_change": fmt(abs(p[f"{side}_change"]), "percent", lang, decimals=1)})
        out.append({"code": r["code"], **p, "previous": f"{a0}..{a1}", "period": f"{b0}..{b1}",
                    "message": t(r["code"], lang, **shown)})
    return out


def _meta(ws, kpi_id: str) -> dict | None:
    from . import formula

    k = resolve_kpi(ws, kpi_id)
    if k is None:
        return None
    den = formula.measures(k.denominator) if k.denominator is not None else None
    return {"numerator": formula.measures(k.numerator), "denominator": den, "good": k.good, "domain": k.domain}


def guards(ws, targets: list[Target], as_of: dt.date, lang: str = "en") -> list[dict]:
    """KPI-jungle and conflicting-target warnings."""
    def domain_of(kpi_id):
        m = _meta(ws, kpi_id)
        return m and m["domain"]

    found = insights.jungle(targets, domain_of, as_of) + insights.conflicts(targets, lambda k: _meta(ws, k))
    return [_warn(w["code"], lang, **w["params"]) for w in found]


def status(ws, as_of: dt.date, lang: str = "en") -> dict:
    """{'as_of', 'targets': [row per target], 'warnings': [...], 'insights': [...]}."""
    targets = load_targets(ws)
    rows, warnings = [], []
    for t in targets:
        row, warn = evaluate(ws, t, as_of, lang)
        rows.append(row)
        warnings += warn
    warnings += guards(ws, targets, as_of, lang)
    return {"as_of": as_of.isoformat(), "targets": rows, "warnings": warnings,
            "insights": data_insights(ws, as_of, lang)}
