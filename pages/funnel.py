"""Funnel planner: from an outcome target back up its funnel to the volume and the one budget it takes, with the
ratios typed in the interface language."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from kpi_core import planner
from kpi_core.errors import KoersError
from kpi_core.i18n import field_name, fmt, fmt_date, fmt_input, parse_number
from ui import cache, charts, numbers, periods
from ui.state import DATE_FMT, currency, default_as_of, empty_state, presenting, start_page
from ui.text import plain

L, T, ws = start_page("ui.funnel.title", "ui.funnel.intro")  # T speaks this run's language
if not ws.datasets():
    empty_state("ui.empty.no_data", "pages/data.py")
    st.stop()
cur = currency(ws)
MONEY_RATIOS = {"cpc", "cost_per_lead", "aov"}  # amounts per unit; the other ratios are shares, typed in percent
UNIT = {"revenue": "currency", "budget": "currency"}


@st.cache_data(max_entries=50, show_spinner=False)
def history(path: str, version: int, start: dt.date) -> tuple[dict, tuple]:
    """Each planner measure summed over the year before `start`, and the days the data spans."""
    return planner.totals(cache.open_workspace(path), *planner.history_window(start))


c1, c2, c3, c4 = st.columns([2, 2, 1.5, 1.5])
kpi = c1.selectbox(T("ui.funnel.outcome"), planner.OUTCOMES, key="funnel.kpi", format_func=lambda k: field_name(k, L))
target = numbers.field(T("ui.funnel.target"), "funnel.target", L, default=100, container=c2)
start0 = default_as_of(ws) + dt.timedelta(days=1)
start = c3.date_input(T("ui.funnel.start"), value=start0, format=DATE_FMT, key="funnel.start")
end = c4.date_input(T("ui.funnel.end"), value=periods.add_months(start0, 3) - dt.timedelta(days=1), format=DATE_FMT,
                    key="funnel.end")  # three whole months from the start
if end < start:
    st.error(T("ui.funnel.bad_period"))
    st.stop()
if target is None:
    st.stop()  # the field says what is wrong

sums, period = history(str(ws.path), ws.version, start)
hist = planner.ratios(sums, period)
used = list(planner.plan(kpi, target, start, end, hist)["ratios"])


def _shown(rid: str, value: float | None) -> float | None:
    """A ratio as a person types it: a share in percent, an amount as it is; to the shown precision."""
    if value is None:
        return None
    v = value if rid in MONEY_RATIOS else value * 100
    return round(v, 2 if abs(v) >= 0.1 else 4)


def _history_text(rid: str) -> str:
    r = hist[rid]
    unit = "currency" if rid in MONEY_RATIOS else "percent"
    return fmt(r["value"], unit, L, cur, decimals=2)


st.markdown(f"**{T('ui.funnel.ratios')}**")
st.caption(T("ui.funnel.ratios_help", start=fmt_date(period[0], L), end=fmt_date(period[1], L)))
overrides = {}
head = st.columns([3, 2, 2])
head[0].caption(T("ui.funnel.col_ratio"))
head[1].caption(T("ui.funnel.col_history"))
head[2].caption(T("ui.funnel.col_value"))
for rid in used:
    if presenting() and hist[rid]["value"] is None:
        continue  # an empty field nobody may fill says nothing to a client: the note below names it
    key, seen = f"funnel.ratio.{rid}", f"funnel.ratio_hist.{rid}"
    default = _shown(rid, hist[rid]["value"])
    # the history moves with the start date: a field nobody changed moves with it
    if key in st.session_state and st.session_state.get(seen) != default:
        if parse_number(st.session_state[key], L).value == st.session_state.get(seen):
            del st.session_state[key]
    st.session_state[seen] = default
    a, b, c = st.columns([3, 2, 2], vertical_alignment="center")
    a.markdown(T(f"ui.ratio.{rid}") + ("" if rid in MONEY_RATIOS else " (%)"))
    b.markdown(_history_text(rid))
    value = numbers.field(T(f"ui.ratio.{rid}"), key, L, default=default, container=c, disabled=presenting(),
                          label_visibility="collapsed")
    # the history as it is unless the person typed another figure (the field shows it rounded)
    if value is not None and st.session_state[key] != fmt_input(default, L):
        overrides[rid] = value if rid in MONEY_RATIOS else value / 100
try:
    plan = planner.plan(kpi, target, start, end, planner.ratios(sums, period, overrides))
except KoersError as e:
    st.error(plain(e.message(L)))
    st.stop()

need, per_week = plan["needs"], plan["per_week"]
st.subheader(T("ui.funnel.needs", target=fmt(target, UNIT.get(kpi, "count"), L, cur, decimals=0),
               kpi=field_name(kpi, L)))
steps = [s for s in plan["steps"] if s != kpi]
if not steps and need["budget"] is None:
    st.info(T("ui.funnel.nothing"))
else:
    shown = [(s, need[s]) for s in steps] + ([("budget", need["budget"])] if need["budget"] is not None else [])
    cols = st.columns(max(len(shown), 1))
    for col, (s, v) in zip(cols, shown, strict=False):
        unit = UNIT.get(s, "count")
        label = T("ui.funnel.budget") if s == "budget" else field_name(s, L)
        col.metric(label, fmt(v, unit, L, cur, decimals=0),
                   T("ui.funnel.per_week", value=fmt(per_week[s], unit, L, cur, decimals=0)), delta_color="off",
                   delta_arrow="off")
    if need["budget"] is not None:
        v = {k: x["value"] for k, x in plan["ratios"].items()}
        if plan["budget_route"] == ["clicks", "cpc"]:
            line = T("ui.funnel.route.clicks", clicks=fmt(need["clicks"], "count", L, decimals=0),
                     cpc=fmt(v.get("cpc"), "currency", L, cur))
        else:
            line = T("ui.funnel.route.leads", leads=fmt(need["leads"], "count", L, decimals=0),
                     cpl=fmt(v.get("cost_per_lead"), "currency", L, cur))
        st.markdown(f"**{T('ui.funnel.budget')}** = {line}")
        if need["leads"] and need["clicks"] and plan["budget_route"] == ["clicks", "cpc"]:
            per_lead = need["budget"] / need["leads"]
            hist_cpl = hist["cost_per_lead"]["value"]
            if hist_cpl is None or abs(per_lead - hist_cpl) <= 0.005 * hist_cpl:
                st.caption(T("ui.funnel.route_help", leads=fmt(need["leads"], "count", L, decimals=0),
                             cpl=fmt(per_lead, "currency", L, cur)))
            else:
                st.caption(T("ui.funnel.route_differs", cpl=fmt(per_lead, "currency", L, cur),
                             cpl_hist=fmt(hist_cpl, "currency", L, cur)))
    bars = [(field_name(s, L), need[s] if s != kpi else target,
             fmt(need[s] if s != kpi else target, UNIT.get(s, "count"), L, cur, decimals=0))
            for s in plan["steps"]]
    if len(bars) > 1:
        charts.show(charts.funnel(bars, L), key="funnel.chart")
        st.caption(T("ui.funnel.chart_help"))
if plan["missing"]:
    st.warning(T("ui.funnel.missing_present" if presenting() else "ui.funnel.missing",
                 ratios=", ".join(T(f"ui.ratio.{k}") for k in plan["missing"])))
