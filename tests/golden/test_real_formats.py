"""Exports as people download them: generators that reproduce the structure of real downloads found in public
repositories (encoding, delimiter, quoting, preamble, header spellings, number style, totals), with made-up values.
Each generator names its origin. Expectations are counted by hand from the rows written here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kpi_core.ingest import read_export
from kpi_core.ingest.period import Period, parse_range
from tests.golden.corpus.google_ads import (
    google_campaign_report_all_time,
    google_campaign_report_uk,
    google_campaign_report_us,
    google_search_terms_de,
)

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, lines: list[str], encoding: str = "utf-8", bom: bool = False) -> Path:
    text = "\n".join(lines) + "\n"  # Google Ads and Meta end with LF, never CRLF
    data = text.encode("utf-16-le") if encoding == "utf-16-le" else text.encode(encoding)
    if bom:
        data = (b"\xff\xfe" if encoding == "utf-16-le" else b"\xef\xbb\xbf") + data
    path.write_bytes(data)
    return path


def ga4_traffic_acquisition(path: Path) -> Path:
    """GA4 report download: a `#` comment block with the period as `# Start date: yyyymmdd`, no date column, raw
    floats, no totals row. Origin: DanielTheC/internal-lnking-tool `Pages_and_screens_Page_path_and_screen_class.csv`
    (UTF-8 without BOM, comma, no newline after the last row)."""
    path.write_text("\n".join([
        "# ----------------------------------------",
        "# Traffic acquisition: Session primary channel group (Default Channel Group)",
        "# Account: Example Garden Ltd.",
        "# Property: ExampleShop (GA4)",
        "# ----------------------------------------",
        "# ",
        "# All Users",
        "# Start date: 20250101",
        "# End date: 20250131",
        "Session primary channel group (Default Channel Group),Sessions,Engaged sessions,Engagement rate,"
        "Key events,Total revenue",
        "Organic Search,1200,800,0.6666666666666666,30,1500.5",
        "Paid Search,450,300,0.6666666666666666,12,900",
        "Direct,310,190,0.6129032258064516,4,0",
    ]), encoding="utf-8")
    return path


def meta_campaigns_idr(path: Path) -> Path:
    """Meta Ads Reporting export, English interface, IDR: UTF-8 with BOM, a field quoted iff it holds a space or
    comma, `Amount spent (IDR)`, rows over a month with Reporting starts/ends. Origin:
    Briyanes/meta-ads-report-generator `test-data/…-main-report.csv`."""
    return write(path, [
        '"Campaign name","Delivery status",Reach,Impressions,"Link clicks","Clicks (all)","Result type",Results,'
        '"Cost per result","Amount spent (IDR)","Reporting starts","Reporting ends"',
        '"BRAND - City || CBO || MOF",active,6900,15200,53,264,"Messaging conversations started",32,10187.59375,'
        "326003,2025-11-26,2025-12-25",
        '"BRAND - City || CBO || TOF",active,5900,9000,43,246,"Messaging conversations started",22,14723.22727273,'
        "323911,2025-11-26,2025-12-25",
    ], bom=True)


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kpi_core", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def total(res, measure: str) -> float:
    return sum(v for v in res.rows.column(measure).to_pylist() if v is not None)


def test_google_campaign_report_period_on_line_2(tmp_path):
    r = read_export(google_campaign_report_us(tmp_path / "Campaign report.csv"))
    assert r.info["source"] == "google_ads"
    assert r.info["period"] == {"start": "2025-07-08", "end": "2025-07-31", "from": "file"}
    assert r.info["currency"] == "INR"
    assert r.info["rows"] == 2 and r.info["skipped"]["totals"] == 4 and r.info["skipped"]["preamble"] == 2
    assert total(r, "impressions") == 18402 + 17330
    assert total(r, "cost") == pytest.approx(1128.44 + 731.90)
    assert total(r, "conversions") == 12
    assert "clicks" not in r.rows.column_names  # Interactions are not clicks
    assert set(r.rows.column("date_end").to_pylist()) == {Period(*parse_range("2025-07-08 - 2025-07-31"),
                                                                 "file").end}


def test_all_time_reads_as_a_total_and_needs_a_period_for_anything_else(tmp_path):
    f = google_campaign_report_all_time(tmp_path / "Campaign report.csv")
    r = read_export(f)  # inspect and a total over everything work, and say so
    assert r.info["period"] is None and r.info["all_time"] and r.info["rows"] == 2
    assert r.info["warning_codes"][0]["code"] == "ingest.all_time"
    total = json.loads(cli("compute", f, "--kpi", "cost", "--json").stdout)
    assert total["rows"][0]["value"] == pytest.approx(6127.44 + 89446.19)
    for more in (["--by", "month"], ["--from", "2025-01-01"]):  # a time grain needs the real days
        proc = cli("compute", f, "--kpi", "cost", *more)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "--period" in proc.stderr
    add = cli("add", "--workspace", tmp_path / "w.duckdb", f, "--json")
    assert add.returncode == 2 and add.stderr.count("\n") == 1 and "--period" in add.stderr
    out = json.loads(cli("inspect", f, "--json", "--period", "2025-01-01..2025-12-31").stdout)
    assert out["period"] == {"start": "2025-01-01", "end": "2025-12-31", "from": "given"}
    assert out["rows"] == 2 and out["currency"] == "USD"
    bad = cli("inspect", f, "--period", "2025-13-01..2025-12-31")
    assert bad.returncode == 2 and "FROM..TO" in bad.stderr


def test_google_search_terms_german_utf16(tmp_path):
    r = read_export(google_search_terms_de(tmp_path / "Bericht zu Suchbegriffen.csv"))
    assert r.info["source"] == "google_ads" and r.info["encoding"].startswith("utf-16")
    assert r.info["period"] == {"start": "2026-01-08", "end": "2026-02-06", "from": "file"}
    assert r.info["currency"] == "EUR" and r.info["skipped"]["totals"] == 3
    assert total(r, "clicks") == 135 and total(r, "impressions") == 2206 + 310
    assert total(r, "cost") == pytest.approx(182.40) and total(r, "conversions") == 3


@pytest.mark.parametrize("utf16", [False, True], ids=["csv", "csv-for-excel"])
def test_google_campaign_report_uk_both_encodings_read_alike(tmp_path, utf16):
    r = read_export(google_campaign_report_uk(tmp_path / "Campaign report.csv", utf16))
    assert r.info["period"] == {"start": "2026-01-27", "end": "2026-02-23", "from": "file"}
    assert r.info["currency"] == "GBP" and r.info["rows"] == 2
    assert total(r, "impressions") == 12920 and total(r, "clicks") == 398
    assert total(r, "cost") == pytest.approx(516.53) and total(r, "conversion_value") == pytest.approx(2950.50)


def test_ga4_period_from_its_comment_block(tmp_path):
    r = read_export(ga4_traffic_acquisition(tmp_path / "Traffic_acquisition.csv"))
    assert r.info["source"] == "ga4"
    assert r.info["period"] == {"start": "2025-01-01", "end": "2025-01-31", "from": "file"}
    assert total(r, "sessions") == 1960 and total(r, "conversions") == 46


def test_meta_rows_over_a_month_are_spread_not_booked_on_their_first_day(tmp_path):
    f = meta_campaigns_idr(tmp_path / "meta.csv")
    r = read_export(f)
    assert r.info["source"] == "meta_ads" and r.info["currency"] == "IDR"
    assert r.info["period"] == {"start": "2025-11-26", "end": "2025-12-25", "from": "rows"}
    # 30 days, 6 in November: the monthly split follows the days, and the months add up to the whole.
    out = json.loads(cli("compute", f, "--kpi", "cost", "--by", "month", "--json").stdout)["rows"]
    spend = 326003 + 323911
    assert [(x["period"], x["estimated"]) for x in out] == [("2025-11-01", True), ("2025-12-01", True)]
    assert out[0]["value"] == pytest.approx(spend * 5 / 30) and out[1]["value"] == pytest.approx(spend * 25 / 30)
    whole = json.loads(cli("compute", f, "--kpi", "cost", "cpc", "--json").stdout)["rows"]
    assert whole[0]["value"] == pytest.approx(spend) and not whole[0]["estimated"]
    assert whole[1]["value"] == pytest.approx(spend / (53 + 43)) and not whole[1]["estimated"]
    part = json.loads(cli("compute", f, "--kpi", "cost", "--from", "2025-12-01", "--to", "2025-12-25",
                          "--json").stdout)["rows"]
    assert part[0]["estimated"] and part[0]["value"] == pytest.approx(spend * 25 / 30)


def test_a_period_report_in_a_workspace_is_exact_over_its_period(tmp_path):
    from kpi_core import kpis
    from kpi_core.compiler import Filters
    from kpi_core.workspace import Workspace

    ws = Workspace(tmp_path / "w.duckdb")
    [rep] = ws.add_files([google_campaign_report_uk(tmp_path / "Campaign report.csv", False)])
    assert rep["status"] != "error" and rep["days_added"] == 28
    whole = kpis.table_many(ws.engine, ["cost", "ctr"], "total")["rows"]
    assert whole[0][2] == pytest.approx(516.53) and whole[0][-1] is False
    weeks = kpis.table_many(ws.engine, ["cost"], "week")["rows"]
    assert sum(r[4] for r in weeks) == pytest.approx(516.53)
    assert all(r[-1] for r in weeks if r[4])  # every week rests on a share of the period
    inside = kpis.table_many(ws.engine, ["cost"], "total", Filters(*parse_range("2026-01-27 - 2026-02-23")))
    assert inside["rows"][0][-1] is False


def period_report(path: Path, line2: str, cost: str) -> Path:
    """A Google Ads campaign report of one period (the US layout above, one campaign)."""
    path.write_text(f'Campaign report\n"{line2}"\nCampaign,Impr.,Clicks,Currency code,Cost\n'
                    f"Example,1000,40,EUR,{cost}\nTotal: Account,1000,40,EUR,{cost}\n")
    return path


def test_re_uploads_of_period_reports_replace_exact_periods_and_refuse_partial_overlaps(tmp_path):
    from kpi_core import kpis
    from kpi_core.workspace import Workspace

    ws = Workspace(tmp_path / "w.duckdb")
    ws.add_files([period_report(tmp_path / "jan.csv", "January 1, 2026 - January 31, 2026", "310.00")])
    [rep] = ws.add_files([period_report(tmp_path / "jan2.csv", "January 1, 2026 - January 31, 2026", "341.00")])
    assert rep["status"] == "replaced"  # the same period again: the newest export wins
    assert kpis.series(ws.engine, "cost")["value"][0] == pytest.approx(341.0)
    # half of January and half of February: cannot be split honestly, and the report says what to do
    [rep] = ws.add_files([period_report(tmp_path / "mid.csv", "January 16, 2026 - February 15, 2026", "300.00")],
                         lang="en")
    assert rep["status"] == "error" and "2026-01-01 – 2026-01-31" in rep["message"] and "keep both" in rep["message"]
    assert kpis.series(ws.engine, "cost")["value"][0] == pytest.approx(341.0)  # nothing half-written
    [rep] = ws.add_files([period_report(tmp_path / "mid.csv", "January 16, 2026 - February 15, 2026", "300.00")],
                         keep_both=True)  # the user chose to keep both
    assert kpis.series(ws.engine, "cost")["value"][0] == pytest.approx(641.0)


def test_a_microsoft_download_with_few_telling_columns_is_known_by_its_preamble(tmp_path):
    f = tmp_path / "Account performance.csv"
    f.write_text('"Report Name: Account performance"\n"Report Time: 6/1/2026,6/7/2026"\n"Time Zone: (GMT+01:00)"\n\n'
                 '"Account name","Impressions","Clicks","Spend"\n"Example","1200","40","31.50"\n\n'
                 '"©2026 Microsoft Corporation. All rights reserved. "\n')
    r = read_export(f)
    assert r.info["source"] == "microsoft_ads" and r.info["rows"] == 1
    assert r.info["period"] == {"start": "2026-06-01", "end": "2026-06-07", "from": "file"}


def test_klaviyo_sms_rows_count_in_no_email_figure_but_their_attributed_sales_count(tmp_path):
    from tests.golden.corpus.klaviyo import HEADER, campaigns

    path = tmp_path / "campaigns.csv"
    campaigns(path)
    r = read_export(path)
    df = r.rows.to_pandas()
    sms = df[df["channel"] == "SMS"]
    assert sms["emails_sent"].isna().all() and sms["unique_clicks"].isna().all()
    assert (sms["conversions"].sum(), sms["conversion_value"].sum()) == (9, 380.25)
    codes = {w["code"]: w["params"] for w in r.info["warning_codes"]}
    assert codes["source.email.sms_apart"] == {"count": 1}
    # Without a channel column nothing tells an SMS row apart: every row counts, as the file gives it.
    plain = write(tmp_path / "no_channel.csv", [HEADER.rsplit(",", 1)[0],
                                               "A,,s,L,2024-04-09 10:00:00,Tuesday,100,1,1%,10,40,40%,50,5,5%,6,1,0,0%,"
                                               "98,2,2%,ID1"])
    assert read_export(plain).rows.to_pandas()["emails_sent"].sum() == 100


def test_mailchimp_ab_parts_count_once_through_their_campaigns_row(tmp_path):
    # The campaign report as jamestthompson3/mailchimp_data mailchimp_campaigns.csv (commit 623e3e4) holds an A/B
    # campaign: its own row, then a row per part ('| Combo 1', '| Combo 2', '| Winner') that add up to it. Made-up
    # figures; the dates as a US spreadsheet saved them again.
    head = ("Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,Soft Bounces,"
            "Hard Bounces,Total Bounces,Unique Opens,Open Rate,Unique Clicks,Click Rate,Unsubscribes")
    lines = [head,
             '"Spring ask | Winner",Try it,Members,3/9/17 18:54,Thursday,200,190,4,6,10,60,31.58,10,5.26,2',
             '"Spring ask",,Members,3/9/17 16:29,Thursday,400,380,8,12,20,110,28.95,18,4.74,4',
             '"Spring ask | Combo 1",Better?,Members,3/9/17 16:29,Thursday,100,95,2,3,5,25,26.32,4,4.21,1',
             '"Spring ask | Combo 2",Try it,Members,3/9/17 16:29,Thursday,100,95,2,3,5,25,26.32,4,4.21,1',
             "April news,News,Members,4/6/17 14:28,Thursday,100,100,0,0,0,40,40,10,10,0",
             '"Solo test | Combo 1",A,Members,4/13/17 10:00,Thursday,50,50,0,0,0,20,40,5,10,0',
             # jamestthompson3/mailchimp_data domino_newsletter.csv: a newsletter's title sent again four weeks on as
             # an A/B test without a row of its own; its parts were set aside as parts of the first send
             "Newsletter,News,Members,5/4/17 9:00,Thursday,70,70,0,0,0,30,42.86,6,8.57,0",
             '"Newsletter | Combo 1",A,Members,6/1/17 9:00,Thursday,20,20,0,0,0,8,40,2,10,0',
             '"Newsletter | Winner",B,Members,6/2/17 9:00,Friday,30,29,1,0,1,12,41.38,3,10.34,0']
    r = read_export(write(tmp_path / "campaigns.csv", lines))
    assert r.info["source"] == "mailchimp"
    df = r.rows.to_pandas()
    # The Spring ask row alone (its parts add up to it) and the others; a part without a row of its own counts.
    assert (df["emails_sent"].sum(), df["emails_delivered"].sum(), df["unique_opens"].sum()) == (
        550 + 70 + 20 + 30, 530 + 70 + 20 + 29, 170 + 30 + 8 + 12)
    codes = {w["code"]: w["params"] for w in r.info["warning_codes"]}
    assert codes["source.email.ab_parts"] == {"count": 3}


def test_klaviyo_campaign_messages_without_recipients_keep_their_sms_apart(tmp_path):
    # Klaviyo's campaign message export as ishika-riq/zipsense-analytics-agent backend/server.js holds it
    # (`campaign_data`): no recipients column, an SMS message among the emails. Made-up names and figures.
    head = ("Campaign Message ID,Campaign Message Name,Send Date,Send Time,Open Rate,Click Rate,"
            "Spam Complaints Rate,Total Opens,Unique Opens,Total Clicks,Unique Clicks,Unique Unsubscribes,"
            "Spam Complaints,Campaign Message Channel")
    lines = [head, "M1,[SMS] Launch,2025-10-29,05:00 PM,,0.2,,,,120,100,5,,SMS",
             "M4,App push,2025-10-30,09:00 AM,,0.1,,,,40,30,0,,Push",
             "M2,Teaser,2025-10-29,04:00 PM,0.5,0.02,0.0001,700.0,495.0,25,20,5,1.0,Email",
             "M3,Story,2025-10-27,08:30 AM,0.4,0.01,0.0,500.0,396.0,12,10,2,0.0,Email"]
    r = read_export(write(tmp_path / "campaign_messages.csv", lines))
    assert r.info["source"] == "klaviyo"
    df = r.rows.to_pandas()
    assert (df["unique_opens"].sum(), df["unique_clicks"].sum(), df["unsubscribes"].sum()) == (891, 30, 7)
