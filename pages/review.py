"""Review: a period against the one before or last year, previewed here and downloaded as .xlsx and .pdf."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import streamlit as st

from kpi_core import report
from kpi_core.errors import KoersError
from kpi_core.explain import Period
from kpi_core.i18n import field_name, fmt, fmt_date
from ui import cache, charts
from ui.state import DATE_FMT, default_as_of, empty_state, keep, start_page, status_badge
from ui.text import amount

L, T, ws = start_page("review.ui.title", "review.ui.intro")  # T speaks this run's language
path, version = str(ws.path), ws.version
sets = [d for d in cache.datasets(path, version) if d.get("date_min") and d.get("date_max")]
if not sets:
    empty_state("ui.empty.no_data", "pages/data.py")
    st.stop()
lo_all = min(dt.date.fromisoformat(d["date_min"]) for d in sets)
hi_all = max(dt.date.fromisoformat(d["date_max"]) for d in sets)
KINDS = ["month", "quarter", "year", "range"]


def plain(text: str) -> str:
    """Text with names from files in it, shown as written: no Markdown, icons or formulas drawn from a name."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~<>$:])", r"\\\1", str(text))


@st.cache_data(max_entries=20, show_spinner=False)
def review(path: str, version: int, start: dt.date, end: dt.date, kind: str, vs: str, lang: str, today: dt.date):
    """The review data (kpi_core.report.build), kept per workspace version, period, comparison and language."""
    return report.build(cache.open_workspace(path), Period(start, end, kind), vs, lang, today)


@st.cache_data(max_entries=100, show_spinner=False)
def why(path: str, version: int, kpi: str, start, end, kind: str, vs_start: str, vs_end: str, by: str, lang: str):
    """One KPI's "what moved it" by a chosen dimension (kpi_core.report.why)."""
    vs = Period(dt.date.fromisoformat(vs_start), dt.date.fromisoformat(vs_end), kind)
    return report.why(cache.open_workspace(path), kpi, Period(start, end, kind), vs, by, lang)


keep("review.kind", "review.vs", "review.dates")
c1, c2, c3 = st.columns([1, 2, 2])
kind = c1.selectbox(T("review.ui.kind"), KINDS, key="review.kind", format_func=lambda k: T(f"review.ui.kind.{k}"))
if kind == "range":
    st.session_state.setdefault("review.dates", (max(lo_all, hi_all.replace(day=1)), hi_all))
    dates = c2.date_input(T("review.ui.dates"), key="review.dates", format=DATE_FMT)
    if not isinstance(dates, tuple | list) or len(dates) != 2:
        st.info(T("review.ui.pick_end"))
        st.stop()
    period = Period(dates[0], dates[1], "range")
else:
    options = report.periods(lo_all, hi_all, kind)
    labels = {p.as_dict()["start"]: p for p in options}
    last = default_as_of(ws)
    full = [k for k, p in labels.items() if p.end <= last]  # the latest period that is over, when there is one
    key = f"review.period.{kind}"
    keep(key, allowed={key: list(labels)})
    st.session_state.setdefault(key, (full or list(labels))[0])
    chosen = c2.selectbox(T("review.ui.period"), list(labels), key=key, format_func=lambda k: labels[k].label(L))
    period = labels[chosen]
st.session_state.setdefault("review.vs", "previous")
vs = c3.radio(T("review.ui.vs"), list(report.COMPARISONS), key="review.vs", horizontal=True,
              format_func=lambda v: T(f"review.vs.{v}"))

try:
    with st.spinner():
        data = review(path, version, period.start, period.end, period.kind, vs, L, dt.date.today())
except KoersError as e:
    st.error(e.message(L))
    st.stop()

d = lambda s: fmt_date(dt.date.fromisoformat(s), L)  # noqa: E731
st.caption(T("review.ui.caption", now=data["period"]["label"], start=d(data["period"]["start"]),
             end=d(data["period"]["end"]), before=data["vs"]["label"], pstart=d(data["vs"]["start"]),
             pend=d(data["vs"]["end"])))
stem = re.sub(r"[^\w-]+", "-", f"{data['workspace']}-{data['period']['start']}-{data['period']['end']}").strip("-")
b1, b2, _ = st.columns([1, 1, 2])
b1.download_button(T("review.ui.download_xlsx"), data=lambda: report.to_xlsx(data), file_name=f"{stem}.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="review.xlsx",
                   icon=":material/table_view:", on_click="ignore", width="stretch")
b2.download_button(T("review.ui.download_pdf"), data=lambda: report.to_pdf(data), file_name=f"{stem}.pdf",
                   mime="application/pdf", key="review.pdf", icon=":material/picture_as_pdf:", on_click="ignore",
                   width="stretch")

cur = data["currency"]
st.subheader(T("review.ui.kpis"))
if not data["kpis"]:
    st.info(T("review.ui.no_kpis"))
else:
    table = pd.DataFrame([{
        T("review.col.kpi"): r["name"], T("review.col.actual"): fmt(r["value"], r["unit"], L, cur),
        T("review.col.comparison"): fmt(r["value_vs"], r["unit"], L, cur),
        T("review.col.change"): "" if r["change_pct"] is None else ("+" if r["change_pct"] > 0 else "")
        + fmt(r["change_pct"], "percent", L, decimals=1),
        T("review.col.target"): "" if r["target"] is None else fmt(r["target"], r["unit"], L, cur),
        T("review.col.status"): T(f"targets.status.{r['status']}") if r["status"] else "",
        T("review.col.summary"): r["summary"]} for r in data["kpis"]])
    st.dataframe(table, hide_index=True, width="stretch", key="review.kpi_table")
    overview = next((c for c in data["charts"] if c["id"] == "change"), None)
    if overview:
        charts.show_spec(overview["spec"], key="review.change_chart")

st.subheader(T("review.ui.moved"))
moved = {r["kpi"]: r for r in data["kpis"] if r["summary"]}
if moved:
    dims = [x for x in report.dimensions() if x != "customer_id"]  # a customer's id explains nothing to a client
    keep("review.why", "review.why_by", allowed={"review.why": list(moved), "review.why_by": dims})
    w1, w2 = st.columns([3, 1])
    k = w1.selectbox(T("review.ui.why"), list(moved), key="review.why", format_func=lambda x: moved[x]["name"])
    if st.session_state.get("review.why_kpi") != k:  # another KPI starts from the dimension that explains it
        st.session_state["review.why_by"] = moved[k]["by"]
        st.session_state["review.why_kpi"] = k
    by = w2.selectbox(T("review.ui.by"), dims, key="review.why_by", format_func=lambda x: T(f"ui.why.dim.{x}") if x in (
        "source", "source_id") else field_name(x, L))
    try:
        row = why(path, version, k, period.start, period.end, period.kind, data["vs"]["start"], data["vs"]["end"],
                  by, L)
    except KoersError as e:
        st.error(e.message(L))
        row = None
    if row:
        st.markdown(plain(row["summary"]))
        for m in row["moved"]:
            st.caption(plain(m["text"]))
        if row["chart"]:
            charts.show_spec(row["chart"], key="review.waterfall")
        for note in row["notes"]:
            st.caption(f":material/info: {plain(note)}")

st.subheader(T("review.ui.targets"))
if not data["targets"]:
    st.caption(T("review.no_targets"))
for g in data["targets"]:
    with st.container(border=True):
        a, b = st.columns([4, 1], vertical_alignment="center")
        a.markdown(f"**{plain(g['title'])}** · {plain(g['kpi_name'])}")
        with b:
            status_badge(g["status"])
        m = st.columns(3)
        m[0].metric(T("review.col.actual_to_date"), amount(g["actual_to_date"], g["unit"], L, cur))
        m[1].metric(T("review.col.expected_to_date"), amount(g["expected_to_date"], g["unit"], L, cur))
        m[2].metric(T("review.col.forecast"), amount(g["forecast"], g["unit"], L, cur))

st.subheader(T("review.ui.insights"))
for text in data["insights"]:
    st.info(plain(text), icon=":material/lightbulb:")
for text in data["warnings"]:
    st.warning(plain(text), icon=":material/warning:")
if not data["insights"] and not data["warnings"]:
    st.caption(T("review.none_fired"))
