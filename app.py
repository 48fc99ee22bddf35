"""Koers: routing and the sidebar (language, workspace, demo, presentation mode). Pages hold the rest."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import streamlit as st

from kpi_core.errors import KoersError
from kpi_core.workspace import build_demo, data_dir, list_workspaces
from ui.state import LANG, PRESENT, WORKSPACE, T, env_workspace, init_session, lang

st.set_page_config(page_title="Koers", page_icon=":material/explore:", layout="wide")
init_session()


def _workspaces() -> list[str]:
    paths = [str((data_dir() / f"{n}.duckdb").resolve()) for n in list_workspaces()]
    for extra in (env_workspace(), st.session_state.get(WORKSPACE)):
        if extra and extra not in paths:
            paths.insert(0, extra)
    return paths


def _load_demo() -> None:
    path = (data_dir() / "demo.duckdb").resolve()
    try:
        from ui.cache import open_workspace

        ws = open_workspace(str(path))
        if not ws.datasets():
            build_demo(path, lang=lang())
        st.session_state[WORKSPACE] = str(path)
        st.session_state["koers.flash"] = ("success", T("ui.side.demo_loaded"))
    except KoersError as e:
        st.session_state["koers.flash"] = ("error", e.message(lang()))


def _new_workspace() -> None:
    name = (st.session_state.get("koers.new_name") or "").strip()
    if not name:
        return
    try:
        from kpi_core.workspace import Workspace

        ws = Workspace.open_named(name)
        st.session_state[WORKSPACE] = str(ws.path)
        st.session_state["koers.new_name"] = ""
    except KoersError as e:
        st.session_state["koers.flash"] = ("error", e.message(lang()))


with st.sidebar:
    # One label in both languages: the widget keeps its identity (and value) when the language changes.
    st.radio("Taal · Language", ["nl", "en"], key=LANG, horizontal=True,
             format_func=lambda c: {"nl": "Nederlands", "en": "English"}[c])
    options = _workspaces()
    st.selectbox(T("ui.side.workspace"), options, key=WORKSPACE, format_func=lambda p: Path(p).stem,
                 placeholder=T("ui.side.no_workspace"))
    st.button(T("ui.side.load_demo"), key="koers.load_demo", on_click=_load_demo, icon=":material/auto_awesome:",
              width="stretch")
    if not st.session_state.get(PRESENT):
        with st.popover(T("ui.side.new_workspace"), width="stretch"):
            st.text_input(T("ui.side.new_name"), key="koers.new_name")
            st.button(T("ui.side.create"), key="koers.create", on_click=_new_workspace)
    st.toggle(T("ui.side.present"), key=PRESENT, help=T("ui.side.present_help"))
    flash = st.session_state.pop("koers.flash", None)
    if flash:
        getattr(st, flash[0])(flash[1])

pages = [
    st.Page("pages/dashboard.py", title=T("ui.nav.dashboard"), icon=":material/monitoring:", url_path="dashboard",
            default=True),
    st.Page("pages/goal_vs_actual.py", title=T("ui.nav.goal_vs_actual"), icon=":material/flag:",
            url_path="goal_vs_actual"),
    st.Page("pages/targets.py", title=T("ui.nav.targets"), icon=":material/target:", url_path="targets"),
    st.Page("pages/funnel.py", title=T("ui.nav.funnel"), icon=":material/filter_alt:", url_path="funnel"),
    st.Page("pages/catalogue.py", title=T("ui.nav.catalogue"), icon=":material/menu_book:", url_path="catalogue"),
    st.Page("pages/data.py", title=T("ui.nav.data"), icon=":material/upload_file:", url_path="data"),
]
try:
    st.navigation(pages).run()
except Exception:  # a bug must never put a traceback in front of a client; the log keeps it
    if os.environ.get("KOERS_STRICT"):  # tests: fail loudly
        raise
    logging.getLogger("koers").exception("page failed")
    st.error(T("ui.unexpected"), icon=":material/sentiment_dissatisfied:")
