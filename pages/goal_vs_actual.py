"""Goal vs actual: all targets as bullet charts, then one target's cumulative actual against its pacing line."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from kpi_core import pacing, tracking
from kpi_core.errors import KoersError
from kpi_core.i18n import fmt, fmt_date, tn
from ui import cache, charts
from ui.names import method_text, target_label, warning_text
from ui.state import (
    DATE_FMT,
    currency,
    default_as_of,
    empty_state,
    keep,
    shown_status,
    start_page,
    status_badge,
    status_text,
)
from ui.text import amount, plain

L, T, ws = start_page("ui.goal.title")  # T speaks this run's language
path, version, cur = str(ws.path), ws.version, currency(ws)
CAT = cache.all_kpis(str(ws.path), ws.version)  # the catalogue and this workspace's own KPIs
stored = ws.targets()
if not stored:
    empty_state("ui.empty.no_targets_goal", "pages/targets.py")
    st.stop()

st.session_state.setdefault("goal.as_of", default_as_of(ws))
as_of = st.columns([1, 3])[0].date_input(T("ui.goal.as_of"), format=DATE_FMT, key="goal.as_of",
                                         help=T("ui.goal.as_of_help"))
rows = {}
for body in stored:
    try:
        ev = cache.evaluate(path, version, body["id"], as_of, L)
    except KoersError as e:
        st.error(plain(f"{target_label(body, L, CAT)}: {e.message(L)}"))
        continue
    if ev is not None:
        rows[body["id"]] = (body, *ev)

st.subheader(T("ui.goal.overview"))
bullets = []
for body, row, _ in rows.values():
    unit = row.get("unit") or "count"
    status = shown_status(row, dt.date.fromisoformat(body["start"]), as_of)
    bullets.append({"label": target_label(body, L, CAT), "performance": row.get("performance"), "status": status,
                    "status_txt": status_text(status), "thresholds": body.get("thresholds"),
                    "actual_txt": fmt(row.get("actual_to_date"), unit, L, cur),
                    "expected_txt": fmt(row.get("expected_to_date"), unit, L, cur)})
if bullets:
    charts.show(charts.bullets(bullets, L), key="goal.bullets")
    cols = st.columns(min(len(bullets), 4))
    for i, b in enumerate(bullets):
        with cols[i % len(cols)]:
            status_badge(b["status"])
            st.caption(plain(b["label"]))
    st.caption(T("ui.goal.bullet_help"))

st.divider()
keep("goal.target", allowed={"goal.target": list(rows)})
tid = st.selectbox(T("ui.goal.pick"), list(rows), key="goal.target",
                   format_func=lambda i: target_label(rows[i][0], L, CAT))
if tid is None:
    st.stop()
body, row, warnings = rows[tid]
target = tracking.load_targets(ws)
target = next(t for t in target if t.id == tid)
kpi = tracking.resolve_kpi(ws, target.kpi)
unit = row.get("unit") or (kpi.unit if kpi else "count")
status = shown_status(row, target.start, as_of)
c1, c2 = st.columns([4, 1], vertical_alignment="center")
c1.markdown(T("ui.goal.line", kpi=plain(kpi.name[L] if kpi else target.kpi),
              target=amount(target.target, unit, L, cur),
              cmp=T(f"ui.cmp.{target.comparison}"), start=fmt_date(target.start, L),
              deadline=fmt_date(target.deadline, L)))
with c2:
    status_badge(status)
for w in warnings:
    st.warning(warning_text(w, L, stored, CAT), icon=":material/info:")
if status == "not_started":
    st.info(T("ui.goal.not_started", start=fmt_date(target.start, L), as_of=fmt_date(as_of, L)),
            icon=":material/schedule:")

m = st.columns(5)
# figures as a person says them: 597 leads expected, not 596,7 (amount drops decimals where they say nothing)
m[0].metric(T("ui.goal.actual"), amount(row.get("actual_to_date"), unit, L, cur))
m[1].metric(T("ui.goal.expected"), amount(row.get("expected_to_date"), unit, L, cur))
m[2].metric(T("ui.goal.forecast"), amount(row.get("forecast"), unit, L, cur),
            help=T("ui.goal.band", low=fmt(row.get("forecast_low"), unit, L, cur),
                   high=fmt(row.get("forecast_high"), unit, L, cur),
                   run_rate=fmt(row.get("forecast_run_rate"), unit, L, cur)))
per = target.cadence if target.cadence in ("weekly", "monthly") else "monthly"
key = "required_per_week" if per == "weekly" else "required_per_month"
m[3].metric(T(f"ui.goal.required_{per}"), amount(row.get(key), unit, L, cur), help=T("ui.goal.required_help"))
m[4].metric(T("ui.goal.days_left"), fmt(max((target.deadline - as_of).days, 0), "count", L))
st.caption(method_text(row, unit, L, cur), help=T("ui.goal.method_help"))

if kpi is None or kpi.growth or kpi.cumulative or row.get("days_total") is None:
    st.info(T("ui.goal.no_chart"))
    st.stop()
daily = cache.target_daily(path, version, tid)
is_ratio = kpi.denominator is not None
shares = None
if target.pacing == "seasonal" and not is_ratio and row.get("pacing") == "seasonal":
    shares = pacing.seasonal_shares(daily, target.start, target.deadline)
charts.show(charts.pacing(daily, target, row, unit, is_ratio, L, cur, shares), key="goal.pacing")
st.caption(T("ui.goal.pacing_help_ratio" if is_ratio else "ui.goal.pacing_help"))
if row.get("leading"):
    st.markdown(f"**{T('ui.goal.leading')}**")
    for x in row["leading"]:
        lk = CAT.get(x["leading"])
        code = "ui.goal.leading_same" if x["lag_weeks"] == 0 else "ui.goal.leading_line"  # no lead: 'moves with it'
        st.caption(tn(code, x["lag_weeks"], L, kpi=lk.name[L] if lk else x["leading"],
                      weeks=x["lag_weeks"], strength=T(f"insight.strength.{x['strength']}"),
                      r=fmt(x["r"], "count", L)))
