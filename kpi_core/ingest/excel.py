"""Excel workbooks as records of text cells: the sheet that holds the data table, all sheet names listed.

An .xlsx is checked before any parser opens it (`check_xlsx`). The parser lays out a sheet as a full grid and copies
a shared text into every cell that uses it, all before Koers sees a row; a file of a few kilobytes can ask it for
gigabytes and end the process. So the zip directory and the XML, streamed, must show that the workbook stays within
the limits below.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import re
import string
import warnings
import zipfile
import zlib
from contextlib import contextmanager
from functools import cache
from html import unescape
from itertools import chain, islice
from operator import itemgetter

from ..errors import error, shown
from .sources import is_signature, looks_like_header, recognise
from .values import NUMBER_MARK

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MB = 1 << 20
MAX_UNPACKED = 300 * MB  # all parts unpacked; also all text the cells may hold together
MAX_RATIO = 100  # unpacked / packed, for a part over 1 MB: sheets pack 5 to 20 times, zip bombs 1000 times
MAX_COLUMNS = 2000
MAX_CELLS = 10_000_000  # rows x columns of all sheets' grids: a million rows of ten columns, about 1.5 GB to read
MAX_STRING = MB  # one text (Excel itself stops a cell at 32,767 characters)
EXCEL_ROWS = 1_048_576  # a sheet in Excel has no more rows: no tool exports more to .xlsx
HEADER_WITHIN = 30  # the rows in which a sheet's header row is looked for

# r="B7" on a cell, r="7" on a row, however quoted or spaced: the position the parser gives it
REF = re.compile(rb"r\s*=\s*[\"']([A-Za-z]*)(\d+)")
# a cell or row tag not written <c r="... or <row r="..., prefixed ones included
ODD_TAGS = (re.compile(rb'<c(?:[>/]|\s+(?!r="))'), re.compile(rb'<row(?:[>/]|\s+(?!r="))'),
            re.compile(rb":(?:c|row)[\s>/]"))
DIMENSION = re.compile(rb"dimension\s+ref\s*=\s*[\"'](?:[A-Za-z]*\d*:)?([A-Za-z]+)(\d+)")
UNIQUE_COUNT = re.compile(rb"uniqueCount\s*=\s*[\"'](\d+)")
SHARED_STRING = re.compile(rb"<(?:[\w.-]+:)?si[\s>/]")
# A cell holding a formula error (t="e": #DIV/0!, #N/A, #REF!, ...) and its shown text. The parser reads such a cell
# as empty, which would turn "this could not be computed" into "nothing here" without a word: the text is put back.
ERROR_CELL = re.compile(rb"<c\s[^>]*\bt\s*=\s*[\"']e[\"'][^>]*>")
ERROR_TEXT = re.compile(rb"\s*(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)?\s*<v>([^<]{1,32})</v>")
SHEET_NAME = re.compile(rb"<(?:[\w.-]+:)?sheet\s[^>]*?name\s*=\s*\"([^\"]*)\"[^>]*?r:id\s*=\s*\"([^\"]*)\"")
RELATION = re.compile(rb"<Relationship\s[^>]*?Target\s*=\s*\"([^\"]*)\"[^>]*?Id\s*=\s*\"([^\"]*)\"|"
                      rb"<Relationship\s[^>]*?Id\s*=\s*\"([^\"]*)\"[^>]*?Target\s*=\s*\"([^\"]*)\"")
VALUE = re.compile(rb"<(?:[\w.-]+:)?v(?:\s[^>]*)?>\s*(\d+)")
_letters, _digits = itemgetter(0), itemgetter(1)
# The fast path: a sheet's cells are turned into text by kind, numbers in bulk (_as_text). False turns each cell into
# text by itself (_text); tests/unit/test_xlsx_fast.py checks both give the same records.
FAST = True
BLOCK_CELLS = 1 << 18  # cells turned into text at a time
_PAD = 20  # zero bytes after a chunk, so that reading on past its end is safe: 3 letters, 10 digits and more


def max_rows() -> int:
    """Rows a sheet may have: as many as a CSV at the upload size limit could hold (at 40 bytes a row), and no more
    than Excel's own sheet holds."""
    from .reader import max_bytes

    return min(max_bytes() // 40, EXCEL_ROWS)


def _text(v) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, float):
        # A real number cell: marked so the column's decimal-comma decision cannot misread its point.
        return NUMBER_MARK + (repr(int(v)) if v.is_integer() else repr(v))
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ") if (v.hour, v.minute, v.second) != (0, 0, 0) else v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, int):
        return NUMBER_MARK + repr(v)
    return str(v)


def read_workbook(path, file: str) -> tuple[list[list[str]], str, list[str]]:
    """(records of the sheet holding the data, its name, all sheet names); records start at row 1, column A."""
    with open(path, "rb") as fh:
        magic = fh.read(8)
    if magic == OLE_MAGIC:
        if str(path).lower().endswith(".xls"):
            return _read_xls(path, file)
        raise error("ingest.excel_encrypted", file=file)  # an OLE container named .xlsx is an encrypted workbook
    errors = check_xlsx(path, file) or {}
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        with warnings.catch_warnings(), _collector_paused():
            warnings.simplefilter("ignore")
            with CalamineWorkbook.from_path(str(path)) as wb:
                names = wb.sheet_names
                records, sheet = _choose(((n, _records(wb.get_sheet_by_name(n), file, errors.get(n)))
                                          for n in names), file)
    except PasswordError:
        raise error("ingest.excel_encrypted", file=file) from None
    except (CalamineError, OSError, ValueError) as e:
        raise error("ingest.excel_corrupt", file=file, detail=str(e)[:120]) from None
    except BaseException as e:  # the parser's own failures arrive as PanicException, a BaseException
        if type(e).__name__ != "PanicException":
            raise
        raise error("ingest.excel_corrupt", file=file, detail=str(e)[:120]) from None
    return records, sheet, names


@contextmanager
def _collector_paused():
    """Python's cycle collector paused while a sheet is read: its hundreds of thousands of new lists hold no cycles,
    and each full collection while they are built would walk them all again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _records(sheet, file: str, errors: dict[tuple[int, int], str] | None = None) -> list[list[str]]:
    """A calamine sheet as text records from row 1 and column A, as Excel numbers them; refused past the row limit.
    Formula-error cells, which the parser reads as empty, show their error text again (a number column then says
    which cells are no number). Rows are turned into text a block at a time, so that only one block's cells are
    held twice."""
    if sheet.start is None:  # an empty sheet (iter_rows cannot start on it)
        return []
    pad, limit, records, rows = [""] * sheet.start[1], max_rows(), [], sheet.iter_rows()
    while block := list(islice(rows, max(1, BLOCK_CELLS // sheet.width))):
        if len(records) + len(block) > limit:
            raise error("ingest.excel_too_many_rows", file=file, sheet=shown(sheet.name), limit=limit)
        block = _as_text(block) if FAST else [list(map(_text, row)) for row in block]
        records += [pad + row for row in block] if pad else block
    for (r, c), text in (errors or {}).items():
        if r <= len(records):
            row = records[r - 1]
            row.extend([""] * (c - len(row)))
            if row[c - 1] == "":
                row[c - 1] = text
    return records


def _as_text(rows: list[list]) -> list[list[str]]:
    """_text of every cell, by kind: a text stays as it is, numbers are written all at once (_numbers), a cell of any
    other kind (date, time, boolean) is written by _text."""
    import numpy as np

    width = len(rows[0]) if rows else 0
    if set(map(len, rows)) != {width}:  # calamine gives a rectangle; anything else cell by cell
        return [list(map(_text, row)) for row in rows]
    cells = np.fromiter(chain.from_iterable(rows), dtype=object, count=len(rows) * width)
    kinds = np.fromiter(map(type, cells), dtype=object, count=len(cells))
    number, text = np.equal(kinds, float), np.equal(kinds, str)
    if number.any():
        cells[number] = _numbers(cells[number].astype(np.float64))
    other = ~(number | text)
    if other.any():
        cells[other] = np.array([_text(v) for v in cells[other]], dtype=object)
    return cells.reshape(len(rows), width).tolist()


def _numbers(x):
    """_text of each number of the float array x, in bulk. A number is written as m / 10**d, with m an integer and
    d the fewest decimals for which that fraction reads back as the number: d = 0 for a whole number below 2**63 in
    size (m is int(...), as repr writes it), else d from 1 to 18 with m below 10**15. No other text of at most 15
    digits reads back as that number (a decimal of 15 digits survives the trip to a float and back), so this one is
    the shortest, which repr writes, in plain notation from 1e-4 in size. Numbers of more digits
    (0.30000000000000004), smaller ones (repr writes 1e-05), nan and inf are written by _text."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    size = np.abs(x)
    with np.errstate(invalid="ignore"):  # nan and inf are no whole numbers
        whole = (np.trunc(x) == x) & (size < 2.0**63)
    m, d = np.where(whole, x, 0).astype(np.int64), np.where(whole, 0, -1)
    todo = np.flatnonzero(~whole & (size >= 1e-4) & (size < 1e15))
    for decimals in range(1, 19):
        if not len(todo):
            break
        scaled = np.rint(x[todo] * 10.0**decimals)
        fits = (np.abs(scaled) < 1e15) & (scaled / 10.0**decimals == x[todo]) & (scaled % 10 != 0)
        m[todo[fits]], d[todo[fits]] = scaled[fits], decimals
        todo = todo[~fits]
    digits, out = pc.cast(pa.array(np.abs(m)), pa.string()), np.empty(len(x), dtype=object)
    group = np.where(d >= 0, 2 * d + (m < 0), -1)  # the numbers of one number of decimals and one sign
    for key in np.flatnonzero(np.bincount(group + 1)[1:]).tolist():
        (decimals, minus), at = divmod(key, 2), group == key
        text = digits.filter(at)
        if decimals:  # 5 with 3 decimals: 0005, then 0.005
            text = pc.utf8_replace_slice(pc.utf8_lpad(text, decimals + 1, "0"), -decimals, -decimals, ".")
        out[at] = pc.utf8_replace_slice(text, 0, 0, NUMBER_MARK + "-" * minus).to_numpy(zero_copy_only=False)
    for i in np.flatnonzero(d < 0).tolist():
        out[i] = _text(float(x[i]))
    return out


def _score(records: list[list[str]]) -> tuple[tuple[bool, int, bool, bool], list[str] | None]:
    """(how much a sheet looks like a data table, highest wins: a header row Koers knows within the first
    HEADER_WITHIN rows with data rows after it, their number, two non-empty rows, one; that header or None)."""
    filled = ["".join(row).strip() != "" for row in records]
    at = next((i for i, row in enumerate(records[:HEADER_WITHIN]) if looks_like_header([c.strip() for c in row])), None)
    after, n = (sum(filled[at + 1:]) if at is not None else 0), sum(filled)
    return (after > 0, after, n >= 2, n > 0), (None if at is None else [c.strip() for c in records[at]])


def _choose(sheets, file: str) -> tuple[list[list[str]], str]:
    """(records, name) of the sheet with a known header row and the most data rows after it; else of the first with
    two non-empty rows, else of the first non-empty one. A tool's whole table by day goes before its own other
    tables and sheets of no tool (Search Console's workbook: its Chart sheet holds every day, its Queries sheet more
    rows but one period and not every search), never before another tool's. Sheets come one at a time and only the
    best of each kind is kept. A chosen sheet without data rows is refused: the export of an empty period."""
    best = whole = None
    for name, records in sheets:
        score, header = _score(records)
        if best is None or score > best[0]:
            best = score, header, name, records
        if header is not None and score[0] and is_signature(header) and (whole is None or score > whole[0]):
            whole = score, header, name, records
    if whole is not None and recognise(best[1] or []).id in (recognise(whole[1]).id, "generic"):
        best = whole
    if best is None or not best[0][3]:
        raise error("ingest.empty_file", file=file)
    (_, after, two, _), header, name, records = best
    if (header and not after) or not two:
        raise error("ingest.excel_no_data", file=file, sheet=shown(name))
    return records, name


def check_xlsx(path, file: str) -> dict[str, dict[tuple[int, int], str]]:
    """Refuse a workbook that would unpack, or lay out, beyond the limits: from its zip directory, then its XML
    streamed in chunks (never a whole part in memory). Returns the formula-error cells of each sheet, by sheet name:
    {(row, column) counted from 1: shown text}."""
    try:
        with zipfile.ZipFile(path) as z:
            parts = z.infolist()
            unpacked = sum(p.file_size for p in parts)
            if unpacked > MAX_UNPACKED:
                raise error("ingest.excel_unpacks_too_large", file=file, size_mb=unpacked // MB,
                            limit_mb=MAX_UNPACKED // MB)
            for p in parts:
                if p.file_size > MB and p.file_size > MAX_RATIO * p.compress_size:
                    raise error("ingest.excel_packed_too_tightly", file=file,
                                ratio=p.file_size // max(p.compress_size, 1), limit=MAX_RATIO)
            if not any(p.filename.lower().endswith("workbook.xml") for p in parts):
                raise error("ingest.excel_corrupt", file=file, detail="no workbook.xml")  # .xlsb, .ods, any zip
            strings = [p for p in parts if p.filename.lower().endswith("sharedstrings.xml")]
            sizes = _string_sizes(z, strings[0], file) if strings else []
            # Any part may be a sheet (the workbook's relations name them, not their paths): each is read.
            cells, errors = 0, {}
            for p in parts:
                if p.filename.lower().endswith(".xml") and p not in strings:
                    cells += _check_sheet(z, p, sizes, file, errors.setdefault(p.filename, {}))
            _check_grid(0, 0, cells, file)
            return _by_sheet_name(z, {k: v for k, v in errors.items() if v}) if any(errors.values()) else {}
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError, ValueError) as e:
        raise error("ingest.excel_corrupt", file=file, detail=str(e)[:120]) from None


def _xml(z: zipfile.ZipFile, part: zipfile.ZipInfo, file: str):
    """A part's bytes in chunks of about 1 MB, each cut after a '>' so that no tag is split between two."""
    rest = b""
    with z.open(part) as fh:
        for chunk in iter(lambda: fh.read(MB), b""):
            data = rest + chunk
            cut = data.rfind(b">") + 1
            if not cut and len(data) > MAX_STRING:
                raise error("ingest.excel_text_too_long", file=file, limit_mb=MAX_STRING // MB)
            yield data[:cut]
            rest = data[cut:]
    yield rest


def _string_sizes(z: zipfile.ZipFile, part: zipfile.ZipInfo, file: str) -> list[int]:
    """The bytes of XML each shared text takes, in order; refused when one is longer than MAX_STRING, or when the
    part declares far more texts than it has (the parser reserves room for all it declares)."""
    sizes, run, declared = [], 0, None
    for chunk in _xml(z, part, file):
        if declared is None:
            m = UNIQUE_COUNT.search(chunk)
            declared = int(m[1]) if m else 0
        lengths = list(map(len, SHARED_STRING.split(chunk)))
        lengths[0] += run  # the first piece ends the text the chunk before began
        sizes += lengths[:-1]
        run = lengths[-1]  # the last may go on in the next chunk
        if max(lengths) > MAX_STRING:
            raise error("ingest.excel_text_too_long", file=file, limit_mb=MAX_STRING // MB)
    sizes = (sizes + [run])[1:]  # what comes before the first text is the list's own opening tag
    if declared > 2 * len(sizes) + 10_000:
        raise error("ingest.excel_corrupt", file=file, detail=f"declares {declared} texts, holds {len(sizes)}")
    return sizes


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _check_grid(rows: int, columns: int, cells: int, file: str) -> None:
    if rows > max_rows() or columns > MAX_COLUMNS:
        raise error("ingest.excel_sheet_too_large", file=file, rows=rows, columns=columns, max_rows=max_rows(),
                    max_columns=MAX_COLUMNS)
    if cells > MAX_CELLS:
        raise error("ingest.excel_too_many_cells", file=file, cells=cells, limit=MAX_CELLS)


def _check_sheet(z: zipfile.ZipFile, part: zipfile.ZipInfo, strings: list[int], file: str,
                 errors: dict[tuple[int, int], str]) -> int:
    """The cells of a sheet's grid as the parser lays it out (0 for a part that is no sheet); refused when its
    declared or real grid, or the shared texts its cells would copy, go past the limits.

    The grid reaches the highest row and column an r="..." names. A row or cell written without one takes the next
    place; when any is, a second pass adds a row for each such row and the most cells in one row to the columns (an
    upper bound, exact when no cell has r="...").
    """
    sheet = odd = False
    rows = columns = cells = 0
    for n, chunk in enumerate(_xml(z, part, file)):
        if n == 0 and (m := DIMENSION.search(chunk)):
            _check_grid(int(m[2]), _column(m[1]), 0, file)
        sheet = sheet or b"sheetData" in chunk
        odd = odd or any(p.search(chunk) for p in ODD_TAGS)
        if (b'"e"' in chunk or b"'e'" in chunk) and ERROR_CELL.search(chunk):
            _errors(chunk, errors)
        n, widest, last = _refs(chunk)
        cells, columns, rows = cells + n, max(columns, widest), max(rows, last)
        if sheet:
            _check_grid(rows, columns, 0, file)  # stop early: the rest can only add
    if not sheet:
        return 0
    if odd:
        more_rows, widest, cells = _unplaced(z, part, rows, columns, file)
        rows, columns = rows + more_rows, columns + widest
    _check_grid(rows, columns, rows * columns, file)
    if strings and cells * max(strings) > MAX_UNPACKED and _shared_text(z, part, strings, file) > MAX_UNPACKED:
        raise error("ingest.excel_too_much_text", file=file, limit_mb=MAX_UNPACKED // MB)
    return rows * columns


def _refs_exact(chunk: bytes) -> tuple[int, int, int]:
    """(how many r="..." positions, the highest column, the highest row) the chunk names, by REF."""
    refs = REF.findall(chunk)
    if not refs:
        return 0, 0, 0
    return len(refs), max(map(_column, set(map(_letters, refs)))), max(map(int, set(map(_digits, refs))))


def _refs(chunk: bytes) -> tuple[int, int, int]:
    """_refs_exact, on the chunk's bytes as an array: a step per letter and per digit over all positions at once,
    instead of a match object per cell. A form no writer uses (spaces around '=', a fourth letter, eleven digits)
    goes to _refs_exact; tests/unit/test_excel_limits.py checks both agree."""
    import numpy as np

    space, letters, numerals = _classes()
    a = np.frombuffer(chunk + bytes(_PAD), np.uint8)
    eq = np.flatnonzero(a == 61)  # '='
    eq = eq[eq > 0]
    if space[a[eq - 1]].any() or space[a[eq + 1]].any():
        return _refs_exact(chunk)
    quote = a[eq + 1]
    at = eq[(a[eq - 1] == 114) & ((quote == 34) | (quote == 39))] + 2  # after r=" or r='
    column = np.zeros(len(at), np.int64)
    for _ in range(3):
        ch = a[at]
        letter = letters[ch]
        column[letter] = column[letter] * 26 + (ch[letter] & 0xDF) - 64
        at = at + letter
    if letters[a[at]].any():
        return _refs_exact(chunk)
    row, digits = np.zeros(len(at), np.int64), np.zeros(len(at), np.int64)
    for _ in range(_PAD // 2):
        ch = a[at]
        digit = numerals[ch]
        if not digit.any():
            break
        row[digit] = row[digit] * 10 + ch[digit] - 48
        digits += digit
        at = at + digit
    if numerals[a[at]].any():
        return _refs_exact(chunk)
    ref = digits > 0  # r="..." with no digits is no position
    return (int(ref.sum()), int(column[ref].max()), int(row[ref].max())) if ref.any() else (0, 0, 0)


@cache
def _classes():
    """Tables by byte value: (whitespace as in a regex's \\s, ASCII letter, digit)."""
    import numpy as np

    tables = np.zeros((3, 256), bool)
    for table, chars in zip(tables, (b" \t\n\r\f\v", string.ascii_letters.encode(), string.digits.encode()),
                            strict=True):
        table[list(chars)] = True
    return tuple(tables)


def _errors(chunk: bytes, errors: dict[tuple[int, int], str]) -> None:
    """The formula-error cells of a chunk of sheet XML into errors; a cell without r="..." or its text cut off by
    the chunk's end is kept as #ERROR? only when its place is known."""
    for m in ERROR_CELL.finditer(chunk):
        ref = REF.search(m[0])
        if ref is None:
            continue
        text = ERROR_TEXT.match(chunk, m.end())
        errors[(int(ref[2]), _column(ref[1]))] = text[1].decode("utf-8", "replace") if text else "#ERROR?"


def _by_sheet_name(z: zipfile.ZipFile, errors: dict) -> dict:
    """errors keyed by part name, keyed by the sheet name the workbook gives that part instead."""
    try:
        book = next(p for p in z.namelist() if p.lower().endswith("workbook.xml"))
        rels = next(p for p in z.namelist() if p.lower().endswith("workbook.xml.rels"))
        sheets = SHEET_NAME.findall(z.read(book)[: 4 * MB])
        targets = {}
        for m in RELATION.finditer(z.read(rels)[: 4 * MB]):
            target, rid = (m[1], m[2]) if m[1] is not None else (m[4], m[3])
            targets[rid.decode("utf-8", "replace")] = target.decode("utf-8", "replace").lstrip("/")
    except (StopIteration, KeyError):
        return {}
    folder = book.rsplit("/", 1)[0] + "/" if "/" in book else ""
    out = {}
    for name, rid in sheets:
        target = targets.get(rid.decode("utf-8", "replace"), "")
        part = target if target.startswith(folder) or target in errors else folder + target
        if part in errors:
            out[unescape(name.decode("utf-8", "replace"))] = errors[part]
    return out


def _unplaced(z: zipfile.ZipFile, part: zipfile.ZipInfo, rows: int, columns: int, file: str) -> tuple[int, int, int]:
    """(rows written without r="...", the most cell tags in one row, all cell tags) of a sheet, from a second pass.
    Upper bounds: tags that merely begin like <c or <row count too, and rows the split cannot see merge."""
    more = widest = run = cells = 0
    for chunk in _xml(z, part, file):
        more += chunk.count(b"<row") + chunk.count(b":row") - chunk.count(b'<row r="')
        counts = [row.count(b"<c") + row.count(b":c") for row in chunk.split(b"<row")]
        cells += sum(counts)
        counts[0] += run  # the first piece ends the row the chunk before began
        widest, run = max(widest, *counts), counts[-1]
        _check_grid(rows + more, columns + widest, 0, file)
    return more, widest, cells


def _shared_text(z: zipfile.ZipFile, part: zipfile.ZipInfo, strings: list[int], file: str) -> int:
    """Bytes of shared text the sheet's cells would copy: each value read as a text's number (numbers that are no
    such reference only add), a value not written plainly as the longest text."""
    total, longest = 0, max(strings)
    for chunk in _xml(z, part, file):
        found = VALUE.findall(chunk)
        total += sum(strings[i] for i in map(int, found) if i < len(strings))
        total += (chunk.count(b"<v") + chunk.count(b":v") - len(found)) * longest
    return total


def _read_xls(path, file: str):
    import xlrd

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = xlrd.open_workbook(path, logfile=io.StringIO())  # xlrd prints its warnings to stdout otherwise
    except xlrd.XLRDError as e:
        raise error("ingest.excel_corrupt", file=file, detail=str(e)[:120]) from None
    cells = sum(s.nrows * s.ncols for s in book.sheets())
    for sheet in book.sheets():
        _check_grid(sheet.nrows, sheet.ncols, cells, file)

    def records(sheet) -> list[list[str]]:
        rows = []
        for r in range(sheet.nrows):
            row = []
            for c in sheet.row(r):
                v = c.value
                if c.ctype == xlrd.XL_CELL_DATE:
                    v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                elif c.ctype == xlrd.XL_CELL_ERROR:  # its value is the error's code: 7 is #DIV/0!, not seven
                    v = xlrd.error_text_from_code.get(v, "#ERROR?")
                row.append(_text(v))
            rows.append(row)
        return rows

    best, sheet = _choose(((s.name, records(s)) for s in book.sheets()), file)
    return best, sheet, book.sheet_names()
