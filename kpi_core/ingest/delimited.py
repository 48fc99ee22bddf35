"""Delimited and workbook files as a DuckDB relation `raw` (c0..cN, text), with line numbers and rows set aside."""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from pathlib import Path

from ..engine import registered
from ..errors import error
from . import sniff
from .sources import looks_like_header

NATIVE_NULLS = ("", "--", " --", "-")  # empty-cell spellings DuckDB reads as NULL in a natively parsed column


def q(s: str) -> str:
    """A SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def columns(width: int) -> list[str]:
    """The names of a raw table's columns: c0, c1, ..."""
    return [f"c{i}" for i in range(width)]


def load_delimited(con, path: Path, file: str):
    """Sniff a CSV/TSV file and define `raw` over it; returns (meta, sample records, header, temp file or None)."""
    head = sniff.read_head(path, file)
    encoding = sniff.detect_encoding(head, file)
    text = sniff.decode_head(head, encoding)
    if _binary(text):
        raise error("ingest.not_a_table", file=file)
    s = sniff.sniff_text(text, file, encoding, looks_like_header)
    width = max([len(s.header)] + [len(r) for r in s.sample[:2000]])
    tmp = None
    src = path
    if encoding not in ("utf-8", "utf-8-sig"):
        tmp = _transcode(path, encoding)
        src = Path(tmp)
    cols = columns(width)
    delim = s.delimiter.replace("'", "''")
    blanks = _blank_lines(src, s.data_line)
    # No row numbers here: a window over a parallel read costs more than the parse. Tables keep file order, so
    # a record's line follows from its rowid (see _line_of).
    extra = _trailing_comment_block(src, s.data_line) if s.comment_rows else None
    limit = ""
    if extra:  # GA4 downloads append chart tables after a '#' block: they end the main table
        cut, last = extra
        blanks = [b for b in blanks if b < cut]
        limit = f" LIMIT {cut - 1 - s.data_line - len(blanks)}"

    def view(native: dict[int, str] | None = None) -> None:
        """(Re)define `raw`: every column as text, or with `native` columns parsed by DuckDB itself.

        parallel=false: DuckDB 2.0's parallel scanner refuses null padding (short footer rows) together with a
        quoted field spanning lines; on 2 cores the single scanner costs about 15% of the parse, measured."""
        spec = "{" + ", ".join(f"'{c}': '{'DOUBLE' if native and i in native else 'VARCHAR'}'"
                               for i, c in enumerate(cols)) + "}"
        numbers = ""
        if native:
            dec = next(iter(native.values()))
            text = ", ".join(q(c) for i, c in enumerate(cols) if i not in native)
            # The null spellings are for the number columns only: a campaign called '-' stays a campaign.
            numbers = (f", decimal_separator='{dec}', "
                       f"nullstr=[{', '.join(q(t) for t in NATIVE_NULLS)}], force_not_null=[{text}]")
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW raw AS SELECT * FROM read_csv({q(str(src))}, "
            f"delim='{delim}', quote='\"', escape='\"', header=false, skip={s.data_line}, columns={spec}, "
            f"null_padding=true, strict_mode=false, auto_detect=false, max_line_size=10000000, parallel=false"
            f"{numbers}){limit}"
        )

    view()
    preamble = [(i + 1, "preamble") for i in range(s.header_row)] + [(b, "blank") for b in blanks]
    if extra:
        preamble += [(line, "extra_table") for line in range(extra[0], extra[1] + 1)]
    meta = {"encoding": _encoding_name(encoding), "delimiter": s.delimiter, "header_row": s.header_row + 1,
            "preamble": preamble, "width": width, "sheet": None, "sheets": None,
            "line_of": _line_of(s.data_line + 1, blanks), "view": view,
            "before_header": s.comments + [",".join(r) for r in s.preamble]}
    header = s.header + [""] * (width - len(s.header))
    return meta, [r + [""] * (width - len(r)) for r in s.sample[:2000]], header, tmp


def _trailing_comment_block(path: Path, data_line: int) -> tuple[int, int] | None:
    """(first, last) line of what follows the first '#' line after the data, or None."""
    import mmap

    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        pos = -1
        for _ in range(data_line):
            pos = m.find(b"\n", pos + 1)
        hit = m.find(b"\n#", pos)
        if hit == -1:
            return None
        first = m[:hit + 1].count(b"\n") + 1
        last = first + m[hit + 1:].rstrip(b"\r\n").count(b"\n")
        return first, last


def _line_of(first: int, blanks: list[int]):
    """rowid -> line in the file: records start at line `first`; DuckDB skipped the empty lines in `blanks`."""
    shifts = [b - first - j for j, b in enumerate(blanks)]  # the rowid from which each empty line counts

    def line_of(rowid: int) -> int:
        return first + rowid + sum(1 for x in shifts if x <= rowid)

    return line_of


def _blank_lines(path: Path, after: int) -> list[int]:
    """1-based numbers of the empty lines after line `after`: a regex scan in C, no loop over rows."""
    import mmap

    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return []
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
            starts = [x.start() + 1 for x in re.finditer(rb"\n(?=\r?\n)", m)]  # where an empty line begins
            out, line, last = [], 1, 0
            for start in starts:
                line += m[last:start].count(b"\n")
                last = start
                if line > after:
                    out.append(line)
            return out


def _binary(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return bad > 0.05 * max(len(sample), 1)


def _encoding_name(enc: str) -> str:
    return {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
            "cp1252": "cp1252"}.get(enc, enc)


def _transcode(path: Path, encoding: str) -> str:
    """Copy a UTF-16 or cp1252 file as UTF-8 (DuckDB reads UTF-8)."""
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    with open(path, "rb") as src, os.fdopen(fd, "w", encoding="utf-8", newline="") as dst:
        first = True
        for chunk in iter(lambda: src.read(1 << 22), b""):
            out = decoder.decode(chunk)
            if first:
                out, first = out.lstrip("\ufeff"), False
            dst.write(out)
        dst.write(decoder.decode(b"", final=True))
    return tmp


def load_excel(con, path: Path, file: str):
    """Read the workbook's sheet that holds the data table into `raw`; returns (meta, sample records, header)."""
    import pandas as pd

    from .excel import read_workbook

    records, sheet, sheets = read_workbook(path, file)
    width = max(len(r) for r in records)
    records = [r + [""] * (width - len(r)) for r in records]
    # Numbers stored as text and merged title cells arrive as plain text cells: the same rules as CSV apply.
    at = sniff.find_header(records, width, looks_like_header)
    if at is None:
        raise error("ingest.no_header", file=file)
    data = records[at + 1:]
    frame = pd.DataFrame(data, columns=columns(width), dtype="string")
    with registered(con, "raw_frame", frame):
        con.execute("CREATE TEMP TABLE raw AS SELECT * FROM raw_frame")
    preamble = [(i + 1, "preamble") for i in range(at)]
    meta = {"encoding": None, "delimiter": None, "header_row": at + 1, "preamble": preamble, "width": width,
            "sheet": sheet, "sheets": sheets, "line_of": _line_of(at + 2, []),
            "before_header": [",".join(c for c in r if c) for r in records[:at]]}
    return meta, data[:2000], [c.strip() for c in records[at]]
