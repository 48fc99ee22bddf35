"""Caches: one Workspace per file per process; query results keyed on workspace path + version + arguments.

The version goes up with every write to the workspace in this process (an upload, a setting, a target), so a result
never outlives the data it came from, and a rerun that changes no argument recomputes nothing. pandas and
kpi_core.tracking load only in the functions that need them: the dashboard's tiles, trends and filters do not."""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING

import streamlit as st

from kpi_core import kpis
from kpi_core.compiler import Filters
from kpi_core.workspace import Workspace

if TYPE_CHECKING:
    import pandas as pd


@st.cache_resource(show_spinner=False)
def open_workspace(path: str) -> Workspace:
    """The shared Workspace for a file (one DuckDB connection per process)."""
    return Workspace.shared(path)


def _filters(date_from, date_to, where: tuple) -> Filters:
    return Filters(date_from, date_to, {k: list(v) for k, v in where})


def where_key(where: dict) -> tuple:
    """A hashable form of a filter dict (empty selections left out)."""
    return tuple(sorted((k, tuple(sorted(v))) for k, v in where.items() if v))


@st.cache_data(max_entries=50, show_spinner=False)
def all_kpis(path: str, version: int) -> dict:
    """The catalogue plus this workspace's custom KPIs, by id (Workspace.kpis, cached per write)."""
    return open_workspace(path).kpis()


def _kpis(path: str, version: int, ids) -> list:
    by_id = all_kpis(path, version)
    return [by_id[k] for k in ids]


@st.cache_data(max_entries=50, show_spinner=False)
def settings(path: str, version: int) -> dict:
    """The workspace's settings (Workspace.settings)."""
    return open_workspace(path).settings()


@st.cache_data(max_entries=50, show_spinner=False)
def targets(path: str, version: int) -> list[dict]:
    """The workspace's targets (Workspace.targets)."""
    return open_workspace(path).targets()


@st.cache_data(max_entries=50, show_spinner=False)
def currency(path: str, version: int) -> str:
    """The currency results are in (Workspace.money)."""
    return open_workspace(path).money().currency


@st.cache_data(max_entries=500, show_spinner=False)
def present_kpis(path: str, version: int) -> list[str]:
    """KPIs (catalogue first, then custom ones) whose measures the workspace has."""
    engine = open_workspace(path).engine
    have = kpis.presence(engine)
    return [k for k, kpi in all_kpis(path, version).items() if all(m in have for m in kpi.measures)]


@st.cache_data(max_entries=500, show_spinner=False)
def series(path: str, version: int, kpi: str, grain: str, date_from, date_to, where: tuple) -> pd.DataFrame:
    return kpis.series(open_workspace(path).engine, _kpis(path, version, [kpi])[0], grain,
                       _filters(date_from, date_to, where))


@st.cache_data(max_entries=500, show_spinner=False)
def compare(path: str, version: int, kpi: str, grain: str, date_from, date_to, where: tuple) -> pd.DataFrame:
    return kpis.compare(open_workspace(path).engine, _kpis(path, version, [kpi])[0], grain,
                        _filters(date_from, date_to, where))


def _plain(v):
    """A cell as plain Python: NaN and NaT as None, a timestamp as its day, a numpy number as a Python one."""
    if v is None or v != v:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    return v.item() if hasattr(v, "item") else v


def _rows(path: str, version: int, ids, grain: str, filters: Filters | None, dim: str | None = None) -> list[dict]:
    """kpis.table_many as dicts (kpi, period, [dim], numerator, denominator, value, estimated): every plain KPI in
    one query, without pandas (cumulative and growth KPIs take pandas in kpi_core)."""
    table = kpis.table_many(open_workspace(path).engine, _kpis(path, version, ids), grain, filters, dim)
    return [{c: _plain(v) for c, v in zip(table["columns"], r, strict=True)} for r in table["rows"]]


@st.cache_data(max_entries=500, show_spinner=False)
def table(path: str, version: int, ids: tuple, grain: str, date_from, date_to, where: tuple) -> list[dict]:
    """The KPIs per period over the days, within the filters (`where_key`): one dict per KPI and period, in the
    order of `ids` (see _rows). The tiles' figures and the trends; a period with no data has value None."""
    return _rows(path, version, ids, grain, _filters(date_from, date_to, where))


def tables(path: str, version: int, ids: tuple, asks: list[tuple]) -> list[list[dict]]:
    """`table` for each (grain, date_from, date_to, where) in asks, answered side by side: DuckDB leaves Python while
    it works, so the shown period, the one before and the trend of a filter change overlap instead of waiting on
    each other. Each answer is cached on its own, as `table` caches it."""
    if len(asks) < 2:
        return [table(path, version, ids, *a) for a in asks]
    from concurrent.futures import ThreadPoolExecutor

    from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

    ctx = get_script_run_ctx()

    def one(ask: tuple) -> list[dict]:
        add_script_run_ctx(threading.current_thread(), ctx)  # the cache belongs to this script run's session
        return table(path, version, ids, *ask)

    with ThreadPoolExecutor(len(asks)) as pool:
        return list(pool.map(one, asks))


@st.cache_data(max_entries=200, show_spinner=False)
def dimension_values(path: str, version: int, ids: tuple, dim: str) -> list[str]:
    """The values of a dimension where these KPIs have data (for filter choices)."""
    chosen = tuple(k.id for k in _kpis(path, version, ids) if not k.growth)
    if not chosen:
        return []
    rows = _rows(path, version, chosen, "total", None, dim)  # a figure of 0 or none is no data
    return sorted({str(r[dim]) for r in rows if r[dim] is not None and (r["numerator"] or r["denominator"])})


@st.cache_data(max_entries=50, show_spinner=False)
def datasets(path: str, version: int) -> list[dict]:
    return open_workspace(path).datasets()


@st.cache_data(max_entries=200, show_spinner=False)
def evaluate(path: str, version: int, target_id: str, as_of: dt.date, lang: str):
    """One target's status row and warnings (tracking.evaluate), or None when the target is gone."""
    from kpi_core import tracking

    ws = open_workspace(path)
    for t in tracking.load_targets(ws):
        if t.id == target_id:
            return tracking.evaluate(ws, t, as_of, lang)
    return None


@st.cache_data(max_entries=200, show_spinner=False)
def target_daily(path: str, version: int, target_id: str) -> pd.DataFrame:
    import pandas as pd

    from kpi_core import tracking

    ws = open_workspace(path)
    for t in tracking.load_targets(ws):
        if t.id == target_id:
            kpi = tracking.resolve_kpi(ws, t.kpi)
            return tracking.daily(ws, kpi, t) if kpi is not None else pd.DataFrame()
    return pd.DataFrame()


@st.cache_data(max_entries=50, show_spinner=False)
def guards(path: str, version: int, as_of: dt.date, lang: str) -> list[dict]:
    from kpi_core import tracking

    ws = open_workspace(path)
    return tracking.guards(ws, tracking.load_targets(ws), as_of, lang)


@st.cache_data(max_entries=200, show_spinner=False)
def why(path: str, version: int, kpi: str, period: tuple, vs: tuple, by: str, lang: str, where: tuple) -> dict:
    """What moved one KPI between two periods (start, end, kind), split by `by`, within the dashboard's filters."""
    from kpi_core import report
    from kpi_core.explain import Period

    return report.why_within(open_workspace(path), kpi, Period(*period), Period(*vs), by, lang,
                             {k: list(v) for k, v in where})
