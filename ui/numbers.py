"""Number fields that read what a person types in their own language ('150.000' in Dutch is 150000) and ask, never
guess, when the text is a number only in the other notation."""

from __future__ import annotations

import streamlit as st

from kpi_core.i18n import fmt_input, parse_number, t
from ui.text import plain


def _tidy(key: str, lang: str) -> None:
    """After typing: show the number back in the language's notation ('150000' becomes '150.000')."""
    r = parse_number(st.session_state.get(key), lang)
    if r.value is not None:
        st.session_state[key] = fmt_input(r.value, lang)


def _take(key: str, value: float, lang: str) -> None:
    st.session_state[key] = fmt_input(value, lang)


def prepare(key: str, lang: str, default: float | None = None) -> None:
    """Put the field's text in place before it is drawn: the default at first, the same number in the new notation
    after a language switch."""
    seen = f"{key}.lang"
    if key not in st.session_state:
        st.session_state[key] = fmt_input(default, lang) if default is not None else ""
    elif st.session_state.get(seen) not in (None, lang):
        r = parse_number(st.session_state[key], st.session_state[seen])
        if r.value is not None:
            st.session_state[key] = fmt_input(r.value, lang)
    st.session_state[seen] = lang


def field(label: str, key: str, lang: str, *, default: float | None = None, help: str | None = None,
          placeholder: str | None = None, container=None, disabled: bool = False, in_form: bool = False,
          label_visibility: str = "visible") -> float | None:
    """A number typed in the interface language; None while empty, not a number, or awaiting an answer.

    In a form (no callbacks there) nothing is said while typing: call `check` when the form is sent."""
    box = container or st
    prepare(key, lang, default)
    kwargs = {} if in_form else {"on_change": _tidy, "args": (key, lang)}
    box.text_input(label, key=key, help=help, placeholder=placeholder, disabled=disabled,
                   label_visibility=label_visibility, **kwargs)
    if in_form:
        return parse_number(st.session_state.get(key), lang).value
    return check(key, lang, box)


def ok(key: str, lang: str) -> bool:
    """Whether the field is empty or holds a number in the language's notation."""
    r = parse_number(st.session_state.get(key), lang)
    return r.empty or r.value is not None


def check(key: str, lang: str, box=None, in_form: bool = False) -> float | None:
    """The field's number; when it is one only in the other notation, the question with a button to take it."""
    box = box or st
    text = st.session_state.get(key)
    r = parse_number(text, lang)
    if r.meant is not None:
        meant = fmt_input(r.meant, lang)
        box.warning(t("ui.num.meant", lang, typed=plain(text), meant=meant), icon=":material/help:")
        if not in_form:
            box.button(t("ui.num.use", lang, meant=meant), key=f"{key}.use", on_click=_take,
                       args=(key, r.meant, lang))
    elif r.value is None and not r.empty:
        box.error(t("ui.num.bad", lang, typed=plain(text), example=fmt_input(1234.5, lang)),
                  icon=":material/error:")
    return r.value
