"""Date cells as spreadsheets and tools write them besides a plain date: a whole period ('May 01 2025 - May 31 2025'),
read as that period, never as its first day alone (where it cannot be a period, it is a bad date named with its
row); and a two-digit year ('3/9/17 16:29'), read in the tool's day order and POSIX's century."""

import datetime as dt
import json
import re

import pytest

from kpi_core import cli
from kpi_core.errors import KoersError
from kpi_core.ingest import read_export

# The layout of Klaviyo's flow report export as published in ishika-riq/zipsense-analytics-agent (backend/server.js,
# `flow_data`): a Date column holding each row's period in the interface's 'May 01 2025 - May 31 2025' form. Names
# and figures made up.
FLOWS = (
    "Flow ID,Flow Name,Date,Message Channel,Status,Open Rate,Total Recipients,Unique Opens,Total Clicks,Bounces\n"
    "F1,Welcome,May 01 2025 - May 31 2025,Email,Live,0.4,1000,400,60,10\n"
    "F2,Cart reminder,May 01 2025 - May 31 2025,Email,Live,0.5,200,100,30,0\n"
    "F1,Welcome,Jun 01 2025 - Jun 30 2025,Email,Live,0.3,600,180,20,6\n"
)


def _rows(result) -> list[tuple]:
    df = result.rows.to_pandas().sort_values(["date", "emails_sent"])
    return [(r.date, r.date_end, r.emails_sent) for r in df.itertuples()]


def _compute(capsys, path, *args) -> list[dict]:
    assert cli.main(["compute", str(path), "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)["rows"]


def test_a_period_in_each_date_cell_gives_the_row_its_first_and_last_day(write):
    r = read_export(write("flows.csv", FLOWS))
    assert r.info["rows"] == 3
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-05-01", "2025-06-30")
    assert _rows(r) == [(dt.date(2025, 5, 1), dt.date(2025, 5, 31), 200.0),
                        (dt.date(2025, 5, 1), dt.date(2025, 5, 31), 1000.0),
                        (dt.date(2025, 6, 1), dt.date(2025, 6, 30), 600.0)]


def test_periods_in_date_cells_count_in_their_own_months_and_spread_over_their_days(write, capsys):
    path = write("flows.csv", FLOWS)
    by_month = {r["period"]: r["value"] for r in _compute(capsys, path, "--kpi", "emails_sent", "--by", "month")}
    assert by_month == {"2025-05-01": 1200, "2025-06-01": 600}
    # May's 1,200 spread over its 31 days: the first week holds 7 of them.
    week = _compute(capsys, path, "--kpi", "emails_sent", "--from", "2025-05-01", "--to", "2025-05-07")
    assert week[0]["value"] == pytest.approx(1200 * 7 / 31)


@pytest.mark.parametrize("start, end, first, last", [
    ("01/05/2025", "31/05/2025", dt.date(2025, 5, 1), dt.date(2025, 5, 31)),  # day first: 31 shows it
    ("05/01/2025", "05/31/2025", dt.date(2025, 5, 1), dt.date(2025, 5, 31)),  # month first: 31 shows it
    ("2025-05-01", "2025-05-31", dt.date(2025, 5, 1), dt.date(2025, 5, 31)),
])
def test_each_layout_of_the_ends_and_a_dash_of_any_length(write, start, end, first, last):
    for dash in ("-", "–", "—"):
        text = f"Date,Campaign,Clicks\n{start} {dash} {end},A,5\n{start} {dash} {end},B,7\n"
        r = read_export(write("spans.csv", text))
        df = r.rows.to_pandas()
        assert {(d, e) for d, e in zip(df["date"], df["date_end"], strict=True)} == {(first, last)}
        assert df["clicks"].sum() == 12


def test_a_period_among_single_dates_is_a_bad_date_not_its_first_day(write):
    text = "Date,Campaign,Clicks\n" + "".join(f"2025-05-{d:02d},A,5\n" for d in range(1, 10))
    text += "2025-05-10 - 2025-05-31,A,99\n"
    with pytest.raises(KoersError) as e:
        read_export(write("mixed.csv", text))
    assert (e.value.code, e.value.row, e.value.column) == ("ingest.bad_date", 11, "Date")


@pytest.mark.parametrize("start", ["2025-05-01 - 2025-05-15", "08/2025"])
def test_a_period_or_month_in_the_date_cell_beside_an_end_column_is_a_bad_date(write, start):
    # The file says where each row ends: a period or a month in its start cell would contradict or repeat that.
    text = ("Reporting starts,Reporting ends,Campaign name,Impressions\n"
            f"{start},2025-05-31,A,100\n{start},2025-05-31,B,200\n")
    with pytest.raises(KoersError) as e:
        read_export(write("meta.csv", text))
    assert (e.value.code, e.value.row) == ("ingest.bad_date", 2)


def test_a_time_zone_after_a_time_is_no_period(write):
    # Shopify writes '2025-05-01 23:30:00 -0700': the dash has no space after it.
    text = "Date,Campaign,Clicks\n2025-05-01 23:30:00 -0700,A,5\n2025-05-02 08:00:00 +0200,A,7\n"
    df = read_export(write("tz.csv", text)).rows.to_pandas()
    assert list(df["date"]) == [dt.date(2025, 5, 1), dt.date(2025, 5, 2)]
    assert "date_end" not in df.columns


# Two-digit years: a date column as a US-locale spreadsheet saves it again as CSV. Mailchimp's campaign report in
# the layout of jamestthompson3/mailchimp_data mailchimp_campaigns.csv ('3/9/17 18:54', Send Weekday 'Thursday').
MAILCHIMP = ("Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,Unique Opens\n"
             "Spring ask,Try it,Members,3/9/17 16:29,Thursday,400,380,110\n"
             "April news,News,Members,4/6/17 14:28,Thursday,100,100,40\n")


def test_two_digit_years_in_the_tools_day_order(write):
    r = read_export(write("campaigns.csv", MAILCHIMP))
    assert r.info["source"] == "mailchimp"
    df = r.rows.to_pandas()
    # 9 March and 6 April 2017 were Thursdays, as the file says: month first, Mailchimp's habit.
    assert sorted(set(df["date"])) == [dt.date(2017, 3, 9), dt.date(2017, 4, 6)]
    assert df["emails_sent"].sum() == 500


@pytest.mark.parametrize("cells, days", [
    (["24.02.17", "25.02.17"], [dt.date(2017, 2, 24), dt.date(2017, 2, 25)]),  # ".": day first
    (["31.12.99", "01.01.00"], [dt.date(1999, 12, 31), dt.date(2000, 1, 1)]),  # 69-99 is 1969-1999
    (["1/2/68 10:00", "1/3/68"], [dt.date(2068, 2, 1), dt.date(2068, 3, 1)]),  # 00-68 is 2000-2068
])
def test_two_digit_years_under_a_date_header(write, cells, days):
    text = "Date,Campaign,Clicks\n" + "".join(f"{c},A,1\n" for c in cells)
    assert sorted(read_export(write("d.csv", text)).rows.to_pandas()["date"]) == days


def test_a_four_digit_year_in_a_two_digit_column_is_a_bad_date_not_its_century(write):
    text = "Date,Campaign,Clicks\n" + "".join(f"2/{d}/17,A,1\n" for d in range(1, 10)) + "2/24/2017,A,1\n"
    with pytest.raises(KoersError) as e:
        read_export(write("d.csv", text))
    assert (e.value.code, e.value.row) == ("ingest.bad_date", 11)


def test_without_a_date_header_two_digit_years_are_no_dates(write):
    # '1.2.10' may as well be a version: a sheet needs a date header for such a column to be its dates.
    text = "Release,Clicks\n1.2.10,5\n1.3.11,7\n"  # figures, so only the date is missing
    with pytest.raises(KoersError) as e:
        read_export(write("versions.csv", text))
    assert e.value.code == "ingest.no_date_column"


# Klaviyo's monthly flow report, as in ishika-riq/zipsense-analytics-agent backend/server.js (`flows_data`): a Month
# column of '08/2025'. Names and figures made up.
MONTHLY = ("Month,Flow ID,Flow Name,Status,Delivered,Unique Opens,Open Rate\n"
           "08/2025,W1,Welcome,live,1000,500,0.5\n09/2025,W1,Welcome,live,2000,900,0.45\n"
           "09/2025,C2,Cart,live,500,100,0.2\n")


@pytest.mark.parametrize("month", ["{m:02d}/2025", "2025-{m:02d}", "{name} 2025"])
def test_a_month_in_each_date_cell_is_that_whole_month(write, capsys, month):
    names = {8: "Aug", 9: "September"}
    text = MONTHLY
    for m in (8, 9):
        text = text.replace(f"{m:02d}/2025", month.format(m=m, name=names[m]))
    path = write("flows.csv", text)
    df = read_export(path).rows.to_pandas()
    assert sorted(zip(df["date"], df["date_end"], strict=True)) == [
        (dt.date(2025, 8, 1), dt.date(2025, 8, 31)), (dt.date(2025, 9, 1), dt.date(2025, 9, 30)),
        (dt.date(2025, 9, 1), dt.date(2025, 9, 30))]
    got = {r["period"]: r["value"] for r in _compute(capsys, path, "--kpi", "emails_delivered", "--by", "month")}
    assert got == {"2025-08-01": 1000, "2025-09-01": 2500}


@pytest.mark.parametrize("cell, name, first, last", [
    # A store's yearly orders report named for its range (Andylol111/Data-analysis-legoat, Metorik's 'orders-report-
    # 2022-03-20-2026-03-20.csv': Date 2022 ... 2026): the first and last year count only their days in that range.
    ("{y}", "orders-report-2022-03-20-2026-03-20.csv", dt.date(2022, 3, 20), dt.date(2026, 3, 20)),
    ("{y}-{m:02d}", "orders-report-2022-03-20-2026-03-20.csv", dt.date(2022, 3, 20), dt.date(2026, 3, 20)),
    ("{y}", "orders-report.csv", dt.date(2022, 1, 1), dt.date(2026, 12, 31)),  # no range named: whole years
])
def test_a_year_or_month_row_is_cut_to_the_range_the_files_name_states(write, capsys, cell, name, first, last):
    months = {2022: 3, 2026: 3}
    text = "Date,Orders,Items\n" + "".join(f"{cell.format(y=y, m=months.get(y, 6))},{n},{n}\n"
                                           for y, n in ((2022, 137), (2024, 344), (2026, 25)))
    path = write(name, text)
    df = read_export(path).rows.to_pandas()
    assert (min(df["date"]), max(df["date_end"])) == (first, last)
    got = {r["period"]: r["value"] or 0 for r in _compute(capsys, path, "--kpi", "orders", "--by", "month")}
    # 2026's 25 orders fall in 1 January to 20 March (79 days), never after it; a whole year spreads them to December
    after = sum(v for p, v in got.items() if p >= "2026-04-01")
    assert after == pytest.approx(0 if last.month == 3 else 25 * 275 / 365)
    assert sum(v for p, v in got.items() if p >= "2026-01-01") == pytest.approx(25)
    assert sum(got.values()) == pytest.approx(137 + 344 + 25)


def test_ga4_nth_week_is_its_week_from_sunday_within_the_range(write, capsys):
    # Joel-hanson/joel-hanson.github.io Reports_snapshot.csv: a year by 'Nth week', read as 53 rows of the whole year.
    # Week 0000 is the week of the start date (Wednesday 1 January 2025: its four days to Saturday), the last one
    # ends on the end date (dannywebsites/impulse-english: a half year's week 0026 is 28-30 June 2026).
    text = ("# Start date: 20250101\n# End date: 20250120\nNth week,Active users\n0000,8\n0001,21\n0002,14\n"
            "0003,4\n")
    path = write("Reports_snapshot.csv", text)
    df = read_export(path).rows.to_pandas().sort_values("date")
    assert list(zip(df["date"], df["date_end"], strict=True)) == [
        (dt.date(2025, 1, 1), dt.date(2025, 1, 4)), (dt.date(2025, 1, 5), dt.date(2025, 1, 11)),
        (dt.date(2025, 1, 12), dt.date(2025, 1, 18)), (dt.date(2025, 1, 19), dt.date(2025, 1, 20))]
    got = {r["period"]: r["value"] for r in _compute(capsys, path, "--kpi", "users", "--by", "day")}
    assert (got["2025-01-04"], got["2025-01-05"], got["2025-01-18"], got["2025-01-20"]) == (2, 3, 2, 2)


@pytest.mark.parametrize("cells, first, last", [
    (["Jan 2025 - Mar 2025"], dt.date(2025, 1, 1), dt.date(2025, 3, 31)),  # a period of months ends on its last day
    (["01/2025 - 03/2025"], dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
    (["May 01 2025\u00a0-\u00a0May 31 2025"], dt.date(2025, 5, 1), dt.date(2025, 5, 31)),  # spaces as formatted
    (["May 01 2025\u2009–\u2009May 31 2025"], dt.date(2025, 5, 1), dt.date(2025, 5, 31)),
    (["1 Jan 2025 - 5 Jan 2025", "6 Jan 2025 - 12 Jan 2025"], dt.date(2025, 1, 1), dt.date(2025, 1, 5)),
])
def test_periods_of_months_and_periods_with_formatted_spaces(write, cells, first, last):
    text = "Date,Campaign,Clicks\n" + "".join(f"{c},A,90\n" for c in cells)
    df = read_export(write("p.csv", text)).rows.to_pandas().sort_values("date")
    assert (df["date"].iloc[0], df["date_end"].iloc[0]) == (first, last)
    # Among single dates of the same layout, such a cell is a bad date, not its first day.
    starts = [re.split("[\\s\u00a0\u2009]+[-–—]", c)[0] for c in cells]
    single = "Date,Campaign,Clicks\n" + "".join(f"{c},A,1\n" for c in starts * 5)
    with pytest.raises(KoersError):
        read_export(write("m.csv", single + f"{cells[0]},A,90\n"))


def test_what_is_no_period_stays_what_it_was(write):
    # A dash before a time is no period: the day is read.
    text = "Date,Campaign,Clicks\n31-01-2025 - 10:00,A,5\n01-02-2025 - 11:30,A,6\n"
    assert sorted(read_export(write("t.csv", text)).rows.to_pandas()["date"]) == [dt.date(2025, 1, 31),
                                                                                 dt.date(2025, 2, 1)]
    # A name beside a month is no period, and without a date header no column is taken for one.
    with pytest.raises(KoersError) as e:
        read_export(write("n.csv", "Name,Clicks\nPromo - Aug 2025,5\nSale - Sep 2025,6\n"))
    assert e.value.code == "ingest.no_date_column"
    # '2025-01' under a Week header is a week of the year, and '25-01-31' may be year first: both refused, as before.
    for text in ("Week,Clicks\n2025-01,5\n2025-02,6\n", "Day,Clicks\n25-01-31,5\n25-02-15,6\n"):
        with pytest.raises(KoersError) as e:
            read_export(write("w.csv", text))
        assert e.value.code == "ingest.bad_date"


def _said(r, code):
    return [w["params"] for w in r.info["warning_codes"] if w["code"] == code]


def test_dates_that_read_both_ways_are_read_in_the_tools_habit_and_said(write):
    # Every number 12 or less: Klaviyo (a US tool) writes month first, so 09/01/2025 is 1 September, and the first
    # date the two readings tell apart is said with what it was read as.
    head = "Day,Flow Name,Delivered,Unique Opens,Flow ID\n"
    r = read_export(write("flows.csv", head + "09/01/2025,W,100,50,X\n09/02/2025,W,120,60,X\n"))
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-09-01", "2025-09-02")
    assert _said(r, "ingest.dates_read_month_first") == [
        {"column": "Day", "example": "09/01/2025", "read": "2025-09-01", "tool": "Klaviyo"}]
    # A day above 12 decides the column: nothing to say.
    r = read_export(write("flows2.csv", head + "09/01/2025,W,100,50,X\n09/13/2025,W,120,60,X\n"))
    assert not _said(r, "ingest.dates_read_month_first")
    # Dates that read the same either way (3 March) need no word either.
    r = read_export(write("flows3.csv", head + "03/03/2025,W,100,50,X\n"))
    assert r.info["date_min"] == "2025-03-03" and not _said(r, "ingest.dates_read_month_first")


def test_day_first_habit_is_said_too(write):
    # '-' is a day-first habit whatever the tool: 01-02-2025 is 1 February, and said so.
    r = read_export(write("sheet.csv", "Datum,Kosten,Klikken\n01-02-2025,10,5\n02-02-2025,12,6\n"))
    assert r.info["date_min"] == "2025-02-01"
    said = _said(r, "ingest.dates_read_day_first")
    assert said and said[0]["example"] == "01-02-2025" and said[0]["read"] == "2025-02-01"


@pytest.mark.parametrize("name, want", [
    ("Tiktok Ads_Untitled report_Kazia2_20220101-20221231 (1).xlsx", ("2022-01-01", "2022-12-31")),  # TikTok's own
    ("20260319_20260417_campaign_report.xlsx", ("2026-03-19", "2026-04-17")),
    ("AnswerAdAcct-Daily Campaign Report-App promotion20240828112403(20240827 to 20240927).xlsx",
     ("2024-08-27", "2024-09-27")),  # the download's time stamp before it is no day
    ("Sales by product - 2025-03-01 - 2025-03-31.csv", ("2025-03-01", "2025-03-31")),
    ("export_12345678-87654321.csv", None),  # ids, no days
    ("report_20221231-20220101.csv", None),  # backwards: no period
    ("report_20220230-20220301.csv", None),  # no 30 February
    ("report_202201011_20221231.csv", None),  # nine digits
    ("download_20250104.csv", None),  # one day: the day it was downloaded
    # Google Business Profile's performance report (DanielTheC/internal-lnking-tool): days unpadded, an id after them
    ("GMB insights (Performance Report) - 2024-11-5 - 2024-11-11 - 0123456789abcdef0123456789abcdef.csv",
     ("2024-11-05", "2024-11-11")),
    ("GMB insights (Performance Report) - 2025-10-1 - 2025-10-31 - fedcba9876543210fedcba9876543210.csv",
     ("2025-10-01", "2025-10-31")),
    ("Devices(2026.5.4-2026.5.10).csv", ("2026-05-04", "2026-05-10")),
    ("report 2025-13-1 - 2025-10-31.csv", None),  # no thirteenth month
])
def test_a_period_in_a_files_name_as_eight_digit_days(name, want):
    from kpi_core.ingest.period import in_name

    got = in_name(name)
    assert (None if got is None else (got.start.isoformat(), got.end.isoformat())) == want


def test_a_column_of_two_date_layouts_reads_each_cell_by_its_own(write):
    # jamestthompson3/mailchimp_data `domino_newsletter.csv`: a campaign report saved again in a US spreadsheet holds
    # 93 dates as '1-Dec-16' and the 6 campaigns added after as '3/23/17 15:00'. The file was refused at its first
    # '3/23/17' cell. Made-up campaigns and figures.
    head = "Title,Subject,List,Send_Date,Total_Recipients,Successful_Deliveries,Unique_Opens\n"
    r = read_export(write("newsletter.csv", head + "C,s,L,3/23/17 15:00,100,98,30\nB,s,L,9-Mar-17,200,190,50\n"
                                                   "A,s,L,1-Dec-16,300,280,70\nD,s,L,3/16/17 9:05,50,50,10\n"))
    assert r.source == "mailchimp"
    assert sorted(zip(r.rows.column("date").to_pylist(), r.rows.column("emails_sent").to_pylist(), strict=True)) == [
        (dt.date(2016, 12, 1), 300), (dt.date(2017, 3, 9), 200), (dt.date(2017, 3, 16), 50),
        (dt.date(2017, 3, 23), 100)]
    # Cells that fit no layout of the two, numbers alone in both layouts, or numbers whose own cells cannot say
    # which is the day: still bad cells, named by their row
    for cells, code in ((("2017-03-09", "3/4/17 10:00"), "ingest.bad_date"),
                        (("9-Mar-17", "the 23rd"), "ingest.bad_date"),
                        (("3/23/17 10:00", "23.03.2017"), "ingest.mixed_dates")):
        rows = "".join(f"C{n},s,L,{c},100,98,30\n" for n, c in enumerate([cells[0]] * 5 + [cells[1]]))
        with pytest.raises(KoersError) as e:
            read_export(write("mixed.csv", head + rows))
        assert e.value.code == code
        assert code == "ingest.mixed_dates" or (e.value.row == 7 and cells[1] in e.value.message("en"))
