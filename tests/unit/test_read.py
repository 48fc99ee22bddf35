"""Reading whole files: layout, encodings, Excel, and bad input with specific errors."""

import csv
import datetime as dt
import unicodedata
import zipfile

import openpyxl
import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export

GENERIC = (
    "Weekly report Acme BV\n"
    "Period: 1-1-2025 to 3-1-2025\n"
    "\n"
    "Datum;Campagne;Vertoningen;Klikken;Kosten;Omzet\n"
    "01-01-2025;Winter;1.000;50;€ 12,50;€ 100,00\n"
    "02-01-2025;Winter;2.000;100;€ 25,00;€ 200,00\n"
    "\n"
    "Datum;Campagne;Vertoningen;Klikken;Kosten;Omzet\n"
    "03-01-2025;Winter;3.000;150;€ 37,50;€ 1.300,00\n"
    "Totaal;;6.000;300;€ 75,00;€ 1.600,00\n"
)


def totals(result):
    df = result.rows.to_pandas()
    return {c: df[c].sum() for c in df.columns if df[c].dtype.kind == "f"}


def test_preamble_blank_repeated_header_and_totals_are_set_aside(write):
    r = read_export(write("report.csv", GENERIC))
    assert r.info["source"] == "generic"
    assert r.info["delimiter"] == ";"
    assert r.info["decimal"] == ","
    assert r.info["header_row"] == 4
    assert r.info["rows"] == 3
    assert r.set_aside == [(1, "preamble"), (2, "preamble"), (3, "preamble"), (7, "blank"),
                           (8, "repeated_header"), (10, "totals")]
    assert r.info["skipped"] == {"preamble": 3, "totals": 1, "blank": 1, "repeated_header": 1}
    assert totals(r) == {"impressions": 6000, "clicks": 300, "cost": 75.0, "revenue": 1600.0}
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-01-01", "2025-01-03")
    assert r.info["mapping"]["Omzet"] == {"canonical": "revenue", "confidence": 0.9}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings_read_to_the_same_rows(write, encoding):
    text = GENERIC.replace(";", "\t") if encoding == "utf-16" else GENERIC
    r = read_export(write(f"r-{encoding}.csv", text, encoding=encoding))
    assert totals(r) == {"impressions": 6000, "clicks": 300, "cost": 75.0, "revenue": 1600.0}
    assert r.info["rows"] == 3


def test_utf16_without_bom_is_recognised(write):
    r = read_export(write("r.csv", GENERIC.replace(";", "\t").encode("utf-16-le")))
    assert r.info["encoding"] == "utf-16-le"
    assert r.info["delimiter"] == "\t"
    assert totals(r)["clicks"] == 300


def test_month_day_order_decided_from_the_whole_column(write):
    rows = "".join(f"{m:02d}/{d:02d}/2025,10\n" for m, d in [(1, 5), (1, 6), (1, 20)])
    r = read_export(write("us.csv", "Date,Clicks\n" + rows))
    assert r.rows.column("date").to_pylist() == [dt.date(2025, 1, 5), dt.date(2025, 1, 6), dt.date(2025, 1, 20)]


def test_unmapped_columns_are_reported_not_dropped_silently(write):
    r = read_export(write("x.csv", "Date,Clicks,Mood of the team\n2025-01-01,5,good\n"))
    assert r.info["unmapped"] == ["Mood of the team"]


def test_excel_first_sheet_with_data_merged_title_and_numbers_as_text(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Leeg"
    ws = wb.create_sheet("Data")
    ws.append(["Omzetrapport 2025"])
    ws.merge_cells("A1:C1")
    ws.append(["Datum", "Bestellingen", "Omzet"])
    ws.append([dt.datetime(2025, 2, 1), 3, "1.234,50"])
    ws.append([dt.datetime(2025, 2, 2), "4", 100.25])
    ws.append(["Totaal", 7, 1334.75])
    p = tmp_path / "omzet.xlsx"
    wb.save(p)
    r = read_export(p)
    assert r.info["sheet"] == "Data" and r.info["sheets"] == ["Leeg", "Data"]
    assert r.set_aside == [(1, "preamble"), (5, "totals")]
    assert totals(r) == {"orders": 7, "revenue": pytest.approx(1334.75)}


def code_of(fn):
    with pytest.raises(KoersError) as e:
        fn()
    return e.value


def test_empty_file(write):
    e = code_of(lambda: read_export(write("empty.csv", "")))
    assert e.code == "ingest.empty_file" and e.file == "empty.csv"


def test_binary_garbage(write):
    e = code_of(lambda: read_export(write("junk.csv", bytes(range(256)) * 40)))
    assert e.code == "ingest.not_a_table"


def test_no_date_column(write):
    e = code_of(lambda: read_export(write("nodate.csv", "Campaign,Clicks\nA,1\nB,2\n")))
    assert e.code == "ingest.no_date_column"
    assert "Campaign, Clicks" in e.message("en")


def test_a_tools_table_of_the_whole_period_asks_for_its_period(write):
    # Search Console's tables other than Dates hold the export's whole period and name it only in Filters.csv: no
    # date column can be added to them, so the way out is the period, named in the user's language.
    text = "Apparaat,Aantal klikken,Vertoningen,CTR,Positie\nMobiel,20,1255,1.59%,38.54\nDesktop,7,1090,0.64%,56.81\n"
    e = code_of(lambda: read_export(write("Apparaten.csv", text)))
    assert e.code == "ingest.table_needs_period"
    assert "Google Search Console" in e.message("nl") and "--period" in e.message("nl")
    assert "periodeveld" in e.message("nl")


def test_a_search_console_comparison_reads_its_first_period_and_sets_the_other_aside(write):
    # Compare on, in Dutch with custom ranges: the header row is found, the figures of the first period are organic
    # clicks and impressions, and the other period's columns are named as set aside, never summed with them.
    a, b = "25-06-2026 - 01-07-2026", "18-06-2026 - 24-06-2026"
    text = (f"Apparaat,{a} Aantal klikken,{b} Aantal klikken,{a} Vertoningen,{b} Vertoningen,{a} CTR,{b} CTR,"
            f"{a} Positie,{b} Positie\nMobiel,12,2,300,50,4%,4%,11.2,20.4\nDesktop,5,9,200,150,2.5%,6%,8,9\n")
    from kpi_core.ingest.period import Period

    r = read_export(write("Apparaten.csv", text), period=Period(dt.date(2026, 6, 25), dt.date(2026, 7, 1), "given"))
    assert r.info["source"] == "search_console"
    assert {"organic_clicks", "organic_impressions"} <= set(r.rows.column_names)
    assert not {"clicks", "impressions"} & set(r.rows.column_names)
    assert sum(r.rows.column("organic_clicks").to_pylist()) == 17
    said = next(w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.compare_export")
    assert said["current"] == "25-06-2026 - 01-07-2026" and said["previous"] == "18-06-2026 - 24-06-2026"
    assert said["columns"] == f"{b} Aantal klikken, {b} Vertoningen, {b} CTR, {b} Positie"


EN_QUERIES = ("Top queries", "Clicks", "Impressions", "CTR", "Position")
NL_DEVICES = ("Apparaat", "Aantal klikken", "Vertoningen", "CTR", "Positie")


@pytest.mark.parametrize("a, b, words, period", [
    ("8/1/25 - 8/31/25", "7/1/25 - 7/31/25", EN_QUERIES, ("2025-08-01", "2025-08-31")),  # English: month first
    ("25-06-2026 - 01-07-2026", "18-06-2026 - 24-06-2026", NL_DEVICES, ("2026-06-25", "2026-07-01")),  # Dutch
    ("8/1/25 - 8/12/25", "7/1/25 - 7/12/25", EN_QUERIES, None),  # 1 August or 8 January: not told, so asked
    ("Last 28 days", "Previous 28 days", EN_QUERIES, None),  # no days named: asked
])
def test_a_search_console_comparison_without_dates_covers_the_period_its_headers_name(write, a, b, words, period):
    # roelberry/septembermeeting `KAA REPORT/...-Performance-on-Search-2025-09-10 - Queries.csv`: every figure
    # behind '8/1/25 - 8/31/25'; the table was refused as stating no period. Values made up.
    first, *figures = words
    text = (first + "".join(f",{p} {f}" for f in figures for p in (a, b))
            + "\nart association,33,3,46,6,0.7174,0.5,1,1\nart online,3,0,9,2,0.3333,0,8.78,13\n")
    if period is None:
        assert code_of(lambda: read_export(write("Queries.csv", text))).code == "ingest.table_needs_period"
        return
    r = read_export(write("Queries.csv", text))
    assert r.info["period"] == {"start": period[0], "end": period[1], "from": "file"}
    assert sum(r.rows.column("organic_clicks").to_pylist()) == 36
    assert sum(r.rows.column("organic_impressions").to_pylist()) == 55


def test_no_measure_column(write):
    e = code_of(lambda: read_export(write("nomeasure.csv", "Date,Campaign,Notes\n2025-01-01,A,x\n2025-01-02,B,y\n")))
    assert e.code == "ingest.no_measure_column"


def test_corrupt_xlsx(write):
    e = code_of(lambda: read_export(write("broken.xlsx", b"PK\x03\x04 this is not really a zip")))
    assert e.code == "ingest.excel_corrupt"


def test_password_protected_xlsx(write):
    # Encrypted workbooks are OLE containers whatever their extension says.
    e = code_of(lambda: read_export(write("secret.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)))
    assert e.code == "ingest.excel_encrypted"
    assert "wachtwoord" in e.message("nl")


def test_zip_that_is_no_workbook(tmp_path):
    p = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    assert code_of(lambda: read_export(p)).code == "ingest.excel_corrupt"


def test_file_over_the_size_limit(write, monkeypatch):
    monkeypatch.setenv("KOERS_MAX_FILE_MB", "0.001")
    e = code_of(lambda: read_export(write("big.csv", "Date,Clicks\n" + "2025-01-01,1\n" * 200)))
    assert e.code == "ingest.too_large"


def test_bad_number_names_row_and_column(write):
    e = code_of(lambda: read_export(write("bad.csv", "Date,Clicks\n2025-01-01,5\n2025-01-02,lots\n")))
    assert (e.code, e.row, e.column, e.info["value"]) == ("ingest.bad_number", 3, "Clicks", "lots")
    assert e.message("nl") == ("bad.csv, rij 3, kolom 'Clicks': 'lots' is geen getal. "
                               "Corrigeer de cel of exporteer opnieuw.")


def test_bad_date_names_row(write):
    e = code_of(lambda: read_export(write("bad.csv", "Date,Clicks\n2025-01-01,5\n2025-13-45,4\n")))
    assert (e.code, e.row, e.column) == ("ingest.bad_date", 3, "Date")


def test_censored_values_are_null_with_a_warning(write):
    r = read_export(write("c.csv", "Date,Clicks,Conversions\n2025-01-01,5,< 10\n2025-01-02,4,12\n"))
    assert totals(r)["conversions"] == 12
    assert any("< 10" in w for w in r.info["warnings"])


def test_legacy_xls_with_title_rows_and_date_cells(tmp_path):
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Omzet")
    ws.write(0, 0, "Omzetrapport Q1")
    for j, h in enumerate(["Datum", "Bestellingen", "Omzet"]):
        ws.write(2, j, h)
    day = xlwt.easyxf(num_format_str="DD-MM-YYYY")
    for i, (d, n, v) in enumerate([(2, 3, 1234.5), (3, 2, 100.25)]):
        ws.write(3 + i, 0, dt.datetime(2025, 1, d), day)
        ws.write(3 + i, 1, n)
        ws.write(3 + i, 2, v)
    p = tmp_path / "omzet.xls"
    wb.save(str(p))
    r = read_export(p)
    assert r.info["sheet"] == "Omzet"
    assert r.set_aside == [(1, "preamble"), (2, "preamble")]
    assert r.rows.to_pylist() == [{"date": dt.date(2025, 1, 2), "orders": 3.0, "revenue": 1234.5},
                                  {"date": dt.date(2025, 1, 3), "orders": 2.0, "revenue": 100.25}]


def test_legacy_xls_error_cells_are_their_error_text_not_their_code(tmp_path):
    # In .xls an error cell stores a code: 7 is #DIV/0!. Read as a number it would be a cost of 7.
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Kosten")
    for j, h in enumerate(["Datum", "Kosten"]):
        ws.write(0, j, h)
    ws.write(1, 0, "2025-01-02")
    ws.write(1, 1, 12.5)
    ws.write(2, 0, "2025-01-03")
    ws.row(2).set_cell_error(1, "#DIV/0!")
    p = tmp_path / "kosten.xls"
    wb.save(str(p))
    with pytest.raises(KoersError) as e:
        read_export(p)
    assert e.value.info["row"] == 3 and e.value.info["value"] == "#DIV/0!"


def _long(rows_before: int, late_cell: str) -> str:
    body = "".join(f"2025-01-{1 + i % 28:02d},A,\"1,000\",{i % 7}\n" for i in range(rows_before))
    return "Date,Campaign,Impressions,Clicks\n" + body + f"2025-01-30,B,{late_cell},3\n"


def test_a_cell_past_the_sample_that_duckdb_cannot_parse_is_read_exactly(write):
    # 2,500 plain rows let DuckDB parse the column while reading; the last cell needs Koers' own rules.
    r = read_export(write("late.csv", _long(2500, '"(1,234)"')))
    assert r.info["rows"] == 2501
    assert totals(r)["impressions"] == 2500 * 1000 - 1234
    assert totals(r)["clicks"] == sum(i % 7 for i in range(2500)) + 3


def test_a_bad_cell_past_the_sample_is_named_with_its_line(write):
    e = code_of(lambda: read_export(write("late.csv", _long(2500, "lots"))))
    assert (e.code, e.row, e.column, e.info["value"]) == ("ingest.bad_number", 2502, "Impressions", "lots")


def rows_of(r, *cols):
    return list(zip(*(r.rows.column(c).to_pylist() for c in cols), strict=True))


def test_a_campaign_called_dash_stays_a_row_when_duckdb_parses_the_numbers(write):
    r = read_export(write("d.csv", "Date,Campaign,Cost\n2025-01-01,A,10\n2025-01-03,-,7\n"))
    assert r.info["rows"] == 2 and totals(r)["cost"] == 17


def test_dated_rows_without_a_campaign_are_data_not_totals(write):
    text = ("Date,Channel,Campaign,Cost\n2025-01-01,Paid search,Brand,50\n2025-01-01,Email,,20\n"
            "2025-01-01,Organic,,0\n,,,70\n")
    r = read_export(write("ch.csv", text))
    assert r.info["rows"] == 3 and totals(r)["cost"] == 70
    assert r.set_aside == [(5, "totals")]


def test_a_dated_campaign_named_like_a_total_is_data(write):
    text = "Date,Campaign,Impressions,Cost\n2025-01-01,Total campaign - Brand,100,10\n2025-01-02,Total (EU),100,5\n"
    r = read_export(write("t.csv", text))
    assert r.info["rows"] == 2 and totals(r)["cost"] == 15


def test_leading_zero_decimals_are_not_thousands(write):
    r = read_export(write("dec.csv", "Date,Conversions,Cost\n2025-01-01,0.125,10\n2025-01-02,0.375,20\n"
                                     "2025-01-03,1.625,5\n"))
    assert rows_of(r, "conversions") == [(0.125,), (0.375,), (1.625,)]


def test_a_semicolon_file_with_only_short_decimals_reads_decimal_commas(write):
    r = read_export(write("nl.csv", "Datum;Kosten\n01-02-2025;1,5\n02-02-2025;2\n03-02-2025;0,125\n"))
    assert rows_of(r, "cost") == [(1.5,), (2.0,), (0.125,)]


def test_workbook_number_cells_in_text_and_date_columns_read_as_text_and_dates(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Campaign", "Clicks"])
    ws.append([20250101, 2025, 5])
    ws.append([20250102, 2026, 7])
    p = tmp_path / "n.xlsx"
    wb.save(p)
    r = read_export(p)
    assert rows_of(r, "date", "campaign", "clicks") == [(dt.date(2025, 1, 1), "2025", 5.0),
                                                        (dt.date(2025, 1, 2), "2026", 7.0)]


@pytest.mark.parametrize("name, text, said", [
    ("header_only.csv", "Date,Campaign,Clicks,Cost\n", "holds column names alone, no data rows."),
    ("no_data.csv", 'Campaign report\n"July 8, 2025 - July 31, 2025"\nCampaign,Impr.,Clicks,Cost\nNo data available\n',
     "no data rows (the file says: No data available)."),
    ("totals_only.csv", 'Campaign report\n"July 8, 2025 - July 31, 2025"\nCampaign,Impr.,Clicks,Cost\n'
     "Total: Account,10,2,3.00\n", "no data rows, only 1 totals row(s)."),
])
def test_an_export_without_data_rows_is_one_clear_line(write, name, text, said):
    import subprocess
    import sys

    f = write(name, text.encode())
    proc = subprocess.run([sys.executable, "-m", "kpi_core", "inspect", str(f)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "no data rows" in proc.stderr
    assert said in proc.stderr and "Traceback" not in proc.stderr and ": -" not in proc.stderr


def test_every_bad_cell_is_named_by_its_row(write):
    with pytest.raises(KoersError) as e:  # decided on the first rows: the row is still named
        read_export(write("d.csv", b"Date,Campaign,Clicks,Cost\n2025-01-01,A,1,2\nfoo,A,1,2\n"))
    assert (e.value.code, e.value.row) == ("ingest.bad_date", 3)
    with pytest.raises(KoersError) as e:  # letters around a figure are no currency: never stripped away
        read_export(write("n.csv", b"Date,Campaign,Clicks,Cost\n2025-01-01,A,1,2\n2025-01-02,A,x1y,2\n"))
    assert (e.value.code, e.value.row, e.value.info["value"]) == ("ingest.bad_number", 3, "x1y")


# Mailchimp's Email Campaign Report of one campaign, as derekology/simpledash tests/fixtures.py copies a download
# (MAILCHIMP_SINGLE_SAMPLE): a title line, then one '"Label:","value"' per line, then a table of clicks by URL. Read
# through ingest/label_report.py; the corpus holds the full layout (mailchimp/campaign_report/*).
CAMPAIGN_REPORT = ('Email Campaign Report\n"Title:","Summer sale"\n"Subject Line:","20% off today"\n'
                   '"Delivery Date/Time:","Mon, Apr 26, 2021 12:25"\n\n"Overall Stats"\n"Total Recipients:","1000"\n'
                   '"Successful Deliveries:","990"\n"Recipients Who Opened:","350 (35.35%)"\n"Total Clicks:","120"\n'
                   '\n"Clicks by URL"\n"URL","Total Clicks","Unique Clicks"\n"https://shop.example/sale","80","60"\n')


def test_a_report_of_one_campaign_is_read_as_its_one_row(write):
    r = read_export(write("campaign.csv", CAMPAIGN_REPORT))
    assert (r.info["source"], r.info["rows"], r.info["date_min"]) == ("mailchimp", 1, "2021-04-26")
    row = r.rows.to_pandas().iloc[0]
    assert (row["campaign"], row["emails_sent"], row["emails_delivered"], row["unique_opens"]) == (
        "Summer sale", 1000, 990, 350)  # '350 (35.35%)': the count before its share
    # Every line is accounted for: the title and the stats heading, two blank lines, the clicks table's three lines.
    assert r.set_aside == [(1, "preamble"), (5, "blank"), (6, "preamble"), (11, "blank"), (12, "extra_table"),
                           (13, "extra_table"), (14, "extra_table")]
    assert r.info["warning_codes"][0] == {"code": "ingest.label_report",
                                          "params": {"labels": 7, "rows": 1, "tables": 3}}


def test_a_cell_of_a_campaign_report_is_named_by_its_labels_line(write):
    e = code_of(lambda: read_export(write("campaign.csv", CAMPAIGN_REPORT.replace('"990"', '"most"'))))
    assert (e.code, e.row, e.info["column"]) == ("ingest.bad_number", 8, "Successful Deliveries")


def test_beside_an_overall_block_the_combinations_count_in_it_only(write):
    ab = ('"Combination 1 Stats"\n"Total Recipients:","600"\n"Successful Deliveries:","590"\n\n'
          '"Combination 2 Stats"\n"Total Recipients:","400"\n"Successful Deliveries:","400"\n\n')
    text = CAMPAIGN_REPORT.replace('\n"Clicks by URL"', "\n" + ab + '"Clicks by URL"')
    r = read_export(write("campaign.csv", text))
    assert r.info["rows"] == 1 and r.rows.to_pandas()["emails_sent"].sum() == 1000


def test_label_lines_of_a_layout_koers_does_not_know_are_named_as_such(write):
    text = CAMPAIGN_REPORT.replace("Email Campaign Report", "Survey summary")
    e = code_of(lambda: read_export(write("campaign.csv", text)))
    assert (e.code, e.info["label"]) == ("ingest.label_lines", "Title:")
    assert "Export the list of campaigns" in e.message("en") and "Exporteer de lijst" in e.message("nl")


def test_a_guess_never_takes_a_moment_or_a_total_for_a_count(write):
    # Brevo's export of one campaign's recipients (find_string: 'Delivered_Date;Open_Date;Total Opens') holds when
    # each mail was delivered and how often it was opened: neither is a count of deliveries or of unique opens.
    text = ("Day,Campaign,Emails delivered,Delivered_Date,Total Opens,Unique opens now,Total unique clicks\n"
            "2025-10-03,A,10,03-10-2025 10:45:13,7,4,2\n")
    m = read_export(write("g.csv", text)).info["mapping"]
    assert m["Emails delivered"]["canonical"] == "emails_delivered"
    assert m["Unique opens now"]["canonical"] == "unique_opens"
    assert m["Total unique clicks"]["canonical"] == "unique_clicks"  # a total of unique people is unique
    assert "Delivered_Date" not in m and "Total Opens" not in m


def test_a_guess_never_takes_new_users_for_all_users(write):
    # Universal Analytics downloads (a Dutch browser report, a landing page report) hold 'Nieuwe gebruikers' / 'New
    # Users' beside Sessions: some of the users, not all of them.
    for head in ("Nieuwe gebruikers", "New Users", "Neue Nutzer"):
        m = read_export(write("ua.csv", f"Datum,Sessies,{head}\n2025-01-01,10,4\n")).info["mapping"]
        assert head not in m, head
    m = read_export(write("ua.csv", "Datum,Sessies,Gebruikers\n2025-01-01,10,4\n")).info["mapping"]
    assert m["Gebruikers"]["canonical"] == "users"


def test_shift_jis_is_told_from_windows_1252(write):
    # Western text in Windows-1252 can decode as Shift-JIS too (its accented capitals are half-width katakana there);
    # only text with kana is read as Japanese.
    western = "Datum;Größe;Ärger;Kampagne;Klicks\n01-01-2025;Übergröße;Ölförderung ÄÖÜ ß;Müller;5\n"
    assert read_export(write("w.csv", western, encoding="cp1252")).info["encoding"] == "cp1252"
    from kpi_core.ingest.period import given

    japanese = ("キャンペーン名,コスト,CPC（誘導先）,インプレッション,クリック（誘導先）,CTR（誘導先）\n"
                "春のセール,300,1.5,1000,200,20.00%\n")
    r = read_export(write("j.csv", japanese, encoding="cp932"), period=given("2026-01-01..2026-01-31"))
    assert (r.info["encoding"], r.info["source"]) == ("shift_jis", "tiktok_ads")
    assert r.rows.to_pandas()["campaign"].tolist() == ["春のセール"]


def _report(write, text, name="campaign.csv", encoding="utf-8"):
    return read_export(write(name, text, encoding=encoding))


def test_a_campaign_report_with_a_long_clicks_table_is_read(write):
    urls = "".join(f'"https://shop.example/p{i}","1","1"\n' for i in range(40))
    r = _report(write, CAMPAIGN_REPORT + urls)
    assert r.info["rows"] == 1 and r.info["skipped"]["extra_table"] == 3 + 40


def test_a_campaign_report_without_stats_headings_is_its_labels_row(write):
    text = ('Campaign Report\n"Title:","X"\n"Delivery Date/Time:","Mon, Apr 26, 2021 12:25"\n'
            '"Total Recipients:","100"\n"Successful Deliveries:","99"\n')
    r = _report(write, text)
    assert r.rows.to_pandas()["emails_delivered"].sum() == 99 and r.info["header_row"] == 2


@pytest.mark.parametrize("text", [
    # MailerLite Classic's campaign report (derekology/simpledash tests/fixtures.py): labels Mailchimp does not write
    'Campaign report\n"Subject:","Weekly news"\n"Sent","2021-08-07 16:00:00"\n\n"Campaign results"\n'
    '"Total emails sent:","3902"\n"Opened:","1200"\n',
    # Mailchimp's report without its delivery date: no day to count it on, and no other label may stand in for it
    CAMPAIGN_REPORT.replace('"Delivery Date/Time:","Mon, Apr 26, 2021 12:25"\n', ""),
    # a label with two values
    CAMPAIGN_REPORT.replace('"990"', '"990","99%"'),
])
def test_label_lines_not_read_as_mailchimps_report_stay_refused_as_such(write, text):
    e = code_of(lambda: _report(write, text))
    assert e.code == "ingest.label_lines"


def test_a_campaign_report_saved_as_a_workbook_is_refused_as_label_lines(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    for rec in csv.reader(CAMPAIGN_REPORT.splitlines()):
        wb.active.append(rec)
    wb.save(tmp_path / "campaign.xlsx")
    assert code_of(lambda: read_export(tmp_path / "campaign.xlsx")).code == "ingest.label_lines"


def test_a_warning_about_a_campaign_reports_row_names_the_reports_line(write):
    r = _report(write, CAMPAIGN_REPORT.replace('"990"', '"1,800"'))
    said = {w["code"]: w["params"] for w in r.info["warning_codes"]}
    assert said["ingest.check_delivered_over_sent"]["rows"] == "6"  # the row's stats heading, not the table's row 2


def test_beside_an_overall_block_the_combinations_lines_are_set_aside_as_in_it(write):
    ab = ('"Combination 1 Stats"\n"Total Recipients:","600"\n\n'
          '"Combination 2 Stats"\n"Total Recipients:","400"\n\n')
    r = _report(write, CAMPAIGN_REPORT.replace('\n"Clicks by URL"', "\n" + ab + '"Clicks by URL"'))
    assert [n for n, why in r.set_aside if why == "in_total"] == [12, 13, 15, 16]
    assert r.info["warning_codes"][0]["params"]["labels"] == 7


def test_a_campaign_reports_lines_are_counted_as_written(write):
    # A value over two lines moves every later line; UTF-16 is read as text, not as bytes.
    two = CAMPAIGN_REPORT.replace('"20% off today"', '"20% off\ntoday"').replace('"990"', '"most"')
    e = code_of(lambda: _report(write, two))
    assert (e.code, e.row) == ("ingest.bad_number", 9)
    utf16 = _report(write, CAMPAIGN_REPORT, name="u.csv", encoding="utf-16")
    assert utf16.set_aside == _report(write, CAMPAIGN_REPORT).set_aside and utf16.info["encoding"] == "utf-16"


def test_a_title_with_a_share_in_it_stays_as_written(write):
    r = _report(write, CAMPAIGN_REPORT.replace('"Summer sale"', '"2025 (30%)"'))
    assert r.rows.to_pandas()["campaign"].tolist() == ["2025 (30%)"]


def test_a_second_campaigns_report_of_the_same_day_is_kept_beside_the_first(write):
    from kpi_core.workspace import Workspace

    ws = Workspace(None)
    first = read_export(write("a.csv", CAMPAIGN_REPORT))
    other = read_export(write("b.csv", CAMPAIGN_REPORT.replace("Summer sale", "Other campaign")
                              .replace('"1000"', '"500"').replace('"990"', '"490"')))
    assert (first.account, first.scope) == (None, {"campaign": ["Summer sale"]})  # no account named: none made up
    [a], [b] = ws.add_results([first]), ws.add_results([other])
    assert (a["status"], b["status"]) == ("added", "added")
    [again] = ws.add_results([read_export(write("a2.csv", CAMPAIGN_REPORT + "\n"))])  # its own newer copy
    assert again["status"] == "replaced" and again["replaced_datasets"] == [a["dataset_id"]]
    got = ws.engine.rows("SELECT campaign, account, sum(emails_sent) FROM facts GROUP BY ALL ORDER BY 1")
    assert got == [("Other campaign", None, 500.0), ("Summer sale", None, 1000.0)]


# Mailchimp's campaign list (Campaigns > Export): its List column names the audience (the account). Another campaign
# went out the same day.
CAMPAIGN_LIST = (
    "Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,Soft Bounces,Hard Bounces,"
    "Total Bounces,Times Forwarded,Forwarded Opens,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,"
    "Total Clicks,Unsubscribes,Abuse Complaints,Times Liked on Facebook,Folder Id,Unique Id\n"
    '"Summer sale","20% off today","Shop","Apr 26, 2021 12:25 pm",Monday,1000,990,5,5,10,0,0,350,35.35%,500,60,'
    '6.06%,120,2,0,0,,a1\n'
    '"Other news","News","Shop","Apr 26, 2021 08:00 am",Monday,400,395,3,2,5,0,0,100,25.3%,150,20,5.06%,30,1,0,0,,a2\n')


@pytest.mark.parametrize("order", [("list", "report"), ("report", "list")])
def test_a_campaigns_report_beside_the_campaign_list_of_an_audience_is_said_to_count_twice(write, order):
    # The list names each campaign's audience (its account), the report none: which audience the report's is cannot
    # be told, so neither replaces the other, and the campaign counted twice without a word.
    from kpi_core.workspace import Workspace

    files = {"list": write("campaigns.csv", CAMPAIGN_LIST), "report": write("report.csv", CAMPAIGN_REPORT)}
    ws = Workspace(None)
    try:
        first, second = (ws.add_results([read_export(files[name])], lang="en")[0] for name in order)
        other = ws.add_results([read_export(write("other.csv", CAMPAIGN_LIST.replace("Summer sale", "Winter sale")
                                                  .replace('"Shop"', '"Club"')))], lang="en")[0]
    finally:
        ws.close()
    assert "also_in" not in first and "also_in" not in other  # another audience's campaigns: nothing to say
    assert second["also_in"] == [("Summer sale", files[order[0]].name)]
    assert "Summer sale" in second["message"] and "counts twice" in second["message"]


def test_a_campaigns_report_of_the_lists_audience_replaces_that_campaign_alone(write):
    # A report of the list's own account (here neither names one) replaced every campaign of its day: the other
    # campaign sent that day was lost.
    from kpi_core.workspace import Workspace

    ws = Workspace(None)
    try:
        ws.add_results([read_export(write("campaigns.csv", CAMPAIGN_LIST.replace('"Shop"', '""')))])
        [report] = ws.add_results([read_export(write("report.csv", CAMPAIGN_REPORT))])
        got = ws.engine.rows("SELECT campaign, sum(emails_sent) FROM facts GROUP BY ALL ORDER BY 1")
    finally:
        ws.close()
    assert report["status"] == "replaced" and got == [("Other news", 400.0), ("Summer sale", 1000.0)]


@pytest.mark.parametrize("text", [
    "Email Campaign Report,,\r\n" + CAMPAIGN_REPORT.split("\n", 1)[1].replace("\n", "\r\n"),  # saved again by Excel
    CAMPAIGN_REPORT.replace('"Subject Line:","20% off today"', '"Subject Line:","20% off\ntoday\nonly"'),
])
def test_a_campaign_report_saved_again_or_with_a_value_over_lines_is_read_and_every_line_counted(write, text):
    r = _report(write, text)
    lines = text.replace("\r\n", "\n").rstrip("\n").count("\n") + 1
    assert r.info["rows"] == 1 and r.info["header_row"] == 2
    assert r.info["warning_codes"][0]["params"]["labels"] + sum(r.info["skipped"].values()) == lines


@pytest.mark.parametrize("tail, code", [
    ("\0", "ingest.nul_byte"),  # every byte is checked: a NUL is no text, said at its line
    ('"' + "x" * 1_100_000 + '"\n', "ingest.line_too_long"),  # a report is a few kB: a larger file the usual way
])
def test_a_campaign_report_gets_every_check_of_a_file(write, tail, code):
    assert code_of(lambda: _report(write, CAMPAIGN_REPORT + tail)).code == code


@pytest.mark.parametrize("text", [
    "Campaign Report\r\nDate,Campaign,Clicks\r\n2025-01-01,Camp\r3,5\r\n",  # a bare CR in a cell
    "Email Campaign Report\n" + "".join(chr(0x80 + i % 100) for i in range(3000)),
])
def test_a_title_over_a_file_that_is_no_report_is_read_or_refused_the_usual_way(write, text):
    try:
        _report(write, text)
    except KoersError as e:  # one clear line, never a csv module error
        assert e.code.startswith("ingest.")


def _codes(r) -> list[str]:
    return [w["code"] for w in r.info["warning_codes"]]


def test_a_meta_summary_row_beside_a_name_column_stays_a_summary(write):
    # Only an export without any name column is the account's own row; with a campaign column, a row without a name
    # sums the others, and a file of nothing else holds no data rows.
    text = ("Campaign name,Reporting starts,Reporting ends,Amount spent (EUR),Impressions,Link clicks\n"
            ",2025-03-01,2025-03-31,100,1000,50\n")
    e = code_of(lambda: read_export(write("meta.csv", text)))
    assert e.code == "ingest.no_data_rows"
    assert "no data rows, only 1 totals row(s)." in e.message("en") and "the file says" not in e.message("en")
    assert "alleen 1 totaalrij(en)." in e.message("nl")


@pytest.mark.parametrize("row, kept, last", [
    (",13,12,0", True, False),  # short of the rows around it: what the tool could not name (GA4's landing page)
    (",13,12,0", True, True),  # the fewest sessions, so the last row
    (",1060,921,7", False, False),  # what the rows around it add up to: a total, wherever it stands
    (",1060,921,7", False, True),
    (",800,700,7", False, False),  # sessions counted once however many pages hold them: less than their sum
    ("Total,13,12,0", False, False),  # a label: a total as it says
])
def test_one_nameless_row_counts_only_when_it_totals_none_of_the_others(write, row, kept, last):
    # Anas3rdshade/Teefusion Landing_page_Landing_page.csv: the row without a landing page was left out as a total.
    rows = ["/shop,700,600,5", "/,300,280,2", "/men,60,41,0"]
    rows.insert(3 if last else 2, row)
    text = ("# Start date: 20250201\n# End date: 20250228\nLanding page,Sessions,Active users,Key events\n"
            + "\n".join(rows) + "\n")
    r = read_export(write("Landing_page.csv", text))
    sessions = sum(r.rows.to_pandas()["sessions"])
    assert (r.info["rows"], r.info["skipped"]["totals"], sessions) == ((4, 0, 1073) if kept else (3, 1, 1060))
    said = [w for w in r.info["warning_codes"] if w["code"] == "ingest.nameless_part"]
    assert said == ([{"code": "ingest.nameless_part",
                      "params": {"row": 7 if last else 6, "measure": "sessions", "value": 13.0,
                                 "rows_sum": 1060.0}}] if kept else [])


def test_a_report_split_by_conversion_action_without_conversions_says_why(write):
    text = ("Day,Campaign,Conversion action,Impr.,Clicks,Cost,Currency code,All conv.\n"
            "2025-03-01,A,Purchase,0,0,0.00,EUR,3\n")
    e = code_of(lambda: read_export(write("gseg.csv", text)))
    assert e.code == "ingest.conversion_segment_only" and "Conversion action" in e.message("en")


def test_a_table_split_by_month_is_asked_for_days_not_for_a_period(write):
    # Microsoft Ads reads no Month column: a table that has one is asked for days, not for one whole period.
    text = "Month,Campagnenaam,Vertoningen,Klikken,Uitgaven,Conv.\nJanuary 2025,A,100,10,5,1\n"
    assert code_of(lambda: read_export(write("m.csv", text))).code == "ingest.no_date_column"


# Google Ads segmented by Month: each row is its month, cut to the report's range (the first and last month of a
# range such as 24 March - 6 April cover only part of their days). Before, the rows were spread over the whole range,
# so every month showed the same CTR.
_GADS_MONTHS = ("Campagnerapport;;;;;;\n24 maart 2025 - 6 april 2025;;;;;;\n"
                "{month};Campagnestatus;Campagne;Valutacode;Vert.;Klikken;Kosten;Conversies\n"
                "{m1};Ingeschakeld;Merk;EUR;1.234;56;120,50;3\n"
                "{m2};Ingeschakeld;Merk;EUR;2.500;80;300,00;4\n"
                "{m1};Ingeschakeld;Generiek;EUR;766;44;79,50;1\n"
                "Totaal: account;;;;4.500;180;500,00;8\n")


def _spans(r):
    df = r.rows.to_pandas()
    return sorted(zip(df["date"].astype(str), df["date_end"].astype(str), df["impressions"], strict=True))


@pytest.mark.parametrize("m1,m2", [("maart 2025", "april 2025"), ("2025-03-01", "2025-04-01")])
def test_a_google_ads_report_by_month_counts_each_month_within_the_report(write, m1, m2):
    r = read_export(write("Campagnerapport.csv", _GADS_MONTHS.format(month="Maand", m1=m1, m2=m2)))
    assert r.info["source"] == "google_ads" and r.info["mapping"]["Maand"]["canonical"] == "date"
    assert _spans(r) == [("2025-03-24", "2025-03-31", 766), ("2025-03-24", "2025-03-31", 1234),
                         ("2025-04-01", "2025-04-06", 2500)]


def test_google_ads_ctr_by_month_is_each_months_own(write, capsys):
    import json

    from kpi_core import cli

    path = write("Campagnerapport.csv", _GADS_MONTHS.format(month="Maand", m1="maart 2025", m2="april 2025"))
    assert cli.main(["compute", str(path), "--json", "--kpi", "ctr", "--by", "month"]) == 0
    rows = {r["period"]: (r["numerator"], r["denominator"], r["estimated"])
            for r in json.loads(capsys.readouterr().out)["rows"]}
    assert rows == {"2025-03-01": (100, 2000, False), "2025-04-01": (80, 2500, False)}


def test_a_month_column_beside_a_day_column_leaves_the_days_the_dates(write):
    text = ("Campaign report\nMarch 1, 2025 - April 30, 2025\n"
            "Day,Month,Campaign,Impr.,Clicks,Cost,Currency code\n"
            "2025-03-05,March 2025,A,100,10,5.00,EUR\n2025-04-07,April 2025,A,200,20,9.00,EUR\n")
    r = read_export(write("Campaign report.csv", text))
    df = r.rows.to_pandas()
    assert r.info["mapping"]["Day"]["canonical"] == "date" and "Month" in r.info["unmapped"]
    assert sorted(df["date"].astype(str)) == ["2025-03-05", "2025-04-07"] and "date_end" not in df


def test_months_without_a_year_leave_the_report_its_range(write):
    # 'Month of year' names a month of any year: no day to count on, so the rows stand for the report's range.
    text = ("Campaign report\nMarch 24, 2025 - April 6, 2025\n"
            "Month,Campaign,Impr.,Clicks,Cost,Currency code\nMarch,A,100,10,5.00,EUR\nApril,A,200,20,9.00,EUR\n")
    r = read_export(write("Campaign report.csv", text))
    assert "Month" in r.info["unmapped"]
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-03-24", "2025-04-06")


def test_week_numbers_under_a_week_header_are_no_dates(write):
    from kpi_core.ingest.period import Period

    text = "Week,Campagnenaam,Vertoningen,Klikken,Uitgaven,Conv.\n10,A,100,10,5,1\n11,A,200,10,5,1\n"
    r = read_export(write("w.csv", text), period=Period(dt.date(2025, 3, 3), dt.date(2025, 3, 16), "given"))
    assert "Week" in r.info["unmapped"] and r.info["rows"] == 2


def test_start_and_end_columns_decide_their_day_order_together(write):
    # 'Reporting ends' 03/31/2025 can only be month first: 'Reporting starts' 03/01/2025 is then 1 March, not
    # 3 January, and nothing needs saying.
    text = ("Campaign name,Reporting starts,Reporting ends,Amount spent (EUR),Impressions,Link clicks\n"
            "A,03/01/2025,03/31/2025,100,1000,50\nB,04/01/2025,04/30/2025,100,1000,50\n")
    r = read_export(write("meta.csv", text))
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-03-01", "2025-04-30")
    assert not {"ingest.dates_read_day_first", "ingest.dates_read_month_first"} & set(_codes(r))


def test_klaviyo_counts_unique_placed_orders_whichever_column_comes_first(write):
    head = ["Campaign Name", "Send Time", "Campaign Channel", "Total Recipients", "Unique Opens", "Unique Clicks",
            "Revenue"]
    for orders in (["Placed Order", "Unique Placed Order"], ["Unique Placed Order", "Placed Order"]):
        cells = {"Placed Order": "7", "Unique Placed Order": "5"}
        text = ",".join(head + orders) + "\nA,2025-03-01 10:00:00,Email,1000,400,50,300," + ",".join(
            cells[o] for o in orders) + "\n"
        r = read_export(write("k.csv", text))
        assert r.rows.column("conversions").to_pylist() == [5], orders
    text = ",".join(head) + ",Placed Order,Campaign ID\nA,2025-03-01 10:00:00,Email,1000,400,50,300,7,01X\n"
    r = read_export(write("k.csv", text))
    assert r.info["source"] == "klaviyo"
    assert r.rows.column("conversions").to_pylist() == [7]  # without unique orders, every order placed


def test_the_date_tab_of_a_search_console_comparison_is_unpaid_search(write):
    text = ("Date,Last 28 days Clicks,Previous 28 days Clicks,Last 28 days Impressions,Previous 28 days Impressions,"
            "Last 28 days CTR,Previous 28 days CTR,Last 28 days Position,Previous 28 days Position\n"
            "2025-02-01,10,8,100,90,10%,8.9%,3.2,4.1\n")
    r = read_export(write("Dates.csv", text))
    assert r.info["source"] == "search_console" and "ingest.compare_export" in _codes(r)
    assert r.rows.column("organic_clicks").to_pylist() == [10] and "clicks" not in r.rows.column_names


def test_only_search_consoles_query_and_page_tables_are_said_to_fall_short(write):
    # Query and page tables leave out anonymised queries and stop at 1,000 rows; the device and country tables cover
    # all of the site's search, and were said to fall short too.
    from kpi_core.ingest.period import Period

    given = Period(dt.date(2026, 6, 1), dt.date(2026, 8, 31), "given")
    tail = ",Aantal klikken,Vertoningen,CTR,Positie\nA,20,1255,1.59%,38.54\nB,7,1090,0.64%,56.81\n"
    devices = read_export(write("Apparaten.csv", "Apparaat" + tail), period=given)
    pages = read_export(write("Pagina's.csv", "Toppagina's" + tail), period=given)
    assert "source.search_console.tables_incomplete" not in _codes(devices)
    assert "source.search_console.tables_incomplete" in _codes(pages)


def test_a_search_console_table_by_search_appearance_is_said_to_be_no_site_total(write):
    # stijnvandepol/SuperScout `zoekopmaak.csv` (Dutch: 'Zoekopmaak,Aantal klikken,Vertoningen,CTR,Positie', one row of
    # product snippets): a table of the results shown with a special look, each under every look it had. Its sum was
    # taken for the site's search without a word (22 clicks and 734 impressions, where the property's device table
    # and chart hold 29 and 2,376). Made-up figures.
    from kpi_core.ingest.period import Period

    given = Period(dt.date(2026, 7, 5), dt.date(2026, 9, 15), "given")
    tail = (",Aantal klikken,Vertoningen,CTR,Positie\nProductfragmenten,20,700,2.86%,11.06\n"
            "Reviewfragmenten,3,90,3.33%,8\n")
    for name, head in (("zoekopmaak.csv", "Zoekopmaak"), ("Search appearance.csv", "Search Appearance"),
                       ("Apparence.csv", "Apparence dans les résultats de recherche")):
        r = read_export(write(name, head + tail), period=given)
        assert r.info["source"] == "search_console", name
        assert "source.search_console.appearance_incomplete" in _codes(r), name
        assert "source.search_console.tables_incomplete" not in _codes(r), name
        assert sum(r.rows.column("organic_clicks").to_pylist()) == 23, name
    # Spanish, the table of a property without such results: column names alone, said as such
    with pytest.raises(KoersError) as e:
        read_export(write("Aparición en búsquedas.csv", "Aparición en búsquedas,Clics,Impresiones,CTR,Posición\n"))
    assert e.value.code.startswith("ingest.no_data_rows")


def test_search_consoles_chart_by_period_is_unpaid_search(write):
    # janl's `Chart.csv` (a row per month, 'Date Range') was read as a sheet of ads: its organic clicks went into the
    # ads' CTR and CPC. consmarbella/legalhelp-chile's Spanish `Gráfico.csv` (one row, 'Periodo') was refused for
    # want of a date column. Made-up figures.
    text = ("Date Range,Clicks,Impressions,CTR,Position\n2024-10-15 - 2024-10-31,100,9000,1.11%,11.9\n"
            "2024-11-01 - 2024-11-30,300,20000,1.5%,12.7\n")
    r = read_export(write("Chart.csv", text))
    assert r.info["source"] == "search_console" and "clicks" not in r.rows.column_names
    assert sum(r.rows.column("organic_clicks").to_pylist()) == 400
    assert (r.info["period"]["start"], r.info["period"]["end"]) == ("2024-10-15", "2024-11-30")
    r = read_export(write("Gráfico.csv", "Periodo,Clics,Impresiones,CTR,Posición\n"
                                         "2026-05-10 - 2026-05-30,35,1263,2.77%,22.91\n"))
    assert r.info["source"] == "search_console"
    assert r.rows.column("organic_impressions").to_pylist() == [1263]
    assert (r.info["period"]["start"], r.info["period"]["end"]) == ("2026-05-10", "2026-05-30")


def test_bing_webmasters_overview_by_date_is_unpaid_search_not_ad_clicks(write):
    # ryanpate/invoice-generator `invoicekits-bing.csv` was read as a sheet of no tool: its organic clicks counted as
    # `clicks`, beside Google Ads' in CTR and CPC. Made-up figures, the download's layout (BOM, every cell quoted).
    text = '\ufeff"Date","Clicks","Impressions","Avg. CTR"\r\n"1/14/2026 12:00:00 AM","0","0","0"\r\n' \
           '"1/15/2026 12:00:00 AM","2","60","3.33"\r\n'
    r = read_export(write("invoicekits-bing.csv", text))
    assert r.info["source"] == "bing_webmaster" and "clicks" not in r.rows.column_names
    assert sum(r.rows.column("organic_clicks").to_pylist()) == 2
    assert sum(r.rows.column("organic_impressions").to_pylist()) == 60
    assert (r.info["period"]["start"], r.info["period"]["end"]) == ("2026-01-14", "2026-01-15")
    assert set(r.rows.column("channel").to_pylist()) == {"Organic search"}


def test_bing_webmasters_keyword_and_page_tables_are_said_not_to_add_up_to_the_site(write):
    from kpi_core.ingest.period import given

    period = given("2026-06-01..2026-08-29")
    head = '"{}","Impressions","Clicks","CTR","Avg. Position"\n'
    pages = read_export(write("site_PageTrafficReport_8_31_2026.csv", head.format("Page")
                              + '"https://example.com/","300","7","2.33%","4.5"\n'), period=period)
    countries = read_export(write("site_CountryReport_8_31_2026.csv", head.format("Country")
                                  + '"nl","300","7","2.33%","0"\n'), period=period)
    assert pages.info["source"] == countries.info["source"] == "bing_webmaster"
    assert "source.bing_webmaster.tables_incomplete" in _codes(pages)
    assert "source.bing_webmaster.tables_incomplete" not in _codes(countries)
    with pytest.raises(KoersError) as e:  # no dates, no period stated: asked for, as Search Console's tables are
        read_export(write("site_PageTrafficReport_8_31_2026.csv", head.format("Page") + '"/","3","1","33.33%","2"\n'))
    assert e.value.code == "ingest.table_needs_period" and "Bing Webmaster Tools" in e.value.message("en")


def test_a_sheet_of_clicks_and_impressions_is_no_bing_table_without_bings_own_columns(write):
    r = read_export(write("traffic.csv", "Date,Clicks,Impressions,CTR\n2026-01-14,2,60,3.33%\n"))
    assert r.info["source"] != "bing_webmaster"
    # A sheet named as Bing names its downloads is read for what its columns are, never refused as Bing's.
    r = read_export(write("shop_CountryReport_2024-05-01.csv", "Date,Country,Users,Sessions\n2024-05-01,NL,3,4\n"))
    assert r.info["source"] == "generic" and sum(r.rows.column("sessions").to_pylist()) == 4


def test_microsoft_ads_report_lines_over_a_keyword_table_without_spend_are_no_bing_webmaster_table(write):
    # Bing Webmaster Tools' keyword table is column for column what a Microsoft Ads keyword report shows without its
    # spend; the report's own lines before it say whose it is.
    text = ("Report Name: Keyword report\nReport Time: 5/1/2026 to 5/31/2026\nTime Zone: (GMT+01:00) Amsterdam\n"
            "Last Completed Available Day: 6/1/2026 8:00:00 AM (GMT+01:00)\n\n"
            "Keyword,Impressions,Clicks,CTR,Avg. Position\nshoes,100,5,5.00%,1.2\n")
    from kpi_core.ingest.period import given

    r = read_export(write("Keyword_report.csv", text), period=given("2026-05-01..2026-05-31"))
    assert r.info["source"] == "microsoft_ads" and "organic_clicks" not in r.rows.column_names


@pytest.mark.parametrize("head", ["Date,Non indexées,Dans l'index,Impressions",
                                  "Fecha,Sin indexar,Indexadas,Impresiones", "Data,Não indexadas,Indexados,Impressões",
                                  "Date,Not indexed,Indexed,Impressions"])
def test_search_consoles_page_indexing_chart_is_refused(write, head):
    # The hackathon, vestiaire and recanto repositories' `Graphique.csv`/`Gráfico.csv`: indexed pages beside the
    # site's impressions, read as ad impressions. As Search Console's, it would replace the performance chart's days
    # and their clicks: refused, naming the table to take. Made-up figures.
    with pytest.raises(KoersError) as e:
        read_export(write("Graphique.csv", head + "\n2026-04-16,3,10,51\n2026-04-17,3,11,40\n"))
    assert e.value.code == "ingest.unread.search_console_indexing"


@pytest.mark.parametrize("text", ["Filter,Waarde\nZoektype,Web\nDatum,Afgelopen 3 maanden\n",
                                  "Filtre,Valeur\nType de recherche,Web\nDate,14 sept. 2026-15 sept. 2026\n",
                                  "Filtrar,Valor\nTipo de búsqueda,Web\nFecha,Últimos 3 meses\n"])
def test_search_consoles_filters_sheet_is_named(write, text):
    # Every Search Console download holds it (stijnvandepol/SuperScout `Filters.csv`); it was told to add Clicks or
    # Cost.
    with pytest.raises(KoersError) as e:
        read_export(write("Filters.csv", text))
    assert e.value.code == "ingest.unread.search_console_filters"


def test_a_spanish_sheet_of_ads_by_country_and_device_is_paid_search(write):
    # 'País' and 'Dispositivo' name Search Console's country and device tabs; beside Campaña and Coste they are an ad
    # sheet's columns. Before, its clicks were read as unpaid search and its cost and impressions left out.
    text = ("Fecha,Campaña,País,Dispositivo,Impresiones,Clics,Coste\n"
            "2025-03-01,Prim,España,Móvil,1000,10,5.50\n2025-03-02,Prim,México,Ordenador,500,4,2.25\n")
    r = read_export(write("anuncios.csv", text))
    assert r.info["source"] != "search_console" and "organic_clicks" not in r.rows.column_names
    assert [sum(r.rows.column(m).to_pylist()) for m in ("impressions", "clicks", "cost")] == [1500, 14, 7.75]
    assert r.rows.column("campaign").to_pylist() == ["Prim", "Prim"]
    assert "País" in r.info["unmapped"] and "Dispositivo" in r.info["unmapped"]
    # Search Console's own country tab in Spanish stays Search Console's
    from kpi_core.ingest.period import Period

    given = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "given")
    tab = "País,Clics,Impresiones,CTR,Posición\nesp,20,1255,1.59%,38.54\n"
    sc = read_export(write("Países.csv", tab), period=given)
    assert sc.info["source"] == "search_console"


def test_two_groups_of_figures_are_a_comparison_only_when_their_labels_name_periods(write):
    # 'Brand' and 'Non-brand' split one period: no Search Console comparison, nothing set aside as another period.
    text = ("Date,Brand Clicks,Brand Impressions,Brand CTR,Brand Position,Non-brand Clicks,Non-brand Impressions,"
            "Non-brand CTR,Non-brand Position\n2025-03-01,10,100,10%,3,5,80,6%,9\n")
    r = read_export(write("split.csv", text))
    assert "ingest.compare_export" not in _codes(r)


def test_a_month_outside_the_stated_range_is_said(write):
    text = ("Campaign report\nMarch 24, 2025 - April 6, 2025\nMonth,Campaign,Impr.,Clicks,Cost,Currency code\n"
            "March 2025,A,100,10,5.00,EUR\nMay 2025,A,200,20,9.00,EUR\n")
    r = read_export(write("Campaign report.csv", text))
    said = {w["code"]: w["params"] for w in r.info["warning_codes"]}
    assert said["ingest.months_outside_range"] == {"count": 1, "start": "2025-03-24", "end": "2025-04-06"}
    df = r.rows.to_pandas()
    assert sorted(zip(df["date"].astype(str), df["date_end"].astype(str), strict=True)) == [
        ("2025-03-24", "2025-03-31"), ("2025-05-01", "2025-05-31")]


@pytest.mark.parametrize("month,m1,m2", [("Monat", "März 2025", "April 2025"), ("Mois", "mars 2025", "avril 2025")])
def test_a_google_ads_report_by_month_in_german_or_french(write, month, m1, m2):
    # Before, 'März 2025' was no month: the Month column was left unread and every row spread over the whole range.
    r = read_export(write("Campagnerapport.csv", _GADS_MONTHS.format(month=month, m1=m1, m2=m2)))
    assert r.info["mapping"][month]["canonical"] == "date"
    assert _spans(r) == [("2025-03-24", "2025-03-31", 766), ("2025-03-24", "2025-03-31", 1234),
                         ("2025-04-01", "2025-04-06", 2500)]


def test_months_with_a_year_koers_cannot_read_are_refused(write):
    # Left unread, the rows would stand for the report's range and every month would show the same rates.
    with pytest.raises(KoersError) as e:
        read_export(write("Campagnerapport.csv", _GADS_MONTHS.format(month="Maand", m1="M03 2025", m2="M04 2025")))
    assert e.value.code == "ingest.bad_date" and "M03 2025" in str(e.value) and "Maand" in str(e.value)


# Sheets in French, Spanish, Italian and Portuguese whose rates, averages, costs of goods, new users and totals were
# read as figures (a CPC summed as clicks, an average order value as orders, a cost of goods as ad spend), or whose
# date or totals row made the file refused. (file text, {measure: sum}, headers left unread)
_ROMANCE = {
    "fr_cpc": ("Date,Campagne,Impressions,Coût,Coût par clic\n2025-03-01,A,1000,5.00,0.50\n"
               "2025-03-02,A,500,3.00,0.60\n", {"impressions": 1500, "cost": 8}, ["Coût par clic"]),
    "fr_rate": ("Date,Envoyés,Ouvertures,Taux de clic\n2025-03-01,100,40,0.05\n2025-03-02,100,30,0.01\n",
                {"emails_sent": 200, "unique_opens": 70}, ["Taux de clic"]),
    "es_cpc": ("Fecha,Campaña,Inversión,Clics,Coste por clic\n2025-03-01,A,50,100,0.5\n2025-03-02,A,30,60,0.5\n",
               {"clicks": 160, "cost": 80}, ["Coste por clic"]),
    "es_cogs": ("Fecha,Pedidos,Ingresos,Costo de los productos\n2025-03-01,3,300,120\n2025-03-02,2,200,80\n",
                {"orders": 5, "revenue": 500, "cogs": 200}, []),
    "es_aov": ("Fecha,Valor medio de los pedidos,Ingresos\n2025-03-01,50,300\n2025-03-02,60,120\n",
               {"revenue": 420}, ["Valor medio de los pedidos"]),
    "it_new_users": ("Data,Nuovi utenti,Sessioni\n2025-03-01,10,100\n2025-03-02,5,50\n", {"sessions": 150},
                     ["Nuovi utenti"]),
    "it_weekday": ("Data,Giorno della settimana,Clic,Costo\n2025-03-03,lunedì,10,5\n2025-03-04,martedì,4,2\n",
                   {"clicks": 14, "cost": 7}, ["Giorno della settimana"]),
    "it_total": ("Data,Campagna,Clic,Costo\n2025-03-01,A,10,5\n2025-03-02,A,10,5\nTotale,,20,10\n",
                 {"clicks": 20, "cost": 10}, []),
    "es_total": ("Fecha,Campaña,Clics,Coste\n2025-03-01,A,10,5\nTotal general,,10,5\n", {"clicks": 10, "cost": 5}, []),
    "en_data_source": ("Date,Data source,Sessions\n2025-03-01,web,10\n", {"sessions": 10}, []),  # no date
}


@pytest.mark.parametrize("case", _ROMANCE)
def test_rates_averages_and_totals_of_other_languages_are_no_figures(write, case):
    text, sums, unread = _ROMANCE[case]
    r = read_export(write(f"{case}.csv", text))
    got = {m: sum(r.rows.column(m).to_pylist()) for m in sums}
    assert got == sums and set(unread) <= set(r.info["unmapped"])
    assert not {"clicks", "cost", "orders", "users"} - set(sums) & set(r.rows.column_names)


def test_a_day_of_weekdays_before_the_date_column_leaves_the_dates_to_it(write):
    # 'Day' (a date header) held Monday, Tuesday: it was left unread as a breakdown, and the file was refused for
    # having no date column while 'Date' beside it held every row's day.
    r = read_export(write("by_weekday.csv", "Day,Date,Campaign,Clicks,Cost\nMonday,2025-03-03,A,10,5.00\n"
                                            "Tuesday,2025-03-04,A,20,6.00\n"))
    assert r.rows.column("date").to_pylist() == [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]
    assert r.info["mapping"]["Date"]["canonical"] == "date" and "Day" in r.info["unmapped"]
    assert sum(r.rows.column("clicks").to_pylist()) == 30


# Text written decomposed ('e' followed by U+0301, as some Mac tools save it): the French month 'févr.' was no date
# and the file refused; 'Café' decomposed and composed were two campaigns.
_DECOMPOSED = unicodedata.normalize("NFD", "Date;Campagne;Clics;Coût\n3 févr. 2025;Café;10;5,00\n"
                                           "4 févr. 2025;Café;20;6,00\n")


def test_decomposed_accents_read_as_composed_in_a_csv(write):
    text = _DECOMPOSED + "5 févr. 2025;Café;1;1,00\n"  # the last row composed
    r = read_export(write("fevrier.csv", text))
    assert r.rows.column("date").to_pylist() == [dt.date(2025, 2, d) for d in (3, 4, 5)]
    assert set(r.rows.column("campaign").to_pylist()) == {"Café"}
    assert r.info["mapping"]["Coût"]["canonical"] == "cost" and sum(r.rows.column("cost").to_pylist()) == 12


def test_decomposed_accents_read_as_composed_in_a_workbook(tmp_path):
    wb = openpyxl.Workbook()
    for line in _DECOMPOSED.splitlines():
        wb.active.append(line.split(";"))
    wb.active.append([unicodedata.normalize("NFC", "5 févr. 2025"), "Café", "1", "1,00"])
    for _ in range(2300):  # past the rows the header and sample are looked for in: composed in the columns
        wb.active.append(["6 " + unicodedata.normalize("NFD", "févr.") + " 2025", unicodedata.normalize("NFD", "Café"),
                          "1", "1,00"])
    wb.save(tmp_path / "fevrier.xlsx")
    r = read_export(tmp_path / "fevrier.xlsx")
    assert r.rows.column("date").to_pylist() == [dt.date(2025, 2, d) for d in (3, 4, 5)] + [dt.date(2025, 2, 6)] * 2300
    assert set(r.rows.column("campaign").to_pylist()) == {"Café"}
    assert r.info["mapping"]["Coût"]["canonical"] == "cost" and sum(r.rows.column("clicks").to_pylist()) == 2331


def test_a_spanish_week_of_the_year_is_no_month(write):
    with pytest.raises(KoersError) as e:
        read_export(write("semanas.csv", "Semana,Clics,Impresiones\n2025-01,10,100\n2025-02,5,50\n"))
    assert e.value.code == "ingest.bad_date"


@pytest.mark.parametrize("header, derived", [
    ("Ingresos por ventas", False), ("Clics por dispositivo", False), ("Umsatz pro Kanal", False),
    ("Impressions par appareil", False), ("Leads par formulaire", False), ("Pro Rata Revenue", False),
    ("Media spend", False), ("Social media clicks", False),
    ("Coste por clic", True), ("Custo por clique", True), ("Kosten pro Klick", True), ("Ingresos por pedido", True),
    ("Pedidos por cliente", True), ("Coût par résultat", True), ("Spesa media", True), ("Media de clics", True),
    ("Costo medio", True), ("Coste por mil impresiones", True), ("Coste por adquisición", True),
    ("Umsatz pro Sitzung", True), ("Kosten pro Besuch", True), ("Ingresos por transacción", True)])
def test_a_preposition_makes_a_rate_only_before_what_is_counted(header, derived):
    # 'por', 'par' and 'pro' before any word made figures such as 'Ingresos por ventas' rates, left unread.
    from kpi_core.ingest.mapping import _is_derived
    from kpi_core.ingest.sources import norm

    assert _is_derived(norm(header)) is derived


def test_a_sheet_without_figures_or_dates_is_refused_for_its_figures(write):
    # Google Ads Editor's campaign sheet (oriklinik/oriklinik.github.io `Campaign report (1).csv`: settings, no
    # figures) was refused for want of a date column; given a period, it was refused again, for its figures.
    path = write("Campaign report (1).csv", "Campaign,Campaign Type,Networks,Budget,Budget type,Status\n"
                                            "Brand,Search,Google search,10.00,Daily,Enabled\n")
    with pytest.raises(KoersError) as e:
        read_export(path)
    assert e.value.code == "ingest.no_measure_column"


def test_averages_are_never_summed_as_the_figure_they_average(write):
    # 'Average purchase revenue' of a GA4 exploration was read as revenue in a sheet of no known tool, and every
    # row's average summed. Averages are named as such in English, Dutch and German too, not only 'avg.' and 'gem.'.
    r = read_export(write("sheet.csv", "Date,Revenue,Average purchase revenue,Gemiddelde omzet per order,"
                                       "Durchschnittlicher Umsatz,ARPU,Sessions,Average sessions per user\n"
                                       "2025-03-01,1000,50,50,50,2.5,400,1.2\n2025-03-02,600,60,60,60,3.0,200,1.1\n"))
    assert r.info["source"] == "generic"
    assert r.rows.column("revenue").to_pylist() == [1000.0, 600.0]
    assert r.rows.column("sessions").to_pylist() == [400.0, 200.0]
    (said,) = [w["params"]["columns"] for w in r.info["warning_codes"] if w["code"] == "ingest.derived_ignored"]
    assert said == ("Average purchase revenue, Gemiddelde omzet per order, Durchschnittlicher Umsatz, ARPU, "
                    "Average sessions per user")


def test_plays_at_a_point_of_a_video_are_no_rate_and_no_video_views(write):
    # Meta's 'Video plays at 75%' and TikTok's 'Video views at 25%' count plays that reached that point: the warning
    # on derived columns called them rates. They stay unread; ThruPlays are Meta's video views.
    meta = read_export(write("meta.csv", "Reporting starts,Reporting ends,Campaign name,Impressions,Link clicks,"
                                         "Amount spent (EUR),ThruPlays,Video plays at 25%,Video plays at 75%,"
                                         "CTR (link click-through rate)\n2025-03-01,2025-03-31,A,1000,20,10.00,300,"
                                         "400,200,2.0\n"))
    sheet = read_export(write("sheet.csv", "Date,Campaign,Video views,Video views at 75%,Clicks\n"
                                           "2025-03-01,A,100,40,5\n"))
    for r, plays in ((meta, ["Video plays at 25%", "Video plays at 75%"]), (sheet, ["Video views at 75%"])):
        assert set(plays) <= set(r.info["unmapped"])
        said = [w["params"]["columns"] for w in r.info["warning_codes"] if w["code"] == "ingest.derived_ignored"]
        assert not any(p in c for c in said for p in plays)
    assert meta.rows.column("video_views").to_pylist() == [300.0]
    assert sheet.rows.column("video_views").to_pylist() == [100.0]


def test_page_views_are_no_video_views(write):
    # 'landing_page_views' of a script's Meta dump, GA4's 'Views' of pages named as such, a Dutch 'Paginaweergaven':
    # a sheet of no known tool guessed them video views from the word 'views'.
    r = read_export(write("sheet.csv", "Date,Campaign,Clicks,landing_page_views,Screen page views\n"
                                       "2025-03-01,A,10,7,30\n"))
    assert {"landing_page_views", "Screen page views"} <= set(r.info["unmapped"])
    assert "video_views" not in r.rows.column_names


# Shopify's analytics reports, as downloaded (Steproac/Monfrere-Tactical-Audit: 'Sessions over time.csv' by Month with
# the previous year's columns beside, 'Sessions by location - 2025-11-29 - 2025-12-06.csv' by Week of Mondays,
# 'Customer behavior.csv' of funnel sessions): every field quoted, ISO days.
def test_a_sheets_month_column_makes_each_row_its_month_and_a_comparisons_columns_stay_unread(write):
    r = read_export(write("Sessions over time.csv",
                          '"Month","Online store visitors","Sessions","Month (previous_year)",'
                          '"Online store visitors (previous_year)","Sessions (previous_year)"\n'
                          '"2024-11-01",9000,12000,"2023-11-01",8000,11000\n'
                          '"2024-12-01",9300,12400,"2023-12-01",8200,11500\n'))
    assert r.info["mapping"]["Month"]["canonical"] == "date"
    assert {"Month (previous_year)", "Sessions (previous_year)"} <= set(r.info["unmapped"])
    assert (r.info["date_min"], r.info["date_max"]) == ("2024-11-01", "2024-12-31")  # December whole, not its 1st
    assert r.rows.column("sessions").to_pylist() == [12000.0, 12400.0]


def test_a_sheets_week_of_mondays_is_its_week_cut_to_the_range_its_name_states(write):
    r = read_export(write("Sessions by location - 2025-11-29 - 2025-12-06.csv",
                          '"Week","Session region","Session city","Online store visitors","Sessions"\n'
                          '"2025-11-24","Utrecht","Utrecht",70,80\n"2025-12-01","Utrecht","Utrecht",245,250\n'))
    # The week of 24 November holds the 29th and 30th of the range; that of 1 December ends on the 6th.
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-11-29", "2025-12-06")
    days = r.rows.to_pandas()[["date", "date_end"]].astype(str).values.tolist()
    assert days == [["2025-11-29", "2025-11-30"], ["2025-12-01", "2025-12-06"]]
    # Weeks named by another day than a Monday (a week's last day, perhaps) stay single days, as before.
    sundays = read_export(write("weeks.csv", "Week,Sessions\n2025-11-30,80\n2025-12-07,250\n"))
    assert "date_end" not in sundays.rows.column_names


def test_sessions_of_one_kind_are_not_all_sessions(write):
    with pytest.raises(KoersError) as e:
        read_export(write("Customer behavior.csv",
                          '"Week","Sessions with cart additions","Sessions that reached checkout",'
                          '"Sessions that completed checkout"\n"2024-01-01",69,62,26\n'))
    assert e.value.code == "ingest.no_measure_column"


def test_a_total_row_above_what_the_rows_add_up_to_is_said(write):
    # A GA4 exploration downloads the rows it shows (500 landing pages of many more) and a Grand total of all of them
    # (PawelMindlink/Ad-Creator 'Koszulkowy/download (1).csv': the rows came to 89.7% of its sessions). Koers counts
    # the rows, as before, and now says so with both figures.
    text = ("# ----------------------------------------\n# Example shop – GA4\n# Untitled exploration-Free form 1\n"
            "# 20251201-20251231\n# ----------------------------------------\n\n"
            "Landing page,Total revenue,Sessions,Transactions\n,10000,2000,100,Grand total\n"
            "/,5000,1200,50\n/sale,3000,500,45\n")
    r = read_export(write("download.csv", text))
    (said,) = [w for w in r.info["warning_codes"] if w["code"] == "ingest.short_of_total"]
    # sessions 2000 against 1700 (+18%), revenue 10000 against 8000 (+25%), orders 100 against 95 (+5%): the widest
    assert said["params"] == {"count": 2, "measure": "revenue", "rows_sum": 8000.0, "total": 10000.0, "percent": 25}
    assert any("8,000 Revenue" in w and "10,000 (25% more)" in w for w in r.info["warnings"])
    assert r.rows.column("revenue").to_pylist() == [5000.0, 3000.0]
    # Rows that add up to their total say nothing.
    whole = read_export(write("whole.csv", text.replace("/sale,3000,500,45", "/sale,5000,800,50")))
    assert "ingest.short_of_total" not in [w["code"] for w in whole.info["warning_codes"]]


def test_an_export_of_column_names_alone_holds_no_rows(write):
    # Meta's download of a period without delivery (Briyanes/meta-ads-report-generator 'TTUG-bulan-lalu-*.csv'): the
    # header of its 41 columns and nothing else was refused as a file without a header.
    head = ('\ufeffAds,"Delivery status","Delivery level",Reach,"Cost per 1,000 Accounts Center accounts reached",'
            'Impressions,"CPM (cost per 1,000 impressions)",Frequency,"Link clicks","Outbound clicks","Clicks (all)",'
            '"CTR (all)","CPC (all)","CTR (link click-through rate)","CPC (cost per link click)","Content views",'
            '"Cost per content view","Landing page views","Cost per landing page view","* OC to LPV","* LC to LPV",'
            '"Adds to cart","Cost per add to cart","* LPV to ATC","Checkouts initiated","Cost per checkout initiated",'
            '"* ATC to IC","Adds of payment info","Cost per add of payment info","* API to Purchase",Purchases,'
            '"Cost per purchase","Purchases conversion value","Purchase ROAS (return on ad spend)",'
            '"Average purchases conversion value","Result type",Results,"Cost per result","Amount spent (IDR)",'
            '"Reporting starts","Reporting ends"\n')
    with pytest.raises(KoersError) as e:
        read_export(write("TTUG-bulan-lalu-ad-creative.csv", head))
    assert e.value.code == "ingest.no_data_rows"
    # said as what it is: no '(totals rows: 0; the file says: -)'
    assert e.value.message("en") == ("TTUG-bulan-lalu-ad-creative.csv: this export holds column names alone, no data "
                                     "rows. Choose a period or view with data in the tool and export again.")


def test_empty_lines_inside_quoted_cells_are_no_rows_whatever_cells_are_empty(write):
    # Meta's export with the ads' text (PawelMindlink/Ad-Creator 'Untitled-report-Jan-1-2026-to-Jan-31-2026.csv': 686
    # records over 1,581 lines, 200 empty lines, all inside quoted Body cells) was said to hold 163 blank rows: a
    # record with an empty figure counted as one without line breaks, so its cell's empty lines stood between rows,
    # and every row after them was named one too far.
    head = "Campaign name,Ad name,Body,Impressions,Link clicks,Amount spent (EUR),Reporting starts,Reporting ends\n"
    body = ('A,Ad 1,"Line one\n\nLine three",100,,2.00,2025-03-01,2025-03-31\n'
            'B,Ad 2,"Two\n\nempty\n\nlines",200,7,3.00,2025-03-01,2025-03-31\n')
    r = read_export(write("meta.csv", head + body))
    assert r.set_aside == [] and r.info["rows"] == 2
    with pytest.raises(KoersError) as e:
        read_export(write("bad.csv", head + body + "C,Ad 3,Plain,12x,1,1.00,2025-03-01,2025-03-31\n"))
    assert e.value.code == "ingest.bad_number" and e.value.info["row"] == 4  # header, two records, then this one


@pytest.mark.parametrize("lines", [2, 31])
def test_a_list_of_one_column_is_said_as_one(write, lines):
    # Bing Webmaster Tools' FailingUrls download (h1site/quebec-business-directory: BOM, CRLF, '"URL"' over 31
    # addresses) was said to have no header row; a short one, as a report's heading lines (an address has a ':').
    text = "\ufeff" + "\r\n".join(['"URL"', *(f'"https://example.com/p{i}"' for i in range(lines))]) + "\r\n"
    with pytest.raises(KoersError) as e:
        read_export(write("example.com_FailingUrls_2025-12-16.csv", text))
    assert e.value.code == "ingest.one_column" and "('URL')" in e.value.message("en")
