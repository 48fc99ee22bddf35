"""Koers: routing and the sidebar (language, workspace, demo, presentation mode). Pages hold the rest."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import streamlit as st

from kpi_core.errors import KoersError
from kpi_core.i18n import LANGS, has
from kpi_core.workspace import build_demo, data_dir
from ui import style, workspaces
from ui.state import LANG, PRESENT, WORKSPACE, T, env_workspace, init_session, lang, presenting
from ui.text import bold, plain

st.set_page_config(page_title="Koers", page_icon=":material/explore:", layout="wide")
if st.session_state.get(LANG) is None and st.query_params.get("lang") in LANGS:
    st.session_state[LANG] = st.query_params["lang"]  # a shared link opens in the language it was made in
init_session()
ROOT = Path(__file__).resolve().parent
# Known pages in menu order, with their icons; any other page in pages/ follows, titled by its own texts.
ORDER = {"dashboard": ":material/monitoring:", "goal_vs_actual": ":material/flag:", "targets": ":material/target:",
         "funnel": ":material/filter_alt:", "review": ":material/summarize:", "catalogue": ":material/menu_book:",
         "data": ":material/upload_file:"}


def _flash(kind: str, text: str) -> None:
    st.session_state["koers.flash"] = (kind, text)


def _workspaces() -> list[str]:
    paths = workspaces.listed()
    for extra in (env_workspace(), st.session_state.get(WORKSPACE)):
        if extra and extra not in paths:
            paths.insert(0, extra)
    return paths


def _chosen() -> None:
    workspaces.remember_last(st.session_state.get(WORKSPACE))


def _load_demo() -> None:
    path = (data_dir() / "demo.duckdb").resolve()
    try:
        from ui.cache import open_workspace

        ws = open_workspace(str(path))
        if not ws.datasets():
            build_demo(path, lang=lang())
        workspaces.choose(str(path))
        _flash("success", T("ui.side.demo_loaded"))
    except KoersError as e:
        _flash("error", plain(e.message(lang())))


def _new_workspace() -> None:
    name = " ".join((st.session_state.get("koers.new_name") or "").split())
    if not name:
        _flash("warning", T("ui.side.bad_name"))
        return
    try:
        ws = workspaces.create(name)
        workspaces.choose(str(ws.path))
        st.session_state["koers.new_name"] = ""
        st.session_state["koers.new_pop"] = False  # confirmed: the popover closes
        _flash("success", T("ui.side.created", name=plain(workspaces.name(str(ws.path)))))
    except KoersError as e:
        _flash("error", plain(e.message(lang())))


def _rename() -> None:
    name = " ".join((st.session_state.get("koers.rename_name") or "").split())
    path = st.session_state.get(WORKSPACE)
    if not name or not path:
        _flash("warning", T("ui.side.bad_name"))
        return
    from ui.cache import open_workspace

    workspaces.set_name(open_workspace(path), name)
    st.session_state["koers.rename_pop"] = False
    _flash("success", T("ui.side.renamed", name=plain(name)))


def sidebar() -> None:
    # One label in both languages: the widget keeps its identity (and value) when the language changes.
    st.radio("Taal · Language", list(LANGS), key=LANG, horizontal=True,
             format_func=lambda c: {"nl": "Nederlands", "en": "English"}[c])
    current = st.session_state.get(WORKSPACE)
    if presenting():  # a client sees their own name, never the list of other clients
        if current:
            st.caption(T("ui.side.presenting"))
            st.markdown(bold(workspaces.name(current)))
    else:
        st.selectbox(T("ui.side.workspace"), _workspaces(), key=WORKSPACE, format_func=workspaces.name,
                     placeholder=T("ui.side.no_workspace"), on_change=_chosen)
        with st.popover(T("ui.side.new_workspace"), icon=":material/add:", width="stretch", key="koers.new_pop",
                        on_change="rerun"):
            st.text_input(T("ui.side.new_name"), key="koers.new_name")
            st.button(T("ui.side.create"), key="koers.create", on_click=_new_workspace, type="primary")
        if current:
            with st.popover(T("ui.side.rename"), icon=":material/edit:", width="stretch", key="koers.rename_pop",
                            on_change="rerun"):
                st.text_input(T("ui.side.rename_field"), key="koers.rename_name", placeholder=workspaces.name(current))
                st.button(T("ui.side.rename_save"), key="koers.rename", on_click=_rename, type="primary")
        st.button(T("ui.side.load_demo"), key="koers.load_demo", on_click=_load_demo, icon=":material/auto_awesome:",
                  width="stretch")
    st.toggle(T("ui.side.present"), key=PRESENT, help=T("ui.side.present_help"))
    flash = st.session_state.pop("koers.flash", None)
    if flash:
        getattr(st, flash[0])(flash[1])


def _title(stem: str) -> str:
    for code in (f"ui.nav.{stem}", f"{stem}.ui.nav", f"{stem}.ui.title", f"{stem}.title"):
        if has(code):
            return T(code)
    return stem.replace("_", " ").capitalize()


def pages() -> list:
    """Every page in pages/ (known ones in menu order, then any other), reachable by its file name: /dashboard."""
    files = sorted((ROOT / "pages").glob("*.py"))
    stems = [s for s in ORDER if (ROOT / "pages" / f"{s}.py").exists()]
    stems += [f.stem for f in files if f.stem not in ORDER and not f.stem.startswith("_")]
    return [st.Page(f"pages/{s}.py", title=_title(s), icon=ORDER.get(s, ":material/article:"), url_path=s)
            for s in stems]


def run() -> None:
    listed = pages()

    def home():  # the root address opens the dashboard under its own address, so /dashboard is a real page
        st.switch_page(listed[0])

    nav = st.navigation([st.Page(home, title=_title("dashboard"), url_path="start", default=True,
                                 visibility="hidden"), *listed])
    # The URL keeps the language, so a link to any page opens in the language it was copied in.
    if lang() == "nl":
        st.query_params.pop("lang", None)
    elif st.query_params.get("lang") != lang():
        st.query_params["lang"] = lang()
    with st.sidebar:
        sidebar()
    style.apply(presenting())
    nav.run()


try:
    run()
except Exception:  # a bug must never put a traceback in front of a client; the log keeps it
    if os.environ.get("KOERS_STRICT"):  # tests: fail loudly
        raise
    logging.getLogger("koers").exception("page failed")
    st.error(T("ui.unexpected"), icon=":material/sentiment_dissatisfied:")
