"""Text from files and users shown as text: Markdown, HTML, links, images and directives are never interpreted.

Streamlit reads Markdown in st.markdown, st.caption, st.info/warning/error/success, badges, metric and widget labels,
help texts and radio options. A campaign called `![x](http://host/x.png)` would make the browser load that image;
`<img src=x>` or `[click](javascript:...)` would do worse. Every text we did not write goes through `plain` first.
"""

from __future__ import annotations

import re

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that start Markdown,
# GFM (tables, strikethrough, autolinks), HTML, entities, LaTeX ($) or Streamlit directives (:red[...], :material/x:).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$:~&=^\"'@%/?;,])")
# The page also turns a bare address into a link, escaped or not ('https://host/x', 'www.host', 'a@host'): an invisible
# word joiner after the colon of '://', the 'www' and before an '@' leaves the text as it reads, and no link.
_UNLINKED = re.compile(r":(?=//)|(?i:\bwww)(?=\.)|(?=@)")


def plain(text, one_line: bool = True) -> str:
    """`text` escaped for a Markdown context, so it shows exactly as written; None becomes ''.

    one_line: newlines and tabs become spaces (titles, names, cells); else each line is kept as a line."""
    if text is None:
        return ""
    s = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in str(text))
    lines = s.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if one_line:
        lines = [" ".join(lines)]
    # leading spaces would make an indented code block; runs of spaces collapse anyway
    words = (" ".join(line.replace("\t", " ").split()) for line in lines)
    out = [_SPECIAL.sub(r"\\\1", _UNLINKED.sub(lambda m: m.group() + "\u2060", w)) for w in words]
    return "  \n".join(out)  # a Markdown hard line break between the lines the user wrote


def bold(text) -> str:
    """`text` as plain bold text."""
    s = plain(text)
    return f"**{s}**" if s else ""


def plain_all(items, sep: str = ", ") -> str:
    """Several texts, each escaped, joined by sep."""
    return sep.join(plain(x) for x in items)


def kpi_name(kpi, lang: str) -> str:
    """A KPI's name for a Markdown context: the catalogue's as written, a user's own KPI escaped."""
    return plain(kpi.name[lang]) if getattr(kpi, "custom", False) else kpi.name[lang]


def amount(value, unit: str, lang: str, currency: str = "EUR") -> str:
    """A figure for a sentence: whole money amounts of a thousand or more without cents, the currency sign kept
    on the same line as its number."""
    from kpi_core.i18n import fmt

    if value is None:
        return fmt(value, unit, lang, currency)
    decimals = 0 if unit == "currency" and abs(value) >= 1000 else None
    if unit == "count" and abs(value) >= 100:
        decimals = 0
    return fmt(value, unit, lang, currency, decimals=decimals).replace(" ", "\u00a0")
