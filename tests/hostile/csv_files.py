"""Hostile delimited files: too long, too wide, two encodings, NUL bytes, nothing, quotes never closed, not a CSV at
all, dates a century off, numbers that are no figures, figures that cannot all be right."""

from __future__ import annotations

import gzip
import random
import zipfile
from pathlib import Path

from .cases import Case

H = "Day,Campaign,Impressions,Clicks,Cost\n"
PAST_SAMPLE = 40_000  # rows of `rows()` that fill more than the 1 MiB the sniffer reads


WRAPPED_HEAD = "Name,Email,Financial Status,Paid at,Currency,Total,Created at\n"
WRAPPED_LINE = '"#1,a@example.com,paid,2025-01-01 10:00:00 +0100,EUR,10.00,2025-01-01 10:00:00 +0100"\n'
# Every cell a text formula (TikTok GMV Max's creatives, ingest/wrapped.py)
FORMULA_HEAD = '="Day"\t="Campaign"\t="Impressions"\t="Clicks"\t="Cost"\n'
FORMULA_LINE = '="2025-01-01"\t="Spring"\t="100"\t="5"\t="2.50"\n'


def rows(n: int, start: int = 0) -> str:
    """n plain daily rows: line i of them is 'Camp i'."""
    return "".join(f"2025-01-{1 + i % 28:02d},Camp {i},{100 + i},{i % 50},{i % 7}.50\n"
                   for i in range(start, start + n))


def csv(name: str, content, *options: str):
    """A case maker: writes `content` (bytes, text, or a function giving either) and inspects it."""

    def make(folder: Path) -> list[str]:
        data = content() if callable(content) else content
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return ["inspect", "--json", *options, str(path)]

    return make


def tsv16(text: str, encoding: str = "utf-16") -> bytes:
    return text.replace(",", "\t").encode(encoding)


def zip_bomb() -> bytes:
    """A zip of ~0.5 MB holding one 512 MB file of zeros, named like an export."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z, \
            z.open("Campaign report.csv", "w", force_zip64=True) as fh:
        zeros = b"0" * (1 << 20)
        for _ in range(512):
            fh.write(zeros)
    return buf.getvalue()


def inside_workspace(name: str, content):
    """A case maker: `add` the file to a new workspace (the app's upload path) instead of inspecting it."""

    def make(folder: Path) -> list[str]:
        args = csv(name, content)(folder)
        return ["add", "--workspace", str(folder / "w.duckdb"), args[-1]]

    return make


def missing(folder: Path) -> list[str]:
    return ["inspect", str(folder / "no such file.csv")]


def period_given(folder: Path) -> list[str]:
    return csv("period.csv", "Campaign,Impressions,Clicks\nA,100,5\n", "--period", "1900-01-01..9999-12-31")(folder)


def compute_by_day(folder: Path) -> list[str]:
    args = csv("extreme.csv", EXTREME)(folder)
    return ["compute", "--by", "day", "--kpi", "ctr", "--json", args[-1]]


EXTREME = H + "1900-01-01,A,1,1,1\n9999-12-31,A,1,1,1\n2025-01-01,A,10,2,1\n"
MIXED = ((H + "2025-01-01,Café,1,1,1\n").encode() + rows(PAST_SAMPLE).encode()
         + "2025-02-01,Crème,5,1,1\n".encode("cp1252"))
UTF16_ROWS = H + rows(5)
WIDE_TEXT = ",".join(f"w{i}" for i in range(2000)) + "\n"

CASES = [
    # Bounds: a line, a quoted record, a cell, the columns.
    Case("csv/long_line_middle", csv("long.csv", lambda: H + rows(5) + "2025-01-09," + "x" * 2_000_000 + ",1,1,1\n"
                                     + rows(5)), says=("line 7", "1000 kB")),
    Case("csv/long_header_line", csv("head.csv", lambda: "Day,Clicks," + "x" * 3_000_000 + "\n2025-01-01,1,1\n"),
         says=("line 1",)),
    Case("csv/long_last_line_without_break", csv("tail.csv", lambda: H + rows(5) + "2025-01-09,A," + "7" * 1_500_000),
         says=("line 7",)),
    Case("csv/long_quoted_record", csv("record.csv", lambda: H + rows(10) + '2025-01-09,"' + "yyyy\n" * 300_000
                                       + '",1,1,1\n' + rows(3)), says=("line 12",)),
    Case("csv/million_char_cell", csv("cell.csv", lambda: H + rows(2) + "2025-01-03,A," + "1" * 1_000_000 + ",1,1\n"),
         says=("line 4",)),
    Case("csv/half_million_digit_number", csv("digits.csv", lambda: H + rows(2) + "2025-01-03,A," + "9" * 500_000
                                              + ",1,1\n"), says=("row 4", "Impressions", "not a number")),
    Case("csv/long_campaign_name_is_read", csv("name.csv", lambda: H + rows(2) + "2025-01-03," + "c" * 900_000
                                               + ",1,1,1\n"), rc=0, shows={"rows": 3}),
    Case("csv/columns_2001", csv("wide.csv", lambda: ",".join(["Day"] + [f"c{i}" for i in range(2000)]) + "\n"
                                 + ",".join(["2025-01-01"] + ["1"] * 2000) + "\n"),
         says=("line 1", "2001 columns", "2000")),
    Case("csv/columns_2000_are_read", csv("wide.csv", lambda: ",".join(["Day"] + [f"Clicks {i}" for i in range(1999)])
                                          + "\n" + "".join(",".join([f"2025-01-{d:02d}"] + ["1"] * 1999) + "\n"
                                                           for d in range(1, 29))), rc=0, shows={"rows": 28}),
    Case("csv/columns_1200_recognised", csv("known.csv", lambda: ",".join(
        ["Day"] + ["Clicks", "Impressions", "Cost", "Conversions", "Revenue", "Orders"] * 200) + "\n" + "".join(
        ",".join([f"2025-01-{d:02d}"] + ["1"] * 1200) + "\n" for d in range(1, 29))), rc=0, shows={"rows": 28}),
    Case("csv/columns_200k_in_one_line", csv("cols.csv", lambda: "Day,Clicks" + ",x" * 200_000 + "\n2025-01-01,1\n"),
         says=("line 1", "200002 columns")),
    Case("csv/wide_data_row", csv("row.csv", lambda: H + rows(1) + ",".join(["1"] * 3000) + "\n"),
         says=("line 3", "3000 columns")),
    Case("csv/unquoted_delimiter_after_the_sample", csv("moved.csv", lambda: H + rows(PAST_SAMPLE)
                                                       + "2025-01-09,Sale, summer,100,5,1.50\n" + rows(3)),
         says=(f"row {PAST_SAMPLE + 2}", "'1.50'", "5 columns")),
    Case("csv/note_after_an_empty_cell_after_the_sample", csv("gap.csv", lambda: H + rows(PAST_SAMPLE)
                                                              + "2025-01-09,A,100,5,1.50,,note\n" + rows(3)),
         says=(f"row {PAST_SAMPLE + 2}", "'note'", "5 columns")),
    Case("csv/text_after_a_closing_quote", csv("quote.csv", lambda: H + rows(PAST_SAMPLE)
                                                + '2025-01-09,"Summer" sale,100,5,1.50\n' + rows(3)),
         says=(f"row {PAST_SAMPLE + 2}", "closing quote")),
    Case("csv/text_2000_columns", csv("text.csv", lambda: WIDE_TEXT * 300)),
    # Encodings: the sample says one, a later byte another.
    Case("enc/utf8_then_cp1252", csv("mixed.csv", MIXED), rc=0, warns=("ingest.encoding_mixed",),
         shows={"encoding": "utf-8", "rows": PAST_SAMPLE + 2}),
    Case("enc/ascii_then_cp1252_is_cp1252", csv("ansi.csv", lambda: (H + rows(PAST_SAMPLE)).encode()
                                                + "2025-02-01,Crème,5,1,1\n".encode("cp1252")),
         rc=0, shows={"encoding": "cp1252", "warnings": []}),
    Case("enc/utf8_then_undefined_byte", csv("undefined.csv", lambda: (H + rows(PAST_SAMPLE)).encode()
                                             + b"2025-02-01,A\x81B,5,1,1\n"), says=(f"line {PAST_SAMPLE + 2}",)),
    Case("enc/cp1252_then_utf8", csv("back.csv", lambda: (H + "2025-01-01,Crème,1,1,1\n" + rows(PAST_SAMPLE))
                                     .encode("cp1252") + "2025-02-01,Café,5,1,1\n".encode()),
         says=(f"line {PAST_SAMPLE + 3}", "Windows-1252", "UTF-8")),
    Case("enc/utf16_odd_tail", csv("odd.csv", tsv16(UTF16_ROWS) + b"A"), says=("line 7", "UTF-16")),
    Case("enc/utf16_lone_surrogate", csv("surrogate.csv", tsv16(UTF16_ROWS) + b"\x00\xd8A\x00\n\x00"),
         says=("line 7", "UTF-16")),
    Case("enc/utf16le_without_bom_cut", csv("cut.csv", tsv16(UTF16_ROWS, "utf-16-le")[:-1]), says=("line 6",)),
    Case("enc/utf8_cut_in_a_character", csv("cutchar.csv", (H + rows(3) + "2025-01-04,Caf").encode() + b"\xc3"),
         rc=0, warns=("ingest.encoding_mixed",)),
    Case("enc/utf8_bom_then_cp1252", csv("bom.csv", lambda: b"\xef\xbb\xbf" + (H + rows(PAST_SAMPLE)).encode()
                                         + "2025-02-01,Crème,5,1,1\n".encode("cp1252")),
         rc=0, warns=("ingest.encoding_mixed",)),
    # A few NUL bytes in text cells (Salesforce's data export writes them) are left out and said; many are no text.
    Case("enc/nul_in_sample", csv("nul.csv", H + "2025-01-01,A\x00B,1,1,1\n"), rc=0, warns=("ingest.nul_removed",),
         shows={"rows": 1}),
    Case("enc/nul_after_sample", csv("nul.csv", lambda: H + rows(PAST_SAMPLE) + "2025-02-01,A\x00B,1,1,1\n"),
         rc=0, warns=("ingest.nul_removed",), shows={"rows": PAST_SAMPLE + 1}),
    Case("enc/utf16_nul_character", csv("nul16.csv", tsv16("Day,Clicks\n2025-01-01,1\n2025-01-02,1\x00\n")),
         rc=0, warns=("ingest.nul_removed",), shows={"rows": 2}),
    Case("enc/nul_bytes_everywhere", csv("zeros.csv", lambda: H + rows(PAST_SAMPLE) + "\x00" * 100_000),
         says=("NUL",)),
    Case("enc/nul_bytes_from_the_start", csv("zeros.csv", "\x00" * 5_000 + H + rows(3)), says=("not a CSV",)),
    # Nothing, or nothing but blanks.
    Case("empty/bom_only", csv("bom.csv", b"\xef\xbb\xbf"), says=("empty",)),
    Case("empty/utf16_bom_only", csv("bom16.csv", b"\xff\xfe"), says=("empty",)),
    Case("empty/ten_thousand_empty_lines", csv("blank.csv", "\n" * 10_000)),
    Case("empty/rows_after_ten_thousand_blank_lines", csv("gap.csv", H + "\n" * 10_000 + rows(3)), rc=0,
         shows={"rows": 3, "skipped": {"preamble": 0, "totals": 0, "blank": 10_000, "repeated_header": 0}}),
    # DuckDB's parallel scanner cannot read such a file whole (exit 1 before); past a million, each empty line named
    # among the rows set aside took memory without bound (1.3 GB for ten million).
    Case("empty/rows_then_a_hundred_thousand_empty_lines", csv("tail.csv", lambda: H + rows(3) + "\n" * 100_000),
         rc=0, shows={"rows": 3}),
    Case("empty/rows_then_millions_of_empty_lines", csv("tail.csv", lambda: H + rows(3) + "\n" * 10_000_000),
         says=("more than 1000000 empty lines",)),
    Case("empty/rows_then_millions_of_rows_of_empty_cells",
         csv("commas.csv", lambda: H + rows(3) + ",,,,\n" * 1_100_000), says=("more than 1000000 empty lines",)),
    Case("empty/header_only", csv("header.csv", H), says=("no data rows",)),
    Case("empty/header_and_totals", csv("totals.csv", H + "Total,,300,20,12.50\n"), says=("no data rows",)),
    Case("empty/whitespace_only", csv("space.csv", " \t \n" * 1000)),
    Case("empty/delimiters_only", csv("commas.csv", lambda: H + ",,,,\n" * 100_000), says=("no data rows",)),
    # Quotes.
    Case("quote/never_closed", csv("quote.csv", H + rows(5) + '2025-01-09,"never closed,1,1,1\n' + rows(5)),
         says=("line 7", "quote")),
    Case("quote/never_closed_before_two_megabytes", csv("quote.csv", lambda: H + rows(5)
                                                        + '2025-01-09,"never closed,1,1,1\n' + rows(60_000)),
         says=("line 7",)),
    Case("quote/never_closed_on_the_last_line", csv("quote.csv", H + rows(5) + '2025-01-09,"open,1,1,1'),
         says=("line 7", "quote")),
    Case("quote/lone_inch_mark_is_read", csv("inch.csv", H + rows(3) + '2025-01-04,Screen 12" promo,1,1,1\n'),
         rc=0, shows={"rows": 4}),
    # Not a CSV at all.
    Case("binary/random_bytes", csv("random.csv", lambda: random.Random(7).randbytes(200_000))),
    Case("binary/random_high_bytes", csv("high.csv", lambda: bytes(random.Random(7).randrange(128, 256)
                                                                   for _ in range(100_000)))),
    Case("binary/zip_bomb_named_csv", csv("report.csv", zip_bomb)),
    Case("binary/gzip_named_csv", csv("report.csv", lambda: gzip.compress((H + rows(2000)).encode()))),
    Case("binary/pdf_named_csv", csv("report.csv", lambda: b"%PDF-1.4\n" + random.Random(3).randbytes(50_000))),
    # Dates a century off.
    Case("dates/extreme_rows_set_aside", csv("extreme.csv", EXTREME), rc=0, warns=("ingest.dates_out_of_range",),
         shows={"rows": 1, "date_min": "2025-01-01", "date_max": "2025-01-01"}),
    Case("dates/all_extreme", csv("extreme.csv", H + "1900-01-01,A,1,1,1\n9999-12-31,A,1,1,1\n"),
         says=("1990–2100", "rows 2, 3")),
    Case("dates/year_10000", csv("y10k.csv", H + rows(3) + "10000-01-01,A,1,1,1\n"), says=("row 5", "10000-01-01")),
    Case("dates/compute_by_day_over_extreme_rows", compute_by_day, rc=0),
    Case("dates/period_given_out_of_range", period_given),
    Case("dates/min_year_from_the_environment", csv("extreme.csv", EXTREME), rc=0, shows={"rows": 2},
         env={"KOERS_MIN_YEAR": "1900"}),
    # Numbers that are no figures.
    Case("numbers/inf", csv("inf.csv", H + rows(2) + "2025-01-03,A,inf,1,1\n"), says=("row 4", "'inf'")),
    Case("numbers/nan", csv("nan.csv", H + rows(2) + "2025-01-03,A,1,NaN,1\n"), says=("row 4", "'NaN'")),
    Case("numbers/1e400", csv("big.csv", H + rows(2) + "2025-01-03,A,1,1,1e400\n"), says=("row 4", "'1e400'")),
    Case("numbers/1e308", csv("big.csv", H + rows(2) + "2025-01-03,A,1e308,1,1\n"), says=("row 4",)),
    Case("numbers/forty_digits", csv("digits.csv", H + rows(2) + "2025-01-03,A," + "9" * 40 + ",1,1\n"),
         says=("row 4",)),
    Case("numbers/minus_infinity_among_groups", csv("groups.csv", H + '2025-01-01,A,"1,234",1,1\n'
                                                    "2025-01-02,A,-Infinity,1,1\n"), says=("row 3", "-Infinity")),
    Case("numbers/inf_after_the_sample", csv("late.csv", lambda: H + rows(PAST_SAMPLE) + "2025-02-01,A,inf,1,1\n"),
         says=(f"row {PAST_SAMPLE + 2}", "'inf'")),
    # Figures that cannot all be right: read as written, said.
    Case("plausible/clicks_over_impressions", csv("clicks.csv", H + "2025-01-01,A,10,20,1\n2025-01-02,A,10,5,1\n"),
         rc=0, warns=("ingest.check_clicks_over_impressions",)),
    Case("plausible/negative_counts", csv("neg.csv", H + "2025-01-01,A,-10,2,1\n2025-01-02,A,10,-5,1\n"),
         rc=0, warns=("ingest.check_negative",)),
    # Around the file.
    Case("file/over_the_size_limit", csv("big.csv", lambda: H + rows(60_000)), says=("MB",),
         env={"KOERS_MAX_FILE_MB": "1"}),
    Case("file/missing", missing),
    Case("file/control_characters_in_headers", csv("ctrl.csv", '"\x1b[31mEvil\x1b[0m","Foo\nBar"\n' + "1,2\n" * 200),
         says=("\\x1b[31mEvil", "Foo\\nBar")),  # shown escaped: no terminal colours, no second line
    Case("file/old_mac_line_breaks", csv("cr.csv", (H + rows(5)).replace("\n", "\r")), rc=0, shows={"rows": 5}),
    Case("file/hostile_added_to_a_workspace", inside_workspace("long.csv", lambda: H + "2025-01-01,"
                                                               + "x" * 2_000_000 + ",1,1,1\n"), says=("line 2",)),
    # Lines each wrapped in one cell (ingest/wrapped.py, as a re-saved Shopify export): read inside, or, where the
    # wrapping breaks past the sample, refused by the usual reading with its line
    Case("csv/wrapped_lines_read", csv("orders_export.csv", lambda: WRAPPED_HEAD + WRAPPED_LINE * 3), rc=0,
         warns=("ingest.wrapped_lines",), shows={"rows": 3, "source": "shopify_orders"}),
    Case("csv/wrapped_lines_quote_never_closed", csv("orders_export.csv", lambda: WRAPPED_HEAD + WRAPPED_LINE * 3
                                                     + '"#2,b@example.com,paid,2025-01-02,EUR,5,2025-01-02\n'
                                                     + WRAPPED_LINE), says=("line 5",)),
    Case("csv/wrapped_lines_cell_of_200_kB", csv("orders_export.csv", lambda: WRAPPED_HEAD + WRAPPED_LINE * 3
                                                 + '"' + "x," * 100_000 + 'y"\n'), says=("orders_export.csv",)),
    # A report's heading lines over no table (LinkedIn's download of a period without delivery, UTF-16: robby0825/
    # robbytrinidad creative_performance_report.csv): said as such, not as a missing header
    Case("csv/report_heading_only", csv("creative_performance_report.csv", tsv16(
        'Ad Performance Report (in UTC)\n"Report Start: August 18, 2019, 12:00 AM"\n'
        '"Report End: September 16, 2019, 11:59 PM"\n"Date Generated: September 16, 2019, 5:55 AM"\n\n')),
         says=("heading lines", "Ad Performance Report")),
    # Cells written as text formulas: read as their values; a formula that computes ('=1+1', '=HYPERLINK(…)') is no
    # value of the tool's and stays text, named where a figure should stand; a formula's quote never closed is
    # refused by the usual reading with its line
    Case("csv/formula_cells_read", csv("creatives.tsv", FORMULA_HEAD + FORMULA_LINE * 3), rc=0,
         shows={"rows": 3, "delimiter": "\t"}),
    Case("csv/formula_cell_that_computes", csv("creatives.tsv", FORMULA_HEAD + FORMULA_LINE * 3
                                               + '="2025-01-02"\t="Spring"\t=1+1\t="5"\t="2.50"\n'),
         says=("row 5", "=1+1")),
    Case("csv/formula_cell_quote_never_closed", csv("creatives.tsv", FORMULA_HEAD + FORMULA_LINE * 3
                                                    + '="2025-01-02\t="Spring"\t="100"\t="5"\t="2.50"\n'
                                                    + FORMULA_LINE * 2), says=("creatives.tsv",)),
]
