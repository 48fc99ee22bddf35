"""Periods that match the data: presets counted back from the data's last complete day (not from today), and the
period each is compared with. Pure date arithmetic; the dashboard names them in the interface language."""

from __future__ import annotations

import datetime as dt

PRESETS = ("last_month", "this_month", "last_quarter", "this_quarter", "ytd", "last_12m", "all", "custom")
COMPARISONS = ("previous", "last_year", "none")
DEFAULT = ("last_month", "previous")  # deltas on the first view: a whole month against the one before


def last_complete_day(last_data_day: dt.date, today: dt.date) -> dt.date:
    """The last day the data covers in full: today is still running, so at most yesterday."""
    return min(last_data_day, today - dt.timedelta(days=1))


def month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def quarter_start(d: dt.date) -> dt.date:
    return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def add_months(d: dt.date, n: int) -> dt.date:
    """The same day n months later (or earlier), on the month's last day where it is shorter."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return min(dt.date(y, m, 1) + dt.timedelta(days=d.day - 1), month_end(dt.date(y, m, 1)))


def resolve(preset: str, last: dt.date, first: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a preset, counted back from `last` (the data's last complete day); `first` is its first day."""
    if preset == "last_month":  # the last month that is over in the data
        end = last if last == month_end(last) else month_start(last) - dt.timedelta(days=1)
        return month_start(end), end
    if preset == "this_month":
        return month_start(last), last
    if preset == "last_quarter":
        q_end = last if last == month_end(add_months(quarter_start(last), 2)) else quarter_start(last) - dt.timedelta(1)
        return quarter_start(q_end), q_end
    if preset == "this_quarter":
        return quarter_start(last), last
    if preset == "ytd":
        return dt.date(last.year, 1, 1), last
    if preset == "last_12m":
        return add_months(last, -12) + dt.timedelta(days=1), last
    return first, last  # all data (and the start of a custom choice)


def _whole_months(lo: dt.date, hi: dt.date) -> int | None:
    """How many calendar months lo..hi spans exactly, or None when it does not start and end on month bounds."""
    if lo.day != 1 or hi != month_end(hi):
        return None
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def compare_to(lo: dt.date, hi: dt.date, how: str) -> tuple[dt.date, dt.date] | None:
    """The period `lo..hi` is compared with: the one before (a month before a month, a quarter before a quarter,
    the same days of the month before for a month to date), the same days a year earlier, or none."""
    if how == "none":
        return None
    if how == "last_year":
        return add_months(lo, -12), add_months(hi, -12)
    months = _whole_months(lo, hi)
    if months:
        start = add_months(lo, -months)
        return start, lo - dt.timedelta(days=1)
    if lo.day == 1 and lo.month == hi.month and lo.year == hi.year:  # month to date: the same days before
        return add_months(lo, -1), add_months(hi, -1)
    if lo.day == 1 and lo == quarter_start(lo) and hi < add_months(lo, 3):  # quarter to date
        return add_months(lo, -3), add_months(hi, -3)
    if lo == dt.date(lo.year, 1, 1) and hi.year == lo.year:  # year to date against the same days last year
        return add_months(lo, -12), add_months(hi, -12)
    days = (hi - lo).days + 1
    return lo - dt.timedelta(days=days), lo - dt.timedelta(days=1)
