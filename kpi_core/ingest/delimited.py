"""Delimited and workbook files as a DuckDB relation `raw` (c0..cN, text), with line numbers and rows set aside.

A delimited file is bounded before DuckDB reads it (`_scan`: line length, NUL bytes, the encoding of every byte) and
while it reads it (max_line_size): a hostile file is refused with one line naming its line, never after a parse."""

from __future__ import annotations

import codecs
import csv
import os
import re
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import error
from . import sniff
from .sources import looks_like_header

NATIVE_NULLS = ("", "--", " --", "-")  # empty-cell spellings DuckDB reads as NULL in a natively parsed column
BEYOND = "c_beyond"  # the raw column of a record's first cell past the sample's widest record (_define, loosen)
BUFFER = 8_000_000  # bytes of the file DuckDB holds per buffer while it reads (at least twice the longest line)
CHUNK = 1 << 22  # bytes read at a time by the scans and transcodes: memory stays flat whatever the file's size
NO_MARK = bytes(b for b in range(256) if b not in b'"\r\n')  # every byte but a quote and the line breaks


def max_line_bytes() -> int:
    """The longest line (or quoted record) read: KOERS_MAX_LINE_BYTES, default 1,000,000 bytes.

    The longest real export line seen is a few kilobytes (a GA4 page path, a long ad text); a megabyte is a
    thousand times that. DuckDB's own default would let one line of 10 MB through, and every stage after it
    copies the line again."""
    return int(os.environ.get("KOERS_MAX_LINE_BYTES", "1000000"))


def max_columns() -> int:
    """The widest table read: KOERS_MAX_COLUMNS, default 2,000 (the workbook limit in excel.py is the same).

    Exports have tens of columns; a custom report a few hundred."""
    return int(os.environ.get("KOERS_MAX_COLUMNS", "2000"))


def q(s: str) -> str:
    """A SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def columns(width: int) -> list[str]:
    """The names of a raw table's columns: c0, c1, ..."""
    return [f"c{i}" for i in range(width)]


def load_delimited(con, path: Path, file: str):
    """Sniff a CSV/TSV file and define `raw` over it; returns (meta, sample records, header, temp file or None).

    meta["warnings"] holds what reading the bytes had to say (characters read in another encoding, by row)."""
    head = sniff.read_head(path, file)
    encoding = sniff.detect_encoding(head, file)
    text = sniff.decode_head(head, encoding)
    if _binary(text):
        raise error("ingest.not_a_table", file=file)
    text = text.replace("\x00", "")  # as the copy without them reads (_without_nul)
    tmp = None
    try:
        warnings = []
        if encoding not in ("utf-8", "utf-8-sig"):
            tmp = _transcode(path, encoding, file)
        scan = _scan(Path(tmp or path), file, check_utf8=tmp is None)
        if scan.nul:  # a few NUL bytes in text cells: a copy without them is read, and they are said by line
            clean, nul = _without_nul(Path(tmp or path), file)
            if tmp:
                os.unlink(tmp)
            tmp = clean
            warnings.append(("ingest.nul_removed", nul))
            scan = _scan(Path(tmp), file, check_utf8=encoding in ("utf-8", "utf-8-sig"))
        if scan.not_utf8 is not None and head.isascii() and _mac_roman_at(Path(tmp or path), scan.not_utf8):
            # ASCII up to the first such byte, and from there Mac Roman's words (Excel for Mac): a Mac Roman file
            copy = _transcode(Path(tmp or path), "mac_roman", file)
            if tmp:
                os.unlink(tmp)
            tmp, encoding = copy, "mac_roman"
            scan = _scan(Path(tmp), file, check_utf8=False)
        if scan.not_utf8 is not None:  # the sample was UTF-8; a later byte is not
            mixed_copy, mixed = _transcode_mixed(Path(tmp or path), file, head.startswith(codecs.BOM_UTF8))
            if tmp:  # the copy without NUL bytes, read on from here
                os.unlink(tmp)
            tmp = mixed_copy
            scan = _scan(Path(tmp), file, check_utf8=False)
            if mixed["utf8"] or not head.isascii():
                warnings.append(("ingest.encoding_mixed", {"count": mixed["count"], "lines": mixed["lines"],
                                                            "rows": _rows(mixed)}))
            else:  # ASCII up to the first such byte and no UTF-8 after it: a Windows-1252 file, read as one
                encoding = "cp1252"
        src = Path(tmp or path)
        meta, sample, header = _define(con, src, file, encoding, text, scan)
        meta["warnings"] = warnings + _other_period(src, meta)
        return meta, sample, header, tmp
    except BaseException:
        if tmp:
            os.unlink(tmp)
        raise


def _define(con, src: Path, file: str, encoding: str, text: str, scan):
    """Sniff the sample (a record wider than max_columns() is refused there), and define `raw` over the UTF-8 file
    `src`."""
    if scan.decomposed:
        text = unicodedata.normalize("NFC", text)
    s = sniff.sniff_text(text, file, encoding, looks_like_header, max_width=max_columns())
    width = max([len(s.header)] + [len(r) for r in s.sample[:sniff.SAMPLE_ROWS]])
    cols = columns(width)
    delim = s.delimiter.replace("'", "''")
    # No row numbers here: a window over a parallel read costs more than the parse. Tables keep file order, so
    # a record's line follows from its rowid (see Lines).
    extra = _trailing_comment_block(src, s.data_line, s.delimiter) if s.comment_rows else None
    limit = ""
    # How DuckDB reads: changed by loosen(), once DuckDB said why it stopped.
    read = {"width": width, "delimiter": s.delimiter, "beyond": 1, "strict": True, "until": extra and extra[0],
            "parallel": not scan.odd_line}
    if extra and not scan.odd_line:  # GA4 downloads append chart tables after a '#' block: they end the main table
        cut = extra[0]
        lines = Lines(src, s.data_line, blanks=[b for b in _blank_lines(src, s.data_line) if b < cut])
        limit = f" LIMIT {cut - 1 - s.data_line - len(lines.blanks)}"
    elif not extra:
        lines = Lines(src, s.data_line, scan.lines, multiline=scan.odd_line, con=con, cols=cols)

    def view(native: dict[int, str] | None = None) -> None:
        """(Re)define `raw`: every column as text, or with `native` columns parsed by DuckDB itself.

        DuckDB's parallel scanner reads the file with both cores but refuses null padding (short footer rows)
        together with a quoted cell that spans lines: a file with a line of an odd number of quotes, where such a
        cell may start, is read by the single scanner. Both keep the file's order of records.
        One column more than the sample's widest record (BEYOND) takes the first cell of a later, wider record;
        parse.beyond_header refuses such a data row. DuckDB's strict mode stops at a record with a filled cell past
        the columns it was given, which its lenient mode would leave out without a word, and at a quoted cell with
        text after its closing quote, which the lenient mode cuts short (`"ab"cd` read as 'abc'): see loosen().
        max_line_size bounds a record while reading (+2: DuckDB counts the line break): a quote never closed makes
        one record of the rest of the file, which _scan (per line) cannot see.
        buffer_size: with DuckDB's default buffers (32 MB) `compute` on the 1M-row export peaked 30-45 MiB higher
        than with BUFFER, and read no faster (bench/README.md)."""
        spec = "{" + ", ".join([f"'{c}': '{'DOUBLE' if native and i in native else 'VARCHAR'}'"
                                for i, c in enumerate(cols)]
                               + [f"'{c}': 'VARCHAR'" for c in beyond_columns(read["beyond"])]) + "}"
        numbers = ""
        if native:
            dec = next(iter(native.values()))
            text = ", ".join(q(c) for i, c in enumerate(cols) if i not in native)
            # The null spellings are for the number columns only: a campaign called '-' stays a campaign.
            numbers = (f", decimal_separator='{dec}', "
                       f"nullstr=[{', '.join(q(t) for t in NATIVE_NULLS)}], force_not_null=[{text}]")
        texts = [c for i, c in enumerate(cols) if not (native and i in native)] + beyond_columns(read["beyond"])
        composed = f" REPLACE ({', '.join(f'nfc_normalize({c}) AS {c}' for c in texts)})" if scan.decomposed else ""
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW raw AS SELECT *{composed} FROM read_csv({q(str(src))}, "
            f"delim='{delim}', quote='\"', escape='\"', header=false, skip={s.data_line}, columns={spec}, "
            f"null_padding=true, strict_mode={str(read['strict']).lower()}, auto_detect=false, "
            f"max_line_size={max_line_bytes() + 2}, "
            f"buffer_size={max(BUFFER, 2 * (max_line_bytes() + 2))}, parallel={str(read['parallel']).lower()}"
            f"{numbers}){limit}"
        )

    view()
    if extra and scan.odd_line:  # the block ends the table, but a quoted cell may hold line breaks: count records
        lines, extra, records = settle(read, view, file,
                                       lambda: _records_before_block(con, src, s.data_line, cols, s.delimiter, extra))
        read["until"] = extra and extra[0]  # now as rows, counted as a spreadsheet shows them (DuckDB's too)
        if extra is None:  # every '#' line after the data stands inside a quoted cell: the table runs to the end
            lines = Lines(src, s.data_line, scan.lines, multiline=True, con=con, cols=cols)
        else:
            limit = f" LIMIT {records}"
            view()
    if scan.quotes % 2:  # a quote opened and never closed: the rest of the file became one cell
        settle(read, view, file, lambda: _unclosed_quote(con, src, s.delimiter, cols, file, lines))
    preamble = [(i + 1, "preamble") for i in range(s.header_row)]  # and lines.blanks, counted once read
    if extra:
        preamble += [(line, "extra_table") for line in range(extra[0], extra[1] + 1)]
    meta = {"encoding": encoding_name(encoding), "delimiter": s.delimiter, "header_row": s.header_row + 1,
            "preamble": preamble, "width": width, "sheet": None, "sheets": None,
            "line_of": lines, "view": view, "read": read, "header_width": len(s.header),
            "before_header": s.comments + [",".join(r) for r in s.preamble]}
    header = s.header + [""] * (width - len(s.header))
    return meta, [r + [""] * (width - len(r)) for r in s.sample[:sniff.SAMPLE_ROWS]], header


def _other_period(src: Path, meta: dict) -> list[tuple[str, dict]]:
    """What the tables after the data are, said since they are left out (Koers reads one table per file). A table
    whose own comment block states another period than the file's (a GA4 download compared with an earlier period:
    '# Data de início: 20250101' above the second table) is figures of that period, not a chart's; otherwise the
    tables are named by their headers (GA4's overview downloads: 'Nth day: New users', 'Session default channel group:
    Sessions', ...), so a person knows which report to download on its own."""
    from . import period as periods

    lines = [n for n, why in meta["preamble"] if why == "extra_table"]
    if not lines:
        return []
    # The block runs to the file's end: its lines are the file's last ones, read from the end (its numbers count a
    # record over several lines once, as a spreadsheet shows the file, so they are no file lines to count to).
    block = [x.decode("utf-8", "replace").strip() for x in _last_lines(src, len(lines))]
    other = periods.in_file([x for x in block if x.startswith("#")])
    own = periods.in_file(meta["before_header"])
    if not isinstance(other, periods.Period) or (isinstance(own, periods.Period) and
                                                  (own.start, own.end) == (other.start, other.end)):
        tables = _table_names(block, meta["delimiter"])
        if not tables:
            return []
        shown = tables[:TABLES_NAMED] + ([f"+{len(tables) - TABLES_NAMED}"] if len(tables) > TABLES_NAMED else [])
        return [("ingest.tables_left_out", {"count": len(tables), "tables": "; ".join(shown),
                                            "first": lines[0], "last": lines[-1]})]
    return [("ingest.other_period_left_out", {"start": other.start.isoformat(), "end": other.end.isoformat(),
                                              "first": lines[0], "last": lines[-1]})]


TABLES_NAMED = 8  # tables after the data named in the warning; the others counted


def _table_names(block: list[str], delimiter: str) -> list[str]:
    """Each table in the lines after the data, named by its header: its first column and its figures ('Nth day: New
    users'), or its one column. A table's header is the first line after a comment or an empty line."""
    from ..errors import shown

    names, after_gap = [], True
    for line in block:
        if not line or line.startswith("#"):
            after_gap = True
            continue
        if after_gap:
            cells = [" ".join(c.split()) for c in next(csv.reader([line], delimiter=delimiter))]  # no-break spaces
            cells = [c for c in cells if c]
            if cells:
                names.append(shown(cells[0] if len(cells) == 1 else f"{cells[0]}: {', '.join(cells[1:])}"))
        after_gap = False
    return names


def _last_lines(path: Path, n: int) -> list[bytes]:
    """The file's last n lines (a line break at the very end closes the last one), read backwards a block at a time."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        tail, at = b"", size
        while at > 0 and tail.count(b"\n") <= n:
            step = min(1 << 16, at)
            at -= step
            fh.seek(at)
            tail = fh.read(step) + tail
    return tail.splitlines()[-n:]


def _unclosed_quote(con, src: Path, delimiter: str, cols: list[str], file: str, line_of) -> None:
    """Refuse a file with an odd number of quotes where one opened a cell and never closed: the rest of the file, or
    of its line, was read into that cell.

    An odd count alone is no proof (a '12" screen' in an unquoted cell is one quote, read as written). The last quote
    opening a cell (after a delimiter or a line break) is; else a cell holding line breaks is, as a quote that did
    close, much later, made it."""
    import mmap

    with open(src, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        last = m.rfind(b'"')
        if last == 0 or (last > 0 and m[last - 1:last] in (b"\n", b"\r", delimiter.encode())):
            raise error("ingest.unclosed_quote", file=file, row=_line_at(m, last))
    spans = " OR ".join(f"contains({c}, chr(10))" for c in cols)
    # DuckDB's strict mode may stop at the quote first: read_export names it (refusal).
    (row,) = con.execute(f"SELECT min(_r) FROM (SELECT row_number() OVER () - 1 AS _r, * FROM raw) WHERE {spans}"
                         ).fetchone()
    if row is not None:
        raise error("ingest.unclosed_quote", file=file, row=line_of(row))


def refusal(e: Exception, file: str):
    """The KoersError for a DuckDB error met while reading a record, else None: a record longer than the limit
    (max_line_size), or a quoted cell with text after its closing quote (strict mode; `"ab"cd`)."""
    msg = str(e)
    if "Maximum line size" in msg:
        return error("ingest.line_too_long", file=file, row=_error_line(e), limit_kb=max_line_bytes() // 1000)
    if "unterminated quote" in msg:
        return _quote_error(e, file)
    return None


def _quote_error(e: Exception, file: str):
    """DuckDB's strict mode stopped at a quoted cell: one that never closes (its line holds an odd number of quotes,
    and the record runs on into the next lines), or one with text after its closing quote (`"ab"cd`)."""
    line = _quoted_line(e)
    code = "ingest.unclosed_quote" if line and line.count('"') % 2 else "ingest.bad_quote"
    return error(code, file=file, row=_error_line(e))


def _quoted_line(e: Exception) -> str | None:
    """The line DuckDB quotes in a CSV error (of a record over several lines, its first), else None."""
    m = re.search(r"Original Line: ([^\n]*)", str(e))
    return m.group(1) if m else None


def _error_line(e: Exception):
    """The row DuckDB names in a CSV error: the records after the lines skipped, counted as a spreadsheet shows the
    file (a record over several lines is one row, an empty line is one), as Lines does."""
    m = re.search(r"Line: (\d+)", str(e))
    return int(m.group(1)) if m else "?"


def beyond_columns(n: int) -> list[str]:
    """The raw columns read past the sample's widest record: BEYOND, and n - 1 more once loosen() asked for them."""
    return [BEYOND] + [f"{BEYOND}_{k}" for k in range(1, n)]


def loosen(read: dict, e: Exception, file: str) -> bool:
    """Change the read (`read`: width, delimiter, beyond, strict, until) so that reading `raw` again gets past DuckDB's
    strict-mode error `e`; False for any other error.

    - A record with a filled cell past the columns given: as many columns past the sample's widest record as the line
      DuckDB quotes has cells there, and at least twice as many as before (DuckDB stops counting at the first cell too
      many; a record over several lines is quoted by its first), so a file of ever wider records costs a few reads.
      Its first filled cell past the header then comes to parse.beyond_header, which refuses a data row and lets a
      totals row with a note pass. Trailing empty cells never stop the strict mode. A record of more cells than
      max_columns() is refused.
    - A file whose lines end both ways outside quotes (LF and CRLF), which the strict mode cannot read, and an error
      past the table's end (`until`: GA4's chart tables, set aside unread): the lenient mode reads the file, where a
      later record's filled cell past BEYOND is left out without a word."""
    msg, row = str(e), _error_line(e)
    if not read["strict"]:
        return False
    if read.get("until") and isinstance(row, int) and row >= read["until"]:
        read["strict"] = False
        return True
    if "Expected Number of Columns" in msg:
        line = _quoted_line(e)
        cells = len(next(csv.reader([line], delimiter=read["delimiter"]))) if line else 0
        room = max_columns() - read["width"]
        beyond = min(max(cells - read["width"], 2 * read["beyond"]), room)
        if cells > max_columns() or beyond <= read["beyond"]:
            raise error("ingest.too_many_columns", file=file, row=row, limit=max_columns(),
                        columns=max(cells, read["width"] + read["beyond"] + 1)) from None
        read["beyond"] = beyond
        return True
    if "invalid state" in msg:
        read["strict"] = False
        return True
    return False


def settle(read: dict | None, view, file: str, query):
    """query(), which reads `raw`, run again past whatever DuckDB's strict mode stopped at: loosen() changes `read`
    and view() defines `raw` anew (a workbook has no `read`: query() runs once). A file the parallel scanner cannot
    read whole (a table followed by millions of empty lines) is read again by the single one."""
    import duckdb

    while True:
        try:
            return query()
        except duckdb.InvalidInputException as e:
            if read is None or not loosen(read, e, file):
                raise
            view()
        except duckdb.NotImplementedException as e:
            if read is None or not read["parallel"] or "parallel = false" not in str(e):
                raise
            read["parallel"] = False
            view()


@dataclass
class Scan:
    """What one pass over a file's bytes found."""

    quotes: int  # '"' characters: an odd number means a quote never closed, or a lone one in an unquoted cell
    lines: int  # lines in the file (the last one counts without a line break)
    odd_line: bool  # a line holds an odd number of them: a quoted cell may go on past its line break
    not_utf8: int | None  # when asked: the offset of the chunk holding the first byte that is not UTF-8, else None
    # A combining accent (U+0300..U+036F, lead byte 0xCC or 0xCD): text written decomposed ('e' and its accent, as
    # some Mac tools write it) is read composed, so that 'fe\u0301vr.' is the month 'févr.' and 'Cafe\u0301' one
    # campaign with 'Café'.
    decomposed: bool = False
    nul: bool = False  # a NUL byte stands somewhere: read from a copy without them (_without_nul)


def _scan(path: Path, file: str, check_utf8: bool) -> Scan:
    """One pass in C over the bytes DuckDB will read: every line within max_line_bytes(), whether a NUL byte stands
    anywhere, and (when asked) where the first byte that is not UTF-8 stands. Memory stays at one chunk."""
    import mmap

    if path.stat().st_size == 0:
        return Scan(quotes=0, lines=0, odd_line=False, not_utf8=None)
    decomposed = False
    limit = max_line_bytes()
    block = max(limit // 2, 1)
    quotes, breaks, odd_line, not_utf8, line_end = 0, 0, False, None, b""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        size = len(m)
        # A line of more than `limit` bytes holds a whole block of limit/2 bytes: only a block without a line break
        # can be part of one, and memchr finds the break in all others.
        for i in range(0, size if size > limit else 0, block):
            if m.find(b"\n", i, i + block) == -1:
                start = m.rfind(b"\n", 0, i) + 1
                end = m.find(b"\n", i)
                end = size if end == -1 else end
                if end - start - (m[end - 1:end] == b"\r") > limit:  # the line's text, without its line break
                    raise error("ingest.line_too_long", file=file, row=_line_at(m, start), limit_kb=limit // 1000)
        nul = m.find(b"\0") != -1
        for i in range(0, size, CHUNK):
            chunk = m[i:i + CHUNK]
            decomposed = decomposed or b"\xcc" in chunk or b"\xcd" in chunk
            if odd_line:
                quotes += chunk.count(b'"')  # counted in C, no numpy import on the way
                breaks += chunk.count(b"\n")
            else:
                # Only quotes and line breaks kept (counted there), pairs of quotes dropped: a quote left stands in
                # a line that holds an odd number of them. The last line's quotes go on into the next chunk.
                marks = chunk.translate(None, NO_MARK)
                quotes += marks.count(b'"')
                breaks += marks.count(b"\n")
                marks = (line_end + marks).replace(b'""', b"")
                cut = max(marks.rfind(b"\n"), marks.rfind(b"\r")) + 1
                odd_line, line_end = b'"' in marks[:cut], marks[cut:]
            if check_utf8 and not_utf8 is None:
                if chunk.isascii() and not decoder.getstate()[0]:  # most files: no decoding at all
                    continue
                try:
                    decoder.decode(chunk, final=i + CHUNK >= size)
                except UnicodeDecodeError:
                    not_utf8 = i
        lines = breaks + (m[size - 1:size] != b"\n")
    return Scan(quotes=quotes, lines=lines, odd_line=odd_line or b'"' in line_end, not_utf8=not_utf8,
                decomposed=decomposed, nul=nul)


def _line_at(m, offset: int) -> int:
    """The 1-based line holding byte `offset` of map `m` (counted in C; only on the way to an error)."""
    return sum(m[i:min(i + CHUNK, offset)].count(b"\n") for i in range(0, offset, CHUNK)) + 1


def _records_before_block(con, src: Path, data_line: int, cols: list[str], delimiter: str, block: tuple[int, int]):
    """(Lines, the block's first and last row, records before it) for a file whose trailing '#' block follows
    records that may span lines: DuckDB's LIMIT counts records, and rows are numbered as a spreadsheet shows them (a
    record over three lines is one row). `raw` reads the whole file. A '#' line inside a quoted cell starts no
    block: the next one after that record does; (None, None, None) when there is none."""
    tall, empty, first = _tall_records(con, cols), _blank_lines(src, data_line), data_line + 1
    while True:
        shift, blanks, inside = 0, [], None  # shift: the extra lines of the records over several lines passed
        for kind, line, n in _layout(first, tall, empty):
            if line >= block[0]:
                break
            if kind == "empty":
                blanks.append(n)
            elif line + n >= block[0]:
                inside = line + n  # the block's '#' line is inside this record's quoted cell
                break
            else:
                shift += n
        if inside is None:
            records = block[0] - first - shift - len(blanks)
            return Lines(src, data_line, blanks=blanks), (block[0] - shift, block[1] - shift), records
        block = _trailing_comment_block(src, inside, delimiter)  # the next one after that record's last line
        if block is None:
            return None, None, None


def _tall_records(con, cols: list[str]) -> list[tuple[int, int]]:
    """(rowid, extra lines) of the records of `raw` whose quoted cells hold line breaks (few), in the file's order."""
    # An empty cell is NULL: counted as no line break, or a record with one would add up to NULL and be no tall record
    breaks = " + ".join(f"coalesce(length({c}::VARCHAR) - length(replace({c}::VARCHAR, chr(10), '')), 0)"
                        for c in cols) or "0"
    return con.execute(f"SELECT r, x FROM (SELECT row_number() OVER () - 1 AS r, {breaks} AS x FROM raw) "
                       "WHERE x > 0 ORDER BY r").fetchall()


def _layout(first: int, tall: list[tuple[int, int]], empty: list[int]):
    """The records over several lines and the empty lines after line `first` - 1, in the file's order:
    ('tall', its first line, its extra lines) and ('empty', its line, its row as a spreadsheet shows the file) for an
    empty line between records; an empty line inside a quoted cell is part of its record. A record starts on line
    `first` plus its rowid, the extra lines of such records before it and the empty lines before it."""
    extra = blanks = i = 0
    for line in empty:
        while i < len(tall) and first + tall[i][0] + extra + blanks + tall[i][1] < line:
            yield "tall", first + tall[i][0] + extra + blanks, tall[i][1]
            extra += tall[i][1]
            i += 1
        # An empty line is never a record's first line: on that line or before it, it is a row of its own.
        if i < len(tall) and first + tall[i][0] + extra + blanks < line:
            continue  # within the record's lines: a quoted cell's empty line, no row of its own
        yield "empty", line, line - extra
        blanks += 1
    for rowid, n in tall[i:]:
        yield "tall", first + rowid + extra + blanks, n
        extra += n


def _trailing_comment_block(path: Path, data_line: int, delimiter: str) -> tuple[int, int] | None:
    """(first, last) line of what follows the first comment line after the data (sniff.comment_line), or None."""
    import mmap

    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        pos = -1
        for _ in range(data_line):
            pos = m.find(b"\n", pos + 1)
        hit = m.find(b"\n#", pos)
        while hit != -1:
            end = m.find(b"\n", hit + 1)
            cells = m[hit + 1:len(m) if end == -1 else end].decode("utf-8", "replace").split(delimiter)
            before = m[max(hit - 2, 0):hit]  # the end of the line before: '\n' or '\n\r' when it is empty
            if sniff.comment_line(cells, before.endswith(b"\n") or before == b"\n\r"):
                first = m[:hit + 1].count(b"\n") + 1
                return first, first + m[hit + 1:].rstrip(b"\r\n").count(b"\n")
            hit = m.find(b"\n#", hit + 1)
        return None


class Lines:
    """rowid -> the record's row in the file (a call), and `blanks`: the rows of the empty lines DuckDB skipped, which
    the reader accounts for as set aside. Rows are numbered as a spreadsheet shows the file: a record whose quoted
    cell holds line breaks is one row, an empty line is one. Records start on the line after `data_line`.

    Finding the empty lines is a pass over the file (0.1 s for 70 MB), made only when asked. A file whose lines
    after the header are as many as the records read from it has none, unless a quoted cell may hold a line break
    (`multiline`): the reader tells the count (settle) before it asks. In such a file, `con` reads `raw` (columns
    `cols`) for the records over several lines, to tell an empty line between records from one inside a cell."""

    def __init__(self, src: Path | None, data_line: int, lines: int | None = None, multiline: bool = True,
                 blanks: list[int] | None = None, con=None, cols: list[str] = ()):
        self.src, self.data_line, self.lines, self.multiline = src, data_line, lines, multiline
        self._blanks, self._shifts, self.con, self.cols = blanks, None, con, cols

    def settle(self, records: int) -> None:
        """The reader read `records` records (every kind)."""
        if self._blanks is None and not self.multiline and self.lines == self.data_line + records:
            self._blanks = []

    @property
    def blanks(self) -> list[int]:
        if self._blanks is None:
            self._blanks = _blank_lines(self.src, self.data_line)
            if self._blanks and self.multiline and self.con is not None:
                self._blanks = self._between_records(self._blanks)
        return self._blanks

    def _between_records(self, empty: list[int]) -> list[int]:
        """The rows of those empty lines (numbers in the file) that stand between records, not inside a quoted cell
        (_layout)."""
        tall = _tall_records(self.con, self.cols)
        return [row for kind, _, row in _layout(self.data_line + 1, tall, empty) if kind == "empty"]

    def __call__(self, rowid: int) -> int:
        from bisect import bisect_right

        first = self.data_line + 1
        if self._shifts is None:  # the rowid from which each empty line counts (ascending)
            self._shifts = [b - first - j for j, b in enumerate(self.blanks)]
        return first + rowid + bisect_right(self._shifts, rowid)  # a file of 10,000 empty lines costs no more


# Empty lines a file may hold: each is counted and named among the rows set aside, so their number bounds the memory
# a file of nothing but line breaks takes (no export writes a million empty lines).
MAX_BLANK_LINES = 1_000_000


class TooManyBlankLines(Exception):
    """More empty lines than MAX_BLANK_LINES; `row` is the first past the limit (the reader names the file)."""

    def __init__(self, row: int):
        super().__init__(row)
        self.row = row


def _blank_lines(path: Path, after: int) -> list[int]:
    """1-based numbers of the empty lines after line `after`: a regex scan in C, no loop over rows."""
    import mmap

    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return []
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
            out, line, last = [], 1, 0
            for x in re.finditer(rb"\n(?=\r?\n)", m):  # where an empty line begins
                start = x.start() + 1
                line += m[last:start].count(b"\n")
                last = start
                if line > after:
                    out.append(line)
                    if len(out) > MAX_BLANK_LINES:
                        raise TooManyBlankLines(line)
            return out


def _binary(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return bad > 0.05 * max(len(sample), 1)


def encoding_name(enc: str) -> str:
    """The name inspect shows for a codec (Shift-JIS for cp932)."""
    return {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
            "cp1252": "cp1252", "cp932": "shift_jis", "mac_roman": "mac_roman"}.get(enc, enc)


# UTF-8 as a Windows-1252 file shows it ('Ã©' for 'é', 'â‚¬' for '€'): no Windows-1252 text writes these pairs.
_UTF8_IN_CP1252 = re.compile(rb"\xc3[\x80-\xbf]|\xc2[\xa0-\xbf]|\xe2\x82\xac|\xe2\x80[\x93\x94\x98\x99\x9c\x9d\xa6]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NAMES = {"utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1252": "Windows-1252",
          "utf-8": "UTF-8", "cp932": "Shift-JIS", "mac_roman": "Mac Roman"}


def _without_nul(path: Path, file: str) -> tuple[str, dict]:
    """A copy of the file without its NUL bytes, and the warning's parameters: how many, on which lines."""
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    count, lines, first, size = 0, 0, [], path.stat().st_size
    try:
        with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                at = chunk.find(b"\0")
                while at != -1 and len(first) < 6:  # the first lines holding one, each line once (a sixth: more)
                    line = lines + chunk.count(b"\n", 0, at) + 1
                    if not first or line != first[-1]:
                        first.append(line)
                    end = chunk.find(b"\n", at)
                    at = -1 if end == -1 else chunk.find(b"\0", end)
                count += chunk.count(b"\0")
                lines += chunk.count(b"\n")
                dst.write(chunk.replace(b"\0", b""))
        if sniff.binary_zeros(count, size):
            raise error("ingest.nul_byte", file=file, row=first[0])
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp, {"count": count, "rows": ", ".join(map(str, first[:5])) + (" …" if len(first) > 5 else "")}


def _transcode(path: Path, encoding: str, file: str) -> str:
    """Copy a UTF-16, cp1252, Mac Roman or Shift-JIS file as UTF-8 (DuckDB reads UTF-8). Every byte must be text in that
    encoding: a broken tail or a part in another encoding is refused naming its line, never replaced by '\ufffd'."""
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    lines = 0
    try:
        with open(path, "rb") as src, os.fdopen(fd, "w", encoding="utf-8", newline="") as dst:
            first = True
            for chunk in iter(lambda: src.read(CHUNK), b""):
                if encoding == "cp1252" and (hit := _UTF8_IN_CP1252.search(chunk)):
                    at = lines + chunk.count(b"\n", 0, hit.start()) + 1
                    raise error("ingest.encoding_changes", file=file, row=at, was=_NAMES[encoding], now="UTF-8")
                try:
                    out = decoder.decode(chunk)
                except UnicodeDecodeError as e:
                    done = e.object[:e.start].decode(e.encoding, "ignore").count("\n")
                    raise error("ingest.bad_encoding", file=file, row=lines + done + 1,
                                encoding=_NAMES[encoding]) from None
                if first:
                    out, first = out.lstrip("\ufeff"), False
                lines += out.count("\n")
                dst.write(out)
            try:
                dst.write(decoder.decode(b"", final=True))
            except UnicodeDecodeError:  # the file ends inside a character: cut off
                raise error("ingest.bad_encoding", file=file, row=lines + 1, encoding=_NAMES[encoding]) from None
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


class _Mixed(threading.local):
    """Where the bytes read as Windows-1252 in a UTF-8 file stand (one per thread: uploads run side by side)."""

    def start(self):
        self.count, self.lines, self.last, self.first = 0, 0, 0, []  # characters, lines, last line, first lines
        self.base, self.obj, self.pos, self.seen = 0, None, 0, 0  # line breaks before `obj`, and up to `pos` in it

    def line(self, obj: bytes, at: int) -> int:
        if obj is not self.obj:
            self.obj, self.pos, self.seen = obj, 0, 0
        self.seen += obj.count(b"\n", self.pos, at)
        self.pos = at
        return self.base + self.seen + 1


_MIXED = _Mixed()


def _as_cp1252(e: UnicodeDecodeError):
    """Codec error handler: a byte that is not UTF-8 read as Windows-1252, its line noted (never '\ufffd')."""
    try:
        text = e.object[e.start:e.end].decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 does not define either: refused, at its line
        raise e from None
    st = _MIXED
    line = st.line(e.object, e.start)
    st.count += len(text)
    if line != st.last:
        st.lines, st.last = st.lines + 1, line
        if len(st.first) < 5:
            st.first.append(line)
    return text, e.end


codecs.register_error("koers.cp1252", _as_cp1252)


def _transcode_mixed(path: Path, file: str, bom: bool) -> tuple[str, dict]:
    """Copy a UTF-8 file whose later bytes are not UTF-8 as UTF-8, reading each such byte as Windows-1252 (what
    Excel and older tools write); returns the copy and {count, lines, first: [line, ...], utf8: bool}, where
    `utf8` says whether UTF-8 characters stood beyond the ASCII too."""
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    decoder = codecs.getincrementaldecoder("utf-8")(errors="koers.cp1252")
    st = _MIXED
    st.start()
    utf8 = False
    try:
        with open(path, "rb") as src, os.fdopen(fd, "w", encoding="utf-8", newline="") as dst:
            chunk = b""
            try:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    utf8 = utf8 or bool(_UTF8_MULTIBYTE.search(chunk))
                    out = decoder.decode(chunk)
                    if bom and st.base == 0 and out.startswith("\ufeff"):
                        out = out[1:]
                    st.base += chunk.count(b"\n")
                    dst.write(out)
                dst.write(decoder.decode(b"", final=True))
            except UnicodeDecodeError as e:
                raise error("ingest.bad_encoding", file=file, row=st.line(e.object, e.start),
                            encoding="UTF-8 / Windows-1252") from None
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp, {"count": st.count, "lines": st.lines, "first": list(st.first), "utf8": utf8}


def _mac_roman_at(path: Path, at: int) -> bool:
    """Whether the chunk at `at`, where the first byte that is no UTF-8 stands, reads as Mac Roman (sniff)."""
    with open(path, "rb") as fh:
        fh.seek(at)
        return sniff.mac_roman(fh.read(CHUNK))


def _rows(found: dict) -> str:
    """'12, 40, 41 …': the first rows of a finding, an ellipsis when there are more."""
    return ", ".join(map(str, found["first"])) + (" …" if found["lines"] > len(found["first"]) else "")


def load_excel(con, path: Path, file: str):
    """Read the workbook's sheet that holds the data table into `raw`; returns (meta, sample records, header)."""
    import numpy as np
    import pyarrow as pa

    from .excel import read_workbook

    records, sheet, sheets = read_workbook(path, file)
    lengths = set(map(len, records))
    width = max(lengths)
    if len(lengths) > 1:  # the parser gives a rectangle; a row of the old .xls reader or with error cells may differ
        records = [r + [""] * (width - len(r)) for r in records]
    # Decomposed accents are composed (Scan.decomposed): in the rows the header is looked for in and the sample here,
    # in every text column below (_composed).
    head = sniff.HEADER_WITHIN + sniff.SAMPLE_ROWS
    if not "".join(map("".join, records[:head])).isascii():
        records[:head] = [[unicodedata.normalize("NFC", c) for c in r] for r in records[:head]]
    # Numbers stored as text and merged title cells arrive as plain text cells: the same rules as CSV apply.
    at = sniff.find_header(records, width, looks_like_header)
    if at is None:
        raise error("ingest.no_header", file=file)
    data = records[at + 1:]
    # Column by column into Arrow (a grid of the text cells first): cheaper than a DataFrame of the rows.
    grid = np.empty((len(data), width), dtype=object)
    if data:
        grid[:] = data
    frame = pa.table([_composed(pa.array(grid[:, j], pa.string())) for j in range(width)], names=columns(width))
    # `raw` is a view over the Arrow columns until the read's cursor closes: nothing is copied (a copy into a table
    # took a tenth of a second for 100,000 rows).
    con.register("raw", frame)
    preamble = [(i + 1, "preamble") for i in range(at)]
    meta = {"encoding": None, "delimiter": None, "header_row": at + 1, "preamble": preamble, "width": width,
            "sheet": sheet, "sheets": sheets, "line_of": Lines(None, at + 1, blanks=[]),
            "before_header": [",".join(c for c in r if c) for r in records[:at]]}
    return meta, data[:sniff.SAMPLE_ROWS], [c.strip() for c in records[at]]


def _composed(cells):
    """A workbook's column of text with any decomposed accent composed, as a delimited file's (Scan.decomposed)."""
    import pyarrow.compute as pc

    if len(cells) and not pc.all(pc.string_is_ascii(cells)).as_py():
        return pc.utf8_normalize(cells, "NFC")
    return cells
