"""Per-file decisions on a sample: encoding, delimiter, header row. Nothing here looks at every row."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from ..errors import error, shown

SAMPLE_BYTES = 1 << 20  # 1 MiB is enough to see preamble, header and a few thousand rows
HEADER_WITHIN = 200  # the records in which the header is looked for
SAMPLE_ROWS = 2000  # the data records after it that the reader decides columns on (read_export's sample)
# A quoted cell may fill the whole sample (the file's line limit is checked before, delimited._scan): the csv
# module's own limit of 128 KB would raise on it.
csv.field_size_limit(max(csv.field_size_limit(), 2 * SAMPLE_BYTES))
DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Sniffed:
    """What one file looks like, decided on a sample."""

    encoding: str  # python codec name of the file as written
    delimiter: str
    header_row: int  # 0-based line of the header in the file
    header: list[str]
    data_line: int  # lines before the first data record (what DuckDB's `skip` takes)
    preamble: list[list[str]] = field(default_factory=list)  # records before the header
    sample: list[list[str]] = field(default_factory=list)  # data records after the header (sample only)
    comment_rows: int = 0  # '#' lines before the header (GA4)
    comments: list[str] = field(default_factory=list)  # those lines' text (GA4 states its period there)


# Kana as Japanese text always holds them: hiragana and full-width katakana (Western text read as Shift-JIS gives
# kanji and half-width katakana, never these).
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")


def _shift_jis(head: bytes) -> bool:
    """Whether the bytes are Japanese text in Shift-JIS (Windows' cp932), as TikTok's Japanese interface downloads
    (Shione4937/ads tiktok.csv): they decode as such to the end (the sample may cut the last character) and hold
    kana."""
    try:
        text = codecs.getincrementaldecoder("cp932")(errors="strict").decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return len(_KANA.findall(text)) >= 3


def binary_zeros(count: int, size: int) -> bool:
    """Whether `count` NUL bytes among `size` make binary data rather than text with a few stray NULs in its cells
    (Salesforce's data export writes one before a rich-text value): more than one in a hundred bytes."""
    return count > max(8, size // 100)


def detect_encoding(head: bytes, file: str) -> str:
    """BOMs first, then UTF-16 without BOM (NUL every other byte), then UTF-8, then Japanese Shift-JIS, then Mac
    Roman where its reading makes words and Windows-1252's does not, else cp1252."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if len(head) >= 4:
        even, odd = head[0:2000:2], head[1:2000:2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    if binary_zeros(head.count(0), len(head)):  # a few NUL bytes in text cells are left out later (delimited)
        raise error("ingest.not_a_table", file=file)
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 4:  # the sample cut a character in two
            return "utf-8"
    if _shift_jis(head):
        return "cp932"
    return "mac_roman" if mac_roman(head) else "cp1252"


# Marks either codec writes between words: no letter, yet no sign of the wrong reading
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MARKS = frozenset("’‘“”‚„–—…•€°«»")


def _fits_words(text: str) -> int:
    """How many non-ASCII characters read as text would: a mark, or a letter of the case of a letter beside it
    ('Curaçao', 'RÉUNION'; not 'RŽunion' or 'CafÈ')."""
    n = 0
    for m in _NON_ASCII.finditer(text):  # the few such characters, not every one of a chunk of megabytes
        i, c = m.start(), m.group()
        if c in _MARKS:
            n += 1
        elif c.isalpha():
            near = (text[i - 1] if i else " ", text[i + 1] if i + 1 < len(text) else " ")
            n += any(x.isalpha() and x.islower() == c.islower() for x in near)
    return n


def mac_roman(head: bytes) -> bool:
    """Whether the bytes are Mac Roman, as Excel for Mac saves a CSV: 'é' is byte 8E, which Windows-1252 reads as
    'Ž', and 'ç' byte 8D, which it leaves undefined (VanderbiltHustler/HustlerWrapped2025-2026 `data-export.csv`:
    'Curaçao', 'Réunion' among GA4's countries, refused as broken text). Its reading must make more words than
    Windows-1252's, and where that one fails, words of nearly every byte: broken bytes stay refused."""
    mac = head.decode("mac_roman")
    try:
        other = _fits_words(head.decode("cp1252"))
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 1:  # the sample cut the file at that byte: judge what came before it
            return mac_roman(head[:e.start]) if e.start else False
        # and a small letter among them: a stray byte between capitals ('A\x81B') makes no word of either
        high = _NON_ASCII.findall(mac)
        return _fits_words(mac) >= 0.8 * len(high) and any(c.islower() for c in high)
    return _fits_words(mac) > other


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    return list(islice(csv.reader(io.StringIO(text), delimiter=delimiter), limit))


def _line_ends(text: str, delimiter: str, upto: int) -> list[int]:
    """For the first `upto` records: the number of lines read once each record is complete."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    ends = []
    for _ in range(upto):
        if next(reader, None) is None:
            break
        ends.append(reader.line_num)
    return ends


def _score(records: list[list[str]]) -> tuple[int, int]:
    """How table-like a parse is: (rows with the most common width, that width)."""
    widths = Counter(len(r) for r in records if any(c.strip() for c in r))
    if not widths:
        return 0, 0
    width, count = max(widths.items(), key=lambda kv: (kv[1] * (kv[0] > 1), kv[0]))
    return (count if width > 1 else 0), width


def sniff_text(text: str, file: str, encoding: str, is_header, max_width: int | None = None) -> Sniffed:
    """Decide delimiter and header row from the decoded start of a file; a record of more than `max_width` cells
    is refused naming its line, before any header is looked for (that looks at every cell)."""
    lines = text.splitlines()
    if len(text) >= SAMPLE_BYTES // 2 and lines:
        lines = lines[:-1]  # the sample may cut the last line
    comments = 0
    while comments < len(lines) and lines[comments].lstrip().startswith("#"):
        comments += 1
    body = "\n".join(lines[comments:])
    head = body[:65536]  # enough rows to tell the delimiter; the full sample is parsed once, below
    best = max(DELIMITERS, key=lambda d: _score(_records(head, d)))
    # Only the records the header search and the sample look at: the rest of the 1 MiB would be parsed into a
    # hundred thousand strings for nothing (DuckDB reads every record).
    records = _records(body, best, HEADER_WITHIN + 1 + SAMPLE_ROWS)
    count, width = _score(records)
    # The width a header without known names must have is the first table's: GA4's later tables, each under a '#'
    # block of its own, may be wider and longer (rustom/website-analytics `data-export.csv`: 'City,Users', then
    # 'City,Users,New users' and a table of ten columns, whose width left the first header unfound).
    first = _until_comment(records)
    if len(first) < len(records) and (cut := _score(first))[0] >= 2:
        width = cut[1]
    if count < 2 and not records:
        raise error("ingest.empty_file", file=file)
    if max_width is not None:
        # A record past those may be too wide too: the whole sample is parsed only when a line could be.
        every = _records(body, best) if any(x.count(best) >= max_width for x in lines[comments:]) else records
        wide = next((i for i, r in enumerate(every) if len(r) > max_width), None)
        if wide is not None:
            line = comments + _line_ends(body, best, wide + 1)[wide]
            raise error("ingest.too_many_columns", file=file, row=line, columns=len(every[wide]), limit=max_width)
    # Below a comment block (GA4's '# Start date:' lines) the first record is its table's header: a Reports snapshot
    # may open with a card of one row of figures ('Active users,New users,Event count': the property's 1,291 users)
    # whose names alone would not make a header, and the next table (by page, its users counted again on every page)
    # was read instead.
    header_at = 0 if comments and _heads_table(records) else find_header(records, width, is_header)
    if header_at is None:
        # Lines of one filled cell alone (LinkedIn's 'Ad Performance Report (in UTC)', 'Report Start: …' over
        # nothing: robby0825/robbytrinidad creative_performance_report.csv): a report's heading without its table
        lines = [r for r in records if any(c.strip() for c in r)]
        if 0 < len(lines) <= 20 and all(sum(1 for c in r if c.strip()) == 1 for r in lines) \
                and any(re.search(r":(?!//)", c) for r in lines for c in r):  # 'Report Start: …', no address
            raise error("ingest.heading_only", file=file, line=shown(lines[0][0].strip() or "-", 60))
        if len(lines) > 1 and all(len(r) == 1 for r in lines):
            # A list of one column (Bing Webmaster Tools' FailingUrls: '"URL"' over 31 addresses;
            # h1site/quebec-business-directory): it has a header, and no figures
            raise error("ingest.one_column", file=file, header=shown(lines[0][0].strip(), 60))
        raise error("ingest.no_header", file=file)
    ends = _line_ends(body, best, header_at + 1)
    return Sniffed(
        encoding=encoding,
        delimiter=best,
        header_row=comments + (ends[header_at - 1] if header_at else 0),
        header=[c.strip() for c in records[header_at]],
        data_line=comments + ends[header_at],
        preamble=records[:header_at],
        sample=_until_comment(records[header_at + 1:]),
        comment_rows=comments,
        comments=lines[:comments],
    )


def _heads_table(records: list[list[str]]) -> bool:
    """Whether the first record is a row of names (two or more, none mostly digits) over a row of as many cells."""
    if len(records) < 2:
        return False
    filled = [c for c in records[0] if c.strip()]
    nxt = [c for c in records[1] if c.strip()]
    return len(filled) >= 2 and not any(_numeric(c) for c in filled) and len(nxt) >= len(filled) - 1 >= 1


def _until_comment(records: list[list[str]]) -> list[list[str]]:
    """Data records up to a comment line, where another table begins (GA4's chart tables)."""
    for i, rec in enumerate(records):
        if comment_line(rec, i > 0 and not records[i - 1]):
            return records[:i]
    return records


def comment_line(cells: list[str], after_empty: bool) -> bool:
    """Whether a record after the header is a comment line: its first cell starts with '#', and it follows an empty
    line or holds no filled cell past its first, as GA4's rule and date lines do. A data row such as '#1 deals,20,2'
    (a campaign or page named with a hashtag) is none."""
    return bool(cells) and cells[0].lstrip().startswith("#") and (after_empty or not any(c.strip() for c in cells[1:]))


HEADER_CELLS = 40_000  # cells asked whether they are column names: 200 rows of 200 columns, 20 rows of 2,000


def find_header(records: list[list[str]], width: int, is_header) -> int | None:
    """The first record that looks like a header: known column names, else the first full-width text row.

    Known names are looked for in the first HEADER_WITHIN records and HEADER_CELLS cells: asking costs a look-up per
    cell per tool, so a wide file of text would otherwise take minutes."""
    fallback = None
    budget = HEADER_CELLS
    for i, rec in enumerate(records[:HEADER_WITHIN]):
        cells = [c.strip() for c in rec]
        filled = [c for c in cells if c]
        if len(filled) < 2:
            continue
        # No column name of any tool is mostly digits: a row of figures and dates is no header.
        if budget > 0 and sum(1 for c in filled if not _numeric(c)) >= 2:
            budget -= len(cells)
            if is_header(cells):
                return i
        if fallback is None and len(rec) >= max(width - 1, 2) and not any(_numeric(c) for c in filled):
            nxt = records[i + 1] if i + 1 < len(records) else []
            # The last record alone: the header of a table without rows (Meta's download of a period without
            # delivery), refused as such later, not as a file without a header.
            if len(nxt) >= len(rec) - 1 or i == len(records) - 1:
                fallback = i
    return fallback


def _numeric(cell: str) -> bool:
    digits = sum(ch.isdigit() for ch in cell)
    return digits > 0 and digits >= 0.5 * len(cell.replace(" ", ""))


def read_head(path, file: str) -> bytes:
    """The first SAMPLE_BYTES of a file."""
    with open(path, "rb") as fh:
        return fh.read(SAMPLE_BYTES)


def decode_head(head: bytes, encoding: str) -> str:
    """Decode a sample, tolerating a character cut at the end."""
    return head.decode(encoding, errors="ignore").lstrip("\ufeff")
