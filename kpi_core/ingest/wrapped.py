"""Exports whose lines were each wrapped in one cell, as some re-saves write them: the tool's own lines stand inside.

Two published Shopify order exports show the layouts:

- Contak-cpu/smartship `orders_export (2) (1).csv`: the header plain, then every data line one quoted cell
  (`"#1053,ana@example.com,paid,...,38142.00,..."`), its own quotes doubled, LF.
- tcorthorn/Panel-Bronz-2026 `data/orders_export.csv`, a spreadsheet's re-save in a ';' locale: every line one cell
  followed by ';', quoted where it held a quote, CRLF. A line break inside a value (Shopify's Note Attributes) began
  a line of its own; a ';' inside one split that line into two cells.

Such a file is read as the export inside: each line's cell, the cells of a line split at ';' joined again, is the line
the tool wrote, so the usual stages read it and name its lines as the file has them. Both were refused as having no
header row.

Some tools wrap each cell instead, as a spreadsheet formula that keeps it text (`="1865607983072722"`, so Excel
shows an ID's every digit): TikTok's GMV Max and Shop downloads (nashihsulthoni-trial/tiktok-ads-dashboard
`sample_data.tsv`, in Indonesian, TAB). Its headers read as `="Biaya"`, no column was known and the file was refused.
Each such cell is read as the quoted value inside, line for line."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from pathlib import Path

from ..errors import KoersError
from . import sniff

_SAMPLE_RECORDS = 200
# A header of three or more cells each written as a text formula, and the delimiter after the first
_FORMULA_HEADER = re.compile(r'\ufeff?="[^"\n]*"([\t,;])="[^"\n]*"\1="')


def unwrap(path: Path, file: str) -> tuple[Path, str] | None:
    """(a UTF-8 copy of the export inside, the caller's to delete; the delimiter that wrapped it, or '=' for cells
    written as text formulas) when every data line of the file's first records is one cell holding the header's
    cells, or the header's cells are text formulas, else None."""
    head = sniff.read_head(path, file)
    try:
        encoding = sniff.detect_encoding(head, file)
    except KoersError:
        return None  # the usual way names what is wrong
    text = sniff.decode_head(head, encoding)
    cut = len(head) == sniff.SAMPLE_BYTES  # the sample ends inside the file: its last line may be a part
    if cut:
        text = text[:text.rfind("\n") + 1]
    if m := _FORMULA_HEADER.match(text):
        try:
            return _write_formulas(path, encoding, m[1]), "="
        except UnicodeDecodeError:
            return None
    for outer in (";", ","):
        if _wrapped(text, outer, cut):
            try:
                return _write(path, encoding, outer), outer
            except (UnicodeDecodeError, csv.Error):  # past the sample: the usual way names what is wrong
                return None
    return None


def _cells(rec: list[str], outer: str) -> list[str]:
    """A record's cells without the empty one a ';' at the end of each line leaves."""
    return rec[:-1] if outer == ";" and len(rec) > 1 and rec[-1] == "" else rec


def _inner(line: str) -> int:
    """How many cells a wrapped line holds as the tool wrote it (a comma-separated line)."""
    try:
        return len(next(csv.reader([line]), []))
    except csv.Error:
        return 0


def _wrapped(text: str, outer: str, cut: bool) -> bool:
    """Whether the sample's header has three cells or more, nearly every data record is one cell, and the lines inside
    them read as rows of as many cells as the header."""
    try:
        raw = [r for r, _ in zip(csv.reader(io.StringIO(text), delimiter=outer), range(_SAMPLE_RECORDS + 1),
                                 strict=False) if any(r)]
    except csv.Error:
        return False
    if len(raw) < 2:
        return False
    records = [_cells(r, outer) for r in raw]
    header, data = records[0], records[1:]
    if outer == ",":
        width = len(header)  # the header as the tool wrote it, its data lines each one quoted cell
    else:  # the header one cell, a ';' after it (a comma file's header read at ';' is one cell too)
        width = _inner(header[0]) if raw[0][1:] == [""] else 0
    if width < 3:
        return False
    if 10 * sum(len(r) == 1 for r in data) < 9 * len(data) or _inner(_line(data[0], outer)) != width:
        return False
    # A value's line breaks made lines of their own (Shopify's Note Attributes: most lines of the Panel-Bronz export),
    # each one cell holding a part of a row: the lines inside, read again as the tool's, are rows of the header's
    # cells (the last may be cut off by the sample's end).
    try:
        rows = list(csv.reader(io.StringIO("\n".join(_line(r, outer) for r in data))))
        rows = rows[:-1] if cut or len(records) > _SAMPLE_RECORDS else rows
    except csv.Error:
        return False
    return bool(rows) and 10 * sum(len(r) == width for r in rows) >= 9 * len(rows)


def _line(cells: list[str], outer: str) -> str:
    """The line a record of the file holds as the tool wrote it: its one cell, or its cells split at ';' joined."""
    return ";".join(cells) if outer == ";" else cells[0] if len(cells) == 1 else ",".join(cells)


def _write(path: Path, encoding: str, outer: str) -> Path:
    """The export inside, one line per line of the file (a quoted value's line breaks kept)."""
    fd, name = tempfile.mkstemp(suffix=".csv", prefix="koers-unwrapped-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out, \
                open(path, encoding=encoding, errors="strict", newline="") as src:
            plain = csv.writer(out, lineterminator="\n")
            for rec in csv.reader(src, delimiter=outer):
                cells = _cells(rec, outer)
                if outer == ";":  # a ';' in a value split its line: the cells are the parts of one line
                    out.write(";".join(cells).lstrip("\ufeff") + "\n")
                elif len(cells) == 1:
                    out.write(cells[0].lstrip("\ufeff") + "\n")
                else:  # a line as the tool wrote it (the header)
                    plain.writerow([c.lstrip("\ufeff") if i == 0 else c for i, c in enumerate(cells)])
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def _write_formulas(path: Path, encoding: str, delimiter: str) -> Path:
    """The export with each cell's text formula ('="x"', starting a line or after the delimiter) its quoted value
    ('"x"'), line for line; every other cell as it stands."""
    cell = re.compile(rf"(^|{re.escape(delimiter)})=(?=\")", re.MULTILINE)
    fd, name = tempfile.mkstemp(suffix=".csv", prefix="koers-unwrapped-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out, \
                open(path, encoding=encoding, errors="strict", newline="") as src:
            for line in src:
                out.write(cell.sub(r"\1", line.lstrip("\ufeff")))
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)
