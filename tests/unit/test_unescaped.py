"""Exports that quote every cell and leave quotes inside a cell undoubled (Bing Webmaster Tools' keyword reports):
each line is read from the right, the first cell keeps its quotes; any other broken quoting is still refused."""

import csv

import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export
from kpi_core.ingest.period import given
from kpi_core.ingest.unescaped import repair

# The layout of fjrevoredo/mini-diarium and lucab85/lucaberton.com `…_KeywordReport_….csv`: UTF-8 with a BOM, every
# cell quoted, quotes inside the keyword left as typed, one keyword holding '","' itself. Keywords and figures made up.
HEAD = '"Keyword","Impressions","Clicks","CTR","Avg. Position"'
LINES = [
    '"diary app","509","1","0.2%","6.903737917485265"',
    '""/applications/diary.app"","3","3","100%","1"',
    '"windows 11 "encrypted" journal app","2","1","50%","4"',
    """"config set origins '["http://127.0.0.1:18789","http://host:18789"]'","2","0","0%","5\"""",
    '"offline diary","1","2","200%","1"',
]
KEYWORDS = ['diary app', '"/applications/diary.app"', 'windows 11 "encrypted" journal app',
            """config set origins '["http://127.0.0.1:18789","http://host:18789"]'""", 'offline diary']


def _file(write, lines, name="site_KeywordReport_7_13_2026.csv"):
    return write(name, "\ufeff" + "\r\n".join([HEAD, *lines]) + "\r\n")


def test_a_keyword_report_with_undoubled_quotes_is_read_from_the_right_and_said(write):
    path = _file(write, LINES)
    r = read_export(path, period=given("2026-04-14..2026-07-11"))
    assert r.info["source"] == "bing_webmaster" and r.info["rows"] == 5
    assert sum(r.rows.column("organic_impressions").to_pylist()) == 509 + 3 + 2 + 2 + 1
    assert sum(r.rows.column("organic_clicks").to_pylist()) == 1 + 3 + 1 + 0 + 2
    said = r.info["warning_codes"][0]
    assert said == {"code": "ingest.unescaped_quotes", "params": {"count": 3, "row": 3}}
    assert "row 3" in r.info["warnings"][0]


def test_the_first_cell_keeps_its_quotes_and_every_line_its_number(write):
    copy, rows, first = repair(_file(write, LINES))
    try:
        with open(copy, newline="", encoding="utf-8") as fh:
            records = list(csv.reader(fh))
    finally:
        copy.unlink()
    assert records[0] == ["Keyword", "Impressions", "Clicks", "CTR", "Avg. Position"]
    assert [rec[0] for rec in records[1:]] == KEYWORDS
    assert [rec[1] for rec in records[1:]] == ["509", "3", "2", "2", "1"]
    assert (rows, first) == (3, 3)


@pytest.mark.parametrize("lines", [
    ['"diary app","5"09","1","0.2%","6.9"'],  # a quote in a figure: no reading from the right can tell
    ['"diary app","509","1","0.2%"'],  # a line short of a cell
    ['diary "app",509,1,0.2%,6.9'],  # cells not all quoted
])
def test_any_other_broken_quoting_is_still_refused(write, lines):
    with pytest.raises(KoersError) as e:
        read_export(_file(write, [LINES[0], *lines, LINES[2]]), period=given("2026-04-14..2026-07-11"))
    assert e.value.code in ("ingest.bad_quote", "ingest.unclosed_quote")


def test_a_line_of_good_csv_beside_them_is_read_as_csv_and_not_counted(write):
    # Doubled quotes are CSV's own: read from the right they would stay doubled in the name.
    path = write("site_KeywordReport_7_13_2026.csv", "\n".join(
        [HEAD, '"say ""hi"" diary","4","1","25%","3"', LINES[2], ""]) + "\n\n")  # blank lines at the end too
    copy, rows, first = repair(path)
    try:
        with open(copy, newline="", encoding="utf-8") as fh:
            records = [rec for rec in csv.reader(fh) if any(rec)]
    finally:
        copy.unlink()
    assert [rec[0] for rec in records[1:]] == ['say "hi" diary', KEYWORDS[2]]
    assert (rows, first) == (1, 3)


def test_a_file_holding_the_byte_lines_are_read_apart_by_is_left_refused(write):
    assert repair(_file(write, [LINES[2] + "\x01junk"])) is None
