"""Guards on targets (KPI jungle, conflicts), insight rules on the data, and leading-indicator lags."""

from __future__ import annotations

import datetime as dt
import math

JUNGLE_LIMIT = 3  # the articles' rule of thumb: 2-3 KPIs per domain
MIN_CHANGE = 0.02  # smaller moves are noise, not a direction
MAX_LAG_WEEKS = 8
MIN_PAIRS = 8
LEADING = ("mqls", "leads", "sessions")
# (kpi that rose, kpi that fell, message code): a combination that asks for action
RULES = (
    ("orders", "margin", "insight.orders_up_margin_down"),
    ("orders", "roas", "insight.orders_up_roas_down"),
    ("ctr", "cvr", "insight.ctr_up_cvr_down"),
)


def _overlap(a, b) -> bool:
    """Same scope and overlapping periods."""
    return a.scope == b.scope and not (a.deadline < b.start or b.deadline < a.start)


def jungle(targets, domain_of, as_of: dt.date, limit: int = JUNGLE_LIMIT) -> list[dict]:
    """A warning per domain with more than `limit` targets active on as_of."""
    groups: dict[str, list[str]] = {}
    for t in targets:
        if t.start <= as_of <= t.deadline:
            groups.setdefault(domain_of(t.kpi) or "other", []).append(t.id)
    return [{"code": "insight.jungle", "params": {"domain": d, "count": len(ids), "limit": limit,
                                                    "targets": ", ".join(ids)}}
            for d, ids in sorted(groups.items()) if len(ids) > limit]


def kind(meta: dict | None) -> str | None:
    """'budget' (spend), 'efficiency' (a ratio with cost in it) or 'volume' (a count to grow).

    `meta` has `numerator` and `denominator` (lists of measure ids; denominator None for a sum) and `good`.
    """
    if not meta:
        return None
    num, den = list(meta.get("numerator") or []), meta.get("denominator")
    if den:
        return "efficiency" if "cost" in num or "cost" in den else None
    if num == ["cost"]:
        return "budget"
    return "volume" if meta.get("good", "higher") == "higher" else None


def _grows(t) -> bool:
    return t.comparison == "at_least" and (t.baseline is None or t.target > t.baseline)


def _cuts(t) -> bool:
    return t.comparison == "at_most" and (t.baseline is None or t.target < t.baseline)


def conflicts(targets, meta_of) -> list[dict]:
    """Pairs of targets on overlapping scopes and periods that pull against each other, with the reason."""
    out = []
    for i, a in enumerate(targets):
        for b in targets[i + 1:]:
            if not _overlap(a, b):
                continue
            kinds = {kind(meta_of(a.kpi)): a, kind(meta_of(b.kpi)): b}
            vol = kinds.get("volume")
            if vol is None or not _grows(vol):
                continue
            if "efficiency" in kinds:
                code, other = "insight.conflict_volume_efficiency", kinds["efficiency"]
            elif "budget" in kinds and _cuts(kinds["budget"]):
                code, other = "insight.conflict_budget_volume", kinds["budget"]
            else:
                continue
            scope = ", ".join(f"{k}={v}" for k, v in a.scope.items()) or "-"
            out.append({"code": code, "params": {"volume": vol.id, "volume_kpi": vol.kpi, "other": other.id,
                                                 "other_kpi": other.kpi, "scope": scope}})
    return out


def last_full_periods(as_of: dt.date, grain: str = "month") -> tuple[tuple[dt.date, dt.date], ...]:
    """(previous, last) full week, month or quarter that ended on or before as_of."""
    one = dt.timedelta(days=1)
    if grain == "week":
        end = as_of - dt.timedelta(days=(as_of.weekday() + 1) % 7)  # last Sunday, as_of itself if Sunday
        return (end - dt.timedelta(days=13), end - dt.timedelta(days=7)), (end - dt.timedelta(days=6), end)
    months = 3 if grain == "quarter" else 1

    def first_of(d: dt.date) -> dt.date:
        return d.replace(month=(d.month - 1) // months * months + 1, day=1)

    end = first_of(as_of + one) - one  # as_of is a period's last day: that period counts as full
    start = first_of(end)
    prev_end = start - one
    return (first_of(prev_end), prev_end), (start, end)


def change(prev: float | None, cur: float | None) -> float | None:
    """Relative change from prev to cur; None when prev is missing or zero."""
    if prev is None or cur is None or prev == 0 or any(map(math.isnan, (prev, cur))):
        return None
    return cur / abs(prev) - 1 if prev > 0 else (cur - prev) / abs(prev)


def rule_insights(values: dict[str, tuple[float | None, float | None]]) -> list[dict]:
    """Insight rules on {kpi: (previous, last)}: one KPI up while its partner is down, with the figures."""
    out = []
    for up, down, code in RULES:
        if up not in values or down not in values:
            continue
        cu, cd = change(*values[up]), change(*values[down])
        if cu is not None and cd is not None and cu > MIN_CHANGE and cd < -MIN_CHANGE:
            out.append({"code": code, "params": {
                "up": up, "up_prev": values[up][0], "up_cur": values[up][1], "up_change": cu,
                "down": down, "down_prev": values[down][0], "down_cur": values[down][1], "down_change": cd}})
    return out


def _corr(x: list[float], y: list[float]) -> float | None:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sx = math.sqrt(sum((a - mx) ** 2 for a in x))
    sy = math.sqrt(sum((b - my) ** 2 for b in y))
    if sx == 0 or sy == 0:
        return None
    return sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True)) / (sx * sy)


def strength(r: float) -> str:
    """weak / moderate / strong for a correlation."""
    return "strong" if abs(r) >= 0.6 else "moderate" if abs(r) >= 0.3 else "weak"


def best_lag(lagging: list[float], leading: list[float], max_lag: int = MAX_LAG_WEEKS,
             min_pairs: int = MIN_PAIRS) -> dict | None:
    """The lag (weeks the leading series runs ahead) with the highest correlation, on aligned weekly lists."""
    best = None
    for lag in range(0, max_lag + 1):
        pairs = [(leading[i - lag], lagging[i]) for i in range(lag, min(len(lagging), len(leading) + lag))
                 if leading[i - lag] is not None and lagging[i] is not None]
        if len(pairs) < min_pairs:
            continue
        r = _corr([p[0] for p in pairs], [p[1] for p in pairs])
        if r is not None and (best is None or r > best["r"]):
            best = {"lag_weeks": lag, "r": r, "n": len(pairs), "strength": strength(r)}
    return best
