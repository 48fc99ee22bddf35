"""A report of one campaign written as label lines, Mailchimp's Email Campaign Report: a title line, then a label and
its value per line ('"Total Recipients:","1000"'), then tables (clicks by URL).

Its label block becomes one row under its labels, which the usual stages read like any export (the tool's
description maps the labels); the lines around it are accounted for, and a cell the stages refuse is named by the
line of its label. The layout is derekology/simpledash's copy of a download (tests/test_parsers.py at commit 6ae1aa1):

    Email Campaign Report
    "Title:","<title>"
    "Subject Line:","<subject>"
    "Delivery Date/Time:","Mon, Apr 26, 2021 12:25"
    (blank)
    "Overall Stats"
    "Total Recipients:","1,751"
    "Successful Deliveries:","1,742"
    "Bounces:","9 (0.5%)"
    ...
    "Recipients Who Opened:","125 (7.2%)"
    ...
    (blank)
    "Clicks by URL"
    "URL","Total Clicks","Unique Clicks"
    ...

An A/B report has a block per combination ('"Combination 1 Stats"'): a row each, named '<title> | Combination 1'."""

from __future__ import annotations

import csv
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import KoersError
from . import sniff

# A count and its share, as the report writes a figure of people: '125 (7.2%)'. The count is the figure.
_COUNT_AND_SHARE = re.compile(r"^\s*([\d,.\s]+?)\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*$")
_STATS = re.compile(r"^(?:overall stats|(.+?) stats)$", re.IGNORECASE)
_TITLES = ("email campaign report", "campaign report")


@dataclass
class Transposed:
    """A label report as a table: `csv` (the caller's to delete) holds its rows under its labels."""

    csv: Path
    where: list[dict[str, int]]  # each row's {label: the line it stands on in the report}
    set_aside: list[tuple[int, str]]  # (line, reason) of every other line
    labels: int  # the label lines that made the rows
    encoding: str  # the report's own


def transpose(path: Path, file: str) -> Transposed | None:
    """The report's rows under its labels, or None when the file is no label report this module knows."""
    head = sniff.read_head(path, file)
    encoding = sniff.detect_encoding(head, file)
    text = sniff.decode_head(head, encoding)
    records = list(csv.reader(text.splitlines()))
    if not records or [c.strip().lower() for c in records[0]][:1] not in ([t] for t in _TITLES):
        return None
    shared: dict[str, str] = {}  # the campaign's own labels (Title, Delivery Date/Time), before any stats block
    blocks: list[tuple[str | None, dict[str, str]]] = []
    lines: dict[str, int] = {}  # label -> its line, in the shared part
    block_lines: list[dict[str, int]] = []  # the same for each block
    set_aside: list[tuple[int, str]] = [(1, "preamble")]
    used = 0
    in_tables = False
    for n, rec in enumerate(records[1:], start=2):
        cells = [c.strip() for c in rec]
        filled = [c for c in cells if c]
        if not filled:
            set_aside.append((n, "blank"))
            continue
        label = cells[0]
        if not in_tables and len(filled) <= 2 and label.endswith(":") and len(cells) >= 1:
            value = cells[1] if len(cells) > 1 else ""
            name = label[:-1].strip()
            target, at = (blocks[-1][1], block_lines[-1]) if blocks else (shared, lines)
            if name in target:  # a label twice in one block: no layout this module knows
                return None
            target[name], at[name] = value, n
            used += 1
            continue
        stats = _STATS.match(label) if len(filled) == 1 and not in_tables else None
        if stats:
            blocks.append((stats.group(1), {}))
            block_lines.append({})
            set_aside.append((n, "preamble"))
            continue
        in_tables = True  # 'Clicks by URL' and its table, and whatever follows: not read
        set_aside.append((n, "extra_table"))
    # The overall block holds the combinations' figures: beside it they would count twice.
    overall = [i for i, (name, b) in enumerate(blocks) if name is None and b]
    parts = overall or [i for i, (_, b) in enumerate(blocks) if b]
    rows = [{**shared, **blocks[i][1]} for i in parts] or ([shared] if shared else [])
    where = [{**lines, **block_lines[i]} for i in parts] or [lines]
    if not overall:  # a combination of an A/B report: its own row, named after the campaign
        for i, row in zip(parts, rows, strict=True):
            row["Title"] = f"{shared.get('Title', '')} | {blocks[i][0]}".strip(" |")
    if not rows or not rows[0]:
        return None
    names = list(dict.fromkeys(k for row in rows for k in row))
    out = [[_figure(row.get(k, "")) for k in names] for row in rows]
    rest = _count_lines(path) - len(records)
    if rest > 0:  # the tables past the first MiB
        set_aside += [(n, "extra_table") for n in range(len(records) + 1, len(records) + rest + 1)]
    tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="")
    with tmp:
        w = csv.writer(tmp)
        w.writerow(names)
        w.writerows(out)
    return Transposed(Path(tmp.name), where, set_aside, used, encoding)


def _figure(value: str) -> str:
    """'125 (7.2%)' -> '125': the count of a figure of people; any other value as written."""
    m = _COUNT_AND_SHARE.match(value)
    return m.group(1) if m else value


def _count_lines(path: Path) -> int:
    """Lines in the file (the last one counts without a line break), counted in C a chunk at a time."""
    n, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def named_by_label(e: KoersError, where: list[dict[str, int]]) -> KoersError:
    """A refusal of a cell of the transposed rows (row 2 is the first), named by the line of its label in the
    report."""
    column, row = e.info.get("column"), e.info.get("row")
    at = where[row - 2] if isinstance(row, int) and 2 <= row < len(where) + 2 else {}
    if column in at:
        e.row = e.info["row"] = at[column]
    return e

