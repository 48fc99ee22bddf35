"""Funnel planner: from an outcome target back to the leads, clicks and budget it takes, with editable ratios."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from kpi_core import planner
from kpi_core.catalogue import catalogue
from kpi_core.commands.plan import totals
from kpi_core.errors import KoersError
from kpi_core.i18n import fmt
from ui import charts
from ui.state import (
    DATE_FMT,
    currency,
    default_as_of,
    empty_state,
    presenting,
    start_page,
)

L, T, ws = start_page("ui.funnel.title", "ui.funnel.intro")  # T speaks this run's language
if not ws.datasets():
    empty_state("ui.empty.no_data", "pages/data.py")
    st.stop()
CAT, cur = catalogue(), currency(ws)
RATIO_UNIT = {"cpc": "currency", "cost_per_lead": "currency", "aov": "currency"}
NEED_UNIT = {"budget": "currency", "budget_via_cost_per_lead": "currency"}

c1, c2, c3, c4 = st.columns(4)
kpi = c1.selectbox(T("ui.funnel.outcome"), planner.OUTCOMES, key="funnel.kpi", format_func=lambda k: CAT[k].name[L])
target = c2.number_input(T("ui.funnel.target"), min_value=0.0, value=100.0, step=10.0, key="funnel.target")
start0 = default_as_of(ws) + dt.timedelta(days=1)
start = c3.date_input(T("ui.funnel.start"), value=start0, format=DATE_FMT, key="funnel.start")
end = c4.date_input(T("ui.funnel.end"), value=start0 + dt.timedelta(days=89), format=DATE_FMT, key="funnel.end")
if end < start:
    st.error(T("ui.funnel.bad_period"))
    st.stop()

sums, period = totals(ws, *planner.history_window(start))
hist = planner.ratios(sums, period)
st.markdown(f"**{T('ui.funnel.ratios')}**")
st.caption(T("ui.funnel.ratios_help", start=period[0].strftime("%d-%m-%Y"), end=period[1].strftime("%d-%m-%Y")))
table = pd.DataFrame([{"id": k, "ratio": T(f"ui.ratio.{k}"), "history": fmt(r["value"], RATIO_UNIT.get(k, "percent"),
                                                                            L, cur, decimals=2 if k in RATIO_UNIT
                                                                            else 1),
                       "value": r["value"]} for k, r in hist.items()])
edited = st.data_editor(
    table, key="funnel.ratios", hide_index=True, width="stretch", disabled=["id", "ratio", "history"] + (
        ["value"] if presenting() else []),
    column_config={"id": None, "ratio": st.column_config.TextColumn(T("ui.funnel.col_ratio")),
                   "history": st.column_config.TextColumn(T("ui.funnel.col_history")),
                   "value": st.column_config.NumberColumn(T("ui.funnel.col_value"), min_value=0.0, format="%.4f")})
overrides = {r["id"]: float(r["value"]) for _, r in edited.iterrows()
             if pd.notna(r["value"]) and (hist[r["id"]]["value"] is None or
                                          abs(float(r["value"]) - hist[r["id"]]["value"]) > 1e-12)}
try:
    plan = planner.plan(kpi, target, start, end, planner.ratios(sums, period, overrides))
except KoersError as e:
    st.error(e.message(L))
    st.stop()

st.subheader(T("ui.funnel.needs", target=fmt(target, CAT[kpi].unit, L, cur), kpi=CAT[kpi].name[L]))
shown = [(k, v) for k, v in plan["needs"].items() if v is not None]
if not shown:
    st.info(T("ui.funnel.nothing"))
else:
    cols = st.columns(min(len(shown), 4))
    for i, (k, v) in enumerate(shown):
        u = NEED_UNIT.get(k, "count")
        cols[i % len(cols)].metric(T(f"ui.need.{k}"), fmt(v, u, L, cur, decimals=0),
                                   T("ui.funnel.per_week", value=fmt(plan["per_week"][k], u, L, cur, decimals=0)),
                                   delta_color="off")
    steps = [(T(f"ui.need.{k}"), v, fmt(v, "count", L, decimals=0)) for k, v in shown if k in
             ("clicks", "leads", "mqls", "orders")]
    steps.append((CAT[kpi].name[L], target, fmt(target, CAT[kpi].unit, L, cur, decimals=0)))
    if len(steps) > 1:
        charts.show(charts.funnel(steps, L), key="funnel.chart")
if plan["missing"]:
    st.warning(T("ui.funnel.missing", ratios=", ".join(T(f"ui.ratio.{k}") for k in plan["missing"])))
