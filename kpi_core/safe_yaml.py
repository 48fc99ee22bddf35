"""YAML from a user's file, read within limits: size, encoding, nesting, aliases and the number of entries.

PyYAML builds a document recursively (100,000 nested brackets end in RecursionError) and shares an aliased value
instead of copying it, so an error message that printed one could print a billion values. Here every limit is checked
on the parser's events and the node graph, one at a time and without recursion, before a document is built; dates and
long integers stay text, so a bad one is refused on its line by whoever reads the document. Used for targets files;
the messages are theirs.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from .errors import error, shown

# A target is a handful of lines, so 5,000 is far beyond any plan a team steers by (the insights warn from 5 active
# targets per domain) and imports in a few seconds; the file size bounds the parse; a targets file nests 3 levels
# (list, target, scope), so 20 is generous while the parser's recursion stays far from Python's limit; aliases
# (&a / *a) may not expand a file beyond a million values ("billion laughs").
MAX_TARGETS = 5_000  # KOERS_MAX_TARGETS
MAX_YAML_MB = 10
MAX_DEPTH = 20
MAX_VALUES = 1_000_000
MAX_DIGITS = 30  # a longer integer is no target value; kept as text, so it is refused with its line


def max_targets() -> int:
    """Targets one file may hold: $KOERS_MAX_TARGETS, else MAX_TARGETS."""
    value = os.environ.get("KOERS_MAX_TARGETS", "")
    return int(value) if value.isdigit() and int(value) > 0 else MAX_TARGETS


def read(path: Path | str) -> str:
    """The text of a targets file: UTF-8 (a BOM allowed) or UTF-16/32 with a BOM, at most MAX_YAML_MB."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_YAML_MB * 2**20:
        raise error("targets.too_large", file=str(path), size_mb=math.ceil(size / 2**20), limit_mb=MAX_YAML_MB)
    return decode(path.read_bytes(), str(path))


def decode(data: bytes, file=None) -> str:
    """Bytes of a targets file as text; any other encoding is one line that says to save it as UTF-8."""
    import codecs

    boms = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
            (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE starts like UTF-16 LE
    encoding = next((enc for bom, enc in boms if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise error("targets.encoding", file=file) from None
    if "\x00" in text:  # UTF-16 without its BOM, or not text at all
        raise error("targets.encoding", file=file)
    return text


def _loader():
    """A safe YAML loader (libyaml's when installed) that keeps dates and long integers as written.

    Dates stay text so `2025-13-45` is a bad value on its line, not a crash in the YAML library; an integer of more
    than MAX_DIGITS digits stays text so it is refused on its line instead of becoming a number no message can show."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):
        pass

    timestamp = "tag:yaml.org,2002:timestamp"
    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in rules if tag != timestamp]
        for first, rules in base.yaml_implicit_resolvers.items()
    }

    def integer(loader, node):
        text = loader.construct_scalar(node)
        return text if len(text) > MAX_DIGITS else yaml.SafeLoader.construct_yaml_int(loader, node)

    Loader.add_constructor("tag:yaml.org,2002:int", integer)
    Loader.add_constructor(timestamp, lambda loader, node: loader.construct_scalar(node))
    return Loader


def _line(e) -> int | None:
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    return mark.line + 1 if mark is not None else None


def _check_shape(text: str, file, loader) -> None:
    """Refuse a file nested deeper than MAX_DEPTH or with more targets than allowed, from the parser's events alone.

    The events come one at a time, so this needs no recursion and stops at the first target too many. Brackets
    opened in a row are counted on the text first: libyaml reads ahead through them before its first event."""
    import re

    import yaml

    run = re.search(rf"(?:[\[{{][ \t\r\n]*){{{MAX_DEPTH + 1}}}", text)
    if run is not None:
        line = text.count("\n", 0, run.start()) + 1
        raise error("targets.too_deep", file=file, row=line, line=line, limit=MAX_DEPTH)
    limit, depth, items = max_targets(), 0, 0
    parser = loader(text)
    try:
        while parser.check_event():
            event = parser.get_event()
            if depth == 1 and isinstance(event, yaml.NodeEvent):
                items += 1  # an entry of the top-level list
                if items > limit:
                    raise error("targets.too_many", file=file, limit=limit)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1
                    raise error("targets.too_deep", file=file, row=line, line=line, limit=MAX_DEPTH)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        parser.dispose()


def _check_aliases(root, file) -> None:
    """Refuse a document whose aliases expand to more than MAX_VALUES values, or refer to themselves.

    Counted on the node graph, where each anchored node exists once: linear in the file, however far it expands."""
    import yaml

    sizes: dict[int, int] = {}
    stack = [(root, False)]
    busy: set[int] = set()
    too_many = error("targets.aliases", file=file, limit=f"{MAX_VALUES:,}")
    while stack:
        node, done = stack.pop()
        key = id(node)
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        kids = [x for pair in node.value for x in pair] if isinstance(node, yaml.MappingNode) else node.value
        if done:
            busy.discard(key)
            sizes[key] = 1 + sum(sizes[id(k)] for k in kids)
            if sizes[key] > MAX_VALUES:
                raise too_many
            continue
        if key in sizes:
            continue
        if key in busy:
            raise too_many  # an alias inside its own anchor: it never ends
        busy.add(key)
        stack.append((node, True))
        for k in kids:
            if id(k) in busy:
                raise too_many
            if id(k) not in sizes:
                stack.append((k, False))


def load(text: str, file=None):
    """(root node, document) of a YAML text, or (None, None) when it is empty; a KoersError when a limit is passed
    or the YAML is not valid, with its line."""
    import yaml

    loader = _loader()
    try:
        _check_shape(text, file, loader)
        parser = loader(text)
        try:
            root = parser.get_single_node()
            if root is None:
                return None, None
            _check_aliases(root, file)
            return root, parser.construct_document(root)
        finally:
            parser.dispose()
    except yaml.YAMLError as e:
        line = _line(e)
        said = [getattr(e, "context", None), getattr(e, "problem", None)]  # libyaml: 'exceeded maximum nesting depth'
        detail = "; ".join(str(x) for x in said if x) or str(e).splitlines()[0]
        raise error("targets.yaml_syntax", file=file, row=line, line=line, detail=shown(detail, 120)) from None
