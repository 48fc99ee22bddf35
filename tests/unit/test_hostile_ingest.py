"""The reader's bounds, in process and counted by hand: line length, width, encodings, NUL bytes, quotes, the years
a date may have, figures that are no figures, and the plausibility warnings. The same files through the command line,
under a memory limit, are in tests/hostile."""

import datetime as dt
import math
from pathlib import Path

import pytest

from kpi_core.errors import KoersError, shown
from kpi_core.i18n import t
from kpi_core.ingest import delimited, read_export
from kpi_core.ingest.delimited import max_columns, max_line_bytes
from kpi_core.ingest.parse import balanced_sum
from kpi_core.ingest.period import Period
from kpi_core.ingest.plausible import rules_for
from kpi_core.ingest.values import year_range

H = "Day,Campaign,Impressions,Clicks,Cost\n"
PAST_SAMPLE = 40_000  # rows that fill more than the 1 MiB the sniffer reads


def rows(n: int, start: int = 0) -> str:
    return "".join(f"2025-01-{1 + i % 28:02d},Camp {i},{100 + i},{i % 50},{i % 7}.50\n"
                   for i in range(start, start + n))


def refused(path, **kw) -> KoersError:
    with pytest.raises(KoersError) as e:
        read_export(path, **kw)
    return e.value


def codes(result) -> list[str]:
    return [w["code"] for w in result.info["warning_codes"]]


def params(result, code: str) -> dict:
    return next(w["params"] for w in result.info["warning_codes"] if w["code"] == code)


def campaigns(result) -> list[str]:
    return result.rows.column("campaign").to_pylist()


def test_the_limits_and_their_settings(monkeypatch):
    assert (max_line_bytes(), max_columns(), year_range()) == (1_000_000, 2000, (1990, 2100))
    monkeypatch.setenv("KOERS_MAX_LINE_BYTES", "500")
    monkeypatch.setenv("KOERS_MAX_COLUMNS", "7")
    monkeypatch.setenv("KOERS_MIN_YEAR", "1900")
    monkeypatch.setenv("KOERS_MAX_YEAR", "2200")
    assert (max_line_bytes(), max_columns(), year_range()) == (500, 7, (1900, 2200))


# Line length: checked on the bytes before any parse, and on each record while DuckDB reads.

@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_line_of_exactly_the_limit_is_read_one_more_byte_is_refused(write, monkeypatch, newline):
    monkeypatch.setenv("KOERS_MAX_LINE_BYTES", "1000")
    line = "2025-01-09," + "x" * (1000 - 17) + ",1,1,1"  # 1000 characters
    ok = write("ok.csv", (H + rows(3) + line + "\n" + rows(1)).replace("\n", newline))
    assert len(line) == 1000 and read_export(ok).info["rows"] == 5
    e = refused(write("long.csv", (H + rows(3) + line + "x\n" + rows(1)).replace("\n", newline)))
    assert (e.code, e.row, e.info["limit_kb"]) == ("ingest.line_too_long", 5, 1)
    assert "xxxxxxxxxx" not in e.message("en")  # named, never repeated


def test_a_limit_raised_past_the_read_buffer_reads_a_line_of_that_length(write, monkeypatch):
    # DuckDB refuses a buffer no longer than max_line_size: the buffer grows with the limit (delimited.BUFFER).
    monkeypatch.setenv("KOERS_MAX_LINE_BYTES", str(delimited.BUFFER + 1_000_000))
    line = "2025-01-09," + "x" * (delimited.BUFFER + 500_000) + ",1,1,1"
    r = read_export(write("wide_line.csv", H + rows(3) + line + "\n" + rows(2, 3)))
    assert r.info["rows"] == 6 and max(map(len, campaigns(r))) == delimited.BUFFER + 500_000


def test_records_over_many_read_buffers_are_all_read_in_order(write):
    n = 3 * delimited.BUFFER // 40  # each row is about 40 bytes: the file spans four buffers
    r = read_export(write("buffers.csv", H + rows(n)))
    got = campaigns(r)
    assert r.info["rows"] == n and got[0] == "Camp 0" and got[-1] == f"Camp {n - 1}"
    assert sum(int(c[5:]) for c in got) == n * (n - 1) // 2  # each row once


def test_a_long_first_line_is_refused_before_the_sniffer_sees_a_cut_sample(write):
    e = refused(write("head.csv", "Day,Clicks," + "x" * 3_000_000 + "\n2025-01-01,1,1\n"))
    assert (e.code, e.row) == ("ingest.line_too_long", 1)


def test_a_long_last_line_without_a_line_break_is_refused(write):
    e = refused(write("tail.csv", H + rows(5) + "2025-01-09,A," + "7" * 1_500_000))
    assert (e.code, e.row) == ("ingest.line_too_long", 7)


def test_a_quoted_record_of_short_lines_over_the_limit_is_refused_while_reading(write):
    # 10 rows, then a quoted cell of 300,000 short lines: no line is long, the record is 1.5 MB.
    e = refused(write("record.csv", H + rows(10) + '2025-01-09,"' + "yyyy\n" * 300_000 + '",1,1,1\n' + rows(3)))
    assert (e.code, e.row) == ("ingest.line_too_long", 12)


# Width.

@pytest.mark.parametrize("before", [3, PAST_SAMPLE])  # within the sniffer's sample, and past it (DuckDB alone reads it)
def test_a_data_row_with_a_cell_past_the_header_is_refused_naming_the_row_and_the_cell(write, before):
    moved = "2025-01-09,Sale, summer,100,5,1.50\n"  # a campaign name with the delimiter, unquoted: cells move right
    e = refused(write("moved.csv", H + rows(before) + moved + rows(2, before)))
    assert (e.code, e.row, e.info["value"], e.info["columns"], e.info["count"]) == (
        "ingest.beyond_header", before + 2, "1.50", 5, 1)
    assert f"row {before + 2}" in e.message("en") and f"rij {before + 2}" in e.message("nl")


def test_every_such_row_is_counted_and_the_first_is_named(write):
    wide = "2025-01-09,A,1,1,1,x\n"
    e = refused(write("wide.csv", H + rows(5) + wide + rows(3) + wide * 2))
    assert (e.code, e.row, e.info["value"], e.info["count"]) == ("ingest.beyond_header", 7, "x", 3)


def test_empty_cells_past_the_header_and_a_wider_totals_row_are_no_such_row(write):
    # A trailing delimiter on every data row (empty cells past the header), and a totals row with a note past it.
    body = "".join(r.rstrip("\n") + ",,\n" for r in rows(PAST_SAMPLE + 5).splitlines(keepends=True))
    r = read_export(write("trailing.csv", H + body + "Total,,500,5,1.50,all campaigns\n"))
    assert r.info["rows"] == PAST_SAMPLE + 5 and r.info["skipped"]["totals"] == 1
    assert sum(r.rows.column("impressions").to_pylist()) == sum(100 + i for i in range(PAST_SAMPLE + 5))


# Past the sample, DuckDB is given one column more than the widest record it holds. A later record whose cell right
# past the header is empty and whose next one is filled (two names with the delimiter, a note after a gap) ran past
# that column too: DuckDB's lenient mode left the cell out without a word.
@pytest.mark.parametrize("wide, value", [
    ("2025-01-09,A,1,1,1,,note\n", "note"),
    ("2025-01-09,A,1,1,1,,,,,,,,,,,,,,,,,,,,,x\n", "x"),  # twenty empty cells, then one
])
def test_a_later_row_with_a_filled_cell_after_an_empty_one_past_the_header_is_refused(write, wide, value):
    e = refused(write("gap.csv", H + rows(PAST_SAMPLE) + wide + rows(3, PAST_SAMPLE) + wide))
    assert (e.code, e.row, e.info["value"], e.info["columns"], e.info["count"]) == (
        "ingest.beyond_header", PAST_SAMPLE + 2, value, 5, 2)


@pytest.mark.parametrize("tail", [",,all campaigns", ", , ,,,"])  # a note after a gap; cells of spaces only
def test_a_later_totals_row_with_a_note_after_a_gap_or_cells_of_spaces_are_read(write, tail):
    r = read_export(write("gapnote.csv", H + rows(PAST_SAMPLE) + rows(2, PAST_SAMPLE).replace("\n", ", , ,,,\n")
                          + "Total,,5000,500,10" + tail + "\n"))
    assert r.info["rows"] == PAST_SAMPLE + 2 and r.info["skipped"]["totals"] == 1
    assert sum(r.rows.column("impressions").to_pylist()) == sum(100 + i for i in range(PAST_SAMPLE + 2))


def test_a_row_wider_than_the_column_limit_past_the_sample_is_refused_naming_it(write):
    e = refused(write("far.csv", H + rows(PAST_SAMPLE) + "2025-01-09,A,1,1,1,," + ",".join("x" * 2100) + "\n"))
    assert (e.code, e.row, e.info["columns"], e.info["limit"]) == (
        "ingest.too_many_columns", PAST_SAMPLE + 2, 2106, 2000)


def test_a_file_whose_lines_end_both_ways_is_read_in_full(write):
    # DuckDB's strict mode cannot read LF and CRLF lines in one file; its lenient mode reads every row.
    r = read_export(write("mixed.csv", H + rows(4).replace("\n", "\r\n") + rows(3, 4)))
    assert r.info["rows"] == 7 and campaigns(r) == [f"Camp {i}" for i in range(7)]


def slashed(n: int, start: int = 0) -> str:
    """rows() with dates written 05/01/2025 (day first): the plan reads the whole date column to tell the order."""
    return "".join(f"{1 + i % 28:02d}/01/2025,Camp {i},{100 + i},{i % 50},{i % 7}.50\n"
                   for i in range(start, start + n))


# The plan reads `raw` before the rows are parsed (dates with slashes; a period the file states, with one date in
# the sample): what DuckDB's strict mode stops at there is read past the same way.
@pytest.mark.parametrize("text, kept, totals", [
    (H + slashed(PAST_SAMPLE) + "Total,,5000,500,10,,all campaigns\n", PAST_SAMPLE, 1),
    (H + slashed(5).replace("\n", "\r\n") + slashed(3, 5), 8, 0),
    ("Campaign report\n1 January 2025 - 31 January 2025\n" + H  # every row dated the period's first day
     + "".join(f"2025-01-01,Camp {i},1,1,1\n" for i in range(PAST_SAMPLE)) + "Total,,1,1,1,,all\n", PAST_SAMPLE, 1),
])
def test_what_the_strict_mode_stops_at_while_the_columns_are_planned_is_read_past(write, text, kept, totals):
    r = read_export(write("plan.csv", text))
    assert (r.info["rows"], r.info["skipped"]["totals"]) == (kept, totals)


def test_a_later_data_row_past_the_header_is_refused_in_a_file_of_slashed_dates(write):
    e = refused(write("slash.csv", H + slashed(PAST_SAMPLE) + "05/01/2025,A,1,1,1,,x\n" + slashed(2)))
    assert (e.code, e.row, e.info["value"]) == ("ingest.beyond_header", PAST_SAMPLE + 2, "x")


def test_a_record_far_past_the_header_is_read_again_once(write, monkeypatch):
    # DuckDB names the first cell too many; the read takes the quoted line's cells at once, not one doubling a read.
    calls, loosen = [], delimited.loosen
    monkeypatch.setattr(delimited, "loosen", lambda *a: calls.append(1) or loosen(*a))
    r = read_export(write("far.csv", H + rows(PAST_SAMPLE) + "Total,,5000,500,10" + "," * 300 + "note\n"))
    assert (r.info["rows"], r.info["skipped"]["totals"], len(calls)) == (PAST_SAMPLE, 1, 1)

def test_a_column_without_a_name_that_holds_values_is_named_in_a_warning(write):
    # An index column written by a script (empty first header cell), and a gap between two named columns.
    text = ",Day,Campaign,,Clicks\n" + "".join(f"{i},2025-01-{i + 1:02d},A,note {i},{i}\n" for i in range(4))
    r = read_export(write("unnamed.csv", text))
    assert r.info["rows"] == 4 and sum(r.rows.column("clicks").to_pylist()) == 0 + 1 + 2 + 3
    assert [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.unnamed_column"] == [
        {"column": "A", "value": "0"}, {"column": "D", "value": "note 0"}]
    assert "Column D has no name" in " ".join(r.info["warnings"])


def test_empty_columns_without_a_name_and_trailing_delimiters_give_no_such_warning(write):
    text = "Day,,Campaign,Clicks,\n" + "".join(f"2025-01-{i + 1:02d},,A,{i},\n" for i in range(4))
    assert "ingest.unnamed_column" not in codes(read_export(write("empty.csv", text)))


def test_more_columns_than_the_limit_are_refused_naming_the_line(write):
    e = refused(write("wide.csv", ",".join(["Day"] + [f"c{i}" for i in range(2000)]) + "\n"
                      + ",".join(["2025-01-01"] + ["1"] * 2000) + "\n"))
    assert (e.code, e.row, e.info["columns"], e.info["limit"]) == ("ingest.too_many_columns", 1, 2001, 2000)


def test_a_data_row_wider_than_the_limit_names_its_own_line(write, monkeypatch):
    monkeypatch.setenv("KOERS_MAX_COLUMNS", "10")
    e = refused(write("row.csv", H + rows(2) + ",".join(["1"] * 11) + "\n"))
    assert (e.code, e.row, e.info["columns"]) == ("ingest.too_many_columns", 4, 11)


@pytest.mark.parametrize("at", [3, 2_500, 9_000])
def test_a_data_row_wider_than_the_limit_anywhere_in_the_sample_is_refused(write, monkeypatch, at):
    # The sniff parses the first 2,201 records only; a wider line further into the first MiB is still found (its
    # cells past the first empty one would otherwise be left out by the read without a word).
    monkeypatch.setenv("KOERS_MAX_COLUMNS", "10")
    lines = rows(10_000).splitlines()
    lines[at] += ",,,,,,x"
    e = refused(write("late_wide.csv", H + "\n".join(lines) + "\n"))
    assert (e.code, e.row, e.info["columns"]) == ("ingest.too_many_columns", H.count("\n") + at + 1, 11)


def test_two_thousand_columns_are_read_with_their_figures(write):
    header = ",".join(["Day"] + [f"Clicks {i}" for i in range(1999)])
    body = "".join(",".join([f"2025-01-{d:02d}", str(d)] + ["1"] * 1998) + "\n" for d in range(1, 29))
    r = read_export(write("wide.csv", header + "\n" + body))
    assert r.info["rows"] == 28
    assert sum(r.rows.column("clicks").to_pylist()) == sum(range(1, 29))  # 'Clicks 0', the first such column


def test_twelve_hundred_known_columns_stay_within_duckdbs_expression_depth(write):
    header = ",".join(["Day"] + ["Clicks", "Impressions", "Cost", "Conversions", "Revenue", "Orders"] * 200)
    body = "".join(",".join([f"2025-01-{d:02d}"] + ["2"] * 1200) + "\n" for d in range(1, 11))
    r = read_export(write("known.csv", header + "\n" + body))
    assert r.info["rows"] == 10 and sum(r.rows.column("clicks").to_pylist()) == 20


def test_a_balanced_sum_nests_logarithmically():
    sql = balanced_sum([f"t{i}" for i in range(2000)])
    depth = deepest = 0
    for ch in sql:
        depth += (ch == "(") - (ch == ")")
        deepest = max(deepest, depth)
    assert sql.count("+") == 1999 and deepest == 10  # ceil(log2(2000)) - 1 levels of parentheses
    assert balanced_sum(["a"]) == "a" and balanced_sum([]) == "0"


# NUL bytes and quotes.

def test_a_nul_byte_in_a_cell_is_left_out_and_said_by_its_line(write):
    # Salesforce's data export writes a NUL before a rich-text value (WinkelDev/Salesforce-Data-Changelog
    # Opportunity.csv): the file was refused as no CSV at all.
    r = read_export(write("nul.csv", H + rows(PAST_SAMPLE) + "2025-02-01,A\x00B,1,1,1\n"))
    assert r.info["rows"] == PAST_SAMPLE + 1 and r.rows.column("campaign").to_pylist()[-1] == "AB"
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.nul_removed"]
    assert said == [{"count": 1, "rows": str(PAST_SAMPLE + 2)}]


def test_a_nul_character_in_utf16_is_left_out_after_transcoding(write):
    r = read_export(write("nul16.csv", "Day\tCampaign\tClicks\n2025-01-01\tA\t1\n2025-01-02\tx\x00y\t2\n",
                          encoding="utf-16"))
    assert r.rows.column("campaign").to_pylist() == ["A", "xy"] and r.info["rows"] == 2
    assert {"code": "ingest.nul_removed", "params": {"count": 1, "rows": "3"}} in r.info["warning_codes"]


def test_nul_bytes_and_later_windows_1252_bytes_are_both_read_and_said(write, tmp_path, monkeypatch):
    # The copy without NUL bytes was dropped for one made from the original again, NULs and all: refused, and the
    # first copy left behind.
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    text = (H + "2025-01-01,A\x00B,1,1,1\n" + rows(PAST_SAMPLE)).encode() + "2025-02-01,Crème,5,1,1\n".encode("cp1252")
    r = read_export(write("both.csv", text))
    assert "ingest.nul_removed" in {w["code"] for w in r.info["warning_codes"]}
    assert r.info["encoding"] == "cp1252" and r.rows.column("campaign").to_pylist()[-1] == "Crème"  # ASCII before
    assert r.info["rows"] == PAST_SAMPLE + 2 and list((tmp_path / "tmp").iterdir()) == []
    two = read_export(write("two.csv", H + "2025-01-01,A\x00B\x00C,1,1,1\n"))
    assert {"code": "ingest.nul_removed", "params": {"count": 2, "rows": "2"}} in two.info["warning_codes"]


def test_a_file_of_nul_bytes_after_its_rows_is_still_refused(write):
    e = refused(write("zeros.csv", H + rows(PAST_SAMPLE) + "\x00" * 50_000))
    assert (e.code, e.row) == ("ingest.nul_byte", PAST_SAMPLE + 2)
    assert refused(write("head.csv", "\x00" * 100 + H + rows(3))).code == "ingest.not_a_table"


@pytest.mark.parametrize("tail, row", [
    ('2025-01-09,"never closed,1,1,1\n' + rows(5), 7),  # swallows the lines after it
    ('2025-01-09,"never closed,1,1,1\n' + rows(3) + '2025-01-20,"Smith, J",1,1,1\n', 7),  # closed by a later quote
    ('2025-01-09,"open,1,1,1', 7),  # on the last line
])
def test_a_quote_never_closed_is_refused_naming_its_line(write, tail, row):
    e = refused(write("quote.csv", H + rows(5) + tail))
    assert (e.code, e.row) == ("ingest.unclosed_quote", row)


def test_a_lone_inch_mark_inside_a_cell_is_read_as_written(write):
    r = read_export(write("inch.csv", H + rows(2) + '2025-01-04,Screen 12" promo,1,1,1\n'))
    assert campaigns(r)[-1] == 'Screen 12" promo'


def test_a_quote_error_is_named_by_the_quotes_on_its_line(write):
    # A lone inch mark makes the file's quotes odd; the row with text after its closing quote is still that, and a
    # quote that opens and never closes is named so.
    inch = '2025-01-02,Screen 12" promo,1,1,1\n'
    e = refused(write("parity.csv", H + rows(1) + inch + '2025-01-04,"Camp"A,1,1,1\n' + rows(2)))
    assert (e.code, e.row) == ("ingest.bad_quote", 4)
    e = refused(write("open.csv", H + rows(2) + '2025-01-04,"Camp A,1,1,1\n' + rows(2) + '2025-01-09,"B"\n'))
    assert (e.code, e.row) == ("ingest.unclosed_quote", 4)


GA4 = ("# ----------------------------------------\n# Traffic acquisition\n# Start date: 20250301\n"
       "# End date: 20250331\n# ----------------------------------------\n"
       "Session primary channel group (Default Channel Group),Sessions,Key events\n")


@pytest.mark.parametrize("chart", ['Name,Sessions\n"ab"cd,30\n', "Date,Sessions,a,b,c,d\n20250301,30,1,2,3,4\n"])
@pytest.mark.parametrize("n", [7, PAST_SAMPLE])
def test_what_the_strict_mode_stops_at_in_a_chart_table_set_aside_reads_the_file(write, chart, n):
    body = "".join(f"Group {i},{10 + i},{i}\n" for i in range(n))
    r = read_export(write("ga4.csv", GA4 + body + "\n# ----------------------------------------\n" + chart))
    assert r.info["rows"] == n and r.info["skipped"]["extra_table"] == 3
    assert sum(r.rows.column("sessions").to_pylist()) == sum(10 + i for i in range(n))


@pytest.mark.parametrize("cell", ['"Summer" sale', '"ab"cd'])  # DuckDB's lenient mode read 'Summer sal' and 'abc'
@pytest.mark.parametrize("before", [3, PAST_SAMPLE])
def test_text_after_a_closing_quote_is_refused_naming_the_row(write, cell, before):
    e = refused(write("after.csv", H + rows(before) + f"2025-01-04,{cell},1,1,1\n" + rows(2, before)))
    assert (e.code, e.row) == ("ingest.bad_quote", before + 2)
    assert f"row {before + 2}" in e.message("en") and f"rij {before + 2}" in e.message("nl")



# DuckDB's parallel scanner reads a file unless a line holds an odd number of quotes, where a quoted cell may go on
# past its line break: that scanner refuses such a cell when short rows are padded.

@pytest.mark.parametrize("text, odd", [
    ('a,"x, y",1\nb,"say ""hi""",2\n', False),  # quoted cells and doubled quotes within their lines
    ('a,"x\ny",1\nb,2,3\n', True),  # a quoted cell over two lines
    ('a,"x\r\ny",1\r\nb,2,3\r\n', True),
    ('a,"x\ry",1\rb,2,3\r', True),  # old Mac line breaks
    ('a,12" screen,1\n', True),  # a lone inch mark: read by the single scanner too, which reads it as written
    ('a,b,1\n', False),
    ('a,"x ""y""",1\nb,"z",2', False),  # the last line without its line break: even
    ('a,b,1\nb,"z,2', True),  # and odd
])
@pytest.mark.parametrize("chunk", [1 << 22, 3])  # a chunk of 3 bytes cuts every line and every pair of quotes
def test_the_scan_finds_a_line_of_an_odd_number_of_quotes(tmp_path, monkeypatch, text, odd, chunk):
    monkeypatch.setattr(delimited, "CHUNK", chunk)
    p = tmp_path / "q.csv"
    p.write_bytes(text.encode())
    assert delimited._scan(p, "q.csv", check_utf8=True).odd_line is odd


def test_a_file_whose_every_line_is_a_record_is_not_searched_for_empty_lines(write, monkeypatch):
    # The lines after the header are as many as the records read: there is no empty line to find.
    def search(*_):
        raise AssertionError("searched for empty lines")

    monkeypatch.setattr(delimited, "_blank_lines", search)
    for name, text in (("lf.csv", H + rows(3) + "Total: Account,,1,1\n"),
                       ("crlf.csv", (H + rows(3)).replace("\n", "\r\n")),
                       ("open.csv", H + rows(3).rstrip("\n"))):  # the last line without a line break
        r = read_export(write(name, text))
        assert r.info["skipped"]["blank"] == 0
        assert r.info["rows"] == 3


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("first", ["2025-01-01,Camp,1,1,1.50\n", '2025-01-01,"Two\nlines",1,1,1.50\n',
                                   '2025-01-01,"Two\n\nlines",1,1,1.50\n'])
def test_empty_lines_are_found_and_rows_are_numbered_as_a_spreadsheet_shows_them(write, newline, first):
    # Empty lines between rows, two in a row, and one at the end. A record whose quoted cell holds line breaks is
    # one row, as a spreadsheet shows it, and an empty line inside that cell is no row of its own.
    text = H + first + "\n" + rows(2) + "\n\n" + "Total: Account,,3,3\n" + "\n"
    r = read_export(write("gaps.csv", text.replace("\n", newline)))
    assert r.set_aside == [(3, "blank"), (6, "blank"), (7, "blank"), (8, "totals"), (9, "blank")]
    assert r.info["skipped"] == {"preamble": 0, "totals": 1, "blank": 4, "repeated_header": 0}
    assert r.info["rows"] == 3


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("seed", range(12))
def test_rows_are_numbered_as_pythons_csv_reader_counts_records(write, seed, newline):
    # Random files of rows, rows with a quoted cell over lines (some holding an empty line), empty lines and a
    # totals row; the csv module yields one item per record and per empty line, which is a spreadsheet's row.
    import csv
    import io
    import random

    rnd = random.Random(seed)
    lines = []
    for i in range(rnd.randrange(5, 40)):
        kind = rnd.choice(["row", "row", "tall", "empty"])
        name = {"row": f"Camp {i}", "tall": f'"Camp{rnd.choice(["", chr(10)])}\n{i}"', "empty": ""}[kind]
        lines.append("" if kind == "empty" else f"2025-01-{1 + i % 28:02d},{name},{i},{i % 5},{i}.50")
    lines.insert(rnd.randrange(len(lines) + 1), "Total: Account,,1,1")
    text = (H + "\n".join(lines) + "\n").replace("\n", newline)
    r = read_export(write("mixed.csv", text))
    records = enumerate(csv.reader(io.StringIO(text, newline="")), start=1)
    expected = [(n, "totals" if rec else "blank") for n, rec in records if not rec or rec[0].startswith("Total")]
    assert r.set_aside == expected


def test_a_chart_table_after_the_data_ends_it_also_beside_a_cell_over_two_lines_and_an_empty_line(write):
    # GA4's layout (tests/golden/test_ads_sources.py) with a channel group over two lines and an empty line.
    text = ("# ----------------------------------------\n# Traffic acquisition\n# Start date: 20250301\n"
            "# End date: 20250302\n# ----------------------------------------\n"
            "Session primary channel group (Default Channel Group),Date,Sessions,Key events\n"
            ',,70,3\n"Direct\nmail",20250301,30,1\n\nDirect,20250302,40,2\n'
            "\n# ----------------------------------------\nDate,Sessions\n20250301,30\n20250302,40\n")
    r = read_export(write("ga4_report.csv", text))
    assert r.info["rows"] == 2
    assert r.rows.column("sessions").to_pylist() == [30.0, 40.0]
    # Rows as a spreadsheet shows them: 'Direct / mail' is row 8 over two lines; every other row is accounted once.
    assert r.set_aside == [*((n, "preamble") for n in range(1, 6)), (7, "totals"), (9, "blank"), (11, "blank"),
                           *((n, "extra_table") for n in range(12, 16))]


GA4_HEAD = ("# ----------------------------------------\n# Traffic acquisition\n# Start date: 20250301\n"
            "# End date: 20250331\n# ----------------------------------------\n"
            "Session primary channel group (Default Channel Group),Sessions,Key events\n")
GA4_TAIL = "\n# ----------------------------------------\nDate,Sessions\n20250301,30\n20250302,40\n"


@pytest.mark.parametrize("tall", [1, 4, 7])
def test_a_chart_table_after_records_over_several_lines_ends_the_data_where_it_starts(write, tall):
    # A row count taken in lines read one record past the data for each extra line: a note, then the chart's header
    # as a bad number. Seven channel groups, the first `tall` of them over two lines.
    names = [f'"Group\n{i}"' if i < tall else f"Group {i}" for i in range(7)]
    text = GA4_HEAD + "".join(f"{n},{10 + i},{i}\n" for i, n in enumerate(names)) + GA4_TAIL
    r = read_export(write("ga4_tall.csv", text))
    assert r.info["rows"] == 7
    assert sum(r.rows.column("sessions").to_pylist()) == sum(10 + i for i in range(7))  # 91
    assert r.set_aside == [*((n, "preamble") for n in range(1, 6)), (14, "blank"),
                           *((n, "extra_table") for n in range(15, 19))]


CHART = [(n, "extra_table") for n in range(11, 15)]  # the chart's four lines after an empty line 10


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(("tail", "account"), [(GA4_TAIL, [(10, "blank"), *CHART]),
                                               (GA4_TAIL[1:], [(n - 1, why) for n, why in CHART]), ("", [])],
                         ids=["after an empty line", "right after", "none"])
def test_a_data_row_starting_with_a_hash_goes_on_with_the_data(write, tail, account, newline):
    # A campaign named '#1 deals' (a hashtag) was taken for the chart's block, and it and every row after it were set
    # aside as chart rows without a word. A comment line holds no cell past its first, or follows an empty line.
    head = GA4_HEAD.replace("Session primary channel group (Default Channel Group)", "Session campaign")
    text = (head + "Spring sale,10,1\n#1 deals,20,2\nBrand,30,3\n" + tail).replace("\n", newline)
    r = read_export(write("ga4_hashtag.csv", text))
    assert r.info["rows"] == 3
    assert r.rows.column("sessions").to_pylist() == [10.0, 20.0, 30.0]
    assert r.set_aside[5:] == account


def test_a_first_data_row_starting_with_a_hash_stays_in_the_sample(write):
    # The sample ended at '#1 deals': without a sample, the dates written 20250301 could not be told, and the valid
    # file was refused at its first row as a bad date.
    head = GA4_HEAD.replace("Session primary channel group (Default Channel Group),", "Session campaign,Date,")
    r = read_export(write("ga4_hashtag_first.csv", head + "#1 deals,20250301,20,2\nBrand,20250302,30,3\n" + GA4_TAIL))
    assert [(x["date"].day, x["campaign"], x["sessions"]) for x in r.rows.to_pylist()] == [
        (1, "#1 deals", 20.0), (2, "Brand", 30.0)]


@pytest.mark.parametrize("tail", [GA4_TAIL, ""])
def test_a_hash_line_inside_a_quoted_cell_starts_no_chart_table(write, tail):
    # 'Group\n# 2' holds a line that starts with '#': it was taken for the chart's block, and the rows after it were
    # set aside as chart rows without a word.
    text = GA4_HEAD + 'Group 1,10,1\n"Group\n# 2",20,2\nGroup 3,30,3\n' + tail
    r = read_export(write("ga4_hash.csv", text))
    assert r.info["rows"] == 3
    assert sum(r.rows.column("sessions").to_pylist()) == 60
    assert [n for n, why in r.set_aside if why != "preamble"] == ([10, 11, 12, 13, 14] if tail else [])


def test_a_quoted_line_break_after_the_sample_with_short_rows_reads_every_row(write):
    # Past the sample, a campaign name over two lines; at the end a short totals row that DuckDB pads.
    text = (H + rows(PAST_SAMPLE) + '2025-02-01,"Two\nlines",7,3,2.50\n' + rows(2, PAST_SAMPLE)
            + "Total: Account,,1,1\n")
    r = read_export(write("multi.csv", text))
    assert r.info["rows"] == PAST_SAMPLE + 3
    assert campaigns(r)[PAST_SAMPLE] == "Two\nlines"
    assert r.rows.column("clicks").to_pylist()[PAST_SAMPLE] == 3
    assert r.set_aside[-1] == (PAST_SAMPLE + 5, "totals")  # header, the rows, two lines for the quoted record


def test_a_file_read_in_parallel_keeps_its_order_and_names_a_late_bad_cell_by_its_line(write):
    text = H + "".join(f'2025-01-{1 + i % 28:02d},"Camp, {i}",{100 + i},{i % 50},"{1000 + i:,}.50"\n'
                       for i in range(150_000))
    p = write("late.csv", text + '2025-02-01,"Camp, x",1,1,12 pieces\n')
    assert delimited._scan(p, "late.csv", check_utf8=True).odd_line is False
    e = refused(p)
    assert (e.code, e.row, e.info["value"]) == ("ingest.bad_number", 150_002, "12 pieces")
    r = read_export(write("ok.csv", text))
    assert campaigns(r) == [f"Camp, {i}" for i in range(150_000)]
    assert r.rows.column("cost").to_pylist()[::1000] == [1000.5 + i for i in range(0, 150_000, 1000)]


# Encodings: what the sample says, every later byte must be too, or be said.

def test_utf8_then_cp1252_is_read_with_a_warning_naming_the_rows(write):
    data = ((H + "2025-01-01,Café,1,1,1\n").encode() + rows(PAST_SAMPLE).encode()
            + "2025-02-01,Crème,5,1,1\n2025-02-02,Ça va à,5,1,1\n".encode("cp1252"))
    r = read_export(write("mixed.csv", data))
    assert r.info["encoding"] == "utf-8"
    assert campaigns(r)[0] == "Café" and campaigns(r)[-2:] == ["Crème", "Ça va à"]
    assert not any("\ufffd" in c for c in campaigns(r))
    assert params(r, "ingest.encoding_mixed") == {"count": 3, "lines": 2,
                                                  "rows": f"{PAST_SAMPLE + 3}, {PAST_SAMPLE + 4}"}


def test_more_than_five_rows_of_another_encoding_are_counted_and_the_first_five_named(write):
    data = (H + rows(PAST_SAMPLE)).encode() + "".join(f"2025-02-0{i},Crème {i},1,1,1\n" for i in range(1, 8)).encode(
        "cp1252")
    r = read_export(write("seven.csv", b"\xef\xbb\xbf" + data))  # the BOM says UTF-8 from the first byte
    first = PAST_SAMPLE + 2
    assert params(r, "ingest.encoding_mixed") == {
        "count": 7, "lines": 7, "rows": ", ".join(str(first + i) for i in range(5)) + " …"}


def test_ascii_then_cp1252_is_a_cp1252_file_read_without_a_warning(write):
    r = read_export(write("ansi.csv", (H + rows(PAST_SAMPLE)).encode() + "2025-02-01,Crème,5,1,1\n".encode("cp1252")))
    assert r.info["encoding"] == "cp1252" and r.info["warnings"] == []
    assert campaigns(r)[-1] == "Crème"


@pytest.mark.parametrize("text", [
    # VanderbiltHustler/HustlerWrapped2025-2026 data-export.csv (GA4's users by country, saved again by Excel for
    # Mac): 'ç' is byte 8D, which Windows-1252 leaves undefined (refused as broken text)
    "Curaçao,13\nRéunion,5\nSaint Barthélemy,1\n",
    # every byte defined in Windows-1252 too, which would read 'Réunion' as 'RŽunion' without a word
    "Réunion,5\nSão Tomé,2\nCôte d’Ivoire,1\nRÉUNION,1\n",
])
def test_a_mac_roman_file_is_read_as_mac_roman(write, text):
    data = ("Country,Users\n" + "".join(f"Country {i},{i}\n" for i in range(40)) + text).encode("mac_roman")
    r = read_export(write("data-export.csv", data), period=Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "given"))
    assert r.info["encoding"] == "mac_roman"
    assert read_export(write("c.csv", data), overrides={"Country": "campaign"}, period=Period(
        dt.date(2025, 1, 1), dt.date(2025, 1, 31), "given")).rows.column("campaign").to_pylist()[40:] == [
        line.split(",")[0] for line in text.splitlines()]


def test_a_mac_roman_file_whose_first_mebibyte_is_ascii_is_read_as_mac_roman(write):
    # Mac Roman bytes only past the sample: 'Réunion' would be 'RŽunion' read as Windows-1252, without a word
    data = (H + rows(PAST_SAMPLE)).encode() + "2025-02-01,Réunion,5,1,1\n2025-02-02,Curaçao,5,1,1\n".encode("mac_roman")
    r = read_export(write("late_mac.csv", data))
    assert r.info["encoding"] == "mac_roman" and r.info["warnings"] == []
    assert campaigns(r)[-2:] == ["Réunion", "Curaçao"]


@pytest.mark.parametrize("text", ["Café,5\nCrème brûlée,2\n", "Zo’n auto’s,5\nDon’t – stop,2\n", "€ 12,5\n",
                                  "ÇA VA,1\nÉté,2\n"])
def test_windows_1252_text_stays_windows_1252(write, text):
    data = ("Campaign,Clicks\n" + text).encode("cp1252")
    r = read_export(write("w.csv", data), period=Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "given"))
    assert r.info["encoding"] == "cp1252"
    assert r.rows.column("campaign").to_pylist() == [line.split(",")[0] for line in text.splitlines()]


@pytest.mark.parametrize("name, data, code, row", [
    ("undefined.csv", (H + rows(PAST_SAMPLE)).encode() + b"2025-02-01,A\x81B,5,1,1\n", "ingest.bad_encoding",
     PAST_SAMPLE + 2),
    ("back.csv", (H + "2025-01-01,Crème,1,1,1\n" + rows(PAST_SAMPLE)).encode("cp1252")
     + "2025-02-01,Café,5,1,1\n".encode(), "ingest.encoding_changes", PAST_SAMPLE + 3),
    ("ansi_undefined.csv", (H + "2025-01-01,Crème,1,1,1\n" + rows(5)).encode("cp1252") + b"2025-02-01,\x81,1,1,1\n",
     "ingest.bad_encoding", 8),
    # a stray byte between capitals: Mac Roman would read 'AÅB', no word of either encoding
    ("stray.csv", (H + "2025-01-01,A").encode() + b"\x81" + ("B,1,1,1\n" + rows(5)).encode(), "ingest.bad_encoding",
     2),
    ("odd.csv", (H + rows(5)).replace(",", "\t").encode("utf-16") + b"A", "ingest.bad_encoding", 7),
    ("surrogate.csv", (H + rows(5)).replace(",", "\t").encode("utf-16") + b"\x00\xd8A\x00\n\x00",
     "ingest.bad_encoding", 7),
    ("cut.csv", (H + rows(5)).replace(",", "\t").encode("utf-16-le")[:-1], "ingest.bad_encoding", 6),
])
def test_a_byte_no_encoding_explains_is_refused_naming_its_line(write, name, data, code, row):
    e = refused(write(name, data))
    assert (e.code, e.row) == (code, row)


# Dates: the years a row may have.

def test_rows_dated_outside_the_years_are_set_aside_and_named(write):
    r = read_export(write("extreme.csv", H + "1900-01-01,A,1,1,1\n9999-12-31,A,1,1,1\n2025-01-01,A,10,2,1\n"
                          "1989-12-31,A,1,1,1\n1990-01-01,A,1,1,1\n2100-12-31,A,1,1,1\n2101-01-01,A,1,1,1\n"))
    assert r.set_aside == [(2, "out_of_range"), (3, "out_of_range"), (5, "out_of_range"), (8, "out_of_range")]
    assert r.info["skipped"]["out_of_range"] == 4 and r.info["rows"] == 3
    assert (r.info["date_min"], r.info["date_max"]) == ("1990-01-01", "2100-12-31")
    assert params(r, "ingest.dates_out_of_range") == {"count": 4, "rows": "2, 3, 5, 8", "min": 1990, "max": 2100}
    assert sum(r.rows.column("impressions").to_pylist()) == 12  # 10 + 1 + 1: the kept rows only


def test_the_years_come_from_the_environment(write, monkeypatch):
    monkeypatch.setenv("KOERS_MIN_YEAR", "1900")
    r = read_export(write("extreme.csv", H + "1900-01-01,A,1,1,1\n9999-12-31,A,1,1,1\n2025-01-01,A,10,2,1\n"))
    assert r.info["rows"] == 2 and r.set_aside == [(3, "out_of_range")]


def test_a_file_of_only_extreme_dates_is_refused(write):
    e = refused(write("all.csv", H + "1900-01-01,A,1,1,1\n9999-12-31,A,1,1,1\n"))
    assert (e.code, e.info["count"], e.info["rows"]) == ("ingest.all_dates_out_of_range", 2, "2, 3")


def test_a_period_outside_the_years_is_refused(write):
    from kpi_core.ingest.period import given

    e = refused(write("period.csv", "Campaign,Impressions,Clicks\nA,100,5\n"), period=given("1900-01-01..2025-01-31"))
    assert (e.code, e.info["start"], e.info["end"]) == ("ingest.period_out_of_range", "1900-01-01", "2025-01-31")


# Figures: finite, and of at most 30 digits.

@pytest.mark.parametrize("cell", ["inf", "NaN", "1e400", "-Infinity", "1e308", "1e30", "9" * 31, "9" * 400,
                                  f'"{10 ** 32:,}"'])
def test_a_value_that_is_no_figure_is_a_bad_cell_with_its_row(write, cell):
    e = refused(write("n.csv", H + rows(2) + f"2025-01-03,A,{cell},1,1\n"))
    assert (e.code, e.row, e.column) == ("ingest.bad_number", 4, "Impressions")
    assert len(e.message("en")) < 300  # a long cell is shown cut


def after_1500(write, cell: str) -> Path:
    """A column of '1,234' figures: '1,500', then `cell` in the Impressions column of line 3."""
    return write("g.csv", H + '2025-01-01,A,"1,500",1,1\n' + f"2025-01-03,A,{cell},1,1\n")


@pytest.mark.parametrize("cell", ['"1,2,3"', '"12,34,5"', '"€ 1,23,4.50"', "1 2 3", "1'2'3"])
def test_thousands_marks_out_of_their_places_are_a_bad_cell_not_a_figure(write, cell):
    # A column of '1,234' figures: '1,2,3' was read as 123 without a word.
    head = H + '2025-01-01,A,"1,500",1,1\n2025-01-02,A,"2,250",1,1\n'
    e = refused(write("g.csv", head + f"2025-01-03,A,{cell},1,1\n"))
    assert (e.code, e.row, e.column) == ("ingest.bad_number", 4, "Impressions")


# A cell judged after the read keeps its text in a JSON list per row (parse.build): quotes, backslashes, tabs and
# letters beyond ASCII come back as written, in the column they stood in.
@pytest.mark.parametrize("text", ['12 "st\\uks"', "12\tstuks", "½ € 12 Ω", "[1, 2]", "true"])
def test_the_text_of_a_bad_cell_comes_back_as_written(write, text):
    quoted = '"' + text.replace('"', '""') + '"'
    e = refused(write("t.csv", H + rows(3) + f"2025-01-04,A,1,{quoted},1\n"))
    assert (e.code, e.row, e.column, e.info["value"]) == ("ingest.bad_number", 5, "Clicks", shown(text))
    e = refused(write("b.csv", H + rows(3) + f"2025-01-04,A,1,1,1,{quoted}\n"))
    assert (e.code, e.row, e.info["value"]) == ("ingest.beyond_header", 5, shown(text.strip()))


def test_withheld_and_empty_spellings_in_several_columns_are_judged_per_column(write):
    # '< 10' in two columns of one row counts twice; '--', 'n/a' and '' are empty; a bad date names its own column.
    body = "2025-01-04,A,< 10,< 5,1\n2025-01-05,B,--,n/a,\n2025-01-06,C,,-,2\n"
    r = read_export(write("w.csv", H + body))
    assert r.info["rows"] == 3 and r.rows.column("cost").to_pylist() == [1, None, 2]
    assert r.rows.column("impressions").to_pylist() == r.rows.column("clicks").to_pylist() == [None] * 3
    assert params(r, "ingest.censored")["count"] == 2
    e = refused(write("d.csv", H + body + "4 januari,D,1,1,1\n"))
    assert (e.code, e.row, e.column, e.info["value"]) == ("ingest.bad_date", 5, "Day", "4 januari")


@pytest.mark.parametrize("cell, value", [('"1,234,567"', 1234567), ('"1,00,000"', 100000), ("1 234 567", 1234567),
                                         ("1'234'567", 1234567), ('"€ 12,345.50"', 12345.5)])
def test_thousands_marks_in_their_places_are_read(write, cell, value):  # India's lakh groups too
    assert read_export(after_1500(write, cell)).rows.column("impressions").to_pylist() == [1500, value]


@pytest.mark.parametrize("cell", ["12 pcs", "12 kg", "abc 12", "12 xyz", "pcs. 12"])
def test_a_unit_or_word_beside_a_figure_is_a_bad_cell_not_a_currency(write, cell):
    # Any two or three letters passed as a currency code: '12 pcs' was read as 12 without a word.
    e = refused(after_1500(write, cell))
    assert (e.code, e.row, e.column, e.info["value"]) == ("ingest.bad_number", 3, "Impressions", cell)


@pytest.mark.parametrize("cell", ["kr 12", "12 kr.", "Rs.12", "EUR 12", "12 eur", "US$ 12", "zł 12", "12 Kč",
                                  "12 PLN", "R$ 12", "NT$ 12", "₺12", "12 Ft", "CHF 12"])
def test_currencies_beside_a_figure_are_read(write, cell):  # ISO 4217 codes, symbols and local short forms
    assert read_export(after_1500(write, cell)).rows.column("impressions").to_pylist() == [1500, 12]


@pytest.mark.parametrize("cell, value", [("1" + "0" * 28, 1e28), ("9" * 29, 1e29), ("-123456789.125", -123456789.125),
                                         (f'"{1234567890123456789012345678:,}"', 1.234567890123456789012345678e27)])
def test_large_figures_below_the_bounds_are_read(write, cell, value):
    r = read_export(write("n.csv", H + rows(2) + f"2025-01-03,A,{cell},1,1\n"))
    assert r.rows.column("impressions").to_pylist()[-1] == value


def test_more_than_thirty_digits_are_no_figure_however_small(write):
    # '1,234' makes the column one the exact path reads (DuckDB's own parse would round the long one silently).
    e = refused(write("n.csv", H + '2025-01-01,A,"1,234",1,1\n2025-01-02,A,0.' + "0" * 30 + "1,1,1\n"))
    assert (e.code, e.row, e.info["value"]) == ("ingest.bad_number", 3, "0." + "0" * 30 + "1")


def test_a_non_figure_after_the_sample_in_a_column_duckdb_parsed_is_found_and_named(write):
    e = refused(write("late.csv", H + rows(PAST_SAMPLE) + "2025-02-01,A,1,inf,1\n"))
    assert (e.code, e.row, e.info["value"]) == ("ingest.bad_number", PAST_SAMPLE + 2, "inf")


def test_no_kept_figure_is_ever_non_finite(write):
    r = read_export(write("ok.csv", H + rows(50) + '2025-02-01,A,"1,234,567",3,"1,234.50"\n'))
    for name in ("impressions", "clicks", "cost"):
        assert all(math.isfinite(v) for v in r.rows.column(name).to_pylist() if v is not None)


# Plausibility: said with the rows and the count, never changed.

def test_clicks_over_impressions_and_negative_counts_are_said_and_kept(write):
    text = H + ("2025-01-01,A,10,20,1\n2025-01-02,A,10,5,1\n2025-01-03,A,10,11,1\n2025-01-04,A,-3,1,1\n"
                "2025-01-05,A,10,-1,-2\n")
    r = read_export(write("odd.csv", text))
    assert params(r, "ingest.check_clicks_over_impressions") == {"count": 3, "rows": "2, 4, 5"}  # -3 < 1 too
    negatives = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.check_negative"]
    assert negatives == [{"measure": "impressions", "count": 1, "rows": "5"},
                         {"measure": "clicks", "count": 1, "rows": "6"}, {"measure": "cost", "count": 1, "rows": "6"}]
    assert r.rows.column("clicks").to_pylist() == [20, 5, 11, 1, -1]  # as the file says
    assert t("ingest.check_negative", "en", measure="clicks", count=1, rows="6").startswith(
        "1 row has a negative Clicks (row 6)")


def test_more_than_five_implausible_rows_show_five_and_the_count(write):
    text = H + "".join(f"2025-01-{d:02d},A,1,2,1\n" for d in range(1, 8)) + "2025-01-08,A,9,2,1\n"
    r = read_export(write("many.csv", text))
    assert params(r, "ingest.check_clicks_over_impressions") == {"count": 7, "rows": "2, 3, 4, 5, 6 …"}


def test_email_rules_compare_opens_with_what_arrived(write):
    text = ("Date,Emails sent,Delivered,Unique opens,Unique clicks,Bounces\n"
            "2025-01-01,100,90,95,10,5\n2025-01-02,100,110,50,60,120\n2025-01-03,100,95,40,10,5\n")
    r = read_export(write("mail.csv", text))
    got = {w["code"]: w["params"] for w in r.info["warning_codes"] if w["code"].startswith("ingest.check_")}
    assert got == {"ingest.check_opens_over_delivered": {"count": 1, "rows": "2"},
                   "ingest.check_delivered_over_sent": {"count": 1, "rows": "3"},
                   "ingest.check_clicks_over_opens": {"count": 1, "rows": "3"},
                   "ingest.check_bounces_over_sent": {"count": 1, "rows": "3"}}


def test_email_rules_judge_only_the_email_rows_of_a_tool_that_writes_sms_beside_them(write):
    # Klaviyo's flow report by day: an SMS message has clicks but no opens, and counts in no email figure; an email
    # row with more clicks than opens is still said.
    text = ("Day,Flow Name,Flow Message Channel,Delivered,Unique Opens,Unique Clicks,Placed Order,Revenue,Flow ID\n"
            "2025-03-01,Welcome,Email,1000,500,100,10,450.00,X1\n2025-03-01,Welcome,SMS,400,0,80,8,300.00,X1\n"
            "2025-03-02,Cart,Email,600,40,60,6,270.00,Y2\n")
    r = read_export(write("flows.csv", text))
    assert r.info["source"] == "klaviyo"
    assert params(r, "ingest.check_clicks_over_opens") == {"count": 1, "rows": "4"}


def test_conversions_over_clicks_is_a_rule_for_ad_tools_only():
    def rule_codes(source):
        return {code for code, _, _ in rules_for({"clicks", "conversions"}, source)}

    assert "ingest.check_conversions_over_clicks" in rule_codes("google_ads")
    assert "ingest.check_conversions_over_clicks" not in rule_codes("generic")
    assert {c for c, _, _ in rules_for({"unique_opens", "emails_sent"}, "generic")} == {
        "ingest.check_negative", "ingest.check_opens_over_sent"}


def test_a_google_ads_export_with_more_conversions_than_clicks_is_said(write):
    text = ("Campaign report\nJanuary 1, 2025 - January 2, 2025\n"
            "Day,Campaign,Campaign type,Impr.,Clicks,Cost,Conversions,Conv. value\n"
            "2025-01-01,A,Search,100,5,1.00,7.00,70.00\n2025-01-02,A,Search,100,5,1.00,2.00,20.00\n")
    r = read_export(write("ads.csv", text))
    assert r.info["source"] == "google_ads"
    assert params(r, "ingest.check_conversions_over_clicks") == {"count": 1, "rows": "4"}
    assert sum(r.rows.column("conversions").to_pylist()) == 9.0


def test_a_date_error_names_the_cell_that_fits_no_layout(write):
    e = refused(write("y10k.csv", H + rows(3) + "10000-01-01,A,1,1,1\n"))
    assert (e.code, e.row, e.info["value"]) == ("ingest.bad_date", 5, "10000-01-01")
    assert dt.date(2025, 1, 1)  # the other rows are ISO dates: no layout fits 80% of the sample


def test_a_row_of_figures_without_its_date_is_set_aside_and_named(write, tmp_path, capsys):
    # A dated sheet with one date left empty (a campaign's subtotal, a date not filled in): the row fell on no day,
    # so `compute` stopped on a TypeError and `add` on the store's NOT NULL constraint.
    from kpi_core import cli

    path = write("sheet.csv", "Name,Date,Revenue\nAcme,2025-03-02,2\nBeta,,1\nGamma,2025-03-04,4\n")
    r = read_export(path)
    assert params(r, "ingest.undated_set_aside") == {"count": 1, "rows": "3", "column": "Date"}
    assert r.info["skipped"]["undated"] == 1 and r.info["rows"] == 2
    assert sorted(r.rows.column("revenue").to_pylist()) == [2, 4]
    assert cli.main(["compute", str(path), "--kpi", "revenue", "--json"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["rows"][0]["value"] == 6
    ws = tmp_path / "w.duckdb"
    assert cli.main(["add", str(path), "--workspace", str(ws)]) == 0
    capsys.readouterr()
    with pytest.raises(KoersError) as e:
        read_export(write("none.csv", "Name,Date,Revenue\nBeta,,1\nAcme,,2\n"))
    assert e.value.code == "ingest.all_undated" and e.value.message("en") == (
        "none.csv: no row has a date in column 'Date' (rows 2, 3). Fill in the dates in the tool and export again, "
        "or map the right date column on the Data page.")
    with pytest.raises(KoersError) as e:  # a date out of range and one left out: both named
        read_export(write("both.csv", "Name,Date,Revenue\nBeta,,1\nAcme,1000-01-01,2\n"))
    assert e.value.code == "ingest.no_row_dated_in_range" and e.value.message("en") == (
        f"both.csv: no row can be counted. A date outside {year_range()[0]}–{year_range()[1]}: rows 3; no date in "
        "column 'Date': rows 2. Check the date column in the tool and export again.")


def test_a_deal_without_a_close_date_stays_a_record(write):
    # Where rows are events, an empty date is a step not taken (an open deal has no close date): not set aside.
    head = "Deal ID,Deal Name,Deal Stage,Pipeline,Create Date,Close Date,Amount,Is Closed Won,Is Closed\n"
    r = read_export(write("hubspot-crm-exports-all-deals.csv", head + "1,A,Closed Won,Sales,2025-03-01,2025-03-10,"
                          "1000,true,true\n2,B,Appointment,Sales,2025-03-02,,500,false,false\n"))
    assert r.info["source"] == "hubspot_deals" and "undated" not in r.info["skipped"]
    assert "ingest.undated_set_aside" not in [w["code"] for w in r.info["warning_codes"]]


def test_a_period_row_without_its_start_date_stays_in_the_period(write):
    # LinkedIn without a time breakdown stamps each row with Report Start; every row stands for the stated period,
    # so a row whose date cell is empty is still that period's, never set aside (structure of the LinkedIn corpus).
    head = ('Campaign Performance Report (in UTC)\n"Report Start: March 1, 2026, 12:00 AM"\n'
            '"Report End: March 7, 2026, 11:59 PM"\n"Date Generated: March 8, 2026, 9:14 AM"\n\n'
            "Start Date (in UTC),Campaign Name,Campaign ID,Currency,Total Spent,Impressions,Clicks\n")
    r = read_export(write("campaign_report.csv", head + "3/1/2026,Spring,1,EUR,10.50,1000,10\n"
                          ",Summer,2,EUR,4.25,400,3\n3/1/2026,Autumn,3,EUR,1.00,50,1\n"))
    assert r.info["source"] == "linkedin_ads" and r.info["rows"] == 3 and "undated" not in r.info["skipped"]
    assert sorted(r.rows.column("impressions").to_pylist()) == [50, 400, 1000]
    assert {str(d) for d in r.rows.column("date").to_pylist()} == {"2026-03-01"}
    # Said as rows stamped with the period's first day, not as a report without a date column (julkioz/Analyzing-
    # LinkedIn-Campaign-Content): the stated period confirms the month-first reading, which needs no warning.
    assert [w["code"] for w in r.info["warning_codes"]][0] == "ingest.period_report_dated"
    assert r.info["warning_codes"][0]["params"] == {"start": "2026-03-01", "end": "2026-03-07",
                                                   "column": "Start Date (in UTC)"}
    assert not [w for w in r.info["warning_codes"] if w["code"].startswith("ingest.dates_read")]


def test_compute_over_rows_that_count_in_no_figure_says_why(write, capsys):
    # Jacroney/FMM unified_payments.csv: every payment still Pending. compute said 'the data has no measures'; it
    # now says so, with what the reading said of the file.
    from kpi_core import cli

    path = write("unified_payments.csv", "id,Created date (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
                 "Converted Amount Refunded,Converted Currency,Fee,Status\n"
                 "py_1,2026-01-03 17:52:30,225.00,0.00,usd,225.00,0.00,usd,0.00,Pending\n"
                 "py_2,2026-01-03 05:38:47,450.00,0.00,usd,450.00,0.00,usd,0.00,Pending\n")
    assert cli.main(["compute", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "No KPIs: no row counts in any figure."
    assert "* unified_payments.csv: 2 payments without status Paid (failed, refunded, pending) are not counted." in out


def test_compute_s_table_is_followed_by_what_the_reading_said_of_each_file(write, capsys):
    # Said under the table only with --json before: the text table showed 225.00 of revenue without a word of the
    # pending payment left out (as Search Console's 1,000-row cap went unsaid).
    from kpi_core import cli

    path = write("payments.csv", "id,Created date (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
                 "Converted Amount Refunded,Converted Currency,Fee,Status\n"
                 "py_1,2026-01-03 17:52:30,225.00,0.00,eur,225.00,0.00,eur,0.00,Paid\n"
                 "py_2,2026-01-03 05:38:47,450.00,0.00,eur,450.00,0.00,eur,0.00,Pending\n")
    assert cli.main(["--lang", "en", "compute", str(path), "--kpi", "revenue"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[:2] == ["revenue", "total"] and "225.00" in out[1]
    assert "* payments.csv: 1 payment without status Paid (failed, refunded, pending) is not counted." in out[2:]
