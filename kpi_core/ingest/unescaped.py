"""Exports that quote every cell and leave the quotes inside a cell as they are, not doubled as CSV asks.

Bing Webmaster Tools writes its keyword reports so (biendoubrian23/testciviquefrance `…_KeywordReport_4_28_2026.csv`,
fjrevoredo/mini-diarium and Massimilianociconte/WebNovis `…_KeywordReport_….csv`): `"windows 11 "encrypted" journal
app","3","1","33.33%","2"`, or `""/applications/diary.app"","3",…`. Every one of those downloads was refused at its
first such line. Only the first cell holds text a person typed; each cell after it is a plain figure, quoted, without
quotes inside. So a line that is no CSV line of the header's cells is read from the right: its last cells, one for each
header cell after the first, are the quoted figures, and whatever stands before them is the first cell, quotes and all
(a search for `'["http://a","http://b"]'` keeps its own `","`). A line that is good CSV is read as CSV, its doubled
quotes single.

`repair` applies only when every line of the file is one or the other (the header too; empty lines stay empty), one
line per record; otherwise the reader's refusal stands. DuckDB reads the lines, splits them and writes a copy with the
quotes doubled, line for line, so every row keeps its number. Files over MAX_BYTES keep the refusal: Bing's keyword
reports are a few hundred kilobytes, and reading a line by patterns costs seconds per hundred megabytes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .delimited import max_line_bytes, q

MAX_CELLS = 50  # a header's cells for which a line is read from the right (Bing's tables have four or five)
MAX_BYTES = 50 * 1024 * 1024


def repair(path: Path) -> tuple[Path, int, int] | None:
    """(a copy of the file as CSV with each first cell's quotes doubled, the caller's to delete; the number of rows
    read from the right that hold a quote in their first cell; the first such row) when every line is a CSV line of
    the header's cells or `"text","figure",…,"figure"`, and some line is the second, else None."""
    import mmap

    import duckdb

    size = path.stat().st_size
    if not 0 < size <= MAX_BYTES:
        return None
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        if m.find(b"\x01") != -1:  # the byte the lines are read apart by below
            return None
        head = m.readline().decode("utf-8", "replace").lstrip("\ufeff").rstrip("\r\n")
    if len(head) < 2 or head[0] != '"' or head[-1] != '"' or '"' in head[1:-1].replace('","', ""):
        return None
    n = head.count('","') + 1
    if not 2 <= n <= MAX_CELLS:
        return None
    cell = '"((?:[^"]|"")*)"'  # a CSV cell, quoted, its quotes doubled
    good = "^" + ",".join([cell] * n) + "$"
    right = '^"(.*)"' + ',"([^"]*)"' * (n - 1) + "$"
    names = [f"c{i}" for i in range(n)]
    as_csv = ", ".join(f"{c} := replace(g['{c}'], '\"\"', '\"')" for c in names)  # its quotes single again
    lines = (f"SELECT row_number() OVER () AS r, ltrim(rtrim(l, chr(13)), chr(65279)) AS l "
             f"FROM read_csv({q(str(path))}, columns={{'l': 'VARCHAR'}}, delim=chr(1), quote='', escape='', "
             f"header=false, auto_detect=false, strict_mode=false, parallel=false, "
             f"max_line_size={max_line_bytes() + 2})")
    # Each pattern matched once per line; the columns before name the ones after (DuckDB's lateral aliases).
    split = (f"SELECT r, coalesce(l, '') = '' AS blank, regexp_full_match(l, {q(good)}) AS csv, "
             f"regexp_full_match(l, {q(right)}) AS odd, regexp_extract(l, {q(good)}, {names}) AS g, "
             f"CASE WHEN csv THEN struct_pack({as_csv}) ELSE regexp_extract(l, {q(right)}, {names}) END AS s "
             f"FROM ({lines})")
    fd, copy = tempfile.mkstemp(suffix=".csv", prefix="koers-quotes-")
    os.close(fd)
    try:
        with duckdb.connect() as con:  # two passes over the lines, neither held in memory: count, then copy
            total, known, odd, first = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE blank OR csv OR odd), "
                "count(*) FILTER (WHERE NOT csv AND odd AND contains(s.c0, '\"')), "
                f"min(r) FILTER (WHERE NOT csv AND odd AND contains(s.c0, '\"')) FROM ({split})").fetchone()
            if total < 2 or known != total or not odd:
                os.unlink(copy)
                return None
            cells = ", ".join(f"s.{c}" for c in names)  # in the file's order: one thread reads, nothing reorders
            con.execute(f"COPY (SELECT {cells} FROM ({split})) TO {q(copy)} (FORMAT csv, HEADER false, "
                        "DELIMITER ',', QUOTE '\"', ESCAPE '\"', FORCE_QUOTE *)")
    except BaseException as e:
        os.unlink(copy)
        if isinstance(e, duckdb.Error):
            return None
        raise
    return Path(copy), odd, first  # a row is the file's line, the header's line 1, as a spreadsheet shows it
