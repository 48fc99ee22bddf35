"""Cell parsing: every number and date layout the tools write, parsed in DuckDB as the reader does."""

import datetime as dt

import duckdb
import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import values


def parse_numbers(cells, dec):
    con = duckdb.connect()
    con.execute("CREATE TABLE raw (c0 VARCHAR)")
    con.executemany("INSERT INTO raw VALUES (?)", [[c] for c in cells])
    return [r[0] for r in con.execute(f"SELECT {values.number_sql('c0', dec)} FROM raw").fetchall()]


@pytest.mark.parametrize(
    "cell, dec, expected",
    [
        ("€ 1.234,56", ",", 1234.56),
        ("EUR 1,234.56", ".", 1234.56),
        ("$1,234.56", ".", 1234.56),
        ("3,45%", ",", 0.0345),
        ("12.5%", ".", 0.125),
        ("1.234", ",", 1234.0),
        ("1,234", ".", 1234.0),
        ("1\xa0234,50", ",", 1234.5),
        ("1 234,50", ",", 1234.5),
        ("1'234.50", ".", 1234.5),
        ("-12", ".", -12.0),
        ("(12)", ".", -12.0),
        ("(1.234,50)", ",", -1234.5),
        ("−7", ".", -7.0),
        ("0,5", ",", 0.5),
        ("42", ",", 42.0),
        ("--", ".", None),
        (" --", ".", None),
        ("-", ",", None),
        ("n/a", ".", None),
        ("", ".", None),
        ("< 10", ".", None),
    ],
)
def test_number_layouts(cell, dec, expected):
    got = parse_numbers([cell], dec)[0]
    assert got == pytest.approx(expected) if expected is not None else got is None


def test_decimal_mark_is_decided_from_unambiguous_values():
    assert values.decimal_mark(values.decimal_votes(["1.234,56", "12"])) == ","
    assert values.decimal_mark(values.decimal_votes(["1,234.56", "12"])) == "."
    assert values.decimal_mark(values.decimal_votes(["12,50", "3"])) == ","
    assert values.decimal_mark(values.decimal_votes(["12"]), default=",") == ","


def parse_dates(cells, kind, order="dmy"):
    con = duckdb.connect()
    con.execute("CREATE TABLE raw (c0 VARCHAR)")
    con.executemany("INSERT INTO raw VALUES (?)", [[c] for c in cells])
    return [r[0] for r in con.execute(f"SELECT {values.date_sql('c0', kind, order)} FROM raw").fetchall()]


D = dt.date(2025, 1, 2)


@pytest.mark.parametrize(
    "cells, kind",
    [
        (["2025-01-02"], "iso"),
        (["2025-01-02 23:30:00 +0100"], "iso"),
        (["2025-01-02T10:11:12Z"], "iso"),
        (["20250102"], "ymd8"),
        (["02-01-2025"], "numeric:-"),
        (["02/01/2025"], "numeric:/"),
        (["2.1.2025"], "numeric:."),
        (["2 jan. 2025"], "day_month"),
        (["2 januari 2025"], "day_month"),
        (["2 Jan 2025"], "day_month"),
        (["Jan 2, 2025"], "month_day"),
        (["Jan 02, 2025 09:30 pm"], "month_day"),
    ],
)
def test_date_layouts(cells, kind):
    assert values.date_kind(cells, "f.csv", "Date") == kind
    assert parse_dates(cells, kind) == [D]


def test_day_month_order_is_decided_for_the_whole_column():
    assert values.date_order([(31, 12)], "f", "Date") == "dmy"
    assert values.date_order([(12, 31)], "f", "Date") == "mdy"
    assert values.date_order([(12, 12)], "f", "Date") == "dmy"
    with pytest.raises(KoersError) as e:
        values.date_order([(31, 31)], "f.csv", "Date")
    assert e.value.code == "ingest.mixed_dates"
    assert parse_dates(["01/02/2025"], "numeric:/", "mdy") == [D]


# The month words of German and French interfaces ('3. März 2025', '24 févr. 2025'), written as each language's
# interface prints a day, full and abbreviated; before, a date column of them was refused and a Month column of them
# left unread.
_WORDS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "de_short": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fr_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}


@pytest.mark.parametrize("lang", _WORDS)
def test_month_names_of_every_interface_language(lang):
    words = _WORDS[lang].split()
    days = [f"{m + 4}. {w} 2025" if lang.startswith("de") else f"{m + 4} {w} 2025" for m, w in enumerate(words)]
    assert values.date_kind(days, "f", "Datum") == "day_month"
    assert parse_dates(days, "day_month") == [dt.date(2025, m, m + 3) for m in range(1, 13)]
    months = [f"{w.upper()} 2025" for w in words]  # any case
    assert values.date_kind(months, "f", "Monat") == "month:words"
    assert parse_dates(months, "month:words") == [dt.date(2025, m, 1) for m in range(1, 13)]


def test_spanish_and_portuguese_dates_joined_with_de():
    # Spanish and Portuguese interfaces write 'marzo de 2025' and '3 de marzo de 2025'; a Month column of them was
    # refused, a Date column of them too.
    months = ["enero de 2025", "Marzo De 2025", "diciembre de 2025", "março de 2025"]
    assert values.date_kind(months, "f", "Mes") == "month:words"
    assert parse_dates(months, "month:words") == [dt.date(2025, m, 1) for m in (1, 3, 12, 3)]
    days = ["3 de marzo de 2025", "14 de enero de 2025", "1 de dezembro de 2025", "5 dec 2025"]
    assert values.date_kind(days, "f", "Fecha") == "day_month"
    assert parse_dates(days, "day_month") == [dt.date(2025, 3, 3), dt.date(2025, 1, 14), dt.date(2025, 12, 1),
                                              dt.date(2025, 12, 5)]


def test_a_weekday_before_a_date_in_every_interface_language():
    # Google Ads' overview cards put the weekday first ('Mon, May 4, 2026'); in French 'lun. 4 mai 2026', in German
    # 'Mo., 4. Mai 2026', in Spanish 'lun, 4 de mayo de 2026'. Only English and Dutch weekdays were read.
    days = ["lun. 4 mai 2026", "Mo., 4. Mai 2026", "mié, 6 de mayo de 2026", "sáb 9 mayo 2026", "gio 7 maggio 2026",
            "di 5 mei 2026", "3 mai 2026"]
    assert values.date_kind(days, "f", "Date") == "day_month"
    assert parse_dates(days, "day_month") == [dt.date(2026, 5, d) for d in (4, 4, 6, 9, 7, 5, 3)]
    us = ["Mon, May 4, 2026", "Mar 3, 2026", "May 5, 2026"]  # a month after a weekday, or first
    assert values.date_kind(us, "f", "Date") == "month_day"
    assert parse_dates(us, "month_day") == [dt.date(2026, 5, 4), dt.date(2026, 3, 3), dt.date(2026, 5, 5)]


def test_excel_day_month_dashes_with_two_or_four_digit_years():
    # A sheet saved to CSV writes Excel's d-mmm-yy ('9-Mar-17', jamestthompson3/mailchimp_data domino_newsletter.csv)
    # or dd-mmm-yyyy: refused as no date before.
    cells = ["9-Mar-17", "28-Feb-17 10:25", "01-mrt-2017", "5-Okt-1999", "31-déc.-24"]
    assert values.date_kind(cells, "f", "Send Date") == "day_mon"
    assert parse_dates(cells, "day_mon") == [dt.date(2017, 3, 9), dt.date(2017, 2, 28), dt.date(2017, 3, 1),
                                             dt.date(1999, 10, 5), dt.date(2024, 12, 31)]
    assert values.date_kind(["9-Foo-17", "10-Bar-17"], "f", "Date") is None  # a month's name, never any word
    assert parse_dates(["31-Feb-17", "9-Mar-017"], "day_mon") == [None, None]


def test_a_word_no_month_starts_with_is_no_month():
    assert values.month_number("Juin") == 6 and values.month_number("juil.") == 7
    assert values.month_number("Jui") is None and values.month_number("Mä") is None
    assert values.date_kind(["5 Juist 2025", "6 Juist 2025"], "f", "Datum") is None


def test_dutch_month_names():
    cells = ["3 mrt 2025", "1 mei 2025", "15 okt. 2025", "9 maart 2025"]
    assert values.date_kind(cells, "f", "Datum") == "day_month"
    assert parse_dates(cells, "day_month") == [dt.date(2025, 3, 3), dt.date(2025, 5, 1), dt.date(2025, 10, 15),
                                               dt.date(2025, 3, 9)]


@pytest.mark.parametrize("text, order, want", [
    ("05-06-2026 - 25-06-2026", "mdy", ("2026-06-05", "2026-06-25")),  # the end's 25 tells both: day first
    ("06/05/2026 - 06/25/2026", "dmy", ("2026-06-05", "2026-06-25")),  # the end's 25 tells both: month first
    ("03/04/2026 - 05/04/2026", "dmy", ("2026-04-03", "2026-04-05")),  # nothing tells: the order given
    ("03/04/2026 - 05/04/2026", None, None),  # nothing tells, no order given: not guessed
    ("25/06/2026 - 06/25/2026", "mdy", None),  # the ends disagree
])
def test_a_numeric_range_reads_both_ends_in_one_order(text, order, want):
    # Each end was read by itself: '05-06-2026 - 25-06-2026' ran from 6 May (month first by default) to 25 June.
    from kpi_core.ingest.period import parse_range

    got = parse_range(text, order)
    assert (tuple(d.isoformat() for d in got) if got else None) == want


def test_a_portuguese_range_and_month_column():
    # Portuguese interfaces write '1 de outubro de 2025 - 31 de outubro de 2025' and 'out. de 2025'; 'out' and 'fev'
    # named no month before.
    from kpi_core.ingest.period import parse_range

    assert parse_range("1 de outubro de 2025 - 31 de outubro de 2025") == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    months = ["out. de 2025", "fev. de 2026", "dez 2025"]
    assert values.date_kind(months, "f", "Mês") == "month:words"
    assert parse_dates(months, "month:words") == [dt.date(2025, 10, 1), dt.date(2026, 2, 1), dt.date(2025, 12, 1)]


def test_a_year_alone_under_a_date_header_is_that_whole_year(write):
    # Klaviyo's custom report grouped by year writes '2024' under Date: refused before as no date Koers can read.
    years = ["2024", "2025", "1999"]
    assert values.date_kind(years, "f", "Date") == "month:y"
    assert parse_dates(years, "month:y") == [dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(1999, 1, 1)]
    assert parse_dates(years, "month_end:y") == [dt.date(2024, 12, 31), dt.date(2025, 12, 31), dt.date(1999, 12, 31)]
    assert values.date_kind(["1200", "3400"], "f", "Date") is None  # four digits outside the years Koers accepts
    from kpi_core.ingest import read_export

    r = read_export(write("per_jaar.csv", "Date,Campaign,Clicks,Cost\n2024,A,366,5\n2025,A,365,10\n"))
    assert r.info["period"] == {"start": "2024-01-01", "end": "2025-12-31", "from": "rows"}
    assert [str(d) for d in r.rows.column("date_end").to_pylist()] == ["2024-12-31", "2025-12-31"]


def test_a_word_before_a_date_that_is_no_weekday_is_no_date():
    # An event's name ('Webinar 3 May 2026') is no day: only weekdays' names and abbreviations come before a date.
    assert values.date_kind(["Webinar 3 May 2026", "Seminar 5 May 2026"], "f", "Event") is None
    assert values.date_kind(["Workshop 3 May 2026", "Week 5 May 2026"], "f", "Event") is None
    assert values.date_kind(["Thursday 7 May 2026", "Fri 8 May 2026"], "f", "Date") == "day_month"
    # every interface's abbreviations, Spanish Excel's two letters too ('lu.', 'sá.'), English 'Tu', 'Weds'
    days = ["lu. 4 de mayo de 2026", "sá. 9 de mayo de 2026", "Tu 5 May 2026", "Weds 6 May 2026", "zat 9 mei 2026"]
    assert values.date_kind(days, "f", "Día") == "day_month"
    assert parse_dates(days, "day_month") == [dt.date(2026, 5, d) for d in (4, 9, 5, 6, 9)]


def test_a_no_break_space_inside_a_date_of_words_reads_as_a_space():
    # Python's sniff took 'Mon,\u00a0May 4, 2026' for a date, DuckDB's parse did not: the file was refused.
    cells = ["Mon,\u00a0May 4, 2026", "Tue, May\u202f5, 2026"]
    assert values.date_kind(cells, "f", "Date") == "month_day"
    assert parse_dates(cells, "month_day") == [dt.date(2026, 5, 4), dt.date(2026, 5, 5)]
    assert parse_dates(["4\u00a0mai 2026"], "day_month") == [dt.date(2026, 5, 4)]
