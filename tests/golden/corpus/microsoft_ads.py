"""Microsoft Advertising (Bing Ads) report downloads: a block of `Key: value` lines (report name, time, time zone,
last completed day and hour, aggregation, filter, rows), an empty line, the table, and for API files an empty line
and a copyright line. Interface downloads name columns for people (`Campaign name`, `Gregorian date`, `Spend`), API
files in PascalCase (`GregorianDate`, `CurrencyCode`); dates are M/D/YYYY.
"""

from __future__ import annotations

from pathlib import Path

from . import case, write

UI_HEADER = [
    "Gregorian date", "Hour", "Account name", "Campaign name", "Ad group", "Ad title", "Ad description",
    "Ad distribution", "Impressions", "Clicks", "CTR (%)", "Average CPC", "Spend", "Avg. position", "Conversions",
    "Conversion rate (%)", "CPA", "Account number", "Account status", "Ad group ID", "Ad group status", "Ad ID",
    "Ad status", "Ad type", "Final App URL", "Bid match type", "Business category", "Business category ID",
    "Business listing", "Business listing ID", "Campaign status", "Currency code", "Custom Parameters", "Customer",
    "Customer name", "Delivered match type", "Destination URL", "Device OS", "Device type", "Display URL", "Final URL",
    "Language", "Final Mobile URL", "Network", "Path 1", "Path 2", "Pricing method", "Title part 1", "Title part 2",
    "Top vs. other", "Tracking Template", "Avg. CPM", "Assists", "Extended cost", "Revenue", "Return on ad spend (%)",
    "Cost per assist", "Revenue per conversion", "Revenue per assist",
]


def quoted(cells: list[str]) -> str:
    """A line of the CSV download: every field in double quotes."""
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells)


def ui_row(date: str, hour: str, metrics: str, revenue: str) -> list[str]:
    """One row of the hourly ad report: fixed ad attributes, the hour's metrics
    (Impressions|Clicks|CTR (%)|Average CPC|Spend|Avg. position|Conversions|Conversion rate (%)|CPA) and revenue."""
    row = dict.fromkeys(UI_HEADER, "") | dict(zip(UI_HEADER[8:17], metrics.split("|"), strict=True)) | {
        "Gregorian date": date, "Hour": hour, "Account name": "Example Account", "Campaign name": "Example Brand",
        "Ad group": "Example Group", "Ad title": "Example Title - Example Site", "Ad description": "An example ad.",
        "Ad distribution": "Search", "Account number": "X0000001", "Account status": "Active", "Ad group ID": "1001",
        "Ad group status": "Active", "Ad ID": "5001", "Ad status": "Active", "Ad type": "Expanded text ad",
        "Bid match type": "Exact", "Campaign status": "Active", "Currency code": "USD",
        "Customer name": "Example Client", "Delivered match type": "Exact", "Device OS": "Windows",
        "Device type": "Computer", "Language": "English",
        "Network": "Bing and Yahoo! search", "Pricing method": "CPC", "Top vs. other": "Bing and Yahoo! search - Top",
        "Final URL": "https://www.example.com/", "Revenue": revenue}
    return list(row.values())


@case(id="microsoft_ads/ad_hourly/en-us",
      origin="Gschiavon/CSVParser-Spark `src/main/scala/BingFiles/CSVBingAds.scala` (its `BingAds012517.csv`)",
      filename="Ad report.csv", source="microsoft_ads", rows=4,
      totals={"impressions": 418, "clicks": 21, "cost": 17.71, "conversions": 3, "conversion_value": 125.50},
      period=("2017-03-06", "2017-03-06", "rows"), currency="USD")
def ui_ad_hourly(path: Path) -> Path:
    """Interface download of an ad report by hour (CSV): eight `"Key: value"` lines, each one quoted field
    (`"Report Filter: "` with its trailing space), an empty line, then 59 columns with every field quoted,
    `Gregorian date` as M/D/YYYY beside `Hour`, money in a `Currency code` column.

    Origin: Gschiavon/CSVParser-Spark `src/main/scala/BingFiles/CSVBingAds.scala`, which drops the preamble, the
    empty line and the header of its `BingAds012517.csv` download by comparing each line with their verbatim text;
    UTF-8 with BOM as Microsoft Advertising writes its files."""
    write(path, [
        quoted(["Report Name: Ad 3/6/2017 Example Client"]),
        quoted(["Report Time: 3/6/2017"]),
        quoted(["Time Zone: Various"]),
        quoted(["Last Completed Available Day: 3/8/2017 11:40:00 AM (GMT)"]),
        quoted(["Last Completed Available Hour: 3/8/2017 11:40:00 AM (GMT)"]),
        quoted(["Report Aggregation: Hour"]),
        quoted(["Report Filter: "]),
        quoted(["Rows: 4"]),
        "",
        quoted(UI_HEADER),
        quoted(ui_row("3/6/2017", "9", "120|6|5.00%|0.84|5.04|1.3|1|16.67%|5.04", "40.00")),
        quoted(ui_row("3/6/2017", "10", "95|4|4.21%|0.91|3.64|1.5|0|0.00%|", "0.00")),
        quoted(ui_row("3/6/2017", "11", "143|9|6.29%|0.77|6.93|1.2|2|22.22%|3.47", "85.50")),
        quoted(ui_row("3/6/2017", "14", "60|2|3.33%|1.05|2.10|1.9|0|0.00%|", "0.00")),
    ], bom=True, eol="\r\n")
    return path


@case(id="microsoft_ads/keyword/en-us-tsv",
      origin="a public JavaScript test that embeds a user's whole Microsoft Advertising keyword report download "
             "(TSV, `Report Time: 6/10/2026,6/16/2026`)",
      filename="Keyword report.tsv", source="microsoft_ads", rows=3,
      totals={"impressions": 1228, "clicks": 82, "cost": 105.92, "conversions": 3},
      period=("2026-06-01", "2026-06-07", "file"), currency=None)
def ui_keyword_tsv(path: Path) -> Path:
    """Interface download of a keyword report as TSV: unquoted `Key: value` lines, the range as
    `Report Time: 6/1/2026,6/7/2026` (M/D/YYYY, comma, no space), an empty line, no date column, `Keyword ID` in
    brackets, trailing zeros dropped (`1.5`), an empty CPA without conversions, no currency column.

    Origin: a public JavaScript test that embeds a user's complete keyword report download (preamble and header
    verbatim; its header matching strips a BOM)."""
    t = "\t"
    write(path, [
        "Report Name: Example keyword report",
        "Report Time: 6/1/2026,6/7/2026",
        "Time Zone: (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        "Last Completed Available Day: 6/8/2026 7:20:00 AM (GMT)",
        "Last Completed Available Hour: 6/8/2026 7:20:00 AM (GMT)",
        "",
        t.join(["Account name", "Campaign name", "Ad group", "Keyword ID", "Keyword", "Bid match type",
                "Ad distribution", "Current maximum CPC", "Impressions", "Clicks", "CTR", "Avg. CPC", "Spend",
                "Top impression rate", "Absolute top impression rate", "Conversions", "CPA", "Conversion rate"]),
        t.join(["Example Account", "Example Campaign", "Example Group", "[82945700000001]", "example kw one", "Phrase",
                "Search", "2.50", "309", "24", "7.77%", "1.5", "36", "91.2%", "64.1%", "3", "12", "12.5%"]),
        t.join(["Example Account", "Example Campaign", "Example Group", "[82945700000002]", "example kw two", "Exact",
                "Search", "1.80", "842", "57", "6.77%", "1.21", "68.97", "88.4%", "52.31%", "0", "", "0%"]),
        t.join(["Example Account", "Example Campaign", "Example Group 2", "[82945700000003]", "example kw three",
                "Broad", "Audience", "1.20", "77", "1", "1.3%", "0.95", "0.95", "0%", "0%", "0", "", "0%"]),
    ], bom=True)
    return path


@case(id="microsoft_ads/geographic/en-api", origin="Werkspot/BingAdsApiBundle `Tests/Api/Helper/CsvTest.php`",
      filename="GeographicPerformanceReport.csv", source="microsoft_ads", rows=3,
      totals={"impressions": 250, "clicks": 13, "cost": 8.85},
      period=("2016-02-26", "2016-02-27", "rows"), currency="EUR")
def api_geographic(path: Path) -> Path:
    """Report file from the reporting API (daily geographic report): nine quoted `Key: value` lines including
    `Potential Incomplete Data: false`, an empty line, PascalCase headers (`GregorianDate`, `CurrencyCode`), every
    field quoted, then an empty line and `"©2016 Microsoft Corporation. All rights reserved. "` (trailing space inside
    the quotes).

    Origin: Werkspot/BingAdsApiBundle `Tests/Api/Helper/CsvTest.php`, whose fixture is such a file (its `©` read
    twice as UTF-8 shows a UTF-8 file with BOM)."""
    write(path, [
        quoted(["Report Name: GeoLocationPerformanceReportRequest"]),
        quoted(["Report Time: 2/26/2016, 2/27/2016"]),
        quoted(["Time Zone: (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"]),
        quoted(["Last Completed Available Day: 2/29/2016 9:00:00 AM (GMT)"]),
        quoted(["Last Completed Available Hour: 2/29/2016 9:00:00 AM (GMT)"]),
        quoted(["Report Aggregation: Daily"]),
        quoted(["Report Filter: "]),
        quoted(["Potential Incomplete Data: false"]),
        quoted(["Rows: 3"]),
        "",
        quoted(["GregorianDate", "AccountName", "AdGroupId", "AdGroupName", "Impressions", "Clicks", "CurrencyCode",
                "Spend", "CountryOrRegion", "City", "State", "MetroArea", "MostSpecificLocation"]),
        quoted(["2/26/2016", "Example Account", "1001", "Example Group 1", "112", "7", "EUR", "4.83", "Netherlands",
                "Utrecht", "Utrecht", "", "Utrecht"]),
        quoted(["2/27/2016", "Example Account", "1001", "Example Group 1", "98", "5", "EUR", "3.40", "Netherlands",
                "Utrecht", "Utrecht", "", "Utrecht"]),
        quoted(["2/27/2016", "Example Account", "1002", "Example Group 2", "40", "1", "EUR", "0.62", "Italy", "",
                "Bolzano", "", "Bolzano"]),
        "",
        quoted(["©2016 Microsoft Corporation. All rights reserved. "]),
    ], bom=True, eol="\r\n")
    return path


@case(id="microsoft_ads/geographic_weekly/en-us",
      origin="a public marketing-mix notebook's preprocessing of Microsoft Advertising downloads (the index names no "
      "repository): a Week column (M/D/YYYY, the Monday), Metro area and Country/region (physical location), Spend, "
      "a 'Total' row and the '©2024 Microsoft Corporation. All rights reserved. ' footer it filters out",
      filename="Geographic report.csv", source="microsoft_ads", rows=4,
      # Each row is its own week, Monday to Sunday (as Google Ads' Week), within what 'Report Time' states: never
      # spread over the report's whole period. The last week's row, dated the 22nd, ends on the 28th.
      totals={"impressions": 1000 + 2000 + 500 + 1500, "clicks": 50 + 60 + 10 + 30, "cost": 40 + 60 + 15 + 60,
              "conversions": 2 + 3 + 0 + 1},
      period=("2024-01-01", "2024-01-28", "rows"), skipped={"totals": 1})
def ui_geographic_weekly(path: Path) -> Path:
    """Interface download of a geographic report by week: nine `"Key: value"` lines (`Report Aggregation: Weekly`),
    an empty line, every field quoted, UTF-8 with BOM and CRLF, a `Total` row, an empty line and the copyright."""
    head = ["Week", "Account name", "Campaign name", "Country/region (physical location)",
            "Metro area (physical location)", "Impressions", "Clicks", "CTR", "Avg. CPC", "Spend", "Conversions"]
    write(path, [
        quoted(["Report Name: Geographic report"]),
        quoted(["Report Time: 1/1/2024,1/28/2024"]),
        quoted(["Time Zone: (GMT-05:00) Eastern Time (US & Canada)"]),
        quoted(["Last Completed Available Day: 2/1/2024 10:00:00 AM (GMT)"]),
        quoted(["Last Completed Available Hour: 2/1/2024 10:00:00 AM (GMT)"]),
        quoted(["Report Aggregation: Weekly"]),
        quoted(["Report Filter: "]),
        quoted(["Potential Incomplete Data: false"]),
        quoted(["Rows: 4"]),
        "",
        quoted(head),
        quoted(["1/1/2024", "Example Acct", "Brand", "United States", "New York, NY", "1000", "50", "5.00%", "0.80",
                "40.00", "2"]),
        quoted(["1/8/2024", "Example Acct", "Brand", "United States", "Chicago, IL", "2000", "60", "3.00%", "1.00",
                "60.00", "3"]),
        quoted(["1/15/2024", "Example Acct", "Brand", "United States", "", "500", "10", "2.00%", "1.50", "15.00",
                "0"]),
        quoted(["1/22/2024", "Example Acct", "Generic", "United States", "Austin, TX", "1500", "30", "2.00%", "2.00",
                "60.00", "1"]),
        quoted(["Total", "", "", "", "", "5000", "150", "3.00%", "1.17", "175.00", "6"]),
        "",
        quoted(["©2024 Microsoft Corporation. All rights reserved. "]),
    ], bom=True, eol="\r\n")
    return path


@case(id="microsoft_ads/campaign_grid/en-us",
      origin="rogeritael/jbt_campaigns_automation `csv/bing_08.csv`: the Campaigns page's grid as downloaded (no "
             "report lines, no date, `[id]` Campaign IDs, Spend beside Google Ads' own Campaign, Campaign Type, Impr. "
             "and Optimization Score, a total row per campaign type)",
      filename="Campaigns.csv", source="microsoft_ads", rows=3, given_period="2026-08-01..2026-08-31",
      # The 'Search total', 'Audience total' and 'Performance Max total' rows are set aside: never added again.
      totals={"impressions": 21000 + 80 + 3000, "clicks": 300 + 30 + 45, "cost": 400.5 + 3.12 + 60.0,
              "conversions": 4 + 0 + 1},
      period=("2026-08-01", "2026-08-31", "given"), skipped={"totals": 3})
def ui_campaign_grid(path: Path) -> Path:
    """The Campaigns grid downloaded as shown: UTF-8 with BOM, LF, commas, nothing quoted, the campaign's ID in
    brackets, budgets and bid strategies as the API names them (`DailyBudgetStandard`, `MaxClicks`), rates with '%',
    '-' in the total rows' text cells. Read as Google Ads before: its Spend went unread."""
    head = ["Campaign ID", "Status", "Campaign", "Budget", "Budget Type", "Spend", "Optimization Score", "Delivery",
            "Campaign Type", "Bid Strategy Name", "Bid Strategy Type", "Labels", "Clicks", "Impr.", "CTR", "Avg. CPC",
            "Conv.", "Top impr. rate", "Abs. top impr. rate"]
    write(path, [
        ",".join(head),
        "[100000001],Enabled,Example - Services,15,DailyBudgetStandard,400.50,100%,Limited by budget,Search,,"
        "MaxClicks,,300,21000,1.43%,1.34,4,80.10%,55.20%",
        "[100000002],Enabled,Example - Brand,10,DailyBudgetStandard,3.12,100%,Eligible,Search,,MaxClicks,,30,80,"
        "37.50%,0.10,0,95.00%,90.00%",
        "[100000003],Paused,Example - Shopping,20,DailyBudgetStandard,60.00,96%,Paused,Performance Max,,"
        "MaxConversions,,45,3000,1.50%,1.33,1,0%,0%",
        "Search total,-,-,-,-,403.62,-,-,-,-,-,-,330,21080,1.57%,1.22,4,80.20%,55.30%",
        "Audience total,-,-,-,-,0,-,-,-,-,-,-,0,0,0%,0,0,0%,0%",
        "Performance Max total,-,-,-,-,60.00,-,-,-,-,-,-,45,3000,1.50%,1.33,1,0%,0%",
    ], bom=True)
    return path
