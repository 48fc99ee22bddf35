"""Exports that quote every cell and leave the quotes inside a cell as they are, not doubled as CSV asks.

Bing Webmaster Tools writes its keyword reports so (biendoubrian23/testciviquefrance `…_KeywordReport_4_28_2026.csv`,
fjrevoredo/mini-diarium and Massimilianociconte/WebNovis `…_KeywordReport_….csv`): `"windows 11 "encrypted" journal
app","3","1","33.33%","2"`, or a search for `'["http://a","http://b"]'` whose own `","` looks like a cell's end. Every
one of those downloads was refused at such a line. Only the first cell holds text a person typed; each cell after it
is a plain figure, quoted, without quotes inside. So a line is read from the right: its last cells, one for each header
cell after the first, are the quoted figures, and whatever stands before them is the first cell, quotes and all.

`repair` applies only when every line of the file has that form (the header too), one line per record; otherwise the
reader's refusal stands. DuckDB reads the lines, splits them and writes a copy with the quotes doubled, line for line,
so every row keeps its number."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .delimited import q

MAX_CELLS = 50  # a header's cells for which a line is read from the right (Bing's tables have four or five)


def repair(path: Path) -> tuple[Path, int, int] | None:
    """(a copy of the file as CSV with each first cell's quotes doubled, the caller's to delete; the number of rows
    whose first cell holds a quote; the first such row) when every line is `"text","figure",…,"figure"` with the
    header's number of cells and some first cell holds a quote, else None."""
    import duckdb

    with open(path, "rb") as fh:
        head = fh.readline(64 * 1024).decode("utf-8", "replace").lstrip("\ufeff").rstrip("\r\n")
    if len(head) < 2 or head[0] != '"' or head[-1] != '"' or '"' in head[1:-1].replace('","', ""):
        return None
    n = head.count('","') + 1
    if not 2 <= n <= MAX_CELLS:
        return None
    pattern = '^"(.*)"' + ',"([^"]*)"' * (n - 1) + "$"
    names = [f"c{i}" for i in range(n)]
    lines = (f"SELECT row_number() OVER () AS r, ltrim(rtrim(l, chr(13)), chr(65279)) AS l "
             f"FROM read_csv({q(str(path))}, columns={{'l': 'VARCHAR'}}, delim=chr(1), quote='', escape='', "
             "header=false, auto_detect=false, strict_mode=false, parallel=false)")
    fd, copy = tempfile.mkstemp(suffix=".csv", prefix="koers-quotes-")
    os.close(fd)
    try:
        with duckdb.connect() as con:  # two passes over the lines, neither held in memory: count, then copy
            split = f"SELECT r, regexp_extract(l, {q(pattern)}, {names}) AS s, regexp_full_match(l, {q(pattern)}) " \
                    f"AS ok FROM ({lines})"
            total, good, odd, first = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE ok), count(*) FILTER (WHERE ok AND contains(s.c0, '\"')), "
                f"min(r) FILTER (WHERE ok AND contains(s.c0, '\"')) FROM ({split})").fetchone()
            if total < 2 or good != total or not odd:
                os.unlink(copy)
                return None
            cells = ", ".join(f"s.{c}" for c in names)  # in the file's order: one thread reads, nothing reorders
            con.execute(f"COPY (SELECT {cells} FROM ({split})) TO {q(copy)} (FORMAT csv, HEADER false, "
                        "DELIMITER ',', QUOTE '\"', ESCAPE '\"', FORCE_QUOTE *)")
    except duckdb.Error:
        os.unlink(copy)
        return None
    return Path(copy), odd, first  # a row is the file's line, the header's line 1, as a spreadsheet shows it
