"""KPI catalogue: definitions, formulas and kinds per domain; a custom KPI builder with live validation."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from kpi_core import kpis
from kpi_core.catalogue import DOMAINS, GOOD, KINDS, UNITS, catalogue, custom_kpi
from kpi_core.errors import KoersError
from kpi_core.formula import NAMES
from kpi_core.i18n import field_name, formula_from_words, formula_in_words, has, t
from ui import cache, charts
from ui.state import confirmed, currency, presenting, start_page
from ui.text import bold, plain

L, T, ws = start_page("ui.cat.title", "ui.cat.intro", need_workspace=False)  # T speaks this run's language
CAT = catalogue()
present = set(cache.present_kpis(str(ws.path), ws.version)) if ws is not None and ws.path else set()

search = st.text_input(T("ui.cat.search"), key="cat.search", placeholder=T("ui.cat.search_ph"))
tabs = st.tabs([T(f"ui.domain.{d}") for d in DOMAINS])
for dom, tab in zip(DOMAINS, tabs, strict=True):
    rows = []
    for k in CAT.values():
        if k.domain != dom:
            continue
        text = f"{k.id} {k.name[L]} {k.definition[L]}".lower()
        if search and search.lower() not in text:
            continue
        rows.append({T("ui.cat.col_name"): k.name[L], T("ui.cat.col_definition"): k.definition[L],
                     T("ui.cat.col_formula"): formula_in_words(k.formula, L),
                     T("ui.cat.col_unit"): T(f"ui.unitname.{k.unit}"),
                     T("ui.cat.col_good"): T(f"ui.good.{k.good}"),
                     T("ui.cat.col_kinds"): ", ".join(T(f"ui.kindname.{x}") for x in k.kinds),
                     T("ui.cat.col_data"): "✓" if k.id in present else ""})
    with tab:
        if rows:
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key=f"cat.table.{dom}")
        else:
            st.caption(T("ui.cat.none"))

with st.expander(T("ui.teach.kpis_title")):
    st.markdown(T("ui.teach.kpis"))
    st.markdown(T("ui.teach.leading"))

custom = ws.custom_kpi_bodies() if ws is not None else []
if custom:
    st.subheader(T("ui.cat.custom"))
    for body in custom:
        c1, c2 = st.columns([5, 1], vertical_alignment="center")
        c1.markdown(f"{bold(body['name'][L])} · {plain(formula_in_words(body['formula'], L))}")
        if not presenting() and confirmed(T("ui.cat.delete"), T("ui.cat.delete_help"), f"cat.delete.{body['id']}",
                                          c2):
            ws.delete_custom_kpi(body["id"])
            st.rerun()
if presenting():
    st.stop()


def _formula_error(e: KoersError, typed: str, back: list[int]) -> str:
    """A formula error in the person's own words: their text and position, measures by name."""
    code = f"ui.cat.err.{e.code.split('.')[-1]}"
    if not has(code):
        return plain(e.message(L))
    pos = int(e.info.get("position") or len(back) + 1)
    at = back[pos - 1] if 0 < pos <= len(back) else len(typed) + 1
    return t(code, L, token=plain(e.info.get("token") or ""), position=at)


st.subheader(T("ui.cat.builder"))
st.caption(T("ui.cat.builder_help", measures=", ".join(field_name(m, L) for m in NAMES)))
c1, c2 = st.columns([2, 1])
typed = c1.text_input(T("ui.cat.formula"), key="cat.formula", placeholder=T("ui.cat.formula_ph"))
text, back = formula_from_words(typed or "", L)  # Dutch and English names mean the measures
name = c2.text_input(T("ui.cat.name"), key="cat.name", placeholder=T("ui.cat.name_ph"))
c1, c2, c3 = st.columns(3)
unit = c1.selectbox(T("ui.cat.unit"), UNITS, key="cat.unit", format_func=lambda u: T(f"ui.unitname.{u}"))
good = c2.selectbox(T("ui.cat.good"), GOOD, key="cat.good", format_func=lambda g: T(f"ui.good.{g}"))
domain = c3.selectbox(T("ui.cat.domain"), DOMAINS, key="cat.domain", format_func=lambda d: T(f"ui.domain.{d}"))
kinds = st.multiselect(T("ui.cat.kinds"), KINDS, default=["quantitative"], key="cat.kinds",
                       format_func=lambda k: T(f"ui.kindname.{k}"))
if not text:
    st.info(T("ui.cat.start"))
    st.stop()
kid = re.sub(r"[^a-z0-9_]+", "_", (name or "custom").lower()).strip("_") or "custom"
if not kid[0].isalpha():
    kid = "k_" + kid
if kid in CAT:
    kid = "custom_" + kid
try:
    k = custom_kpi(kid, text, name={"nl": name or kid, "en": name or kid}, unit=unit, good=good,
                   kinds=tuple(kinds or ["quantitative"]), domain=domain)
except KoersError as e:
    st.error(_formula_error(e, typed, back), icon=":material/error:")
    st.stop()
st.success(T("ui.cat.valid", measures=", ".join(field_name(m, L) for m in k.measures)), icon=":material/check_circle:")
if ws is None:
    st.stop()
if st.button(T("ui.cat.save"), key="cat.save", type="primary", icon=":material/save:"):
    ws.save_custom_kpi({"id": kid, "formula": text, "name": {"nl": name or kid, "en": name or kid}, "unit": unit,
                        "good": good, "kinds": list(kinds or ["quantitative"]), "domain": domain})
    st.success(T("ui.cat.saved", name=plain(name or kid)), icon=":material/check_circle:")
missing = kpis.missing_in(ws, k)
if missing:
    st.warning(T("ui.cat.missing", measures=", ".join(field_name(m, L) for m in missing)))
    st.stop()
try:
    df = kpis.series_in(ws, k, "month")
except KoersError as e:
    st.error(plain(e.message(L)))
    st.stop()
if df["value"].notna().any():
    charts.show(charts.trend(df, k.unit, L, currency(ws), name or kid), key="cat.preview")
else:
    st.info(T("ui.dash.no_values"))
