"""Dashboard: KPI tiles against the previous period, filters, trends, and speed/acceleration of a KPI."""

from __future__ import annotations

import datetime as dt
import sys

import streamlit as st

from kpi_core import compiler, formula, report
from kpi_core.catalogue import DOMAINS, default_choice
from kpi_core.errors import KoersError
from kpi_core.explain import member_label, short_name, signed
from kpi_core.i18n import field_name, fmt, fmt_date, t, tn, tool_name
from ui import cache, charts, periods
from ui.names import span_words, target_label
from ui.state import (
    DATE_FMT,
    chosen_kpis,
    currency,
    empty_state,
    keep,
    presenting,
    remember_kpis,
    start_page,
    status_badge,
)
from ui.text import amount, kpi_name, plain

L, T, ws = start_page("ui.dash.title", need_workspace=False)  # T speaks this run's language
if ws is None or not cache.datasets(str(ws.path), ws.version):
    if presenting():
        empty_state("ui.empty.no_workspace" if ws is None else "ui.empty.no_data")
        st.stop()
    # A bare start: the uploader right here, and the KPIs of what was dropped at once.
    from ui import upload

    with st.container(border=True):
        if upload.box(L, ws, options=False) is not None:
            st.rerun()
    st.info(T("ui.empty.first_upload" if ws is None else "ui.empty.no_data_here"), icon=":material/upload_file:")
    st.stop()
# Uploads wait for a decision only where the uploader ran, which loaded ui.upload: the dashboard does not load it
# (nor pandas with it, a third of a first render) just to learn that none wait.
waiting = sys.modules["ui.upload"].pending() if "ui.upload" in sys.modules else []
if waiting and not presenting():
    st.warning(tn("ui.data.waiting", len(waiting), L), icon=":material/pending_actions:")
    st.page_link("pages/data.py", label=T("ui.nav.data"), icon=":material/upload_file:")
path, version, cur = str(ws.path), ws.version, currency(ws)
sets = cache.datasets(path, version)

CAT = cache.all_kpis(str(ws.path), ws.version)  # the catalogue and this workspace's own KPIs
present = cache.present_kpis(path, version)
if not present:
    empty_state("ui.empty.no_kpis", "pages/data.py")
    st.stop()
name = lambda k: CAT[k].name[L]
GRAINS = [g for g in compiler.GRAINS if g != "total"]
MAX_PER_DOMAIN = 3


def _default_kpis(ids=None) -> list[str]:
    """2 KPIs per domain the data can answer (catalogue.default_choice, which the review starts from too)."""
    return default_choice(present if ids is None else ids, CAT)


remembered = [k for k in (chosen_kpis(ws) or []) if k in present]
if "dash.kpis" not in st.session_state or st.session_state.get("dash.kpis_ws", path) != path:
    st.session_state["dash.kpis"] = remembered or _default_kpis()
    st.session_state["dash.kpis_ws"] = path
    st.session_state["dash.seen"] = list(present)
elif set(present) - set(st.session_state.get("dash.seen", present)):  # new data answers new questions: offer them
    seen = {CAT[k].domain for k in st.session_state.get("dash.seen", []) if k in CAT}
    fresh = [k for k in _default_kpis() if CAT[k].domain not in seen and k not in st.session_state["dash.kpis"]]
    st.session_state["dash.kpis"] = [k for k in st.session_state["dash.kpis"] if k in present] + fresh
    st.session_state["dash.seen"] = list(present)

lo_all = min(dt.date.fromisoformat(d["date_min"]) for d in sets if d["date_min"])
hi_all = max(dt.date.fromisoformat(d["date_max"]) for d in sets if d["date_max"])
last = max(periods.last_complete_day(hi_all, dt.date.today()), lo_all)  # presets count back from here
if st.session_state.get("dash.range_ws") != path:  # another workspace: its own last month against the one before
    st.session_state["dash.preset"], st.session_state["dash.cmp"] = periods.DEFAULT
    st.session_state.pop("dash.grain", None)
    st.session_state["dash.range_ws"] = path


def _grain_for(lo: dt.date, hi: dt.date) -> str:
    # A month by day is a row of dots where a KPI has data on some days only (leads, orders), and a ratio of one
    # day's few cases swings past 100%: a month reads per week.
    days = (hi - lo).days + 1
    return "day" if days <= 14 else "week" if days <= 190 else "month"


def _preset_changed() -> None:
    preset = st.session_state["dash.preset"]
    lo, hi = periods.resolve("last_month" if preset == "custom" else preset, last, lo_all)
    st.session_state["dash.grain"] = _grain_for(lo, hi)
    if preset == "custom":  # start from the month on screen before
        st.session_state["dash.from"], st.session_state["dash.to"] = lo, hi


def _days_changed() -> None:
    a, b = st.session_state.get("dash.from"), st.session_state.get("dash.to")
    if a and b and a <= b:  # other days, the grain that suits them (a week by day, a quarter by week)
        st.session_state["dash.grain"] = _grain_for(a, b)


keep("dash.kpis", "dash.preset", "dash.cmp", "dash.from", "dash.to", "dash.grain",
     allowed={"dash.kpis": present})  # the labels change with the language
with st.container(border=True):
    st.multiselect(T("ui.dash.kpis"), present, key="dash.kpis", format_func=name, help=T("ui.dash.kpis_help"),
                   on_change=None if presenting() else lambda: remember_kpis(ws, st.session_state["dash.kpis"]))
    c1, c2, c3 = st.columns([2, 2, 1])
    preset = c1.selectbox(T("ui.dash.dates"), periods.PRESETS, key="dash.preset", on_change=_preset_changed,
                          format_func=lambda p: T(f"ui.period.{p}"))
    how = c2.selectbox(T("ui.dash.compare"), periods.COMPARISONS, key="dash.cmp",
                       format_func=lambda c: T(f"ui.compare.{c}"))
    if preset == "custom":  # the calendar speaks the browser's language: the chosen days are written out below
        a, b = c1.columns(2)
        st.session_state.setdefault("dash.from", periods.resolve("last_month", last, lo_all)[0])
        st.session_state.setdefault("dash.to", last)
        lo = a.date_input(T("ui.dash.from"), key="dash.from", format=DATE_FMT, min_value=lo_all, max_value=hi_all,
                          on_change=_days_changed)
        hi = b.date_input(T("ui.dash.to"), key="dash.to", format=DATE_FMT, min_value=lo_all, max_value=hi_all,
                          on_change=_days_changed)
        if lo is None or hi is None or hi < lo:
            st.info(T("ui.dash.pick_end"))
            st.stop()
    else:
        lo, hi = periods.resolve(preset, last, lo_all)
    st.session_state.setdefault("dash.grain", _grain_for(lo, hi))
    grain = c3.selectbox(T("ui.dash.grain"), GRAINS, key="dash.grain", format_func=lambda g: T(f"ui.grain.{g}"))
    c4, c5, c6 = st.columns(3)
    tools = sorted({d["source"] for d in sets}, key=lambda s: tool_name(s, L).lower())
    keep("dash.source", allowed={"dash.source": tools})
    sel_tools = c4.multiselect(T("ui.dash.source"), tools, key="dash.source", placeholder=T("ui.dash.all"),
                               format_func=lambda s: tool_name(s, L))
    ids = tuple(st.session_state["dash.kpis"]) or tuple(present[:1])
    channels = cache.dimension_values(path, version, ids, "channel")
    campaigns = cache.dimension_values(path, version, ids, "campaign")
    keep("dash.channel", "dash.campaign", allowed={"dash.channel": channels, "dash.campaign": campaigns})
    sel_channels = c5.multiselect(T("ui.dash.channel"), channels, key="dash.channel", placeholder=T("ui.dash.all"),
                                  disabled=not channels)
    sel_campaigns = c6.multiselect(T("ui.dash.campaign"), campaigns, key="dash.campaign",
                                   placeholder=T("ui.dash.all"), disabled=not campaigns)

chosen = list(st.session_state["dash.kpis"])
if not chosen:
    empty_state("ui.empty.no_kpis_chosen")
    st.stop()
where = cache.where_key({"source": sel_tools, "channel": sel_channels, "campaign": sel_campaigns})
prev = periods.compare_to(lo, hi, how)


def _values(rows: list[dict]) -> dict:
    """Each KPI's value (a float, or None when there is none) from its rows over a whole period."""
    out: dict = {}
    for r in rows:
        out.setdefault(r["kpi"], None if r["value"] is None else float(r["value"]))
    return out


try:  # one query per period for all tiles, side by side; each cached on its own, so a filter back is free
    asks = [("total", lo, hi, where), (grain, lo, hi, where)] + ([("total", *prev, where)] if prev else [])
    answers = cache.tables(path, version, tuple(chosen), asks)
    now, before = _values(answers[0]), _values(answers[2]) if prev else {}
    trend: dict[str, list[dict]] = {k: [] for k in chosen}
    for r in answers[1]:
        trend[r["kpi"]].append(r)
except KoersError as e:
    st.error(plain(e.message(L)))
    st.stop()

shown = T("ui.dash.compared", period=span_words(lo, hi, L), previous=span_words(*prev, L)) if prev else T(
    "ui.dash.period_only", period=span_words(lo, hi, L))
st.caption(shown[:1].upper() + shown[1:])
as_of = min(hi, last)  # targets stand as of the end of the shown period
goals = {}
for body in cache.targets(path, version):
    start, deadline = dt.date.fromisoformat(body["start"]), dt.date.fromisoformat(body["deadline"])
    if body["kpi"] in chosen and start <= as_of <= deadline and body["kpi"] not in goals:
        goals[body["kpi"]] = body


def _goal(k: str, unit: str) -> None:
    """The KPI's target on its tile: what it is, where it stands and what was due by now."""
    body = goals.get(k)
    if body is None:
        return
    try:
        ev = cache.evaluate(path, version, body["id"], as_of, L)
    except KoersError:
        return
    if ev is None:
        return
    row = ev[0]
    status_badge(row.get("status"))
    st.caption(T("ui.dash.goal", cmp=T(f"ui.cmp.{body.get('comparison', 'at_least')}"),
                 target=amount(body["target"], unit, L, cur),
                 deadline=fmt_date(dt.date.fromisoformat(body["deadline"]), L),
                 expected=amount(row.get("expected_to_date"), unit, L, cur),
                 actual=amount(row.get("actual_to_date"), unit, L, cur)),
               help=plain(target_label(body, L, CAT)))


def _tile(k: str) -> None:
    kpi = CAT[k]
    v, p = now.get(k), before.get(k)
    delta = None
    if v is not None and p not in (None, 0):
        change = (v - p) / abs(p)
        delta = ("+" if change >= 0 else "") + fmt(change, "percent", L, decimals=1)
    with st.container(border=True):
        # the name above the figure, whole: a metric's own label is cut off in a narrow tile
        st.markdown(kpi_name(kpi, L), help=plain(kpi.definition[L]) if kpi.custom else kpi.definition[L])
        st.metric(kpi_name(kpi, L), fmt(v, kpi.unit, L, cur), delta, label_visibility="collapsed",
                  delta_color="inverse" if kpi.good == "lower" else "normal")
        if sum(r["value"] is not None for r in trend[k]) > 1:
            sparklines.append((st.empty(), k))  # drawn once every tile shows its figure
        _goal(k, kpi.unit)
        before_txt = T(f"ui.dash.cmp_value.{how}", value=fmt(p, kpi.unit, L, cur)) + " · " if prev else ""
        st.caption(before_txt + T(f"ui.kind.{_kind(k)}"), help=T(f"ui.kind.{_kind(k)}_help"))
        if prev and v is not None and p is not None and not kpi.growth:  # a change to explain
            st.button(T("ui.why.button"), key=f"dash.why.{k}", icon=":material/troubleshoot:", type="tertiary",
                      help=T("ui.why.help"), on_click=_open_why, args=(k,))


def _open_why(k: str) -> None:
    st.session_state["dash.why"] = k


def _close_why() -> None:
    st.session_state.pop("dash.why", None)


def _span(a: dt.date, b: dt.date) -> tuple:
    """A period as (start, end, kind), the kind naming it in notes ('maart 2025', 'Q1 2025')."""
    whole = a.day == 1 and b == periods.month_end(b)
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    kind = ("month" if whole and months == 1 else "quarter" if whole and months == 3 and a == periods.quarter_start(a)
            else "year" if whole and months == 12 and a.month == 1 else "range")
    return a, b, kind


WHY_DIMS = [d for d in report.dimensions() if d != "customer_id"]  # a customer's id is no way to explain a change
WHY_TOP = 8  # steps in the waterfall; the rest as one


def _dim_name(d: str) -> str:
    return T(f"ui.why.dim.{d}") if d in ("source", "source_id") else field_name(d, L)


def _why(k: str) -> None:
    """What moved a tile's KPI from the comparison period to this one, by the dimension chosen, as a waterfall."""
    import pandas as pd  # for the table; the rest of the dashboard runs without pandas

    kpi = CAT[k]
    dims = [d for d in WHY_DIMS if cache.dimension_values(path, version, (k,), d)]
    if st.session_state.get("dash.why_for") != k or st.session_state.get("dash.why_by") not in dims:
        split = [d for d in report.DIMS if len(cache.dimension_values(path, version, (k,), d)) > 1]
        st.session_state["dash.why_by"] = (split or dims or [None])[0]
        st.session_state["dash.why_for"] = k
    if dims:
        by = st.selectbox(T("ui.why.by"), dims, key="dash.why_by", format_func=_dim_name)
    else:
        by = report.DIMS[0]
    try:
        row = cache.why(path, version, k, _span(lo, hi), _span(*prev), by, L, where)
    except KoersError as e:
        st.error(plain(e.message(L)))
        return
    if row["change"] is None:
        st.info(T("ui.why.nothing"))
        return
    st.markdown(plain(row["summary"]))
    now_txt, before_txt = span_words(lo, hi, L), span_words(*prev, L)
    st.caption(T("ui.why.change", before=amount(row["value_vs"], kpi.unit, L, cur), previous=before_txt,
                 after=amount(row["value"], kpi.unit, L, cur), period=now_txt,
                 change=signed(row["change"], kpi.unit, L, cur)) + (" " + T("ui.why.filtered") if where else ""))
    ratio = kpi.denominator is not None
    label = lambda c: (t("review.unattributed", L) if c["presence"] == "unattributed"  # noqa: E731
                       else member_label(c["member"], L, by))
    parts = [c for c in row["contributions"] if signed(c["total"], kpi.unit, L, cur)[:1] in "+-"]
    if len(parts) == 1 and parts[0]["member"] is None:
        st.info(T("ui.why.one_part"))
    steps = [{"member": label(c), "rate": c["rate_effect"] or 0.0, "mix": c["mix_effect"] or 0.0,
              "total": c["total"]} for c in parts[:WHY_TOP]]
    if c_rest := parts[WHY_TOP:]:
        steps.append({"member": t("review.other", L, n=len(c_rest)), "total": sum(c["total"] for c in c_rest),
                      "rate": sum(c["rate_effect"] or 0.0 for c in c_rest),
                      "mix": sum(c["mix_effect"] or 0.0 for c in c_rest)})
    for s in steps:
        if s["rate"] == 0.0 and s["mix"] == 0.0:  # not split (a part that cannot be attributed): all its own
            s["rate"] = s["total"]
    kname = short_name(kpi, L)
    names = (T("ui.why.value"), T("ui.why.own", kpi=kname) if ratio else T("ui.why.diff"),
             T("ui.why.shift") if ratio else "")
    if steps:
        charts.show(charts.waterfall(steps, (before_txt, row["value_vs"]), (now_txt, row["value"]), kpi.unit, L, cur,
                                     names), key="dash.why_chart")
    money = lambda v: signed(v, kpi.unit, L, cur)  # noqa: E731
    table = [{_dim_name(by): label(c), **({names[1]: money(c["rate_effect"]), names[2]: money(c["mix_effect"])}
                                          if ratio and c["presence"] != "unattributed" else
                                          {names[1]: money(c["total"]), **({names[2]: ""} if ratio else {})}),
              T("ui.why.total"): money(c["total"])} for c in row["contributions"]]
    table.append({_dim_name(by): T("ui.why.sum"), names[1]: "", **({names[2]: ""} if ratio else {}),
                  T("ui.why.total"): money(row["change"])})
    if not ratio:
        for r in table:
            r.pop(names[1])
    st.dataframe(pd.DataFrame(table), hide_index=True, width="stretch", key="dash.why_table")
    st.caption(T("ui.why.parts", kpi=kname) if ratio else T("ui.why.parts_sum"))
    for note in row["notes"]:
        st.caption(plain(note))


def _kind(k: str) -> str:
    kinds = CAT[k].kinds
    return "leading" if "leading" in kinds else "lagging" if "lagging" in kinds else "other"


def _domain(dom: str, ks: list[str], width: int) -> None:
    st.subheader(T(f"ui.domain.{dom}"))
    if len(ks) > MAX_PER_DOMAIN:
        st.warning(T("ui.dash.jungle", n=len(ks), domain=T(f"ui.domain.{dom}")), icon=":material/forest:")
    # leading first (steer on these), then lagging (the result); the kind is named on each tile
    ks.sort(key=lambda k: ("leading", "lagging", "other").index(_kind(k)))
    cols = st.columns(width)
    for i, k in enumerate(ks):
        with cols[i % width]:
            _tile(k)


# Domains of two tiles or fewer sit side by side, four tiles to a row; a bigger domain has a row of its own.
groups = [(dom, [k for k in chosen if CAT[k].domain == dom]) for dom in DOMAINS]
pair: list = []
sparklines: list = []  # (placeholder in a tile, KPI): charts the browser draws after the tiles' figures


def _flush() -> None:
    if pair:
        for half, (d, ks) in zip(st.columns(2, gap="medium"), pair, strict=False):
            with half:
                _domain(d, ks, 2)
        pair.clear()


for dom, ks in groups:
    if not ks:
        continue
    if len(ks) <= 2:
        pair.append((dom, ks))
        if len(pair) == 2:
            _flush()
    else:
        _flush()
        _domain(dom, ks, 4)
_flush()
# Every tile's figure is on the page before any chart: drawing a chart holds the browser up for tens of
# milliseconds, and the figures are what a reader looks at first.
for spot, k in sparklines:
    with spot:
        charts.show(charts.sparkline(trend[k], L), key=f"dash.spark.{k}")

if prev and st.session_state.get("dash.why") in chosen:
    st.dialog(T("ui.why.title", kpi=kpi_name(CAT[st.session_state["dash.why"]], L)), width="large",
              on_dismiss=_close_why)(_why)(st.session_state["dash.why"])

st.divider()
# The tabs know which one is open (a switch reruns the page, from the caches): speed and acceleration, a query of
# their own, are worked out only when their tab is open.
tab_trend, tab_speed, tab_learn = st.tabs([T("ui.dash.tab_trends"), T("ui.dash.tab_speed"), T("ui.dash.tab_learn")],
                                          key="dash.tab", on_change="rerun")
with tab_trend:
    if grain != "day" and charts.has_partial([r["period"] for rows in trend.values() for r in rows], grain, lo, hi):
        st.caption(T("ui.dash.partial_help"))
    cols = st.columns(2)
    for i, k in enumerate(chosen):
        kpi = CAT[k]
        with cols[i % 2], st.container(border=True):
            st.markdown(f"**{kpi_name(kpi, L)}** · {T('ui.grain.' + grain)}")
            if all(r["value"] is None for r in trend[k]):
                st.caption(T("ui.dash.no_values"))
                continue
            num = formula.to_text(kpi.numerator)
            den = formula.to_text(kpi.denominator) if kpi.denominator is not None else ""
            charts.show(charts.trend(trend[k], kpi.unit, L, cur, kpi.name[L], num, den, grain, span=(lo, hi)),
                        key=f"dash.trend.{k}")
with tab_speed:
    st.caption(T("ui.dash.speed_help"))
    keep("dash.speed_kpi", allowed={"dash.speed_kpi": chosen})
    sk = st.selectbox(T("ui.dash.speed_kpi"), chosen, key="dash.speed_kpi", format_func=name)
    if tab_speed.open:
        sgrain = grain if grain != "day" else "week"
        try:
            cmp = cache.compare(path, version, sk, sgrain, lo, hi, where)
        except KoersError as e:
            st.error(plain(e.message(L)))
            cmp = None
        if cmp is not None and cmp["speed"].notna().sum() > 0:
            charts.show(charts.speed(cmp, CAT[sk].unit, L, cur), key="dash.speed_chart")
        elif cmp is not None:
            st.info(T("ui.dash.speed_empty"))
with tab_learn:
    st.markdown(T("ui.teach.kpis"))
    st.markdown(T("ui.teach.leading"))
