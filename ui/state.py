"""Session defaults, the current language and the current workspace."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import streamlit as st

from kpi_core.errors import KoersError
from kpi_core.i18n import t

LANG = "koers.lang"
WORKSPACE = "koers.workspace"
PRESENT = "koers.present"
DASH_KPIS = "dashboard_kpis"  # workspace setting with the dashboard's chosen KPIs
DATE_FMT = "DD-MM-YYYY"  # the day first, as Dutch and Flemish readers write it


def env_workspace() -> str | None:
    """The workspace named by $KOERS_WORKSPACE (what `make run` opens), as an absolute path."""
    p = os.environ.get("KOERS_WORKSPACE")
    return str(Path(p).resolve()) if p else None


def init_session() -> None:
    """Put every app-wide session default in place (idempotent): a new session reopens the last workspace."""
    st.session_state.setdefault(LANG, "nl")
    st.session_state.setdefault(PRESENT, False)
    from ui import workspaces

    if workspaces.NEXT in st.session_state:  # chosen in the run before (a first upload, a new workspace, the demo)
        st.session_state[WORKSPACE] = st.session_state.pop(workspaces.NEXT)
    if WORKSPACE not in st.session_state:
        st.session_state[WORKSPACE] = workspaces.last() or env_workspace()


def through_app() -> None:
    """Run this page inside app.py (sidebar, language, navigation), also when the browser asked for it directly.

    Streamlit treats a `pages/` folder beside app.py as an old-style multipage app until app.py has called
    st.navigation once in this process; a deep link (/dashboard) that arrives first would run the page file on its
    own. Switch that mode off and run again: app.py then routes to the same page (url paths equal file names)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def keep(*keys: str, allowed: dict | None = None) -> None:
    """Carry widget values over reruns whose widget identity changes (another language, another page).

    A widget's identity includes its shown options; re-setting the key through the Session State API before the
    widget is drawn makes the new widget start from the old value. `allowed` limits a key to its current options.
    """
    for k in keys:
        if k in st.session_state:
            v = st.session_state[k]
            if allowed and k in allowed:
                ok = allowed[k]
                v = [x for x in v if x in ok] if isinstance(v, list) else (v if v in ok else None)
                if v is None:
                    del st.session_state[k]
                    continue
            st.session_state[k] = v


def lang() -> str:
    return st.session_state.get(LANG) or "nl"


def T(code: str, **params) -> str:
    """The UI text for code in the current language."""
    return t(code, lang(), **params)


def translator(code_lang: str):
    """T bound to one language: format_func callbacks may run after the script, outside the session."""
    return lambda code, **params: t(code, code_lang, **params)


def presenting() -> bool:
    """Presentation mode hides upload and edit controls."""
    return bool(st.session_state.get(PRESENT))


def workspace_path() -> str | None:
    return st.session_state.get(WORKSPACE)


def workspace():
    """The current Workspace (shared per file by every session), or None when none is chosen."""
    from ui.cache import open_workspace

    path = workspace_path()
    if not path:
        return None
    try:
        return open_workspace(path)
    except KoersError as e:
        from ui.text import plain

        st.error(plain(e.message(lang())))
        return None


def currency(ws) -> str:
    """The currency results are in: the workspace's, or the one other currency all its money is in."""
    if ws is None:
        return "EUR"
    if ws.path is None:  # an in-memory workspace: nothing to key a cache on
        return ws.money().currency
    from ui.cache import currency as cached

    return cached(str(ws.path), ws.version)


def default_as_of(ws) -> dt.date:
    """Today, or the last day with data when the data stops earlier (a demo of last year stays meaningful)."""
    today = dt.date.today()
    ends = [d["date_max"] for d in ws.datasets() if d.get("date_max")] if ws is not None else []
    last = max(dt.date.fromisoformat(d) for d in ends) if ends else today
    return min(today, last)


def chosen_kpis(ws) -> list[str] | None:
    """The dashboard KPIs remembered for this workspace (workspace setting, else this session)."""
    from ui.cache import settings

    stored = settings(str(ws.path), ws.version).get(DASH_KPIS)
    if stored:
        return list(stored)
    return st.session_state.get(f"dash.kpis_saved.{ws.path}")


def remember_kpis(ws, ids: list[str]) -> None:
    """Remember the dashboard KPIs in the workspace's settings (and this session, for a read-only moment)."""
    st.session_state[f"dash.kpis_saved.{ws.path}"] = list(ids)
    if ws.settings().get(DASH_KPIS) != list(ids):
        ws.set_setting(DASH_KPIS, list(ids))


def empty_state(code: str, page: str | None = None) -> None:
    """An explanation of what to do next, with a link to the page that does it."""
    st.info(T(code))
    if page:
        try:
            st.page_link(page, label=T("ui.empty.go_data"), icon=":material/upload_file:")
        except Exception:  # noqa: BLE001 - page_link needs st.navigation; a page run on its own has none
            pass


def start_page(title_code: str, intro_code: str | None = None, need_workspace: bool = True):
    """Every page's opening: session defaults, its title in the chosen language, the current workspace.

    Returns (lang, translate, workspace); without a workspace, a page that needs one explains and stops here."""
    through_app()
    init_session()
    code = lang()
    tr = translator(code)
    st.title(tr(title_code))
    if intro_code:
        st.caption(tr(intro_code))
    ws = workspace()
    if ws is None and need_workspace:
        empty_state("ui.empty.no_workspace", None if presenting() else "pages/data.py")
        st.stop()
    return code, tr, ws


STATUS_ICON = {"on_track": ":material/check_circle:", "achieved": ":material/emoji_events:",
               "at_risk": ":material/warning:", "off_track": ":material/trending_down:",
               "missed": ":material/cancel:", "none": ":material/help:", "not_started": ":material/schedule:"}
STATUS_COLOR = {"on_track": "green", "achieved": "green", "at_risk": "orange", "off_track": "red", "missed": "red",
                "none": "gray", "not_started": "gray"}


def shown_status(row: dict, start, as_of) -> str:
    """A target's status as of a day: 'not_started' before its start (nothing was due, so nothing is on track)."""
    return "not_started" if as_of < start else (row.get("status") or "none")


def status_badge(status: str | None) -> None:
    """A target's status as a badge: icon and text, never colour alone."""
    s = status or "none"
    st.badge(status_text(s), icon=STATUS_ICON[s], color=STATUS_COLOR[s])


def status_text(status: str | None) -> str:
    s = status or "none"
    return T("ui.status.not_started") if s == "not_started" else T(f"targets.status.{s}")


def confirmed(label: str, question: str, key: str, container=None) -> bool:
    """A button that asks first: a popover with the question and the button that does it (a click is not enough
    to lose data)."""
    box = container or st
    with box.popover(label, icon=":material/delete:", width="stretch"):
        st.caption(question)
        return st.button(label, key=key, type="primary", icon=":material/delete:")
