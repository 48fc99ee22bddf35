"""Dashboard: KPI tiles against the previous period, filters, trends, and speed/acceleration of a KPI."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from kpi_core import formula
from kpi_core.catalogue import DOMAINS
from kpi_core.errors import KoersError
from kpi_core.i18n import fmt
from ui import cache, charts
from ui.state import (
    DATE_FMT,
    chosen_kpis,
    currency,
    empty_state,
    keep,
    remember_kpis,
    start_page,
)

L, T, ws = start_page("ui.dash.title")  # T speaks this run's language
path, version, cur = str(ws.path), ws.version, currency(ws)
sets = cache.datasets(path, version)
if not sets:
    empty_state("ui.empty.no_data", "pages/data.py")
    st.stop()

CAT = cache.all_kpis(str(ws.path), ws.version)  # the catalogue and this workspace's own KPIs
present = cache.present_kpis(path, version)
if not present:
    empty_state("ui.empty.no_kpis", "pages/data.py")
    st.stop()
name = lambda k: CAT[k].name[L]
GRAINS = ["day", "week", "month", "quarter", "year"]
MAX_PER_DOMAIN = 3


def _default_kpis() -> list[str]:
    """2-3 KPIs per domain the data can answer, ratios first (they say more than a count)."""
    out = []
    for dom in DOMAINS:
        ks = [k for k in present if CAT[k].domain == dom and not CAT[k].growth and not CAT[k].cumulative]
        ks.sort(key=lambda k: CAT[k].denominator is None)
        out += ks[:2]
    return out[:6]


remembered = [k for k in (chosen_kpis(ws) or []) if k in present]
if "dash.kpis" not in st.session_state or st.session_state.get("dash.kpis_ws", path) != path:
    st.session_state["dash.kpis"] = remembered or _default_kpis()
    st.session_state["dash.kpis_ws"] = path

lo_all = min(dt.date.fromisoformat(d["date_min"]) for d in sets if d["date_min"])
hi_all = max(dt.date.fromisoformat(d["date_max"]) for d in sets if d["date_max"])
if st.session_state.get("dash.range_ws", path) != path or "dash.dates" not in st.session_state:
    st.session_state["dash.dates"] = (lo_all, hi_all)
    st.session_state["dash.range_ws"] = path

keep("dash.kpis", "dash.dates", allowed={"dash.kpis": present})  # the labels change with the language
with st.container(border=True):
    st.multiselect(T("ui.dash.kpis"), present, key="dash.kpis", format_func=name, help=T("ui.dash.kpis_help"),
                   on_change=lambda: remember_kpis(ws, st.session_state["dash.kpis"]))
    c1, c2, c3, c4, c5 = st.columns([3, 2, 2, 2, 2])
    dates = c1.date_input(T("ui.dash.dates"), key="dash.dates", format=DATE_FMT)
    st.session_state.setdefault("dash.grain", "month")
    keep("dash.grain")
    grain = c2.selectbox(T("ui.dash.grain"), GRAINS, key="dash.grain", format_func=lambda g: T(f"ui.grain.{g}"))
    tools = sorted({d["source"] for d in sets})
    keep("dash.source", allowed={"dash.source": tools})
    sel_tools = c3.multiselect(T("ui.dash.source"), tools, key="dash.source", placeholder=T("ui.dash.all"))
    ids = tuple(st.session_state["dash.kpis"]) or tuple(present[:1])
    channels = cache.dimension_values(path, version, ids, "channel")
    campaigns = cache.dimension_values(path, version, ids, "campaign")
    keep("dash.channel", "dash.campaign", allowed={"dash.channel": channels, "dash.campaign": campaigns})
    sel_channels = c4.multiselect(T("ui.dash.channel"), channels, key="dash.channel", placeholder=T("ui.dash.all"),
                                  disabled=not channels)
    sel_campaigns = c5.multiselect(T("ui.dash.campaign"), campaigns, key="dash.campaign",
                                   placeholder=T("ui.dash.all"), disabled=not campaigns)

chosen = list(st.session_state["dash.kpis"])
if not chosen:
    empty_state("ui.empty.no_kpis_chosen")
    st.stop()
if not isinstance(dates, tuple | list) or len(dates) != 2:
    st.info(T("ui.dash.pick_end"))
    st.stop()
lo, hi = dates
where = cache.where_key({"source": sel_tools, "channel": sel_channels, "campaign": sel_campaigns})
span = (hi - lo).days + 1
prev_lo, prev_hi = lo - dt.timedelta(days=span), lo - dt.timedelta(days=1)

try:
    now = cache.series_many(path, version, tuple(chosen), "total", lo, hi, where)
    before = cache.series_many(path, version, tuple(chosen), "total", prev_lo, prev_hi, where)
    trend = cache.series_many(path, version, tuple(chosen), grain, lo, hi, where)
except KoersError as e:
    st.error(e.message(L))
    st.stop()

st.caption(T("ui.dash.compared", start=lo.strftime("%d-%m-%Y"), end=hi.strftime("%d-%m-%Y"),
             pstart=prev_lo.strftime("%d-%m-%Y"), pend=prev_hi.strftime("%d-%m-%Y")))


def _value(df: pd.DataFrame, k: str):
    v = df.loc[df["kpi"] == k, "value"]
    return None if v.empty or pd.isna(v.iloc[0]) else float(v.iloc[0])


def _tile(k: str) -> None:
    kpi = CAT[k]
    v, p = _value(now, k), _value(before, k)
    delta = None
    if v is not None and p not in (None, 0):
        change = (v - p) / abs(p)
        delta = ("+" if change >= 0 else "") + fmt(change, "percent", L, decimals=1)
    with st.container(border=True):
        st.metric(kpi.name[L], fmt(v, kpi.unit, L, cur), delta, help=kpi.definition[L],
                  delta_color="inverse" if kpi.good == "lower" else "normal")
        s = trend[trend["kpi"] == k]
        if len(s.dropna(subset=["value"])) > 1:
            charts.show(charts.sparkline(s, L), key=f"dash.spark.{k}")
        st.caption(T("ui.dash.previous", value=fmt(p, kpi.unit, L, cur)) + " · " + T(f"ui.kind.{_kind(k)}"),
                   help=T(f"ui.kind.{_kind(k)}_help"))


def _kind(k: str) -> str:
    kinds = CAT[k].kinds
    return "leading" if "leading" in kinds else "lagging" if "lagging" in kinds else "other"


for dom in DOMAINS:
    in_dom = [k for k in chosen if CAT[k].domain == dom]
    if not in_dom:
        continue
    st.subheader(T(f"ui.domain.{dom}"))
    if len(in_dom) > MAX_PER_DOMAIN:
        st.warning(T("ui.dash.jungle", n=len(in_dom), domain=T(f"ui.domain.{dom}")), icon=":material/forest:")
    # leading first (steer on these), then lagging (the result); the kind is named on each tile
    in_dom.sort(key=lambda k: ("leading", "lagging", "other").index(_kind(k)))
    cols = st.columns(4)
    for i, k in enumerate(in_dom):
        with cols[i % 4]:
            _tile(k)

st.divider()
tab_trend, tab_speed, tab_learn = st.tabs([T("ui.dash.tab_trends"), T("ui.dash.tab_speed"), T("ui.dash.tab_learn")])
with tab_trend:
    cols = st.columns(2)
    for i, k in enumerate(chosen):
        kpi = CAT[k]
        s = trend[trend["kpi"] == k]
        with cols[i % 2], st.container(border=True):
            st.markdown(f"**{kpi.name[L]}** · {T('ui.grain.' + grain)}")
            if s["value"].notna().sum() == 0:
                st.caption(T("ui.dash.no_values"))
                continue
            num = formula.to_text(kpi.numerator)
            den = formula.to_text(kpi.denominator) if kpi.denominator is not None else ""
            charts.show(charts.trend(s, kpi.unit, L, cur, kpi.name[L], num, den, grain), key=f"dash.trend.{k}")
with tab_speed:
    st.caption(T("ui.dash.speed_help"))
    keep("dash.speed_kpi", allowed={"dash.speed_kpi": chosen})
    sk = st.selectbox(T("ui.dash.speed_kpi"), chosen, key="dash.speed_kpi", format_func=name)
    sgrain = grain if grain != "day" else "week"
    try:
        cmp = cache.compare(path, version, sk, sgrain, lo, hi, where)
    except KoersError as e:
        st.error(e.message(L))
        cmp = None
    if cmp is not None and cmp["speed"].notna().sum() > 0:
        charts.show(charts.speed(cmp, CAT[sk].unit, L, cur), key="dash.speed_chart")
    elif cmp is not None:
        st.info(T("ui.dash.speed_empty"))
with tab_learn:
    st.markdown(T("ui.teach.kpis"))
    st.markdown(T("ui.teach.leading"))
