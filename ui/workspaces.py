"""Workspaces as a person sees them: a name of their choosing, the last one reopened, the first made on upload."""

from __future__ import annotations

import json
import re
from pathlib import Path

import streamlit as st

from kpi_core.workspace import Workspace, data_dir, list_workspaces

# The names people gave their workspaces and the one used last, beside the workspace files. A name is free text;
# the file gets a safe stem of it.
_PREFS = ".koers-ui.json"


def _prefs_file() -> Path:
    return data_dir() / _PREFS


def _prefs() -> dict:
    try:
        d = json.loads(_prefs_file().read_text(encoding="utf-8"))
        return d if isinstance(d, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_prefs(d: dict) -> None:
    f = _prefs_file()
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_name(f.name + ".tmp")
        tmp.write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(f)
    except OSError:  # a read-only data folder: names and the last workspace are a convenience, not data
        pass


def name(path: str | None) -> str:
    """The name a workspace was given, else its file name."""
    if not path:
        return ""
    given = _prefs().get("names", {}).get(str(path))
    if given:
        return given
    stem = Path(path).stem
    return stem[:1].upper() + stem[1:] if stem.islower() else stem


def set_name(ws: Workspace, new: str) -> str:
    """Give a workspace a new name (its file stays where it is); returns the name."""
    new = " ".join(str(new).split())[:80]
    ws.set_setting("name", new)
    d = _prefs()
    d.setdefault("names", {})[str(ws.path)] = new
    _save_prefs(d)
    return new


def remember_last(path: str | None) -> None:
    """Remember the workspace a person works in, so a new browser session opens it again."""
    if not path:
        return
    d = _prefs()
    if d.get("last") != str(path):
        d["last"] = str(path)
        _save_prefs(d)


def last() -> str | None:
    """The workspace used last, when its file still exists."""
    p = _prefs().get("last")
    return p if p and Path(p).is_file() else None


def listed() -> list[str]:
    """The workspace files in the data folder, as absolute paths."""
    return [str((data_dir() / f"{n}.duckdb").resolve()) for n in list_workspaces()]


def _stem(text: str) -> str:
    s = re.sub(r"[^\w \-]+", "", text).strip(" -_")[:60].strip()
    return s or "werkruimte"


def create(display: str) -> Workspace:
    """A new workspace called `display` (a new file; an existing name gets a number)."""
    stem, n = _stem(display), 1
    taken = set(list_workspaces())
    while (f"{stem} {n}" if n > 1 else stem) in taken:
        n += 1
    ws = Workspace.open_named(f"{stem} {n}" if n > 1 else stem)
    set_name(ws, display if n == 1 else f"{display} {n}")
    return ws


NEXT = "koers.next_workspace"


def choose(path: str) -> None:
    """Make `path` this session's workspace from the next run on (the sidebar's choice cannot change once drawn),
    and remember it for the next session."""
    st.session_state[NEXT] = path
    remember_last(path)
