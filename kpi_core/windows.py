"""Comparison windows, defined once: the period a period is compared with (the one before, or the same days a
year earlier), for the dashboard, the review, explain, SMART's baseline and compare. Pure date arithmetic;
bounds are inclusive."""

from __future__ import annotations

import datetime as dt


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


def whole_months(lo: dt.date, hi: dt.date) -> int | None:
    """How many calendar months lo..hi spans exactly, or None when it does not start and end on month bounds."""
    if lo.day != 1 or hi != month_end(hi):
        return None
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def previous(lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The period before lo..hi: as many whole months before whole months (a quarter before a quarter); the same
    days of the month, quarter or year before for a month, quarter or year to date; else as many days before."""
    months = whole_months(lo, hi)
    if months:
        return add_months(lo, -months), lo - dt.timedelta(days=1)
    if lo.day == 1 and (lo.year, lo.month) == (hi.year, hi.month):  # month to date
        return add_months(lo, -1), add_months(hi, -1)
    if lo == quarter_start(lo) and hi < add_months(lo, 3):  # quarter to date
        return add_months(lo, -3), add_months(hi, -3)
    if (lo.month, lo.day) == (1, 1) and hi.year == lo.year:  # year to date
        return year_before(lo, hi)
    days = (hi - lo).days + 1
    return lo - dt.timedelta(days=days), lo - dt.timedelta(days=1)


def year_before(lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The same days a year earlier; whole months stay whole (February ends on its own last day)."""
    if whole_months(lo, hi):
        return add_months(lo, -12), month_end(add_months(hi, -12))
    return add_months(lo, -12), add_months(hi, -12)


def compare_to(lo: dt.date, hi: dt.date, how: str) -> tuple[dt.date, dt.date] | None:
    """The period lo..hi is compared with: `previous`, `last_year` (year_before) or `none`."""
    return {"previous": previous, "last_year": year_before}[how](lo, hi) if how != "none" else None
