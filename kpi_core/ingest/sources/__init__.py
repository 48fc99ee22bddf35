"""The tools Koers recognises. One module per tool; `generic` catches every other sheet."""

from __future__ import annotations

import importlib
import re

from ...schema import TOOL_FAMILIES
from .base import Source, norm


def _load() -> dict[str, Source]:
    """Every tool of schema.TOOL_FAMILIES (the one list of tools), in its order, from the module of its name."""
    out = {}
    for name in (t for tools in TOOL_FAMILIES.values() for t in tools):
        source = importlib.import_module(f"{__name__}.{name}").SOURCE
        if source.id != name:
            raise RuntimeError(f"sources/{name}.py describes {source.id}")
        out[name] = source
    return out


SOURCES: dict[str, Source] = _load()
KNOWN_IDS = frozenset(SOURCES)


def refused_name(file: str) -> str | None:
    """The message code of a download refused by its name whatever its headers hold (Source.refused_names), or None."""
    return next((key for tool in SOURCES.values() for card, key in tool.refused_names if card.search(file)), None)


def recognise(headers: list[str], context: list[str] = ()) -> Source:
    """The tool whose export these headers are, or generic: two or more markers, and every required field.

    `context`: the lines before the header and the file name, where a tool's `hints` may show (GA4's comment block,
    the names of Google Ads' overview cards)."""
    order = [norm(h) for h in headers]
    normed = set(order)
    for src in SOURCES.values():  # a tool's plain table, column for column (Search Console's Chart.csv), unless
        # the lines before it or the file's name are another tool's (Microsoft Ads' report lines over a keyword
        # table without its spend, which Bing Webmaster Tools' keyword table matches)
        if normed - {""} in src.signatures and not any(_hinted(o, context) for o in SOURCES.values() if o is not src):
            return src
    best, best_score = SOURCES["generic"], 0
    for src, marks, fields, missing in _candidates(order):
        if missing:
            continue
        if _hinted(src, context):
            marks += 2
        if marks < 2:  # one tool-like header is not enough: hand-made sheets borrow tool words
            continue
        score = 2 * marks + len(fields)
        if score > best_score:
            best, best_score = src, score
    return best


def lacking(headers: list[str]) -> tuple[Source, list[list[str]], bool] | None:
    """The tool whose export these headers are by its markers (two or more), passed over by recognise() for lack of
    a field it needs: (that tool, for each missing group of fields the headers that would give one, whether the date
    is all it lacks). None when no tool comes that close."""
    best = None
    for src, marks, _, missing in _candidates([norm(h) for h in headers]):
        if marks >= 2 and missing and (best is None or marks > best[0]):
            best = (marks, src, [_examples(src, g) for g in missing], missing == [frozenset({"date"})])
    return None if best is None else best[1:]


def hinted_lacking(headers: list[str], context: list[str]) -> tuple[Source, list[list[str]]] | None:
    """The tool whose `hints` show in the context (GA4's comment block, Microsoft's report lines) though the headers
    miss a field it needs, with the headers that would give each missing group; None when no tool's hints show or
    the headers give all it needs. Such a table read as a sheet of no tool named GA4's page views video views."""
    for src, _, _, missing in _candidates([norm(h) for h in headers]):
        if missing and _hinted(src, context):
            return src, [_examples(src, g) for g in missing]
    return None


def _hinted(src: Source, context: list[str]) -> bool:
    """Whether one of the tool's `hints` shows in the lines before the header or the file name."""
    return any(re.search(h, line, re.IGNORECASE) for h in src.hints for line in context)


def _candidates(order: list[str]):
    """(tool, its markers among the normalised headers, the fields they give, the groups of its required fields they
    miss) for every tool but generic that these headers do not rule out."""
    normed = set(order)
    for src in SOURCES.values():
        if src.id == "generic" or _ruled_out(src, order):
            continue
        lookup = src.lookup()
        fields = {lookup[h] for h in normed if h in lookup}
        yield src, len(src.markers & normed), fields, [g for g in src.required if not g & fields]


def _examples(src: Source, group: frozenset[str]) -> list[str]:
    """Headers the tool writes for a group of fields: the first for each field, or the first two for a lone one (its
    English and Dutch names, as the tools' modules list them)."""
    heads = [h for h, f in src.columns.items() if f in group]
    if len(group) == 1:
        return heads[:2]
    first: dict[str, str] = {}
    for h in heads:
        first.setdefault(src.columns[h], h)
    return list(first.values())


def _ruled_out(src: Source, order: list[str]) -> bool:
    """Whether a header another export of the tool writes rules `src` out: one of its `not_with`, unless one of its
    `own` comes first (contacts exported with their deals' columns start with 'Record ID - Contact'; a companies
    export with its contacts' columns has Company owner before it)."""
    first = next((h for h in order if h in src.not_with or h in src.own), None)
    return first is not None and first in src.not_with


def is_signature(cells: list[str]) -> bool:
    """Whether a header row is a tool's plain table column for column (Search Console's Chart: every day of the
    site's search, where its other tables are by query, page or country over the whole period)."""
    normed = {norm(c) for c in cells if c.strip()}
    return any(normed in s.signatures for s in SOURCES.values())


def looks_like_header(cells: list[str]) -> bool:
    """A record whose cells are mostly column names some tool writes (a comparison's period labels aside)."""
    from .search_console import comparison

    cells = (comparison(cells) or (cells,))[0]
    known = [c for c in cells if c.strip() and any(norm(c) in s.lookup() for s in SOURCES.values())]
    filled = [c for c in cells if c.strip()]
    return len(known) >= 2 and len(known) >= 0.3 * len(filled)
