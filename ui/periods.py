"""Periods that match the data: presets counted back from the data's last complete day (not from today), and the
period each is compared with. Pure date arithmetic; the dashboard names them in the interface language."""

from __future__ import annotations

import datetime as dt

# The date arithmetic and the comparison windows are kpi_core's, one definition for the app, the review and explain.
from kpi_core.windows import add_months, compare_to, month_end, month_start, quarter_start  # noqa: F401

PRESETS = ("last_month", "this_month", "last_quarter", "this_quarter", "ytd", "last_12m", "all", "custom")
COMPARISONS = ("previous", "last_year", "none")
DEFAULT = ("last_month", "previous")  # deltas on the first view: a whole month against the one before


def last_complete_day(last_data_day: dt.date, today: dt.date) -> dt.date:
    """The last day the data covers in full: today is still running, so at most yesterday."""
    return min(last_data_day, today - dt.timedelta(days=1))


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
