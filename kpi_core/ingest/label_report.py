"""A report of one campaign written as label lines, Mailchimp's Email Campaign Report: a title line, then a label and
its value per line ('"Total Recipients:","1000"'), then tables (clicks by URL).

Its label blocks become rows under their labels, which the usual stages read like any export (Mailchimp's
description maps the labels); every other line is set aside and counted, and a cell or row the stages name is named
by its line in the report. The layout is derekology/simpledash's copy of a download (tests/test_parsers.py at commit
6ae1aa1):

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

An A/B report has a block per combination ('"Combination 1 Stats"'): a row each, named '<title> | Combination 1'.
Beside an overall block, the combinations are parts of it and set aside ('in_total')."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import KoersError, error
from . import sniff
from .delimited import max_columns, max_line_bytes

TOOL = "mailchimp"  # the tool whose description maps the labels; a report it does not claim is refused
TITLES = ("email campaign report", "campaign report")
# A count and its share, as the report writes a figure of people: '125 (7.2%)'. The count is the figure.
_COUNT_AND_SHARE = re.compile(r"^\s*([\d,.\s]+?)\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*$")
_STATS = re.compile(r"^(?:overall stats|(.+?) stats)$", re.IGNORECASE)


@dataclass
class Transposed:
    """A label report as a table: `csv` (the caller's to delete) holds its rows under its labels."""

    csv: Path
    where: list[dict[str, int]]  # each row's {label: the line it stands on in the report}
    starts: list[int]  # each row's first line (its stats heading, or its first label)
    set_aside: list[tuple[int, str]]  # (line, reason) of every line that is in no row
    labels: int  # the lines of labels that made the rows
    encoding: str  # the report's own, as the codec reads it
    campaigns: list[str]  # its rows' campaigns (an A/B report's combinations): what it covers alone


def titled(path: Path) -> bool:
    """Whether a delimited file opens with a label report's title ('Email Campaign Report', alone on its line or with
    empty cells after it, as a spreadsheet saves it again): a cheap look at its first bytes, before any stage."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    try:
        text = sniff.decode_head(head, sniff.detect_encoding(head, path.name))
        first = next(csv.reader([text.split("\n", 1)[0].rstrip("\r")]), [])
    except (KoersError, csv.Error):
        return False
    return _is_title(first)


def _is_title(cells: list[str]) -> bool:
    return bool(cells) and cells[0].strip().lower() in TITLES and not any(c.strip() for c in cells[1:])


def transpose(path: Path, file: str) -> Transposed | None:
    """The report's rows under their labels, or None when the file is no label report this module knows."""
    from .sources import SOURCES, recognise
    from .sources.base import norm

    tool = SOURCES[TOOL]
    head = sniff.read_head(path, file)
    if len(head) == sniff.SAMPLE_BYTES:  # a campaign's report is a few kB: a larger file is read the usual way
        return None
    encoding = sniff.detect_encoding(head, file)
    try:  # every byte text in its encoding, no NUL, no line too long: else the usual way names what is wrong
        text = head.decode(encoding).lstrip("\ufeff")
    except (UnicodeDecodeError, LookupError):
        return None
    if "\0" in text:  # a report of a few kB with a NUL byte is damaged: said at its line (a table's are left out)
        raise error("ingest.nul_byte", file=file, row=text[:text.index("\0")].count("\n") + 1)
    if max(map(len, text.splitlines() or [""])) > max_line_bytes():
        return None
    records, start = [], 1
    reader = csv.reader(io.StringIO(text))
    try:
        for rec in reader:  # (first line, last line, cells): a quoted value may hold a line break
            records.append((start, reader.line_num, [c.strip() for c in rec]))
            start = reader.line_num + 1
    except csv.Error:
        return None
    if not records or not _is_title(records[0][2]):
        return None
    shared: dict[str, str] = {}  # the campaign's own labels (Title, Delivery Date/Time), before any stats block
    lines: dict[str, int] = {}
    blocks: list[tuple[str | None, int, dict[str, str], dict[str, int]]] = []  # (name, heading line, values, lines)
    set_aside: list[tuple[int, str]] = [(1, "preamble")]
    spans: dict[int, int] = {}  # a label's first line -> its lines (a value may go on over several)
    in_tables = False
    for first, last, cells in records[1:]:
        filled = [c for c in cells if c]
        span = range(first, last + 1)
        if not filled:
            set_aside += [(n, "blank") for n in span]
            continue
        if not in_tables and cells[0].endswith(":"):
            if len(filled) > 2:  # a label with two values: no layout this module knows, never half read
                return None
            name = cells[0][:-1].strip()
            values, at = (blocks[-1][2], blocks[-1][3]) if blocks else (shared, lines)
            if name in values:  # a label twice in one block: no layout this module knows
                return None
            values[name], at[name] = (cells[1] if len(cells) > 1 else ""), first
            spans[first] = last - first + 1
            continue
        stats = _STATS.match(cells[0]) if len(filled) == 1 and not in_tables else None
        if stats:
            blocks.append((stats.group(1), first, {}, {}))
            continue
        in_tables = True  # 'Clicks by URL' and its table, and whatever follows: not read
        set_aside += [(n, "extra_table") for n in span]
    filled_blocks = [b for b in blocks if b[2]]
    # The overall block holds the combinations' figures: beside it they are its parts, set aside.
    used = [b for b in filled_blocks if b[0] is None] or filled_blocks
    for _, heading, values, at in blocks:
        if heading not in {b[1] for b in used}:
            set_aside += [(heading, "in_total" if values else "preamble"), *((n, "in_total") for n in at.values())]
    set_aside += [(heading, "preamble") for _, heading, *_ in used]
    rows = [({**shared, **values}, {**lines, **at}, heading) for _, heading, values, at in used]
    for (name, *_), (row, *_) in zip(used, rows, strict=True):
        if name is not None:  # a combination of an A/B report: its own row, named after the campaign
            row["Title"] = f"{shared.get('Title', '')} | {name}".strip(" |")
    if not rows and shared:  # a report without stats headings: its labels are its one row
        rows = [(shared, lines, min(lines.values()))]
    if not rows:
        return None
    lookup = tool.lookup()

    def figure(label: str, value: str) -> str:  # '125 (7.2%)' -> '125', for a label the tool reads as a figure
        m = _COUNT_AND_SHARE.match(value)
        field = lookup.get(norm(label))
        return m.group(1) if m and field and tool.knows(field) and tool.field_type(field) == "number" else value

    names = list(dict.fromkeys(k for row, _, _ in rows for k in row))
    if len(names) > max_columns() or recognise(names).id != TOOL:  # labels of another report, or too many
        return None
    if sum(len(v) + 3 for row, _, _ in rows for v in row.values()) > max_line_bytes():  # one row: one line
        return None
    tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="")
    with tmp:
        w = csv.writer(tmp)
        w.writerow(names)
        w.writerows([figure(k, row.get(k, "")) for k in names] for row, _, _ in rows)
    labels = sum(spans[n] for at in [lines, *(b[3] for b in used)] for n in at.values())
    return Transposed(Path(tmp.name), [at for _, at, _ in rows], [s for _, _, s in rows], sorted(set_aside), labels,
                      encoding, sorted({row.get("Title", "") for row, _, _ in rows}))


def renamed(e: KoersError, got: Transposed) -> KoersError:
    """A refusal from reading the transposed rows (row 2 is the first), named by the report's own lines: a cell by
    its label's line, a row by its first line."""
    column, row = e.info.get("column"), e.info.get("row")
    if isinstance(row, int) and 2 <= row < len(got.where) + 2:
        e.row = e.info["row"] = got.where[row - 2].get(column, got.starts[row - 2])
    if isinstance(e.info.get("rows"), str):
        e.info["rows"] = rows_in_report(e.info["rows"], got)
    return e


def rows_in_report(rows: str, got: Transposed) -> str:
    """'2, 3' (rows of the transposed table, as a message lists them) as the report's first lines of those rows."""
    def line(m):
        r = int(m.group())
        return str(got.starts[r - 2]) if 2 <= r < len(got.starts) + 2 else m.group()
    return re.sub(r"\d+", line, rows)
