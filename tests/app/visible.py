"""What an AppTest run shows a person: every text of every element (Markdown bodies as written, labels, options)."""

from __future__ import annotations

import json
import re

from google.protobuf.json_format import MessageToDict

# proto fields that hold what the page shows (ids, keys and form ids are the page's wiring, never shown)
SHOWN = {"body", "label", "help", "options", "placeholder", "title", "caption", "text", "value", "default_value",
         "page_name", "delta", "icon_text"}
MARKDOWN_TYPES = {"markdown", "caption", "info", "warning", "error", "success", "exception", "toast"}


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def _strings(value, key=None):
    if isinstance(value, str):
        if key in SHOWN:
            yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)


def _chart_texts(spec: str):
    """Texts a Vega-Lite chart draws: titles, and the values of the fields it writes out (text, tooltip, labels)."""
    d = json.loads(spec)
    shown_fields = set()

    def visit(node):
        if isinstance(node, dict):
            enc = node.get("encoding")
            if isinstance(enc, dict):
                for channel, e in enc.items():
                    items = e if isinstance(e, list) else [e]
                    for it in items:
                        if not isinstance(it, dict) or "field" not in it:
                            continue
                        nominal = it.get("type") in ("nominal", "ordinal")
                        drawn = channel in ("text", "tooltip") or (channel in ("x", "y") and nominal) or (
                            channel == "color" and it.get("legend", {}) is not None and nominal
                            and it.get("scale", {}) is not None)
                        if drawn:
                            shown_fields.add(it["field"])
            for k, v in node.items():
                if k == "title" and isinstance(v, str):
                    yield v
                yield from visit(v)
        elif isinstance(node, list):
            for v in node:
                yield from visit(v)

    yield from visit(d)

    def rows(node):
        if isinstance(node, dict):
            if isinstance(node.get("values"), list):
                yield from node["values"]
            for v in node.values():
                yield from rows(v)
        elif isinstance(node, list):
            for v in node:
                yield from rows(v)

    for row in rows(d):
        if isinstance(row, dict):
            for f in shown_fields:
                v = row.get(f)
                if isinstance(v, str):
                    yield v


def texts(at) -> list[tuple[str, str]]:
    """(element type, text) for everything the run shows, in page order; Markdown as its source."""
    out = []
    for node in _walk(at._tree):
        proto = getattr(node, "proto", None)
        kind = getattr(node, "type", None) or type(node).__name__
        if proto is None or kind == "html":  # st.html carries only our own styles
            continue
        if kind == "dataframe":
            try:
                df = node.value
            except Exception:  # noqa: BLE001 - a frame AppTest cannot decode shows nothing we can check
                continue
            config = json.loads(proto.columns or "{}")
            shown = [c for c in df.columns if not config.get(str(c), {}).get("hidden")]
            out += [(kind, config.get(str(c), {}).get("label") or str(c)) for c in shown]
            out += [(kind, v) for col in shown for v in df[col].tolist() if isinstance(v, str)]
            continue
        d = MessageToDict(proto, preserving_proto_field_name=True)
        if kind in ("vega_lite_chart", "arrow_vega_lite_chart") or "spec" in d:
            spec = d.get("spec")
            if spec:
                out += [(kind, s) for s in _chart_texts(spec)]
            continue
        out += [(kind, s) for s in _strings(d)]
    return out


def markdown_bodies(at) -> list[str]:
    """Every text Streamlit reads as Markdown (bodies of text and alerts, labels, help, badges)."""
    return [s for kind, s in texts(at) if kind not in ("dataframe", "vega_lite_chart", "arrow_vega_lite_chart",
                                                        "selectbox", "multiselect")]


_UNESCAPED = [re.compile(p) for p in (r"(?<!\\)<", r"(?<!\\)!\[", r"(?<!\\)\]\(", r"(?<!\\)\]\s*\(")]


def interpreted(body: str) -> bool:
    """Whether Markdown `body` holds raw HTML or an unescaped link or image."""
    return any(p.search(body) for p in _UNESCAPED)
