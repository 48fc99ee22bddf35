"""Data: drop exports (read and added at once), check the columns of the ones Koers is unsure of, see what is in the
workspace, exchange rates."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from kpi_core.errors import KoersError
from kpi_core.i18n import fmt_date, fmt_input, fmt_month, fmt_number, tool_name
from kpi_core.ingest.period import zones
from kpi_core.ingest.sources.base import CURRENCIES
from ui import cache, numbers, upload
from ui.state import confirmed, empty_state, presenting, start_page
from ui.text import bold, plain, plain_all

L, T, ws = start_page("ui.data.title", need_workspace=False)  # T speaks this run's language


def _day(s) -> str:
    return fmt_date(dt.date.fromisoformat(s), L) if s else "–"


def _zone() -> None:
    """The workspace's time zone: the days of times a tool writes in UTC (Pipedrive, Stripe). The choice shows the
    open workspace's own zone on every run, so a zone chosen in one workspace is never written into the next."""
    current = cache.settings(str(ws.path), ws.version)["timezone"]
    st.session_state["data.zone"] = current

    def save() -> None:
        ws.set_setting("timezone", st.session_state["data.zone"])
        st.session_state["data.zone_saved"] = st.session_state["data.zone"]

    saved = st.session_state.pop("data.zone_saved", None)
    with st.expander(T("ui.data.zone", zone=current), expanded=saved is not None):  # open on the confirmation
        st.caption(T("ui.data.zone_help"))
        st.selectbox(T("ui.data.zone_pick"), zones(), key="data.zone", on_change=save)
        if saved:
            st.success(T("ui.data.zone_saved", zone=saved))


if presenting():
    if ws is None:
        empty_state("ui.empty.no_workspace")
        st.stop()
else:
    with st.container(border=True):
        if upload.box(L, ws) is not None:
            st.rerun()
    if ws is None:
        st.info(T("ui.empty.first_upload"), icon=":material/upload_file:")
        st.stop()
    upload.results(L, ws)
    _zone()

st.subheader(T("ui.data.datasets"))
sets = cache.datasets(str(ws.path), ws.version)
if not sets:
    empty_state("ui.empty.no_datasets")
    st.stop()
for d in sets:
    with st.container(border=True):
        c1, c2, c3, c4 = st.columns([4, 2, 3, 2], vertical_alignment="center")
        tool = tool_name(d["source"], L)
        c1.markdown(f"{bold(d['file'])}  \n{plain(tool)}" + (f" · {plain(d['account'])}" if d.get("account") else ""))
        if d["rows_now"] == d["rows"]:  # the file's own rows, as the upload said (a contact export of 84 rows
            # stores more rows: one per event), unless newer uploads replaced some of its days
            c2.markdown(T("ui.data.rows_all", rows=fmt_number((d.get("info") or {}).get("rows", d["rows"]), L)))
        else:
            c2.markdown(T("ui.data.rows_now", rows=fmt_number(d["rows_now"], L), total=fmt_number(d["rows"], L)))
        c3.markdown(f"{_day(d['date_min'])} – {_day(d['date_max'])}")
        if not presenting() and confirmed(T("ui.data.remove"), T("ui.data.remove_help", file=plain(d["file"])),
                                          f"data.remove.{d['id']}", c4):
            try:
                ws.remove(d["id"])
                st.rerun()
            except KoersError as e:
                st.error(plain(e.message(L)))


def _rates() -> None:
    """Exchange rates per currency and month, for money in more currencies than the workspace's own: typed in the
    interface language, one field per month that needs one."""
    money = ws.money()
    target = ws.settings()["currency"]
    with st.expander(T("ui.data.rates", target=target), expanded=bool(money.mixed)):
        if money.in_one_file:  # no rate helps: the file's own rows are in several currencies
            st.warning(T("engine.currencies_in_one_file", files=plain_all(money.in_one_file)),
                       icon=":material/currency_exchange:")
        elif money.mixed:
            st.warning(T("ui.data.rates_needed", currencies=plain_all(money.mixed),
                         missing=plain_all(money.missing[:6]) or "-"), icon=":material/currency_exchange:")
        elif money.converted:
            st.caption(plain(T("engine.converted", currencies=", ".join(money.converted), target=target)))
        if money.unnamed:  # read in the workspace's currency: said, never assumed silently
            st.caption(T("engine.currency_unnamed", files=plain_all([f for f, _ in money.unnamed]), currency=target))
        rows = [r for r in ws.rates() if r["to"] == target]
        month_of = lambda m: fmt_month(dt.date.fromisoformat(m + "-01"), L)  # noqa: E731 - '2025-02'
        if rows:
            st.dataframe(pd.DataFrame([{T("ui.data.rate_from"): r["from"],
                                        T("ui.data.rate_month"): month_of(r["month"]),
                                        T("ui.data.rate_value", target=target): fmt_input(r["rate"], L)}
                                       for r in rows]), hide_index=True, key="data.rates_table")
        if presenting():
            return
        wanted = [m.split(" ") for m in money.missing[:12]]
        entered = {}
        for cur_code, month in wanted:
            label = T("ui.data.rate_for", currency=cur_code, month=month_of(month), target=target)
            entered[(cur_code, month)] = numbers.field(label, f"data.rate.{cur_code}.{month}", L,
                                                       placeholder=T("ui.data.rate_ph"))
        with st.expander(T("ui.data.rate_other")):
            c1, c2, c3 = st.columns(3)
            others = sorted(c for c in CURRENCIES if c != target)
            code = c1.selectbox(T("ui.data.rate_from"), others, key="data.rate_cur",
                                index=others.index("USD") if "USD" in others else 0)
            today = dt.date.today()
            months = [dt.date(today.year - y, m, 1) for y in range(0, 4) for m in range(12, 0, -1)
                      if dt.date(today.year - y, m, 1) <= today]
            month = c2.selectbox(T("ui.data.rate_month"), months, key="data.rate_month",
                                 format_func=lambda d: fmt_month(d, L))
            entered[(code, f"{month:%Y-%m}")] = numbers.field(T("ui.data.rate_value", target=target),
                                                              "data.rate_other_value", L, container=c3,
                                                              placeholder=T("ui.data.rate_ph"))
        if st.button(T("ui.data.rates_save"), key="data.rates_save", icon=":material/save:"):
            try:
                for (cur_code, month), rate in entered.items():
                    if rate is not None:
                        ws.set_rate(cur_code, target, month, rate)
                st.rerun()
            except KoersError as e:
                st.error(plain(e.message(L)))


_rates()
