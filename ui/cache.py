"""Caches: one Workspace per file per process; query results keyed on workspace path + version + arguments."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from kpi_core import kpis, tracking
from kpi_core.compiler import Filters
from kpi_core.workspace import Workspace


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
    table = all_kpis(path, version)
    return [table[k] for k in ids]


@st.cache_data(max_entries=500, show_spinner=False)
def present_kpis(path: str, version: int) -> list[str]:
    """KPIs (catalogue first, then custom ones) whose measures the workspace has."""
    engine = open_workspace(path).engine
    have = kpis.presence(engine)
    return [k for k, kpi in all_kpis(path, version).items() if all(m in have for m in kpi.measures)]


@st.cache_data(max_entries=500, show_spinner=False)
def series_many(path: str, version: int, ids: tuple, grain: str, date_from, date_to, where: tuple,
                dim: str | None = None) -> pd.DataFrame:
    return kpis.series_many(open_workspace(path).engine, _kpis(path, version, ids), grain,
                            _filters(date_from, date_to, where), dim)


@st.cache_data(max_entries=500, show_spinner=False)
def series(path: str, version: int, kpi: str, grain: str, date_from, date_to, where: tuple) -> pd.DataFrame:
    return kpis.series(open_workspace(path).engine, _kpis(path, version, [kpi])[0], grain,
                       _filters(date_from, date_to, where))


@st.cache_data(max_entries=500, show_spinner=False)
def compare(path: str, version: int, kpi: str, grain: str, date_from, date_to, where: tuple) -> pd.DataFrame:
    return kpis.compare(open_workspace(path).engine, _kpis(path, version, [kpi])[0], grain,
                        _filters(date_from, date_to, where))


@st.cache_data(max_entries=200, show_spinner=False)
def dimension_values(path: str, version: int, ids: tuple, dim: str) -> list[str]:
    """The values of a dimension where these KPIs have data (for filter choices)."""
    chosen = [k for k in _kpis(path, version, ids) if not k.growth]
    if not chosen:
        return []
    df = kpis.series_many(open_workspace(path).engine, chosen, "total", None, dim)
    has = df["numerator"].fillna(0).ne(0) | df["denominator"].fillna(0).ne(0)
    return sorted({str(v) for v in df.loc[has, dim].dropna()})


@st.cache_data(max_entries=50, show_spinner=False)
def datasets(path: str, version: int) -> list[dict]:
    return open_workspace(path).datasets()


@st.cache_data(max_entries=200, show_spinner=False)
def evaluate(path: str, version: int, target_id: str, as_of: dt.date, lang: str):
    """One target's status row and warnings (tracking.evaluate), or None when the target is gone."""
    ws = open_workspace(path)
    for t in tracking.load_targets(ws):
        if t.id == target_id:
            return tracking.evaluate(ws, t, as_of, lang)
    return None


@st.cache_data(max_entries=200, show_spinner=False)
def target_daily(path: str, version: int, target_id: str) -> pd.DataFrame:
    ws = open_workspace(path)
    for t in tracking.load_targets(ws):
        if t.id == target_id:
            kpi = tracking.resolve_kpi(ws, t.kpi)
            return tracking.daily(ws, kpi, t) if kpi is not None else pd.DataFrame()
    return pd.DataFrame()


@st.cache_data(max_entries=50, show_spinner=False)
def guards(path: str, version: int, as_of: dt.date, lang: str) -> list[dict]:
    ws = open_workspace(path)
    return tracking.guards(ws, tracking.load_targets(ws), as_of, lang)


@st.cache_data(max_entries=200, show_spinner=False)
def why(path: str, version: int, kpi: str, period: tuple, vs: tuple, by: str, lang: str, where: tuple) -> dict:
    """What moved one KPI between two periods (start, end, kind), split by `by`, within the dashboard's filters."""
    from kpi_core import report
    from kpi_core.explain import Period

    return report.why_within(open_workspace(path), kpi, Period(*period), Period(*vs), by, lang,
                             {k: list(v) for k, v in where})
