"""Page-wide looks Streamlit has no setting for: no chart menus, and in presentation mode no menus at all."""

from __future__ import annotations

import streamlit as st

# A chart's toolbar offers its raw data (with internal column names) and the chart's source: not for a client.
_ALWAYS = """
[data-testid="stElementContainer"]:has([data-testid="stVegaLiteChart"]) [data-testid="stElementToolbar"] {
  display: none !important; }
[data-testid="stHeaderActionElements"] { display: none !important; }
"""
# Presenting: nothing to click that is not about the client's figures (no app menu, no table tools).
_PRESENTING = """
[data-testid="stToolbar"], [data-testid="stMainMenu"], [data-testid="stElementToolbar"] { display: none !important; }
"""


def apply(presenting: bool) -> None:
    st.html(f"<style>{_ALWAYS}{_PRESENTING if presenting else ''}</style>")
