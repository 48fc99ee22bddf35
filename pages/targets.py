"""Targets: the SMART editor with a live SMART check, the list of targets with status, and check-in notes."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import streamlit as st

from kpi_core import smart, tracking
from kpi_core.errors import KoersError
from kpi_core.i18n import CURRENCY_SYMBOLS, fmt, fmt_date, tool_name
from kpi_core.targets import CADENCES, COMPARISONS, PACINGS, Target
from ui import cache, numbers, periods
from ui.names import target_label, warning_text
from ui.state import (
    DATE_FMT,
    confirmed,
    currency,
    default_as_of,
    empty_state,
    presenting,
    shown_status,
    start_page,
    status_badge,
)
from ui.text import amount, bold, plain

L, T, ws = start_page("ui.targets.title")  # T speaks this run's language
path, version, cur = str(ws.path), ws.version, currency(ws)
CAT = cache.all_kpis(str(ws.path), ws.version)  # the catalogue and this workspace's own KPIs
present = cache.present_kpis(path, version)
as_of = default_as_of(ws)
LEVEL_ICON = {"pass": ":material/check_circle:", "warn": ":material/warning:", "fail": ":material/cancel:"}
LEVEL_COLOR = {"pass": "green", "warn": "orange", "fail": "red"}


def currency_sign(code: str) -> str:
    return CURRENCY_SYMBOLS.get(code, code)


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")[:32]
    return f"{s or 't'}-{uuid.uuid4().hex[:4]}"


def _form() -> dict:
    """The five SMART sections; returns the target as a plain dict."""
    ids = present + [k for k in CAT if k not in present]
    start0 = as_of + dt.timedelta(days=1)
    st.session_state.setdefault("targets.start", start0.replace(day=1) if start0.day != 1 else start0)
    # three whole months: 1 April to 30 June, not to 29 June
    st.session_state.setdefault("targets.deadline", periods.add_months(st.session_state["targets.start"], 3)
                                - dt.timedelta(days=1))
    with st.container(border=True):
        st.markdown(f"#### S · {T('ui.smart.s')}")
        st.caption(T("ui.smart.s_help"))
        title = st.text_input(T("ui.targets.f_title"), key="targets.title", placeholder=T("ui.targets.f_title_ph"))
        kpi_id = st.selectbox(T("ui.targets.f_kpi"), ids, key="targets.kpi",
                              format_func=lambda k: CAT[k].name[L] + ("" if k in present else " " + T("ui.no_data")))
        kpi = CAT[kpi_id]
        c1, c2, c3 = st.columns(3)
        tools = sorted({d["source"] for d in cache.datasets(path, version)}, key=lambda s: tool_name(s, L).lower())
        scope = {"source": c1.selectbox(T("ui.dash.source"), ["", *tools], key="targets.scope_source",
                                        format_func=lambda v: tool_name(v, L) if v else T("ui.dash.all"))}
        for col, dim in ((c2, "channel"), (c3, "campaign")):
            vals = cache.dimension_values(path, version, (kpi_id,), dim) if kpi_id in present else []
            scope[dim] = col.selectbox(T(f"ui.dash.{dim}"), ["", *vals], key=f"targets.scope_{dim}",
                                       format_func=lambda v: v or T("ui.dash.all"), disabled=not vals)
    with st.container(border=True):
        st.markdown(f"#### M · {T('ui.smart.m')}")
        st.caption(T("ui.smart.m_help"))
        c1, c2 = st.columns(2)
        pct = kpi.unit == "percent"
        label = {"percent": "ui.targets.f_value_pct", "currency": "ui.targets.f_value_money",
                 "multiplier": "ui.targets.f_value_times"}.get(kpi.unit, "ui.targets.f_value")
        value = numbers.field(T(label, currency=currency_sign(cur)), "targets.value", L, container=c1,
                              placeholder=T("ui.targets.f_value_ph_" + kpi.unit))
        default_cmp = "at_most" if kpi.good == "lower" else "at_least"
        comparison = c2.selectbox(T("ui.targets.f_comparison"), COMPARISONS, key=f"targets.comparison.{kpi_id}",
                                  index=COMPARISONS.index(default_cmp), format_func=lambda c: T(f"ui.cmp.{c}"))
    with st.container(border=True):
        st.markdown(f"#### A · {T('ui.smart.a')}")
        st.caption(T("ui.smart.a_help"))
        c1, c2, c3 = st.columns(3)
        owner = c1.text_input(T("ui.targets.f_owner"), key="targets.owner")
        agreed_by = c2.text_input(T("ui.targets.f_agreed_by"), key="targets.agreed_by")
        agreed_on = c3.date_input(T("ui.targets.f_agreed_on"), value=None, format=DATE_FMT, key="targets.agreed_on")
        stakeholders = st.text_input(T("ui.targets.f_stakeholders"), key="targets.stakeholders",
                                     placeholder=T("ui.targets.f_stakeholders_ph"))
    with st.container(border=True):
        st.markdown(f"#### R · {T('ui.smart.r')}")
        st.caption(T("ui.smart.r_help"))
        pacing = st.radio(T("ui.targets.f_pacing"), PACINGS, key="targets.pacing", horizontal=True,
                          format_func=lambda p: T(f"ui.pacing.{p}"))
        with st.expander(T("ui.targets.thresholds")):
            c1, c2 = st.columns(2)
            on_track = numbers.field(T("ui.targets.f_on_track"), "targets.on_track", L, default=100, container=c1,
                                     help=T("ui.targets.f_on_track_help"))
            at_risk = numbers.field(T("ui.targets.f_at_risk"), "targets.at_risk", L, default=90, container=c2,
                                    help=T("ui.targets.f_at_risk_help"))
    with st.container(border=True):
        st.markdown(f"#### T · {T('ui.smart.t')}")
        st.caption(T("ui.smart.t_help"))
        c1, c2, c3 = st.columns(3)
        start = c1.date_input(T("ui.targets.f_start"), format=DATE_FMT, key="targets.start")
        deadline = c2.date_input(T("ui.targets.f_deadline"), format=DATE_FMT, key="targets.deadline")
        cadence = c3.selectbox(T("ui.targets.f_cadence"), CADENCES, key="targets.cadence", index=1,
                               format_func=lambda c: T(f"ui.cadence.{c}"))
    extra = {}
    if on_track is None or at_risk is None:
        extra["invalid"] = True  # the fields say what is wrong
    elif not 0 < at_risk <= on_track:
        st.error(T("ui.targets.bad_thresholds"))
        extra["invalid"] = True
    elif (on_track, at_risk) != (100, 90):
        extra["thresholds"] = {"on_track": on_track / 100, "at_risk": at_risk / 100}
    return {
        **extra, "id": _slug(title or kpi_id), "title": title or None, "kpi": kpi_id,
        "target": (value / 100 if pct else value) if value is not None else None, "comparison": comparison,
        "scope": {k: v for k, v in scope.items() if v}, "owner": owner or None, "agreed_by": agreed_by or None,
        "agreed_on": agreed_on.isoformat() if agreed_on else None, "pacing": pacing, "cadence": cadence,
        "stakeholders": [s.strip() for s in (stakeholders or "").split(",") if s.strip()],
        "start": start.isoformat() if start else None, "deadline": deadline.isoformat() if deadline else None,
    }


def _check(d: dict) -> Target | None:
    """The live SMART check of the form's target, with the realism figures; the Target when it is valid."""
    st.markdown(f"#### {T('ui.targets.check')}")
    kpi = CAT[d["kpi"]]
    if d["target"] is None:
        st.info(T("ui.targets.need_value"), icon=":material/edit:")
        return None
    if d.pop("invalid", False):
        return None
    try:
        t = Target.from_dict(d)
    except KoersError as e:
        st.error(plain(e.message(L)))
        return None
    result = tracking.smart_check(ws, t, kpi)  # the same check `targets status` makes
    shown = smart.explain(result, L, kpi.unit, cur, escape=plain)
    for letter in smart.LETTERS:
        r = shown[letter]
        with st.container(border=True):
            st.badge(f"{letter} · {T('ui.smart.' + letter.lower())} · {T('ui.level.' + r['level'])}",
                     icon=LEVEL_ICON[r["level"]], color=LEVEL_COLOR[r["level"]])
            st.markdown(r["reason"])
    r = result["R"]
    st.markdown(f"**{T('ui.targets.realism')}**: {T('ui.level.' + r['level'])}")
    p = r["params"]
    figures = [("ui.targets.baseline", fmt(p.get("baseline"), kpi.unit, L, cur)),
               ("ui.targets.target", fmt(p.get("target", t.target), kpi.unit, L, cur)),
               ("ui.targets.required", fmt(p.get("required"), "percent", L, decimals=1)),
               ("ui.targets.median", fmt(p.get("median"), "percent", L, decimals=1)),
               ("ui.targets.best", fmt(p.get("best"), "percent", L, decimals=1))]
    # A narrow column: figures as label/value lines, never cut-off metric labels.
    st.markdown("\n".join(f"- {T(code)}: **{v}**" for code, v in figures))
    return t


if not presenting():
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader(T("ui.targets.new"))
        draft = _form()
    with right:
        valid = _check(draft)
        if st.button(T("ui.targets.save"), key="targets.save", type="primary", disabled=valid is None,
                     icon=":material/save:", width="stretch"):
            try:
                tid = ws.save_target(valid.to_dict())
                saved = ws.target(tid) or valid.to_dict()
                st.session_state["targets.flash"] = T("ui.targets.saved", title=plain(target_label(saved, L, CAT)))
                st.rerun()
            except KoersError as e:
                st.error(plain(e.message(L)))
        flash = st.session_state.pop("targets.flash", None)
        if flash:
            st.success(flash, icon=":material/check:")
    with st.expander(T("ui.teach.smart_title")):
        st.markdown(T("ui.teach.smart"))

st.subheader(T("ui.targets.list"))
stored = ws.targets()
if not stored:
    empty_state("ui.empty.no_targets")
    st.stop()
st.caption(T("ui.targets.as_of", date=fmt_date(as_of, L)))
guards = cache.guards(path, version, as_of, L)
# coaching for whoever sets the targets; in a client meeting it waits, folded, until asked for
with st.expander(T("ui.targets.guards", n=len(guards)), expanded=False) if guards and presenting() else st.container():
    for w in guards:
        st.warning(warning_text(w, L, stored, CAT), icon=":material/warning:")
for body in stored:
    tid = body["id"]
    try:
        ev = cache.evaluate(path, version, tid, as_of, L)
    except KoersError as e:
        st.error(plain(e.message(L)))
        continue
    if ev is None:
        continue
    row, warnings = ev
    kpi = CAT.get(body["kpi"])
    unit = row.get("unit") or (kpi.unit if kpi else "count")
    with st.container(border=True):
        c1, c2 = st.columns([4, 1], vertical_alignment="center")
        c1.markdown(bold(target_label(body, L, CAT)))
        with c2:
            status_badge(shown_status(row, dt.date.fromisoformat(body["start"]), as_of))
        kname = plain(kpi.name[L] if kpi else body["kpi"])
        st.caption(T("ui.targets.line", kpi=kname, cmp=T(f"ui.cmp.{body.get('comparison', 'at_least')}"),
                     target=amount(body["target"], unit, L, cur),
                     start=fmt_date(dt.date.fromisoformat(body["start"]), L),
                     deadline=fmt_date(dt.date.fromisoformat(body["deadline"]), L),
                     owner=plain(body.get("owner")) or "–"))
        c = st.columns(3)
        c[0].metric(T("ui.goal.actual"), fmt(row.get("actual_to_date"), unit, L, cur))
        c[1].metric(T("ui.goal.expected"), fmt(row.get("expected_to_date"), unit, L, cur))
        c[2].metric(T("ui.goal.forecast"), fmt(row.get("forecast"), unit, L, cur))
        for w in warnings:
            st.caption(f":material/info: {warning_text(w, L, stored, CAT)}")
        if presenting() and not ws.checkins(tid):
            continue  # nothing to show and nothing to add
        with st.expander(T("ui.targets.checkins", n=len(ws.checkins(tid)))):
            for ci in ws.checkins(tid):
                val = f" · {fmt(ci['value'], unit, L, cur)}" if ci.get("value") is not None else ""
                note = plain(ci["note"], one_line=False)
                st.markdown(f"**{fmt_date(dt.date.fromisoformat(ci['date']), L)}**{val} — {note}")
            if not presenting():
                vkey, nkey = f"targets.ci_value.{tid}", f"targets.ci_note.{tid}"
                if st.session_state.pop(f"targets.ci_clear.{tid}", False):  # added: an empty form for the next
                    st.session_state[vkey] = st.session_state[nkey] = ""
                with st.form(f"targets.checkin.{tid}", border=False):
                    a, b = st.columns([1, 1])
                    day = a.date_input(T("ui.targets.ci_date"), value=as_of, format=DATE_FMT,
                                       key=f"targets.ci_date.{tid}")
                    label = T("ui.targets.ci_value_pct" if unit == "percent" else "ui.targets.ci_value")
                    val = numbers.field(label, vkey, L, container=b, in_form=True)
                    note = st.text_area(T("ui.targets.ci_note"), key=nkey, height=80)
                    if st.form_submit_button(T("ui.targets.ci_add"), icon=":material/add_comment:"):
                        if not numbers.ok(vkey, L):
                            numbers.check(vkey, L, in_form=True)  # asks what was meant; nothing is saved
                        elif not note.strip():
                            st.error(T("ui.targets.ci_empty"))
                        else:
                            ws.add_checkin(tid, day, note.strip(),
                                           val / 100 if val is not None and unit == "percent" else val)
                            st.session_state[f"targets.ci_clear.{tid}"] = True
                            st.rerun()
        if not presenting() and confirmed(T("ui.targets.delete"), T("ui.targets.delete_help"),
                                          f"targets.delete.{tid}", st.columns([1, 3])[0]):
            try:
                ws.delete_target(tid)
                st.rerun()
            except KoersError as e:
                st.error(plain(e.message(L)))
