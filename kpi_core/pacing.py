"""Pure pacing: expected-to-date, status, forecast and required-from-now for one target as of a date."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

Z = 1.96  # two-sided 95% prediction interval
DAYS_PER_MONTH = 365.25 / 12
# How the rest of a period is forecast, chosen on back-tests: every sum KPI of the sample exports, windows of 4 to
# 13 weeks with 30-70% of their days known, the rest forecast and compared with what came. The run-rate (the days so
# far, repeated) missed by 15% of the period's total on average; a straight trend by 43% (a noisy fall runs into
# zero, a rise runs away), a damped one by 34%. Even where the slope was significant (16 windows) the run-rate did
# best (12%; the last 14 days' pace 18%, a damped line 47%): in these data a slope is mostly a bump that passes. So
# the run-rate, with last year's shape of the period where the data has it; a trend only when it is clear
# (|t| >= TREND_T over at least MIN_TREND_DAYS days) and it would have beaten the run-rate on the latest third of the
# days so far; then the rest goes at the pace of the last RECENT_DAYS days, not further down or up the line.
TREND_T = 3.0
MIN_TREND_DAYS = 14
RECENT_DAYS = 14
METHODS = ("run_rate", "seasonal", "trend", "final")


@dataclass
class Pace:
    """Where a target stands on `as_of`; ratio KPIs report ratios, sum KPIs totals."""

    as_of: dt.date
    days_total: int
    days_elapsed: int
    final: bool
    pacing: str
    numerator_to_date: float
    denominator_to_date: float | None
    actual_to_date: float | None
    expected_to_date: float
    performance: float | None
    status: str | None
    forecast: float | None
    forecast_run_rate: float | None
    forecast_low: float | None
    forecast_high: float | None
    required_per_day: float | None
    required_per_week: float | None
    required_per_month: float | None
    forecast_method: str | None = None  # one of METHODS
    forecast_why: dict | None = None  # the figures behind the choice: slope and its t value, last year's share


    def to_dict(self) -> dict:
        """Plain data for JSON."""
        d = asdict(self)
        d["as_of"] = self.as_of.isoformat()
        return d


def days_inclusive(start: dt.date, end: dt.date) -> int:
    """Days from start through end, both counted."""
    return (end - start).days + 1


def days_elapsed(start: dt.date, deadline: dt.date, as_of: dt.date) -> int:
    """Days of the period done by as_of (inclusive), between 0 and the period length."""
    return min(max(days_inclusive(start, as_of), 0), days_inclusive(start, deadline))


def linear_expected(target: float, start: dt.date, deadline: dt.date, as_of: dt.date) -> float:
    """target × days elapsed / days in the period (both inclusive)."""
    return target * days_elapsed(start, deadline, as_of) / days_inclusive(start, deadline)


def year_earlier(d: dt.date) -> dt.date:
    """The same day a year earlier (29 Feb -> 28 Feb)."""
    try:
        return d.replace(year=d.year - 1)
    except ValueError:
        return d.replace(year=d.year - 1, day=28)


def daily_values(daily: pd.DataFrame, start: dt.date, end: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """Numerator and denominator per day from start through end, days without data as 0."""
    n = max(days_inclusive(start, end), 0)
    num, den = np.zeros(n), np.zeros(n)
    if n == 0 or daily is None or daily.empty:
        return num, den
    days = pd.to_datetime(daily["period"]).dt.date
    idx = np.array([(d - start).days for d in days])
    keep = (idx >= 0) & (idx < n)
    np.add.at(num, idx[keep], pd.to_numeric(daily["numerator"], errors="coerce").fillna(0).to_numpy(float)[keep])
    if "denominator" in daily:
        np.add.at(den, idx[keep], pd.to_numeric(daily["denominator"], errors="coerce").fillna(0).to_numpy(float)[keep])
    return num, den


def seasonal_shares(daily: pd.DataFrame, start: dt.date, deadline: dt.date) -> np.ndarray | None:
    """Each day's share of the period, taken from the same days a year earlier; None without that year."""
    if daily is None or daily.empty:
        return None
    first = pd.to_datetime(daily["period"]).min().date()
    last = pd.to_datetime(daily["period"]).max().date()
    lo, hi = year_earlier(start), year_earlier(deadline)
    if first > lo or last < hi:
        return None
    num, _ = daily_values(daily, lo, hi)
    # map each target day to its day last year (leap days fold onto 28 Feb)
    vals = np.array([num[(year_earlier(start + dt.timedelta(i)) - lo).days]
                     for i in range(days_inclusive(start, deadline))])
    total = vals.sum()
    return vals / total if total > 0 else None


def performance(actual: float | None, expected: float, comparison: str) -> float | None:
    """Share of expected achieved, above 1 is ahead; for at_most, being under expected is ahead."""
    if actual is None:
        return None
    if comparison == "at_most":
        return math.inf if actual <= 0 else expected / actual
    return math.inf if expected <= 0 else actual / expected


def classify(perf: float | None, thresholds: dict) -> str | None:
    """on_track / at_risk / off_track from a performance and the target's thresholds."""
    if perf is None:
        return None
    if perf >= thresholds.get("on_track", 1.0) - 1e-12:
        return "on_track"
    return "at_risk" if perf >= thresholds.get("at_risk", 0.9) - 1e-12 else "off_track"


def met(actual: float | None, target: float, comparison: str) -> bool:
    """Whether a final value meets the target."""
    if actual is None:
        return False
    return actual <= target if comparison == "at_most" else actual >= target


def _wls(x: np.ndarray, y: np.ndarray, w: np.ndarray):
    """Weighted least squares y = a + b x: (a, b, sigma², weight sum, weighted mean x, Sxx) or None."""
    if len(x) < 3 or w.sum() <= 0:
        return None
    sw = w.sum()
    xm = (w * x).sum() / sw
    sxx = (w * (x - xm) ** 2).sum()
    if sxx <= 0:
        return None
    b = (w * (x - xm) * (y - (w * y).sum() / sw)).sum() / sxx
    a = (w * y).sum() / sw - b * xm
    s2 = (w * (y - a - b * x) ** 2).sum() / (len(x) - 2)
    return a, b, s2, sw, xm, sxx


def trend_test(y: np.ndarray) -> dict | None:
    """The straight line through the daily values: slope and its t value; None with too few days to tell a trend
    from noise."""
    n = len(y)
    if n < MIN_TREND_DAYS:
        return None
    fit = _wls(np.arange(1, n + 1, dtype=float), y, np.ones(n))
    if fit is None:
        return None
    a, b, s2, sw, xm, sxx = fit
    se = math.sqrt(s2 / sxx) if s2 > 0 else 0.0
    return {"slope": b, "t": math.inf if se == 0 and b != 0 else (0.0 if se == 0 else b / se)}


def _run_rate(y: np.ndarray, m: int) -> tuple[float, float]:
    """The rest of m days at the mean of y, and its standard deviation (the days' own noise and the mean's)."""
    n = len(y)
    s2 = float(np.var(y, ddof=1)) if n > 1 else 0.0
    return float(y.mean()) * m if n else 0.0, math.sqrt(m * s2 + m * m * s2 / n) if n else 0.0


def _trend_holds(y: np.ndarray) -> bool:
    """Whether the recent pace would have forecast the latest third of these days better than the run-rate."""
    k = max(len(y) // 3, 7)
    first, last = y[:-k], y[-k:]
    fit = trend_test(first)
    if fit is None or abs(fit["t"]) < TREND_T:
        return False
    truth = float(last.sum())
    return abs(_run_rate(first[-RECENT_DAYS:], k)[0] - truth) < abs(_run_rate(first, k)[0] - truth)


def sum_rest(y: np.ndarray, total: int, shares: np.ndarray | None = None) -> dict:
    """Forecast of the sum over days n+1..total from the daily values y of days 1..n: the method (run-rate, last
    year's shape, or the recent pace of a clear trend), the point, its standard deviation and why."""
    n, m = len(y), total - len(y)
    actual = float(y.sum())
    point, sd = _run_rate(y, m)
    if shares is not None and 0 < float(shares[:n].sum()) < 1:
        done = float(shares[:n].sum())
        return {"method": "seasonal", "point": actual * (1 - done) / done, "sd": sd,
                "why": {"share_done": done}}
    fit = trend_test(y)
    if fit is not None and abs(fit["t"]) >= TREND_T and _trend_holds(y):
        recent, recent_sd = _run_rate(y[-RECENT_DAYS:], m)
        return {"method": "trend", "point": recent, "sd": recent_sd,
                "why": {"slope": fit["slope"], "t": _finite(fit["t"]), "days": RECENT_DAYS}}
    why = {"slope": fit["slope"], "t": _finite(fit["t"])} if fit is not None else {"days": n}
    return {"method": "run_rate", "point": point, "sd": sd, "why": why}


def _finite(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


def pace(target, daily: pd.DataFrame, as_of: dt.date, is_ratio: bool = False) -> Pace:
    """Pacing of `target` (start, deadline, target, comparison, pacing, thresholds) on daily data as of a date."""
    start, deadline, goal = target.start, target.deadline, float(target.target)
    total = days_inclusive(start, deadline)
    n = days_elapsed(start, deadline, as_of)
    final = as_of > deadline
    num, den = daily_values(daily, start, start + dt.timedelta(n - 1)) if n else (np.zeros(0), np.zeros(0))
    num_sum, den_sum = float(num.sum()), float(den.sum())
    # last year's shape of the period: for the pace when the target asks for it, for the forecast wherever it exists
    shape = seasonal_shares(daily, start, deadline) if not is_ratio and n else None
    shares = shape if target.pacing == "seasonal" else None
    used = "seasonal" if shares is not None else "linear"

    if is_ratio:
        actual = num_sum / den_sum if den_sum else None
        expected = goal
    else:
        actual = num_sum
        expected = goal * float(shares[:n].sum()) if shares is not None else goal * n / total
    out = dict(as_of=as_of, days_total=total, days_elapsed=n, final=final, pacing=used,
               numerator_to_date=num_sum, denominator_to_date=den_sum if is_ratio else None,
               actual_to_date=actual, expected_to_date=expected, performance=None, status=None,
               forecast=None, forecast_run_rate=None, forecast_low=None, forecast_high=None,
               required_per_day=None, required_per_week=None, required_per_month=None)
    if final:
        out.update(status="achieved" if met(actual, goal, target.comparison) else "missed",
                   performance=performance(actual, goal, target.comparison),
                   forecast=actual, forecast_run_rate=actual, forecast_low=actual, forecast_high=actual,
                   forecast_method="final")
        return _make(out)
    if n == 0:  # not started: nothing is due yet, so nothing is behind
        out.update(status="on_track", required_per_day=_per_day(goal, total, is_ratio))
        _per_periods(out)
        return _make(out)
    perf = performance(actual, expected, target.comparison)
    out.update(performance=perf, status=classify(perf, target.thresholds))
    out.update(_ratio_forecast(num, den, total, goal) if is_ratio else _sum_forecast(num, total, goal, shape))
    _per_periods(out)
    return _make(out)


def _make(out: dict) -> Pace:
    return Pace(**{k: float(v) if isinstance(v, np.floating) else v for k, v in out.items()})


def _per_day(goal: float, days: int, is_ratio: bool) -> float:
    return goal if is_ratio else goal / days


def _per_periods(out: dict) -> None:
    """Week and month figures from the per-day one; a ratio needed is the same whatever the period."""
    d = out["required_per_day"]
    if d is None:
        return
    ratio = out["denominator_to_date"] is not None
    out["required_per_week"] = d if ratio else d * 7
    out["required_per_month"] = d if ratio else d * DAYS_PER_MONTH


def _sum_forecast(y: np.ndarray, total: int, goal: float, shares) -> dict:
    n, actual = len(y), float(y.sum())
    done = float(shares[:n].sum()) if shares is not None else n / total
    run_rate = actual / done if done > 0 else actual * total / n
    rest = sum_rest(y, total, shares)
    point, sd = rest["point"], rest["sd"]
    low = actual + point - Z * sd
    out = dict(forecast_run_rate=run_rate, forecast=actual + point, forecast_high=actual + point + Z * sd,
               # counts only grow: the total cannot end below what is already in
               forecast_low=actual + max(point - Z * sd, 0.0) if (y >= 0).all() else low,
               forecast_method=rest["method"], forecast_why=rest["why"])
    left = total - n
    out["required_per_day"] = max(goal - actual, 0.0) / left if left else None
    return out


def _ratio_forecast(num: np.ndarray, den: np.ndarray, total: int, goal: float) -> dict:
    """The ratio over the whole period: what is in, and the rest at the ratio so far, weighted by the denominator
    still to come (forecast as a sum); its range from how the daily ratios scatter around the ratio so far."""
    n, ns, ds = len(num), float(num.sum()), float(den.sum())
    left = total - n
    actual = ns / ds if ds else None
    out = dict(forecast_run_rate=actual, forecast=actual, forecast_method="run_rate", forecast_why={"days": n})
    if not left:
        return dict(out, forecast_low=actual, forecast_high=actual)
    den_rest = sum_rest(den, total)["point"] if n else 0.0
    has = den > 0
    if actual is not None and has.sum() >= 2 and ds + den_rest > 0:
        w = den[has]
        s2 = float((w * (num[has] / w - actual) ** 2).sum() / (len(w) - 1))
        sd = math.sqrt(s2 / w.sum() + (s2 / den_rest if den_rest > 0 else 0))
        share = den_rest / (ds + den_rest)
        out.update(forecast_low=max(actual - Z * sd * share, 0.0), forecast_high=actual + Z * sd * share)
    if den_rest > 0:
        out["required_per_day"] = max((goal * (ds + den_rest) - ns) / den_rest, 0.0)
    return out
