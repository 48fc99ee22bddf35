"""Google Ads downloads: report downloads of the web interface ('.csv': UTF-8 without BOM, comma; 'CSV for Excel':
UTF-16LE with BOM, TAB; '.xlsx'), the legacy AdWords interface, and the Overview page's card CSVs.

What every report download shares (see the origins named per generator): line 1 the report's title, line 2 the date
range in the interface's language or 'All time', line 3 the header, LF line ends; CSV quoting also in TAB files (a
cell holding a comma is quoted: '"1,234"', '"0,85"'); ' --' for an empty metric; money without symbol or thousands
separator beside a `Currency code` column; a block of `Total: …` rows at the end whose label may stand in the first,
second or third column. Rows here are written as the tool prints them, cells separated by '|' in the source.
"""

from __future__ import annotations

from pathlib import Path

from . import case, write

T = "\t"
EN = "January February March April May June July August September October November December".split()
DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()

VIDA = "vida-sys/vida-gcd-agent"
INTRAGO = "intragoinc/cp-mktg-google-ads-i"
HCH = "Wildman0609/hch_website"
UK = "DanielTheC/internal-lnking-tool"


def day(lang: str, iso: str) -> str:
    """One day as the interface's date range writes it."""
    y, m, d = map(int, iso.split("-"))
    return {"en-us": f"{EN[m - 1]} {d}, {y}", "en-gb": f"{d} {EN[m - 1]} {y}", "de": f"{d}. {DE[m - 1]} {y}",
            "fr": f"{d} {FR[m - 1]} {y}"}[lang]


def span(lang: str, start: str | None = None, end: str | None = None) -> str:
    """Line 2 of a download: the range in the interface's language, or 'All time' when no start is given."""
    return "All time" if start is None else f"{day(lang, start)} - {day(lang, end)}"


def q(cell: str) -> str:
    """A cell as the download writes it: quoted when it holds a comma, a quote or a line break (TAB files too)."""
    return '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\n') else cell


def table(text: str) -> list[list[str]]:
    """Rows written one per line, cells separated by '|', spaces kept (' --')."""
    return [line.split("|") for line in text.strip("\n").split("\n")]


def download(path: Path, title: str, line2: str, rows: list[list[str]], excel: bool = False) -> Path:
    """A report download: '.csv' (UTF-8, comma) or, with `excel`, 'CSV for Excel' (UTF-16LE with BOM, TAB)."""
    d = T if excel else ","
    write(path, [q(title), q(line2), *(d.join(q(c) for c in r) for r in rows)],
          encoding="utf-16-le" if excel else "utf-8", bom=excel)
    return path


# --- moved from test_real_formats.py (its tests import them from here) -------------------------------------------

@case(id="google_ads/campaign/en-us", origin="VishalMotling/campaign-performance-analyzer `Campaign report.csv`",
      filename="Campaign report.csv", source="google_ads", rows=2,
      totals={"impressions": 35732, "interactions": 16163, "cost": 1860.34, "conversions": 12},
      period=("2025-07-08", "2025-07-31", "file"), currency="INR", skipped={"totals": 4, "preamble": 2})
def google_campaign_report_us(path: Path) -> Path:
    """Campaign report, English (US), video and Demand Gen campaigns in INR, period on line 2, no date column.

    Origin: VishalMotling/campaign-performance-analyzer `Campaign report.csv` (UTF-8 without BOM, comma, LF;
    `Interactions` instead of clicks; ` --` for empty; `"18,402"` quoted thousands; totals block)."""
    return download(path, "Campaign report", span("en-us", "2025-07-08", "2025-07-31"), table("""
Campaign status|Campaign|Budget|Budget name|Budget type|Status|Status reasons|Optimization score|Campaign type|\
Currency code|TrueView avg. CPV|Avg. CPM|Impr.|Interactions|Interaction rate|Avg. cost|Cost|\
Conv. (Platform Comparable)|Cost / Conv. (Platform Comparable)|Conv. value / Cost (Platform Comparable)|Conv. rate|\
Conversions|Cost / conv.
Enabled|Example Video - 2025-07-01|3000.00| --|Campaign Total|Ended|campaign ended; unknown| --|Video|INR|0.11|61.30|\
18,402|14,551|79.07%|0.07|1128.44|0.00|0|0.00|0.00%|0.00|0.00
Enabled|Example-DG-1|400.00| --|Daily|Not eligible|All ad groups paused; All ads paused| --|Demand Gen|INR|1.02|\
41.90|17,330|1,612|9.30%|0.45|731.90|12.00|60.99|0.02|0.74%|12.00|60.99
Total: Campaigns| --| --| --| --| --|| --| --|INR|0.15|50.11|35,732|16,163|45.23%|0.12|1860.34|12.00|155.03|0.01|\
0.07%|12.00|155.03
Total: Account|||||||||INR|0.15|50.11|35,732|16,163|45.23%|0.12|1860.34|12.00|155.03|0.01|0.07%|12.00|155.03
Total: Video||||||||Video|INR|0.11|61.30|18,402|14,551|79.07%|0.07|1128.44|0.00|0|0.00|0.00%|0.00|0.00
Total: Demand Gen||||||||Demand Gen|INR|1.02|41.90|17,330|1,612|9.30%|0.45|731.90|12.00|60.99|0.02|0.74%|12.00|\
60.99
"""))


@case(id="google_ads/campaign/en-us-all-time", origin=f"{INTRAGO} `Campaign report.csv`",
      filename="Campaign report.csv", source="google_ads", rows=2, given_period="2025-01-01..2025-12-31",
      totals={"impressions": 1208007, "interactions": 62935, "clicks": 62935, "cost": 95573.63,
              "conversions": 4571.02},
      period=("2025-01-01", "2025-12-31", "given"), currency="USD", skipped={"totals": 2})
def google_campaign_report_all_time(path: Path) -> Path:
    """Campaign report with 'All time' on line 2 (USD). Origin: intragoinc/cp-mktg-google-ads-i
    `Campaign report.csv` (column order customised by the user; `> 90%`, `< 10%` impression shares)."""
    return download(path, "Campaign report", span("en-us"), table("""
Campaign status|Campaign|Campaign type|Impr.|Interactions|Currency code|Cost|Search impr. share|Clicks|Conversions
Paused|Example Brand, Generic & Other|Search|210,003|2,904|USD|6127.44|< 10%|2,904|363.00
Enabled|Example Deck|Search|998,004|60,031|USD|89446.19|10.20%|60,031|4,208.02
Total: Campaigns| --| --|1,208,007|62,935|USD|95573.63|< 10%|62,935|4,571.02
Total: Account|||1,208,007|62,935|USD|95573.63|< 10%|62,935|4,571.02
"""))


@case(id="google_ads/search_terms/de", origin="orangize-digital/sleek-page-fabricator `Bericht zu Suchbegriffen.csv`",
      filename="Bericht zu Suchbegriffen.csv", source="google_ads", rows=2, language="de",
      totals={"clicks": 135, "impressions": 2516, "cost": 182.40, "conversions": 3},
      period=("2026-01-08", "2026-02-06", "file"), currency="EUR", skipped={"totals": 3})
def google_search_terms_de(path: Path) -> Path:
    """Bericht zu Suchbegriffen, German interface, EUR. Origin: orangize-digital/sleek-page-fabricator
    `Bericht zu Suchbegriffen.csv` (UTF-16LE with BOM, TAB, LF; `2.206` thousands, quoted `"1,42"` decimals;
    `Gesamt: …` totals)."""
    return download(path, "Bericht zu Suchbegriffen", span("de", "2026-01-08", "2026-02-06"), table("""
Suchbegriff|Keyword-Option|Hinzugefügt/Ausgeschlossen|Kampagne|Anzeigengruppe|Klicks|Impressionen|CTR|Währungscode|\
Durchschn. CPC|Kosten|Kampagnentyp|Conv.-Rate|Conversions|Kosten/Conv.
beispiel begriff|Weitgehend passend|Keines|Suche DE|Gruppe 1|120|2.206|5,44%|EUR|1,42|170,40|Suche|2,50%|3,00|56,80
zweiter begriff|Passende Wortgruppe|Hinzugefügt|Suche DE|Gruppe 2|15|310|4,84%|EUR|0,80|12,00|Suche|0,00%|0,00|0,00
Gesamt: Suchbegriffe|||||135|2.516|5,37%|EUR|1,35|182,40||2,22%|3,00|60,80
Gesamt: Konto|||||135|2.516|5,37%|EUR|1,35|182,40||2,22%|3,00|60,80
Gesamt: Suche|||||135|2.516|5,37%|EUR|1,35|182,40|Suche|2,22%|3,00|60,80
"""), excel=True)


def google_campaign_report_uk(path: Path, utf16: bool) -> Path:
    """Campaign report, English (UK) date style, GBP, downloaded twice: `.csv` (UTF-8, comma) and 'CSV for Excel'
    (UTF-16LE with BOM, TAB, still CSV quoting). Origin: DanielTheC/internal-lnking-tool `Campaign report (1).csv`
    and `Campaign report.csv`."""
    return download(path, "Campaign report", span("en-gb", "2026-01-27", "2026-02-23"), table("""
Campaign|Campaign type|Impr.|Clicks|Currency code|Cost|Conversions|Conv. value
Shop - Bikes|Shopping|12,040|301|GBP|455.20|14.00|2,310.50
Brand|Search|880|97|GBP|61.33|6.50|640.00
Total: Campaigns| --|12,920|398|GBP|516.53|20.50|2,950.50
Total: Account||12,920|398|GBP|516.53|20.50|2,950.50
"""), excel=utf16)


UK_TOTALS = {"impressions": 12920, "clicks": 398, "cost": 516.53, "conversions": 20.5, "conversion_value": 2950.50}
for _excel, _variant, _file in ((False, "en-gb", "Campaign report (1).csv"),
                                (True, "en-gb-csv-for-excel", "Campaign report.csv")):
    case(id=f"google_ads/campaign/{_variant}", origin=f"{UK} `{_file}`", filename=_file, source="google_ads",
         rows=2, totals=UK_TOTALS, period=("2026-01-27", "2026-02-23", "file"), currency="GBP",
         skipped={"totals": 2})(lambda p, x=_excel: google_campaign_report_uk(p, x))


# --- report downloads ---------------------------------------------------------------------------------------------

@case(id="google_ads/campaign/en-us-smart", origin="1123alberto/Clinic_Marketing_Agency `Campaign report.csv`",
      filename="Campaign report.csv", source="google_ads", rows=3,
      totals={"impressions": 2064, "clicks": 61, "cost": 71.42, "conversions": 3},
      period=("2026-03-02", "2026-03-29", "file"), currency="EUR", skipped={"totals": 3, "preamble": 2})
def campaign_smart(path: Path) -> Path:
    """Campaign report of Smart campaigns, English (US) dates, EUR, a campaign named in Greek (UTF-8), empty
    `Status reasons`, a zero row with ` --` CTR and `0` Avg. CPC.

    Origin: 1123alberto/Clinic_Marketing_Agency `Campaign report.csv` (UTF-8 without BOM, comma, LF)."""
    return download(path, "Campaign report", span("en-us", "2026-03-02", "2026-03-29"), table("""
Campaign status|Campaign|Budget|Budget name|Budget type|Status|Status reasons|Campaign type|Impr.|CTR|Currency code|\
Cost|Clicks|Conv. rate|Conversions|Avg. CPC|Cost / conv.
Enabled|example-clinic.gr|0.66| --|Daily|Eligible||Smart|1,204|3.07%|EUR|41.18|37|5.41%|2.00|1.11|20.59
Enabled|example-implants.gr|0.65| --|Daily|Eligible||Smart|860|2.79%|EUR|30.24|24|4.17%|1.00|1.26|30.24
Enabled|Παράδειγμα Οδοντιατρείο|0.40| --|Daily|Eligible||Smart|0| --|EUR|0.00|0|0.00%|0.00|0|0.00
Total: Campaigns| --| --| --| --| --|| --|2,064|2.96%|EUR|71.42|61|4.92%|3.00|1.17|23.81
Total: Account||||||||2,064|2.96%|EUR|71.42|61|4.92%|3.00|1.17|23.81
Total: Smart|||||||Smart|2,064|2.96%|EUR|71.42|61|4.92%|3.00|1.17|23.81
"""))


@case(id="google_ads/campaign/fr", language="fr",
      origin="imenerezgui-png/batam_dashboard `Biocyte Google Ads Performance.csv` (as its `dashboard.py` reads it)",
      filename="Rapport sur les campagnes.csv", source="google_ads", rows=3,
      totals={"impressions": 24782, "interactions": 608, "clicks": 476, "cost": 371.84, "conversions": 15.5},
      period=("2026-03-03", "2026-03-29", "file"), currency=None, skipped={"totals": 4})
def campaign_fr(path: Path) -> Path:
    """Campaign report, French interface, 'CSV for Excel' (UTF-16LE with BOM, TAB, two lines above the header):
    `État de la campagne`, `Coût`, `Clics`, `CPC moy.`, `Coût/conv.`; thousands grouped by a no-break space
    (`1 178`), decimal comma (`"23,55"`, `"1,61%"`), ` --`, totals labelled `Total : Campagnes` (space before the
    colon) in the first column; no currency column.

    Origin: imenerezgui-png/batam_dashboard `Biocyte Google Ads Performance.csv`, whose layout, headers, number
    style and totals label the repository's `dashboard.py` reads."""
    nb = "\xa0"
    return download(path, "Rapport sur les campagnes", span("fr", "2026-03-03", "2026-03-29"), table(f"""
État de la campagne|Campagne|Budget|État|Type de campagne|Impr.|Interactions|Clics|CTR|CPC moy.|Coût moy.|Coût|\
Conversions|Coût/conv.
Activée|Exemple Recherche|25,00|Éligible|Réseau de Recherche|1{nb}178|96|96|8,15%|1,42|1,42|136,32|4,00|34,08
Activée|Exemple PMax|40,00|Éligible (limitée)|Performance Max|23{nb}604|512|380|1,61%|0,62|0,46|235,52|11,50|20,48
En veille|Exemple Ancienne|10,00|En veille|Réseau de Recherche|0|0|0| --|0|0|0,00|0,00|0,00
Total : Campagnes| --| --| --| --|24{nb}782|608|476|1,92%|0,78|0,61|371,84|15,50|23,99
Total : Compte|||||24{nb}782|608|476|1,92%|0,78|0,61|371,84|15,50|23,99
Total : Réseau de Recherche||||Réseau de Recherche|1{nb}178|96|96|8,15%|1,42|1,42|136,32|4,00|34,08
Total : Performance Max||||Performance Max|23{nb}604|512|380|1,61%|0,62|0,46|235,52|11,50|20,48
"""), excel=True)


@case(id="google_ads/ad_group/en-us", origin=f"{VIDA} `Ad group report.csv`", filename="Ad group report.csv",
      source="google_ads", rows=3, given_period="2024-06-01..2025-05-31",
      totals={"impressions": 168721, "interactions": 15715, "clicks": 15715, "cost": 30731.68,
              "conversions": 1271.5},
      period=("2024-06-01", "2025-05-31", "given"), currency="USD", skipped={"totals": 4, "preamble": 2})
def ad_group_report(path: Path) -> Path:
    """Ad group report, 'CSV for Excel' (UTF-16LE with BOM, TAB, LF), 'All time', USD: `Currency code` twice (the
    Target CPA's and the metrics'; the first is empty in totals), `[]` for empty list columns, quoted thousands in a
    TAB file, Conversions with thousands (`"1,030.00"`) where Cost has none.

    Origin: vida-sys/vida-gcd-agent `Ad group report.csv`."""
    return download(path, "Ad group report", span("en-us"), table("""
Ad group status|Ad group|Campaign|Status|Status reasons|Currency code|Target CPA|Ad group type|Impr.|Interactions|\
Interaction rate|Currency code|Avg. cost|Cost|Brand Inclusions|Locations of interest|Clicks|Conv. rate|Conversions|\
Avg. CPC|Cost / conv.
Paused|Group A|Example Campaign 1|Paused|ad group paused; unknown|USD| --|Standard|0|0| --|USD|0|0.00|[]|[]|0|\
0.00%|0.00|0|0.00
Enabled|Group B|Example Campaign 1|Eligible|unknown|USD| --|Standard|48,306|5,912|12.24%|USD|2.35|13870.52|[]|[]|\
5,912|4.08%|241.50|2.35|57.43
Enabled|Group C|Example Campaign 2|Eligible|unknown|USD|35.00|Standard|120,415|9,803|8.14%|USD|1.72|16861.16|[]|[]|\
9,803|10.51%|1,030.00|1.72|16.37
Total: Ad groups||||||||168,721|15,715|9.31%|USD|1.96|30731.68|||15,715|8.09%|1,271.50|1.96|24.17
Total: Account||||||||1,402,260|41,388|2.95%|USD|1.06|43871.20|||40,911|61.20%|25,037.00|1.07|1.75
Total: Search||||||||168,721|15,715|9.31%|USD|1.96|30731.68|||15,715|8.09%|1,271.50|1.96|24.17
Total: Performance Max||||||||1,233,539|25,673|2.08%|USD|0.51|13139.52|||25,196|92.57%|23,765.50|0.52|0.55
"""), excel=True)


KEYWORD_TOTALS = """
 --||Total: All but removed keywords| --| --| --|||26,365|3,140|11.91%|USD|2.00|6280.64|3,140|5.73%|180.00|2.00|34.89
||Total: Keywords in your account||||||26,365|3,140|11.91%|USD|2.00|6280.64|3,140|5.73%|180.00|2.00|34.89
||Total: Your keywords||||||26,365|3,140|11.91%|USD|2.00|6280.64|3,140|5.73%|180.00|2.00|34.89
||Total: AI Max expanded matches||||||0|0| --|USD|0|0.00|0|0.00%|0.00|0|0.00
||Total: AI Max landing page matches||||||0|0| --|USD|0|0.00|0|0.00%|0.00|0|0.00
||Total: URL inclusions in your account||||||0|0| --|USD|0|0.00|0|0.00%|0.00|0|0.00
||Total: Account||||||301,904|9,877|3.27%|USD|1.02|10071.45|9,744|4.04%|398.00|1.03|25.31
||Total: Search||||||26,365|3,140|11.91%|USD|2.00|6280.64|3,140|5.73%|180.00|2.00|34.89
||Total: Performance Max||||||275,539|6,737|2.45%|USD|0.56|3790.81|6,604|3.24%|218.00|0.57|17.39
"""


@case(id="google_ads/keyword/en-us", origin=f"{VIDA} `Search keyword report.csv`",
      filename="Search keyword report.csv", source="google_ads", rows=4, given_period="2024-06-01..2025-05-31",
      totals={"impressions": 26365, "interactions": 3140, "clicks": 3140, "cost": 6280.64, "conversions": 180},
      period=("2024-06-01", "2025-05-31", "given"), currency="USD", skipped={"totals": 9})
def search_keyword_report(path: Path) -> Path:
    """Search keyword report, 'CSV for Excel', 'All time', USD: the totals' label stands in the third column (under
    `Match type`) after two empty cells; only the first totals row has ` --` in `Keyword status`, `Campaign`,
    `Ad group` and `Status`; bucket totals (`Your keywords`, `AI Max expanded matches`, `URL inclusions in your
    account`) before `Total: Account` and one row per campaign type.

    Origin: vida-sys/vida-gcd-agent `Search keyword report.csv` (UTF-16LE with BOM, TAB, LF)."""
    return download(path, "Search keyword report", span("en-us"), table("""
Keyword status|Keyword|Match type|Campaign|Ad group|Status|Status reasons|Final URL|Impr.|Interactions|\
Interaction rate|Currency code|Avg. cost|Cost|Clicks|Conv. rate|Conversions|Avg. CPC|Cost / conv.
Paused|example phrase one|Broad match|Example Campaign 1|Example Group|Paused|paused; ad group paused||23|2|8.70%|USD|\
1.15|2.30|2|0.00%|0.00|1.15|0.00
Paused|example two|Broad match|Example Campaign 1|Example Group|Paused|paused; ad group paused||0|0| --|USD|0|0.00|0|\
0.00%|0.00|0|0.00
Enabled|example service|Phrase match|Example Campaign 1|Example Group|Eligible|||18,940|2,105|11.11%|USD|2.06|\
4336.30|2,105|5.23%|110.00|2.06|39.42
Enabled|example service near me|Exact match|Example Campaign 1|Example Group 2|Eligible|||7,402|1,033|13.96%|USD|\
1.88|1942.04|1,033|6.78%|70.00|1.88|27.74
""") + table(KEYWORD_TOTALS), excel=True)


@case(id="google_ads/keyword/en-us-ad-group-scope", origin=f"{HCH} `google ads export/Search keyword report.csv`",
      filename="Search keyword report.csv", source="google_ads", rows=3,
      totals={"conversions": 3, "clicks": 80, "impressions": 2062, "cost": 92.21},
      period=("2026-04-01", "2026-04-30", "file"), currency="GBP", skipped={"totals": 7})
def search_keyword_report_ad_group(path: Path) -> Path:
    """Search keyword report downloaded inside one ad group: no `Campaign` or `Ad group` column, the keyword cell
    carries its match syntax (a phrase in quotes, doubled by the CSV quoting; `[exact]`), GBP with US-style dates,
    totals labelled in the third column ending with `Total: Ad group`.

    Origin: Wildman0609/hch_website `google ads export/Search keyword report.csv` (UTF-8 without BOM, comma, LF)."""
    return download(path, "Search keyword report", span("en-us", "2026-04-01", "2026-04-30"), table("""
Keyword status|Keyword|Match type|Status|Status reasons|Conversions|Currency code|Cost / conv.|Final URL|Clicks|Impr.|\
CTR|Avg. CPC|Cost|Conv. rate
Enabled|"example phrase kw"|Phrase match|Eligible||0.00|GBP|0.00||3|74|4.05%|1.21|3.63|0.00%
Enabled|example broad kw|Broad match|Eligible||1.00|GBP|5.40||6|152|3.95%|0.90|5.40|16.67%
Enabled|[example exact kw]|Exact match|Eligible||2.00|GBP|41.59||71|1,836|3.87%|1.17|83.18|2.82%
 --||Total: All but removed keywords| --||3.00|GBP|30.74||80|2,062|3.88%|1.15|92.21|3.75%
||Total: Keywords in your ad group|||3.00|GBP|30.74||80|2,062|3.88%|1.15|92.21|3.75%
||Total: Your keywords|||3.00|GBP|30.74||80|2,062|3.88%|1.15|92.21|3.75%
||Total: AI Max expanded matches|||0.00|GBP|0.00||0|0| --|0|0.00|0.00%
||Total: AI Max landing page matches|||0.00|GBP|0.00||0|0| --|0|0.00|0.00%
||Total: URL inclusions in your ad group|||0.00|GBP|0.00||0|0| --|0|0.00|0.00%
||Total: Ad group|||3.00|GBP|30.74||80|2,062|3.88%|1.15|92.21|3.75%
"""))


@case(id="google_ads/search_terms/en-us", origin="andreapoi/SearchQueryAutomation `Search terms report.csv`",
      filename="Search terms report.csv", source="google_ads", rows=6,
      totals={"impressions": 1181 + 0, "interactions": 100 + 0, "clicks": 100 + 37, "cost": 411.56 + 88.14,
              "conversions": 12 + 2},
      period=("2026-01-12", "2026-02-10", "file"), currency="USD", skipped={"totals": 4, "preamble": 2})
def search_terms_us(path: Path) -> Path:
    """Search terms report, English (US), USD: search terms in other scripts (UTF-8), the keyword's match syntax
    (a phrase in quotes, doubled by the CSV quoting; `[exact]`), totals rows ending in an empty cell,
    `Total: Other search terms` with clicks but no impressions (the searches not listed: data, no sum of the rows
    above), per-type totals repeating the type in the last column.

    Origin: andreapoi/SearchQueryAutomation `Search terms report.csv` (UTF-8 without BOM, comma, LF)."""
    return download(path, "Search terms report", span("en-us", "2026-01-12", "2026-02-10"), table("""
Search term|Match type|Added/Excluded|Campaign|Ad group|Keyword|Impr.|Interactions|Clicks|Currency code|Cost|\
Conversions|Campaign type
example term one|Broad match|None|Example Search Campaign|Example Group|example keyword|14|1|1|USD|2.35|0.00|Search
example term two|Phrase match (close variant)|None|Example Search Campaign|Example Group|"example phrase"|9|0|0|USD|\
0.00|0.00|Search
example term three|Exact match|Added|Example Search Campaign|Example Group|[example term three]|1,120|96|96|USD|\
402.17|11.00|Search
ejemplo búsqueda|Broad match|None|Example Search Campaign|Example Group 2|example keyword|33|2|2|USD|5.06|0.00|Search
예시 검색어|Exact match (close variant)|Excluded|Example Search Campaign|Example Group 2|[example term]|5|1|1|USD|\
1.98|1.00|Search
Total: Search terms||||||1,181|100|100|USD|411.56|12.00|
Total: Other search terms||||||0|0|37|USD|88.14|2.00|
Total: Account||||||2,406|137|137|USD|499.70|14.00|
Total: Display||||||0|0|0|USD|0.00|0.00|Display
Total: Search||||||2,406|137|137|USD|499.70|14.00|Search
"""))


@case(id="google_ads/search_terms/en-gb-manager", origin="yusufadaptive/Streamlit `Search terms report.csv`",
      filename="Search terms report.csv", source="google_ads", rows=5,
      totals={"clicks": 20 + 14, "impressions": 1271 + 1320, "cost": 14.25 + 12.81},
      period=("2026-03-02", "2026-03-15", "file"), currency="GBP", skipped={"totals": 6})
def search_terms_manager(path: Path) -> Path:
    """Search terms report downloaded from a manager account, English (UK) dates: an `Account` column, money in the
    account's currency (GBP, `Currency code`) and again converted (`Cost (Converted currency)`, EUR in
    `Converted currency code`), `Total: Manager account`, a `Total: In-stream video` row.

    Origin: yusufadaptive/Streamlit `Search terms report.csv` (UTF-8 without BOM, comma, LF)."""
    return download(path, "Search terms report", span("en-gb", "2026-03-02", "2026-03-15"), table("""
Search term|Match type|Added/Excluded|Campaign|Ad group|Currency code|Avg. CPM|Avg. CPM (Converted currency)|Clicks|\
Impr.|CTR|Avg. CPC|Avg. CPC (Converted currency)|Cost|Cost (Converted currency)|Campaign type|Account|\
Converted currency code
example rules question|Broad match|None|EX_Services_UK|EX_Services_Group|GBP|140.00|161.67|1|6|16.67%|0.84|0.97|0.84|\
0.97|Search|Example Search Account|EUR
example guide phrase|Phrase match (close variant)|None|EX_Knowledge_UK|EX_Knowledge_Basics|GBP|0.00|0|0|3|0.00%|0|0|\
0.00|0|Search|Example Search Account|EUR
example calculator|Exact match (close variant)|None|EX_Tools_UK|EX_Tools_Calculator|GBP|61.55|70.86|7|58|12.07%|0.51|\
0.59|3.57|4.11|Search|Example Search Account|EUR
example tax question|Exact match|Added|EX_Services_UK|EX_Services_Info|GBP|8.17|9.40|12|1,204|1.00%|0.82|0.94|9.84|\
11.32|Search|Example Search Account|EUR
Total: Search terms|||||GBP|11.21|12.90|20|1,271|1.57%|0.71|0.82|14.25|16.40|||EUR
Total: Other search terms|||||GBP|9.70|11.16|14|1,320|1.06%|0.91|1.05|12.81|14.73|||EUR
Total: Manager account|||||GBP|19.84|22.82|611|24,880|2.46%|0.81|0.93|493.61|567.65|||EUR
Total: Search|||||GBP|11.36|13.07|402|12,930|3.11%|0.37|0.42|146.88|168.91|Search||EUR
Total: Display|||||GBP|14.02|16.12|175|9,820|1.78%|0.79|0.90|137.68|158.33|Display||EUR
Total: In-stream video|||||GBP|98.53|113.31|34|2,130|1.60%|6.17|7.10|209.05|240.41|In-stream video||EUR
Total: Performance Max|||||GBP|0|0|0|0| --|0|0|0.00|0|Performance Max||EUR
"""))


@case(id="google_ads/search_terms/en-us-pmax-campaign-scope", origin="ActionTaker/VRS `Search terms report.csv`",
      filename="Search terms report.csv", source="google_ads", rows=5,
      totals={"clicks": 7 + 4, "impressions": 192 + 88, "cost": 2.80 + 1.56, "conversions": 3 + 1},
      period=("2026-01-05", "2026-02-01", "file"), currency="USD", skipped={"totals": 2})
def search_terms_pmax(path: Path) -> Path:
    """Search terms report of one Performance Max campaign, downloaded inside it: no `Campaign` or `Ad group` column,
    `Performance Max` as match type, totals ending with `Total: Campaign`.

    Origin: ActionTaker/VRS `Search terms report.csv` (UTF-8 without BOM, comma, LF)."""
    return download(path, "Search terms report", span("en-us", "2026-01-05", "2026-02-01"), table("""
Search term|Match type|Added/Excluded|Clicks|Impr.|CTR|Currency code|Avg. CPC|Cost|Conv. rate|Conversions|Cost / conv.
example case brand|Performance Max|None|0|1|0.00%|USD|0|0.00|0.00%|0.00|0.00
example phone case|Performance Max|None|2|57|3.51%|USD|0.27|0.54|50.00%|1.00|0.54
example case with stand|Performance Max|None|5|131|3.82%|USD|0.45|2.26|40.00%|2.00|1.13
ケース 例|Performance Max|None|0|3|0.00%|USD|0|0.00|0.00%|0.00|0.00
Total: Search terms|||7|192|3.65%|USD|0.40|2.80|42.86%|3.00|0.93
Total: Other search terms|||4|88|4.55%|USD|0.39|1.56|25.00%|1.00|1.56
Total: Campaign|||1,203|52,870|2.28%|USD|0.29|348.87|12.97%|156.00|2.24
"""))


@case(id="google_ads/search_terms/en-ca", origin="DevCadbury/towing-no-1 `Search terms report.csv`",
      filename="Search terms report.csv", source="google_ads", rows=4,
      totals={"clicks": 3 + 0, "impressions": 26 + 9, "cost": 6.98 + 0, "conversions": 1 + 0},
      period=("2026-05-03", "2026-05-09", "file"), currency="CAD", skipped={"totals": 4})
def search_terms_ca(path: Path) -> Path:
    """Search terms report, English with day-month-year dates (`3 May 2026 - 9 May 2026`), CAD, 'CSV for Excel',
    Smart and Search campaigns: `Clicks` before `Impr.`, zero Avg. CPC as `0`.

    Origin: DevCadbury/towing-no-1 `Search terms report.csv` (UTF-16LE with BOM, TAB, LF)."""
    return download(path, "Search terms report", span("en-gb", "2026-05-03", "2026-05-09"), table("""
Search term|Match type|Added/Excluded|Campaign|Ad group|Clicks|Impr.|CTR|Currency code|Avg. CPC|Cost|Campaign type|\
Conv. rate|Conversions|Cost / conv.
example repair near me|Broad match|None|Example Campaign|Ad group 1|0|1|0.00%|CAD|0|0.00|Search|0.00%|0.00|0.00
example tire repair town|Broad match|Excluded|Example Campaign|Ad group 1|1|6|16.67%|CAD|0.74|0.74|Search|0.00%|0.00|\
0.00
example roadside help|Phrase match|None|Example Campaign|Ad group 1|2|19|10.53%|CAD|3.12|6.24|Search|50.00%|1.00|6.24
Total: Search terms|||||3|26|11.54%|CAD|2.33|6.98||33.33%|1.00|6.98
Total: Other search terms|||||0|9|0.00%|CAD|0|0.00||0.00%|0.00|0.00
Total: Account|||||61|11,402|0.53%|CAD|3.01|183.61||13.11%|8.00|22.95
Total: Smart|||||58|11,367|0.51%|CAD|3.05|176.63|Smart|12.07%|7.00|25.23
Total: Search|||||3|35|8.57%|CAD|2.33|6.98|Search|33.33%|1.00|6.98
"""), excel=True)


AD_HEADER = ("Ad status|Final URL|Beacon URLs|Headline|Long headline|" + "".join(
    f"Headline {i}|Headline {i} position|" for i in range(1, 16)) + "Description|" + "".join(
    f"Description {i}|Description {i} position|" for i in range(1, 5)) + "Description 5|Image ID|Square image ID|"
    "Logo ID|Landscape logo ID|Business name|Call to action text|Video ID|Accent color|Main color|"
    "Allow flexible color|Ad format preference|Promotion text|Price prefix|Enable Asset Enhancements|"
    "Enable Autogen Video|Ad name|Display URL|Country|Phone number|Verification URL|Call reporting|Call conversion|"
    "Path 1|Path 2|Auto-applied ad suggestion|Mobile final URL|Tracking template|Final URL suffix|Custom parameter|"
    "Campaign|Ad group|Status|Status reasons|Ad strength|Ad strength improvements|Ad type|Impr.|Interactions|"
    "Interaction rate|Currency code|Avg. cost|Cost|Conv. rate|Conversions|Cost / conv.").split("|")


def ad_row(metrics: str, **cells: str) -> list[str]:
    """One row of the 90-column Ad report: ` --` where the ad has nothing, then the given cells and metrics."""
    row = dict.fromkeys(AD_HEADER[:81], " --")
    assert set(cells) <= set(row), set(cells) - set(row)
    return list((row | cells).values()) + metrics.split("|")


def ad_ad(status: str, group: str, strength: str, metrics: str) -> list[str]:
    return ad_row(metrics, **{"Ad status": status, "Final URL": "https://www.example.com/", "Headline 1": "Example One",
                              "Headline 2": "Example Two", "Headline 3": "Example, Three", "Description 1":
                              "An example description.", "Description 2": "Another example line.",
                              "Path 1": "services", "Auto-applied ad suggestion": "No", "Campaign": "Example Search",
                              "Ad group": group, "Status": "Eligible" if status == "Enabled" else "Paused",
                              "Status reasons": "", "Ad strength": strength,
                              "Ad strength improvements": "Add more headlines", "Ad type": "Responsive search ad"})


@case(id="google_ads/ad/en-us", origin=f"{INTRAGO} `Ad report- 22nd Jan.csv`", filename="Ad report.csv",
      source="google_ads", rows=3,
      totals={"impressions": 1041, "interactions": 30, "cost": 132.24, "conversions": 1},
      period=("2026-02-09", "2026-02-10", "file"), currency="USD", skipped={"totals": 5})
def ad_report(path: Path) -> Path:
    """Ad report of responsive search ads, English (US), USD, 90 columns: ` --` in every unused headline,
    description and position slot, `Total: All but removed ads` with ` --` attributes, then `Total: Account` and
    per-type rows with 80 empty cells (the type only in the label).

    Origin: intragoinc/cp-mktg-google-ads-i `Ad report- 22nd Jan.csv` (UTF-8 without BOM, comma, LF)."""
    blank = [""] * 80
    rows = [AD_HEADER,
            ad_ad("Enabled", "Example Group A", "Good", "21|3|14.29%|USD|4.12|12.36|0.00%|0.00|0.00"),
            ad_ad("Enabled", "Example Group B", "Excellent", "1,020|27|2.65%|USD|4.44|119.88|3.70%|1.00|119.88"),
            ad_ad("Paused", "Example Group B", "Average", "0|0| --|USD|0|0.00|0.00%|0.00|0.00"),
            ad_row("1,041|30|2.88%|USD|4.41|132.24|3.33%|1.00|132.24", **{
                "Ad status": "Total: All but removed ads", "Final URL": "", "Auto-applied ad suggestion": "No",
                "Mobile final URL": "", "Status reasons": ""}),
            ["Total: Account", *blank, *"1,342|36|2.68%|USD|4.02|144.70|5.56%|2.00|72.35".split("|")],
            ["Total: Display", *blank, *"0|0| --|USD|0|0.00|0.00%|0.00|0.00".split("|")],
            ["Total: Search", *blank, *"1,342|36|2.68%|USD|4.02|144.70|5.56%|2.00|72.35".split("|")],
            ["Total: Performance Max", *blank, *"0|0| --|USD|0|0.00|0.00%|0.00|0.00".split("|")]]
    return download(path, "Ad report", span("en-us", "2026-02-09", "2026-02-10"), rows)


@case(id="google_ads/location/en-us", origin=f"{VIDA} `Location report.csv`", filename="Location report.csv",
      source="google_ads", rows=4, given_period="2025-01-01..2025-06-30",
      # with `Total: Other locations` (the places not listed) the rows add up to `Total: Account`
      totals={"impressions": 512222 + 10318, "interactions": 9820 + 204, "cost": 1726.70 + 63.24,
              "conversions": 7722.6 + 9},
      period=("2025-01-01", "2025-06-30", "given"), currency="USD", skipped={"totals": 4})
def location_report(path: Path) -> Path:
    """Location report (targeted locations), 'CSV for Excel', 'All time', USD: the location as one quoted
    `"County, State, Country"` cell in a TAB file, Conv. rate above 100%, conversions with thousands.

    Origin: vida-sys/vida-gcd-agent `Location report.csv` (UTF-16LE with BOM, TAB, LF)."""
    return download(path, "Location report", span("en-us"), table("""
Location|Campaign|Impr.|Interactions|Interaction rate|Currency code|Avg. cost|Cost|Conv. rate|Conversions|Cost / conv.
Example County, California, United States|Campaign #1|412,880|7,604|1.84%|USD|0.11|836.44|98.13%|7,461.60|0.11
Example City, Texas, United States|Campaign #1|96,315|2,118|2.20%|USD|0.35|741.30|12.04%|255.00|2.91
Example State, United States|Campaign #2|3,027|98|3.24%|USD|1.52|148.96|6.12%|6.00|24.83
Total: Locations||512,222|9,820|1.92%|USD|0.18|1726.70|78.64%|7,722.60|0.22
Total: Other locations||10,318|204|1.98%|USD|0.31|63.24|4.41%|9.00|7.03
Total: Account||522,540|10,024|1.92%|USD|0.18|1789.94|77.13%|7,731.60|0.23
Total: Search||99,342|2,216|2.23%|USD|0.40|890.26|11.78%|261.00|3.41
Total: Performance Max||423,198|7,808|1.84%|USD|0.12|899.68|95.68%|7,470.60|0.12
"""), excel=True)


@case(id="google_ads/location/en-us-radius", origin=f"{HCH} `google ads export/Location report.csv`",
      filename="Location report.csv", source="google_ads", rows=3,
      totals={"clicks": 71, "impressions": 2174, "cost": 84.02, "conversions": 3},
      period=("2026-04-01", "2026-04-30", "file"), currency="GBP", skipped={"totals": 2})
def location_radius(path: Path) -> Path:
    """Location report of radius targets, downloaded inside a campaign: `<radius>|<unit>|<place>` locations,
    `Bid adj.` as ` --`, no campaign column, totals labelled in the second column, ending with `Total: Campaign`.

    Origin: Wildman0609/hch_website `google ads export/Location report.csv` (UTF-8 without BOM, comma, LF)."""
    rows = [["Location", "Bid adj.", "Clicks", "Impr.", "CTR", "Currency code", "Avg. CPC", "Cost", "Conv. rate",
             "Conversions", "Cost / conv."],
            ["15.0|mi|Exampletown, Examplecounty", *" --,7,301,2.33%,GBP,0.94,6.58,0.00%,0.00,0.00".split(",")],
            ["5.0|mi|Sampleville, Examplecounty", " --", "64", "1,873", "3.42%", "GBP", "1.21", "77.44", "4.69%",
             "3.00", "25.81"]]
    rows += table("""
|Total: Locations|71|2,174|3.27%|GBP|1.18|84.02|4.23%|3.00|28.01
|Total: Other locations|0|0| --|GBP|0|0.00|0.00%|0.00|0.00
|Total: Campaign|71|2,174|3.27%|GBP|1.18|84.02|4.23%|3.00|28.01
""")
    return download(path, "Location report", span("en-us", "2026-04-01", "2026-04-30"), rows)


@case(id="google_ads/url_inclusions/en-us", origin=f"{HCH} `google ads export/URL inclusions report.csv`",
      filename="URL inclusions report.csv", source="google_ads", rows=0, totals={}, refused="ingest.no_data_rows")
def url_inclusions(path: Path) -> Path:
    """URL inclusions report of an ad group without URL inclusions: the header and totals rows only, so there is
    nothing to add; said in one line.

    Origin: Wildman0609/hch_website `google ads export/URL inclusions report.csv` (UTF-8 without BOM, comma, LF)."""
    return download(path, "URL inclusions report", span("en-us", "2026-04-01", "2026-04-30"), table("""
Dynamic ad target status|Dynamic ad target|Currency code|Status|Conversions|Cost / conv.|Clicks|Impr.|CTR|Avg. CPC|\
Cost|Conv. rate
Total: URL inclusions in your ad group||GBP||0.00|0.00|0|0| --|0|0.00|0.00%
Total: AI Max landing page matches||GBP||0.00|0.00|0|0| --|0|0.00|0.00%
Total: Keywords in your ad group||GBP||3.00|30.74|80|2,062|3.88%|1.15|92.21|3.75%
Total: Your keywords||GBP||3.00|30.74|80|2,062|3.88%|1.15|92.21|3.75%
Total: AI Max expanded matches||GBP||0.00|0.00|0|0| --|0|0.00|0.00%
"""))


@case(id="google_ads/asset/en-us", origin=f"{VIDA} `Asset association report.csv`",
      filename="Asset association report.csv", source="google_ads", rows=0, given_period="2025-01-01..2025-06-30",
      totals={}, refused="ingest.unread.google_ads_assets")
def asset_association(path: Path) -> Path:
    """Asset association report, 'CSV for Excel', 'All time', USD: a sitelink's text and URL in one quoted cell over
    several lines, `Last updated` as `"Jan 15, 2025, 11:22\u202fPM"` (narrow no-break space before PM), `Level`
    instead of a campaign column. An ad counts once per asset it showed: the real file's rows add up to 3.2 times the
    account's cost (`Total: Account` of its other reports). Refused, naming the reports to take; it was summed.

    Origin: vida-sys/vida-gcd-agent `Asset association report.csv` (UTF-16LE with BOM, TAB, LF)."""
    rows = table("""
Asset status|Asset|Asset type|Level|Status|Status reason|Added by|Last updated|Impr.|Interactions|Interaction rate|\
Currency code|Avg. cost|Cost|Clicks
Enabled|Example sitelink@A second line of text@https://www.example.com/page|Sitelink|Ad group|Eligible||Advertiser|\
Jan 15, 2025, 11:22~PM|4,310|212|4.92%|USD|1.37|290.44|212
Enabled|Example callout text|Callout|Campaign|Eligible||Google AI|Mar 3, 2025, 9:05~AM|12,044|530|4.40%|USD|1.12|\
593.60|530
Enabled|Example sitelink two@https://www.example.com/other|Sitelink|Account|Eligible||Advertiser|\
Feb 1, 2025, 8:40~AM|0|0| --|USD|0|0.00|0
""")
    rows = [[c.replace("@", "\n").replace("~", "\u202f") for c in r] for r in rows]
    return download(path, "Asset association report", span("en-us"), rows, excel=True)


@case(id="google_ads/ad_asset_xlsx/en-us", origin=f"{UK} `Ad asset report.xlsx`", filename="Ad asset report.xlsx",
      source="google_ads", rows=0, totals={}, refused="ingest.unread.google_ads_assets")
def ad_asset_xlsx(path: Path) -> Path:
    """Ad asset report as .xlsx, GBP: one sheet named after the report, title in A1, range as text in A2, header in
    row 3; metrics as number cells (Interaction rate a fraction shown as 0.00%), `--` without a leading space for
    empty values, empty strings in blank cells, no totals rows. Its rows overlap (an ad once per asset, at account,
    campaign and ad group level): refused, as the asset association report.

    Origin: DanielTheC/internal-lnking-tool `Ad asset report.xlsx`."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ad asset report"
    ws.append(["Ad asset report"])
    ws.append([span("en-us", "2024-09-02", "2024-09-29")])
    ws.append(["Asset status", "Final URL", "Tracking template", "Custom parameter", "Structured snippet header",
               "Structured snippet values", "Asset type", "Campaign", "Ad group", "Level", "Status", "Status reason",
               "Source", "Impr.", "Interactions", "Interaction rate", "Currency code", "Avg. cost", "Cost", "Clicks"])
    for row in (
        ["Enabled", "https://www.example.com/a", "--", "--", "--", "--", "Sitelink", "Example Campaign", "--",
         "Campaign", "Eligible", "", "Advertiser", 312.0, 37.0, 0.1186, "GBP", 1.41, 52.17, 37.0],
        ["Enabled", "", "--", "--", "--", "--", "Callout", "Example Campaign", "--", "Account", "Eligible", "",
         "Advertiser", 1540.0, 96.0, 0.0623, "GBP", 1.28, 122.88, 96.0],
        ["Enabled", "", "--", "--", "Types", "Example one, Example two", "Structured snippet", "Example Campaign",
         "--", "Campaign", "Eligible", "", "Automatically created", 0.0, 0.0, "--", "GBP", 0.0, 0.0, 0.0],
    ):
        ws.append(row)
        if isinstance(row[15], float):
            ws.cell(ws.max_row, 16).number_format = "0.00%"
    wb.save(path)
    return path


# --- the legacy AdWords interface (2016) ---------------------------------------------------------------------------

@case(id="google_ads/legacy_adwords_ad/en-us", origin="svdzeeuw/adwords_testing `Ad report.csv`",
      filename="Ad report.csv", source="google_ads", rows=3,
      totals={"clicks": 1908, "impressions": 21742, "cost": 1118.28, "conversions": 98},
      period=("2016-10-24", "2016-10-30", "file"), currency=None, skipped={"totals": 3, "preamble": 1})
def legacy_ad_report(path: Path) -> Path:
    """AdWords (2016) Ad report, English interface, Dutch advertiser: one title line holding the range
    (`"Ad report (Oct 24, 2016-Oct 30, 2016)"`), 37 columns, lower-case states (`enabled`, `approved`), Impressions
    without thousands separator but Cost with one (`"1,107.43"`), one-decimal conversions, no currency column, totals
    `Total - filtered`, `Total - all experiments`, `Total`.

    Origin: svdzeeuw/adwords_testing `Ad report.csv` (UTF-16LE with BOM, TAB, LF)."""
    e = "|" * 6
    rows = table(f"""
Ad state|Ad|Description line 1|Description line 2|Display URL|Destination URL|Final URL|Mobile final URL|\
Tracking template|Custom parameter|Headline 1|Headline 2|Description|Path 1|Path 2|Short headline|Long headline|\
Business name|Logo ID (responsive)|Image ID (responsive)|Campaign|Ad group|Status|Labels|Campaign type|\
Campaign subtype|Clicks|Impressions|CTR|Avg. CPC|Cost|Avg. position|Conversions|Cost / conv.|Conv. rate|All conv.|\
View-through conv.
enabled{e}http://www.example.nl/pagina.html||||Voorbeeld Eén|Voorbeeld Twee|Beschrijving met, komma.|Pad1|Pad2|||\
| --| --|Voorbeeld Campagne|Voorbeeld Groep|approved|label1; label2|Search Only|All features|31|402|7.71%|0.35|10.85|\
1.4|2.0|5.43|6.45%|4.0|0
enabled{e}http://www.example.nl/andere.html||||Voorbeeld Drie|Voorbeeld Vier|Nog een beschrijving.|Pad1||||\
| --| --|Voorbeeld Campagne|Voorbeeld Groep 2|approved| --|Search Only|All features|1877|21340|8.80%|0.59|1,107.43|\
1.2|96.0|11.54|5.11%|131.0|0
paused{e}http://www.example.nl/oud.html||||Oude Kop|Oude Regel|Oude beschrijving.|||||| --| --|\
Voorbeeld Campagne|Voorbeeld Groep 2|approved| --|Search Only|All features|0|0|0.00%|0.00|0.00|0.0|0.0|0.00|0.00%|\
0.0|0
""")
    dashes = [" --"] * 25
    rows += [["Total - filtered", *dashes, *"1908|21742|8.78%|0.59|1,118.28|1.2|98.0|11.41|5.14%|135.0|0".split("|")],
             ["Total - all experiments", *dashes, *"0|0|0.00%|0.00|0.00|0.0|0.0|0.00|0.00%|0.0|0".split("|")],
             ["Total", *dashes, *"1908|21742|8.78%|0.59|1,118.28|1.2|98.0|11.41|5.14%|135.0|0".split("|")]]
    write(path, [q("Ad report (Oct 24, 2016-Oct 30, 2016)"), *(T.join(q(c) for c in r) for r in rows)],
          encoding="utf-16-le", bom=True)
    return path


@case(id="google_ads/legacy_adwords_keyword/en-us", origin="LiudmylaN/test-git `Keyword report.csv`",
      filename="Keyword report.csv", source="google_ads", rows=4,
      totals={"clicks": 6, "impressions": 37, "cost": 3.59, "conversions": 4},
      period=("2016-06-13", "2016-06-13", "file"), currency=None, skipped={"totals": 3, "preamble": 1})
def legacy_keyword_report(path: Path) -> Path:
    """AdWords (2016) Keyword report of one day: the title line `Keyword report (Jun 13, 2016)` unquoted and padded
    with TABs to the table's width, CRLF line ends and no line end after the last row, status texts with parentheses,
    `Labels` as ` --`, totals `Total - filtered`, `Total - Display Network`, `Total`.

    Origin: LiudmylaN/test-git `Keyword report.csv` (UTF-16LE with BOM, TAB, CRLF)."""
    rows = table("""
Keyword state|Keyword|Status|Max. CPC|Clicks|Impressions|CTR|Avg. CPC|Cost|Avg. position|Conversions|Cost / conv.|\
Conv. rate|All conv.|View-through conv.|Labels
enabled|example flowers|eligible|1.20|3|11|27.27%|0.58|1.74|1.8|0.0|0.00|0.00%|0.0|0| --
enabled|example florist town|below first page bid (First page cpc : 1.65)|1.20|1|9|11.11%|0.47|0.47|4.1|0.0|0.00|\
0.00%|0.0|0| --
enabled|wholesale example|eligible|1.20|2|17|11.76%|0.69|1.38|3.9|4.0|0.35|200.00%|4.0|0| --
paused|example bouquet|paused|1.20|0|0|0.00%|0.00|0.00|0.0|0.0|0.00|0.00%|0.0|0| --
Total - filtered| --| --| --|6|37|16.22%|0.60|3.59|3.3|4.0|0.90|66.67%|4.0|0| --
Total - Display Network| --| --| --|0|0|0.00%|0.00|0.00|0.0|0.0|0.00|0.00%|0.0|0| --
Total| --| --| --|6|37|16.22%|0.60|3.59|3.3|4.0|0.90|66.67%|4.0|0| --
""")
    write(path, ["Keyword report (Jun 13, 2016)" + T * 15, *(T.join(r) for r in rows)], encoding="utf-16-le",
          bom=True, eol="\r\n", final_eol=False)
    return path


# --- Overview page cards (a zip of small CSVs; the range only in the file name) -------------------------------------

@case(id="google_ads/time_series/en-us", origin=f"{HCH} `Overview_cards_csv(…)/Time_series(…).csv`",
      filename="Time_series(2026.05.04-2026.05.10).csv", source="google_ads", rows=7,
      totals={"clicks": 51, "impressions": 1437, "conversions": 3, "cost": 50.75},
      period=("2026-05-04", "2026-05-10", "rows"), currency="GBP")  # the pound sign beside each amount
def time_series_card(path: Path) -> Path:
    """The Overview page's Time_series card: one row per day dated `"Mon, May 4, 2026"`, money with a `£` sign, no
    title, range or totals.

    Origin: Wildman0609/hch_website `Overview_cards_csv(2026-06-16_10_57_48)/Time_series(…).csv` (UTF-8 without BOM,
    comma, LF)."""
    return download_card(path, """
Date|Clicks|Impressions|Conversions|Cost
Mon, May 4, 2026|8|214|0.00|£7.52
Tue, May 5, 2026|11|305|1.00|£10.33
Wed, May 6, 2026|6|187|0.00|£5.90
Thu, May 7, 2026|14|362|2.00|£15.48
Fri, May 8, 2026|7|240|0.00|£6.71
Sat, May 9, 2026|2|58|0.00|£1.96
Sun, May 10, 2026|3|71|0.00|£2.85
""")


def download_card(path: Path, text: str) -> Path:
    """An Overview card CSV: header on line 1, UTF-8 without BOM, comma, LF."""
    write(path, [",".join(q(c) for c in r) for r in table(text)])
    return path


@case(id="google_ads/device/en-us", origin=f"{HCH} `Overview_cards_csv(…)/Devices(…).csv`",
      filename="Devices(2026.05.04-2026.05.10).csv", source="google_ads", rows=4,
      given_period="2026-05-04..2026-05-10", totals={"cost": 50.75, "clicks": 51, "conversions": 3},
      period=("2026-05-04", "2026-05-10", "given"), currency="GBP")  # the pound sign beside each amount
def devices_card(path: Path) -> Path:
    """The Overview page's Devices card: one row per device type, `£` money, no campaign, no totals.

    Origin: Wildman0609/hch_website `Overview_cards_csv(2026-06-16_10_57_48)/Devices(…).csv`."""
    return download_card(path, """
Device|Cost|Clicks|Conversions
Computers|£20.14|18|1.00
Mobile phones|£28.37|30|2.00
Tablets|£2.24|3|0.00
TV screens|£0.00|0|0.00
""")


@case(id="google_ads/day_hour/en-us", origin=f"{HCH} `Overview_cards_csv(…)/Day_&_hour(Day_…).csv`",
      filename="Day_&_hour(Day_2026.05.04-2026.05.10).csv", source="google_ads", rows=7,
      given_period="2026-05-04..2026-05-10", totals={"impressions": 6525},
      period=("2026-05-04", "2026-05-10", "given"), currency=None)
def day_hour_card(path: Path) -> Path:
    """The Overview page's Day & hour card by weekday: a `Day` column holding weekday names, not dates; quoted
    thousands.

    Origin: Wildman0609/hch_website `Overview_cards_csv(2026-06-16_10_57_48)/Day_&_hour(Day_…).csv`."""
    return download_card(path, """
Day|Impressions
Sunday|412
Monday|1,236
Tuesday|1,305
Wednesday|1,187
Thursday|1,020
Friday|988
Saturday|377
""")


@case(id="google_ads/demographics/en-us", origin=f"{HCH} `Overview_cards_csv(…)/Demographics(Gender_Age_…).csv`",
      filename="Demographics(Gender_Age_2026.05.04-2026.05.10).csv", source="google_ads", rows=0, totals={},
      given_period="2026-05-04..2026-05-10", refused="ingest.unread.google_ads_demographics")
def demographics_card(path: Path) -> Path:
    """The Overview page's Demographics card by gender and age range (`18-24`, `65+`), with each row's share of the
    known total. Refused: it counts only the impressions of known gender and age (londonclean01-site/site's cards of
    one week: 49 of the account's 299), and as the newer Google Ads export of its days it would replace the campaign
    report's. Read before as 3,027 impressions.

    Origin: Wildman0609/hch_website `Overview_cards_csv(2026-06-16_10_57_48)/Demographics(Gender_Age_…).csv`."""
    return download_card(path, """
Gender|Age Range|Impressions|Percent of known total
Male|18-24|64|2.11%
Male|25-34|412|13.61%
Male|35-44|530|17.51%
Female|18-24|88|2.91%
Female|25-34|601|19.85%
Female|65+|1,332|44.00%
""")


# A manager account's account-level 'Performance report': every money column twice, in the account's own currency
# and converted into the manager's. Layout as described in the header comment of a public Google Ads spend
# aggregation module (found by its text; the index names no repository): UTF-16LE with BOM, TAB, 'Performance
# report' / '"August 1, 2026 - August 12, 2026"', then `Account Status`, `Account name`, `Account external customer
# ID`, ... `Currency code`, `Avg. CPC (Converted currency)`, `Cost`, `Cost (Converted currency)`, ...,
# `Converted currency code`, a `Total: …` row last.
MCC = "Google Ads manager 'Performance report' (account level), as described by a public spend-aggregation module"
MCC_HEADER = ("Account Status|Account name|Account external customer ID|Direct manager name|Clicks|Impr.|CTR|"
              "Currency code|Avg. CPC|Avg. CPC (Converted currency)|Cost|Cost (Converted currency)|Conversions|"
              "Conv. rate|Converted currency code")


@case(id="google_ads/manager_performance/en-us-one-currency", origin=MCC, filename="Performance report.csv",
      source="google_ads", rows=2, totals={"clicks": 410, "impressions": 9100, "cost": 612.35, "conversions": 14},
      period=("2026-08-01", "2026-08-12", "file"), currency="EUR", skipped={"totals": 1})
def google_manager_one_currency(path: Path) -> Path:
    """Two accounts billed in EUR, converted copies in USD: the account's own EUR figures are read, the copies set
    aside with a warning."""
    return download(path, "Performance report", span("en-us", "2026-08-01", "2026-08-12"), table(f"""
{MCC_HEADER}
Active|Example A|111-111-1111|Example Manager|250|6,000|4.17%|EUR|1.45|1.68|362.35|420.33|9.00|3.60%|USD
Active|Example B|222-222-2222|Example Manager|160|3,100|5.16%|EUR|1.56|1.81|250.00|290.00|5.00|3.13%|USD
Total: Accounts|||||410|9,100|4.51%|EUR|1.49|1.73|612.35|710.33|14.00|3.41%|USD
"""), excel=True)


@case(id="google_ads/manager_performance/en-us-several-currencies", origin=MCC, filename="Performance report.csv",
      source="google_ads", rows=3, totals={"clicks": 530, "impressions": 11100, "cost": 900.50, "conversions": 17},
      period=("2026-08-01", "2026-08-12", "file"), currency="USD", skipped={"totals": 1})
def google_manager_several_currencies(path: Path) -> Path:
    """Accounts billed in EUR, GBP and USD: their own figures cannot be added up, so the copies converted into the
    manager's USD are read (300.00 + 200.50 + 400.00), with a warning."""
    return download(path, "Performance report", span("en-us", "2026-08-01", "2026-08-12"), table(f"""
{MCC_HEADER}
Active|Example A|111-111-1111|Example Manager|250|6,000|4.17%|EUR|1.03|1.20|258.62|300.00|9.00|3.60%|USD
Active|Example B|222-222-2222|Example Manager|160|3,100|5.16%|GBP|1.00|1.25|160.40|200.50|5.00|3.13%|USD
Active|Example C|333-333-3333|Example Manager|120|2,000|6.00%|USD|3.33|3.33|400.00|400.00|3.00|2.50%|USD
Total: Accounts|||||530|11,100|4.77%| --| --|1.70| --|900.50|17.00|3.21%|USD
"""), excel=True)


@case(id="google_ads/campaign/es-pe-conversion-category", source="google_ads",
      filename="Informe de campaña.csv", rows=3, language="es",
      origin="jorgeluis666/objetivo-ventas-RB scripts/sync-ads.js: its Spanish (Peru) campaign downloads, range line "
      "'1 de septiembre de 2026 - 30 de septiembre de 2026', 'Total: Cuenta' and 'Total: Campañas filtradas' rows; "
      "split by Categoría de conversión, Google Ads writes 0 for Impr., Clics and Costo on every row",
      # Only conversions and their value are figures here; the zeros of impressions, clicks and cost stay unread.
      totals={"conversions": 10 + 4 + 6.5, "conversion_value": 2100 + 0 + 640},
      period=("2026-09-01", "2026-09-30", "file"), currency="PEN", skipped={"totals": 4})
def campaign_es_conversion_category(path: Path) -> None:
    write(path, [
        "Informe de campaña",
        '"1 de septiembre de 2026 - 30 de septiembre de 2026"',
        "Estado de la campaña,Campaña,Tipo de campaña,Categoría de conversión,Impr.,Clics,Código de moneda,Costo,"
        "Conversiones,Valor de conv.",
        "Habilitada,Ejemplo Búsqueda,Búsqueda,Compra,0,0,PEN,0.00,10.00,2100.00",
        "Habilitada,Ejemplo Búsqueda,Búsqueda,Contacto,0,0,PEN,0.00,4.00,0.00",
        "Habilitada,Ejemplo PMax,Máximo rendimiento,Compra,0,0,PEN,0.00,6.50,640.00",
        'Total: Campañas filtradas, --, --,,"12,920",398,PEN,516.53,20.50,2740.00',
        'Total: Cuenta,,,,"12,920",398,PEN,516.53,20.50,2740.00',
        "Total: Cuenta,,,Compra,0,0,PEN,0.00,16.50,2740.00",
        "Total: Cuenta,,,Contacto,0,0,PEN,0.00,4.00,0.00",
    ])


# --- Portuguese (Brazil) interface: imnotlopes/M1-Relat-rios, a report download and its Overview cards -------------

PT_BR = "imnotlopes/M1-Relat-rios"


@case(id="google_ads/campaign/pt-br", language="pt", origin=f"{PT_BR} `Relatório de campanha.csv`",
      filename="Relatório de campanha.csv", source="google_ads", rows=3,
      totals={"impressions": 300 + 100 + 0, "clicks": 15 + 2 + 0, "cost": 45.00 + 6.00 + 0.00,
              "conversions": 3 + 0 + 0},
      period=("2026-03-01", "2026-03-31", "file"), currency="BRL", skipped={"totals": 2, "preamble": 2})
def campaign_pt_br(path: Path) -> None:
    """Campaign report, Portuguese interface (UTF-8 without BOM, comma, LF): title and range lines (`1 de março de 2026
    - 31 de março de 2026`) above the header, `Código da moeda` BRL, `Impr.`, `Cliques`, `Custo`, `Conversões`,
    quoted decimal commas (`"45,00"`, `"5,00%"`), ` --`, totals `Total: Campanhas` and `Total: Conta`. Before, read as
    a generic sheet in euros. Origin: imnotlopes/M1-Relat-rios `Relatório de campanha.csv`."""
    write(path, [
        "Relatório de campanha",
        "1 de março de 2026 - 31 de março de 2026",
        "Status da campanha,Campanha,Orçamento,Nome do orçamento,Tipo de orçamento,Código da moeda,Status,"
        "Motivos do status,Pontuação de otimização,Tipo de campanha,Impr.,CTR,Custo,Tipo de estratégia de lances,"
        "Cliques,Taxa de conv.,Conversões,CPC méd.,Custo / conv.",
        'Ativada,Campanha A,"20,00", --,Diário,BRL,Qualificado,,"85,10",Pesquisa,300,"5,00%","45,00",'
        'Maximizar cliques,15,"20,00%","3,00","3,00","15,00"',
        'Ativada,Campanha B,"10,00", --,Diário,BRL,Qualificado (aprendizado),estratégia em aprendizado,"80,00",'
        'Pesquisa,100,"2,00%","6,00",Maximizar as conversões,2,"0,00%","0,00","3,00","0,00"',
        'Pausada,Campanha C,"5,00", --,Diário,BRL,Pausada,,"70,00",Pesquisa,0,"0,00%","0,00",Maximizar cliques,0,'
        '"0,00%","0,00",0,"0,00"',
        'Total: Campanhas, --, --, --, --,BRL, --,, --, --,400,"4,25%","51,00", --,17,"17,65%","3,00","3,00","17,00"',
        'Total: Conta,,,,,BRL,,,,,400,"4,25%","51,00",,17,"17,65%","3,00","3,00","17,00"',
    ])


@case(id="google_ads/time_series/pt-br", language="pt", origin=f"{PT_BR} `Dados do Google/Série_temporal(…).csv`",
      filename="Série_temporal(2026.05.05-2026.05.08).csv", source="google_ads", rows=4,
      totals={"clicks": 0 + 3 + 5 + 1, "cost": 0 + 12.28 + 20.88 + 3.10, "impressions": 0 + 40 + 93 + 12,
              "conversions": 0 + 1 + 0 + 0},
      period=("2026-05-05", "2026-05-08", "rows"), currency="BRL")
def time_series_pt_br(path: Path) -> None:
    """The Overview page's time series card in Portuguese: `Data` dated `"ter., 5 de mai. de 2026"` (a weekday, 'de'
    between day, month and year), money `"R$ 12,28"`. Before, refused: no date column. Origin: imnotlopes/M1-Relat-rios
    `Dados do Google/Série_temporal(2026.05.05-2026.05.24).csv` (UTF-8 without BOM, comma, LF)."""
    write(path, ["Data,Cliques,Custo,Impressões,Conversões",
                 '"ter., 5 de mai. de 2026",0,"R$ 0,00",0,"0,00"',
                 '"qua., 6 de mai. de 2026",3,"R$ 12,28",40,"1,00"',
                 '"qui., 7 de mai. de 2026",5,"R$ 20,88",93,"0,00"',
                 '"sex., 8 de mai. de 2026",1,"R$ 3,10",12,"0,00"'])


@case(id="google_ads/day_hour/pt-br", language="pt", origin=f"{PT_BR} `Dados do Google/Dia_e_hora(Dia_…).csv`",
      filename="Dia_e_hora(Dia_2026.05.05-2026.05.24).csv", source="google_ads", rows=7,
      totals={"impressions": 0 + 219 + 134 + 149 + 151 + 180 + 164},
      period=("2026-05-05", "2026-05-24", "name"), currency=None)
def day_hour_pt_br(path: Path) -> None:
    """The Overview page's day & hour card by weekday in Portuguese: `Dia` holding `Domingo`, `Segunda-feira`, ...;
    the period only in the file name, its days written with dots. Before, refused: 'Domingo' is no date. Origin:
    imnotlopes/M1-Relat-rios `Dados do Google/Dia_e_hora(Dia_2026.05.05-2026.05.24).csv`."""
    write(path, ["Dia,Impressões", "Domingo,0", "Segunda-feira,219", "Terça-feira,134", "Quarta-feira,149",
                 "Quinta-feira,151", "Sexta-feira,180", "Sábado,164"])


@case(id="google_ads/device/es-ars",
      origin="raulvinet/marketingcampeingdashboard `static/public/Dispositivos(2025.02.28-2025.03.09).csv`",
      filename="Dispositivos(2025.02.28-2025.03.09).csv", source="google_ads", rows=4, language="es",
      totals={"cost": 925.27 + 12077.88 + 3193.90 + 0, "impressions": 729324 + 7571274 + 1741513 + 0,
              "clicks": 700 + 27322 + 2 + 0},
      period=("2025-02-28", "2025-03-09", "name"), currency="ARS")
def devices_card_es(path: Path) -> Path:
    """The Devices card in Spanish: `ARS 925645.27` money, quoted thousands with commas, the period in the file's
    name alone. 'Impresiones' went unread: the card had no impressions."""
    return download_card(path, """
Dispositivo|Costo|Impresiones|Clics
Computadoras|ARS 925.27|729,324|700
Celulares|ARS 12077.88|7,571,274|27,322
Pantallas de TV|ARS 3193.90|1,741,513|2
Tablets|ARS 0.00|0|0
""")
