"""LinkedIn Campaign Manager and Amazon Ads (sponsored products) downloads."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from . import case, write

LI_ORIGIN = "public vitest fixture copying a real LinkedIn Ad Performance Report (EN and NL), linkedin-ads-parse"


def tsv(*rows: list) -> list[str]:
    return ["\t".join(map(str, r)) for r in rows]


LI_AD_EN = ["Start Date (in UTC)", "Account Name", "Currency", "Campaign ID", "Campaign Name", "Campaign Status",
            "Ad Set ID", "Ad Set Name", "Ad Set Objective", "Ad Name", "Ad ID", "Ad Status", "Ad Introduction Text",
            "Ad Headline", "Click URL", "Total Spent", "Impressions", "Clicks", "Click Through Rate", "Average CPM",
            "Average CPC", "Total Engagements", "Conversions", "Leads", "Clicks to Landing Page", "Reach"]
LI_AD_NL = ["Begindatum (in UTC)", "Accountnaam", "Valuta", "Campagne-ID", "Campagnenaam", "Status campagne",
            "Advertentieset-ID", "Naam van advertentieset", "Doelstelling van advertentieset", "Advertentienaam",
            "Advertentie-ID", "Advertentiestatus", "Inleidende advertentietekst", "Kop van advertentie", "URL",
            "Totaal besteed", "Weergaven", "Klikken", "Doorklikfrequentie (CTR)", "Gemiddelde CPM", "Gemiddelde CPC",
            "Aantal interacties", "Conversies", "Leads", "Klikken naar bestemmingspagina",
            "Gemiddelde kijktijd (in seconden)"]
# One row per ad over the whole report period: (ad, id, spent, impressions, clicks, engagements, conv, leads, lp, x)
LI_ADS = [("Example_Ad_1_01Mar2026", 1550000001, 55.39, 3422, 11, 23, 2, 0, 11, 2800),
          ("Example_Ad_2_01Mar2026", 1550000002, 5.28, 440, 3, 4, 0, 1, 3, 390),
          ("Example_Ad_3_01Mar2026", 1550000003, 131.07, 9650, 42, 88, 5, 2, 40, 6120)]


def _li_ad_rows(nl: bool) -> list[list]:
    out = []
    for ad, ad_id, spent, impr, clicks, eng, conv, leads, lp, last in LI_ADS:
        def money(v):
            return f'"{v:.2f}"'.replace(".", ",") if nl else f"{v:.2f}"
        ctr = f"{clicks / impr * 100:.3f}%"
        out.append(["1-3-2026" if nl else "3/1/2026", "Example B.V.", "EUR", 510000001, "Example-Sellers",
                    "Actief" if nl else "Active", 890000001, '"Websitebezoeken - Mar 1, 2026"',
                    "Websitebezoeken" if nl else "Website visits", ad, ad_id, "Actief" if nl else "Active",
                    "We measure what the work needs.", '"Measured on your own data, not ours"',
                    "https://www.example.com/offer?src=li", money(spent), impr, clicks,
                    f'"{ctr.replace(".", ",")}"' if nl else ctr, money(spent / impr * 1000), money(spent / clicks),
                    eng, conv, leads, lp, f"{last / 997:.10f}" if nl else last])
    return out


@case(id="linkedin_ads/ad/en", origin=LI_ORIGIN, filename="creative_510000001.csv", source="linkedin_ads", rows=3,
      totals={"impressions": 3422 + 440 + 9650, "clicks": 11 + 3 + 42, "cost": 55.39 + 5.28 + 131.07,
              "conversions": 2 + 0 + 5, "leads": 0 + 1 + 2, "reach": 2800 + 390 + 6120},
      period=("2026-03-01", "2026-03-07", "file"), currency="EUR")
def linkedin_ad_en(path: Path) -> None:
    """Ad Performance Report without a time breakdown, English: UTF-16LE with BOM, TAB, LF; a 4-line report block
    (`Ad Performance Report (in UTC)`, quoted `"Report Start: March 1, 2026, 12:00 AM"`, `"Report End: …"`, `"Date
    Generated: …"`) and an empty line above the header; one row per ad for the whole week, dated with the report's
    first day (M/D/YYYY), so every row covers Report Start to Report End. Origin: a public vitest fixture that copies
    the header and rows of a real English and Dutch LinkedIn export (`linkedin-ads-parse` tests); UTF-16/TAB as in
    LinkedIn CSV downloads read by a public Python dashboard's tests."""
    lines = ["Ad Performance Report (in UTC)", '"Report Start: March 1, 2026, 12:00 AM"',
             '"Report End: March 7, 2026, 11:59 PM"', '"Date Generated: March 8, 2026, 9:14 AM"', "",
             *tsv(LI_AD_EN, *_li_ad_rows(False))]
    write(path, lines, encoding="utf-16-le", bom=True)


@case(id="linkedin_ads/ad/nl", origin=LI_ORIGIN, filename="creative_510000001.csv", source="linkedin_ads", rows=3,
      totals={"impressions": 3422 + 440 + 9650, "clicks": 11 + 3 + 42, "cost": 55.39 + 5.28 + 131.07,
              "conversions": 2 + 0 + 5, "leads": 0 + 1 + 2},
      period=("2026-03-01", "2026-03-07", "file"), currency="EUR", language="nl")
def linkedin_ad_nl(path: Path) -> None:
    """The same report in the Dutch interface (Campaign Manager switches language by itself): Dutch report block
    (`Rapport met advertentieprestaties (in UTC)`, `Begindatum van rapport: 1 maart 2026 00:00`, `Einddatum van
    rapport: …`, `Datum aangemaakt: …`), Dutch headers (`Begindatum (in UTC)`, `Totaal besteed`, `Weergaven`,
    `Klikken`, `Conversies`, `Valuta`), D-M-YYYY dates, decimal commas in quoted money and CTR (`"9,36"`,
    `"0,341%"`) next to a point-decimal watch time. Origin: the same public vitest fixture (its Dutch export)."""
    lines = ["Rapport met advertentieprestaties (in UTC)", "Begindatum van rapport: 1 maart 2026 00:00",
             "Einddatum van rapport: 7 maart 2026 23:59", "Datum aangemaakt: 8 maart 2026 09:14", "",
             *tsv(LI_AD_NL, *_li_ad_rows(True))]
    write(path, lines, encoding="utf-16-le", bom=True)


@case(id="linkedin_ads/campaign/en-daily",
      origin="a public SAS job reading Campaign Manager creative/campaign performance reports (column set); "
             "report block as in the LinkedIn fixtures above",
      filename="campaign_performance_report.csv", source="linkedin_ads", rows=6,
      totals={"impressions": 5210 + 4980 + 5630 + 1210 + 1344 + 1102, "clicks": 38 + 41 + 45 + 9 + 12 + 7,
              "cost": 142.10 + 138.75 + 150.02 + 40.00 + 40.00 + 38.61, "leads": 3 + 2 + 4 + 0 + 1 + 0,
              "conversions": 1 + 0 + 2 + 0 + 0 + 0, "conversion_value": 250 + 0 + 480 + 0 + 0 + 0},
      period=("2024-02-27", "2024-02-29", "rows"), currency="USD")
def linkedin_campaign_daily(path: Path) -> None:
    """Campaign Performance Report broken down by day, pre-2025 naming (`Campaign Group Name` above `Campaign
    Name`): UTF-16LE with BOM, TAB, LF, the 4-line report block and an empty line, M/D/YYYY dates in `Start Date (in
    UTC)` and in the campaign's own `Campaign Start Date`/`Campaign End Date` (which are no period of the figures).
    Origin: the column set of Campaign Manager campaign/creative performance reports as a public SAS job reads them
    (`Start Date (in UTC)`, `Campaign Start Date`, `Total Spent`, `Clicks to Landing Page`, `Lead Forms Opened`)."""
    head = ["Start Date (in UTC)", "Account Name", "Campaign Group Name", "Campaign Name", "Campaign ID",
            "Campaign Type", "Campaign Objective", "Campaign Start Date", "Campaign End Date", "Currency",
            "Total Spent", "Impressions", "Clicks", "Click Through Rate", "Average CPM", "Average CPC", "Reactions",
            "Comments", "Shares", "Follows", "Other Clicks", "Total Social Actions", "Total Engagements",
            "Clicks to Landing Page", "Leads", "Lead Forms Opened", "Conversions", "Total Conversion Value"]
    camps = {"A": ("Q1 Demand", "Lead Gen - Decision Makers", 180000001, "Sponsored Content", "Lead Generation",
                   "1/15/2024", ""),
             "B": ("Q1 Demand", "Retargeting - Site Visitors", 180000002, "Text Ad", "Website Visits", "2/1/2024",
                   "3/31/2024")}
    data = [("2/27/2024", "A", 142.10, 5210, 38, 3, 1, 250), ("2/27/2024", "B", 40.00, 1210, 9, 0, 0, 0),
            ("2/28/2024", "A", 138.75, 4980, 41, 2, 0, 0), ("2/28/2024", "B", 40.00, 1344, 12, 1, 0, 0),
            ("2/29/2024", "A", 150.02, 5630, 45, 4, 2, 480), ("2/29/2024", "B", 38.61, 1102, 7, 0, 0, 0)]
    rows = []
    for day, k, spent, impr, clicks, leads, conv, value in data:
        grp, name, cid, ctype, obj, start, end = camps[k]
        rows.append([day, "Example Inc.", grp, name, cid, ctype, obj, start, end, "USD", f"{spent:.2f}", impr,
                     clicks, f"{clicks / impr * 100:.2f}%", f"{spent / impr * 1000:.2f}", f"{spent / clicks:.2f}",
                     2, 0, 1, 0, 3, 3, clicks + 3, clicks - 1, leads, leads + 2, conv, f"{value:.2f}"])
    lines = ["Campaign Performance Report (in UTC)", '"Report Start: February 27, 2024, 12:00 AM"',
             '"Report End: February 29, 2024, 11:59 PM"', '"Date Generated: March 1, 2024, 8:02 AM"', "",
             *tsv(head, *rows)]
    write(path, lines, encoding="utf-16-le", bom=True)


@case(id="linkedin_ads/campaign/de", origin="the German LinkedIn export a public node:test of an ads CSV reader embeds "
      "('Bericht zur Performance', 'Startdatum des Berichts:', TAB, '330,51', dates D.M.YYYY)",
      filename="campaign_performance_report.csv", source="linkedin_ads", rows=3,
      totals={"cost": 330.51 + 120.00 + 49.49, "impressions": 4197 + 1803 + 1000, "clicks": 17 + 8 + 5,
              "conversions": 9 + 1 + 0, "leads": 2 + 0 + 1},
      period=("2026-10-01", "2026-10-13", "rows"), language="de")
def linkedin_campaign_de(path: Path) -> None:
    """The German interface's performance export: UTF-16LE with BOM, TAB, the report lines and an empty line above
    the header, spend with a decimal comma in quotes, `Startdatum (in UTC)` as D.M.YYYY (13.10.2026 decides)."""
    head = ["Startdatum (in UTC)", "Name der Kampagne", "Name der Anzeigengruppe", "Anzeigengruppen-ID",
            "Gesamtausgaben", "Impressions", "Klicks", "Conversions", "Leads"]
    rows = [["1.10.2026", "Herbst", "Entscheider DACH", 123, '"330,51"', 4197, 17, 9, 2],
            ["2.10.2026", "Herbst", "Entscheider DACH", 123, '"120,00"', 1803, 8, 1, 0],
            ["13.10.2026", "Herbst", "Entscheider AT", 124, '"49,49"', 1000, 5, 0, 1]]
    write(path, ["Bericht zur Performance", "Startdatum des Berichts: 1.10.2026", "", *tsv(head, *rows)],
          encoding="utf-16-le", bom=True)


@case(id="linkedin_ads/campaign/pt", origin="rogeritael/jbt_campaigns_automation `csv/linkedin_08.csv` (the Portuguese "
      "interface's campaign export: UTF-16LE with BOM, TAB, no report lines, 'Data de início (em UTC)' as D/M/YYYY, "
      "money in quotes with a decimal comma, 'Tipo de custo' holding CPM or CPC, the currency in 'Moeda')",
      filename="account_123_campaign_performance_report.csv", source="linkedin_ads", rows=3,
      totals={"cost": 454.06 + 200.00 + 1234.50, "impressions": 3309 + 58369 + 10000, "clicks": 3169 + 58 + 120,
              "conversions": 0 + 0 + 2, "leads": 4 + 0 + 3},
      # Every day is 12 or less: the Portuguese column is read day first, never as January 9 and 10
      period=("2026-09-01", "2026-10-01", "rows"), currency="USD", language="pt")
def linkedin_campaign_pt(path: Path) -> None:
    """The Portuguese interface's campaign export, one row per campaign and month; the file ends without a line
    break. Read as a sheet of no tool before, 'Tipo de custo' was taken for the spend and the file refused."""
    head = ["Data de início (em UTC)", "Nome da conta", "Moeda", "Código do grupo de campanhas",
            "Nome do grupo de campanhas", "Código da campanha", "Nome da campanha", "Objetivo da campanha",
            "Tipo de custo", "Orçamento diário", "Data de início da campanha", "Total investido", "Impressões",
            "Cliques", "Taxa de cliques", "Média de CPM", "Média de CPC", "Conversões", "Taxa de conversão", "Leads",
            "Custo por lead", "Alcance"]
    rows = [["01/09/2026", "Exemplo", "USD", 600001, "Mensagens", 700001, "Conversa - Exemplo", "Geração de leads",
             "CPM", '"10,00"', "25/05/2026", '"454,06"', 3309, 3169, '"95,769%"', '"137,22"', '"0,14"', 0, "0%", 4,
             '"113,52"', 3309],
            ["01/09/2026", "Exemplo", "USD", 600002, "Seguidores", 700002, "Seguidores - Exemplo", "Engajamento",
             "CPC", '"10,00"', "12/09/2026", '"200,00"', 58369, 58, '"0,099%"', '"3,43"', '"3,45"', 0, "0%", 0,
             '"0,00"', 17099],
            ["01/10/2026", "Exemplo", "USD", 600001, "Mensagens", 700003, "Leads - Exemplo", "Geração de leads",
             "CPC", '"40,00"', "01/10/2026", '"1.234,50"', 10000, 120, '"1,2%"', '"123,45"', '"10,29"', 2,
             '"1,667%"', 3, '"411,50"', 8000]]
    write(path, tsv(head, *rows), encoding="utf-16-le", bom=True, final_eol=False)


# ---------------------------------------------------------------------------------------------------------------
# Amazon Ads

def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


XML = '<?xml version="1.0" encoding="UTF-8"?>\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument"


def amazon_xlsx(path: Path, sheet: str, rows: list[list], money: str) -> None:
    """A workbook as Amazon Ads writes it: every string an inline string, numbers as floats (`42.0`), dates as
    serials styled `MMM dd, yyyy`, money styled with the marketplace symbol, rates as fractions styled `0.0000%`, an
    empty ACOS as a bare cell, `<dimension ref="A1"/>`, one `<row>` per line, an empty shared-strings part.
    Cells are (value, style): style 1 text, 2 date, 4 integer, 5 two decimals, 6 percent, 7 money."""
    def cell(ref: str, v, s) -> str:
        if v is None:
            return f'<c r="{ref}"></c>'
        if isinstance(v, str):
            sp = ' xml:space="preserve"' if v != v.strip() else ""
            st = f' s="{s}"' if s else ""
            return f'<c r="{ref}"{st} t="inlineStr"><is><t{sp}>{escape(v)}</t></is></c>'
        if isinstance(v, dt.date):
            v = (v - dt.date(1899, 12, 30)).days
        return f'<c r="{ref}" s="{s}" t="n"><v>{float(v)!r}</v></c>'

    body = "".join(f'\n<row r="{n}">\n' + "".join(cell(f"{_col(i)}{n}", *c) for i, c in enumerate(r)) + "</row>"
                   for n, r in enumerate(rows, 1))
    sheet_xml = (f'{XML}<worksheet xmlns="{NS}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0" '
                 f'tabSelected="true"/></sheetViews><sheetFormatPr defaultRowHeight="15.0"/><sheetData>{body}\n'
                 '</sheetData><pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" '
                 'top="0.75"/></worksheet>')
    xf = '<xf numFmtId="{}" fontId="0" fillId="0" borderId="0" xfId="0"{}/>'
    fmts = [0, 0, 164, 165, 1, 2, 166, 167]
    styles = (f'{XML}<styleSheet xmlns="{NS}"><numFmts count="4"><numFmt numFmtId="164" formatCode="MMM dd, yyyy"/>'
              '<numFmt numFmtId="165" formatCode="MMMM yyyy"/><numFmt numFmtId="166" formatCode="0.0000%"/>'
              f'<numFmt numFmtId="167" formatCode="{escape(money)}"/></numFmts><fonts count="1"><font>'
              '<sz val="11.0"/><color indexed="8"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
              '</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
              'patternType="darkGray"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
              '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              f'borderId="0"/></cellStyleXfs><cellXfs count="{len(fmts)}">'
              + "".join(xf.format(f, ' applyNumberFormat="true"' if i > 1 else "") for i, f in enumerate(fmts))
              + "</cellXfs></styleSheet>")
    parts = {
        "[Content_Types].xml": (
            f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
            '<Default ContentType="application/xml" Extension="xml"/>'
            f'<Override ContentType="{CT}.extended-properties+xml" PartName="/docProps/app.xml"/>'
            '<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" '
            'PartName="/docProps/core.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/>'
            f'<Override ContentType="{CT}.spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet1.xml"/>'
            '</Types>'),
        "_rels/.rels": (
            f'{XML}<Relationships xmlns="{PKG}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{REL}/officeDocument"/><Relationship Id="rId2" Target="docProps/app.xml" '
            f'Type="{REL}/extended-properties"/><Relationship Id="rId3" Target="docProps/core.xml" '
            f'Type="{PKG}/metadata/core-properties"/></Relationships>'),
        "docProps/app.xml": (f'{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                             'extended-properties"><Application>Apache POI</Application></Properties>'),
        "docProps/core.xml": (f'{XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                              'metadata/core-properties"/>'),
        "xl/sharedStrings.xml": f'{XML}<sst count="0" uniqueCount="0" xmlns="{NS}"/>',
        "xl/styles.xml": styles,
        "xl/workbook.xml": (f'{XML}<workbook xmlns="{NS}" xmlns:r="{REL}"><workbookPr date1904="false"/><bookViews>'
                            f'<workbookView activeTab="0"/></bookViews><sheets><sheet name="{escape(sheet[:31])}" '
                            'r:id="rId3" sheetId="1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'{XML}<Relationships xmlns="{PKG}"><Relationship Id="rId1" Target="sharedStrings.xml" '
            f'Type="{REL}/sharedStrings"/><Relationship Id="rId2" Target="styles.xml" Type="{REL}/styles"/>'
            f'<Relationship Id="rId3" Target="worksheets/sheet1.xml" Type="{REL}/worksheet"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)


@case(id="amazon_ads/search_term/en-gb", origin="progami/Amazon-keyword_ranking Sponsored Products Search term "
                                                "report.xlsx",
      filename="Sponsored Products Search term report.xlsx", source="amazon_ads", rows=5,
      totals={"impressions": 42 + 18 + 1204 + 655 + 97, "clicks": 1 + 1 + 19 + 8 + 0,
              "cost": 1.43 + 1.48 + 24.13 + 9.92 + 0, "conversions": 0 + 0 + 3 + 1 + 0,
              "conversion_value": 0 + 0 + 56.97 + 18.99 + 0},
      period=("2023-05-20", "2023-05-23", "rows"), currency="GBP")
def amazon_search_term_gb(path: Path) -> None:
    """Sponsored Products search term report, daily time unit, UK seller, GBP, as downloaded (.xlsx): sheet name cut
    to 31 characters, inline strings, `Total Advertising Cost of Sales (ACOS) ` with a trailing space, `7 Day`
    attribution, CTR and conversion rate as fractions styled as percent, money styled `[$£]`, no totals row.
    Origin: progami/Amazon-keyword_ranking `Sponsored Products Search term report.xlsx`."""
    head = ["Date", "Portfolio name", "Currency", "Campaign Name", "Ad Group Name", "Targeting", "Match Type",
            "Customer Search Term", "Impressions", "Clicks", "Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Spend",
            "7 Day Total Sales", "Total Advertising Cost of Sales (ACOS) ", "Total Return on Advertising Spend (ROAS)",
            "7 Day Total Orders (#)", "7 Day Total Units (#)", "7 Day Conversion Rate",
            "7 Day Advertised SKU Units (#)", "7 Day Other SKU Units (#)", "7 Day Advertised SKU Sales",
            "7 Day Other SKU Sales"]
    data = [(dt.date(2023, 5, 20), "SP_Exact_dust sheet", "Ranking", "dust sheet", "EXACT", "dust sheet", 42, 1,
             1.43, 0, 0, 0),
            (dt.date(2023, 5, 23), "SP_Exact_dust sheet", "Ranking", "dust sheet", "EXACT", "dust sheet", 18, 1,
             1.48, 0, 0, 0),
            (dt.date(2023, 5, 21), "SP_Auto_Main", "Auto", "*", "-", "plastic dust sheets", 1204, 19, 24.13, 56.97, 3,
             4),
            (dt.date(2023, 5, 22), "SP_Auto_Main", "Auto", "close-match", "-", "b0example1", 655, 8, 9.92, 18.99, 1,
             1),
            (dt.date(2023, 5, 22), "SP_Phrase_covers", "Phrase", "decorating covers", "PHRASE", "decorating cover",
             97, 0, 0.0, 0, 0, 0)]
    rows = [[(h, None) for h in head]]
    for day, camp, group, target, match, term, impr, clicks, spend, sales, orders, units in data:
        rows.append([(day, 2), ("Example - Main", 1), ("GBP", 1), (camp, 1), (group, 1), (target, 1), (match, 1),
                     (term, 1), (impr, 4), (clicks, 4), (clicks / impr, 6), (spend / clicks if clicks else 0, 7),
                     (spend, 7), (sales, 7), (spend / sales if sales else None, 6), (sales / spend if spend else 0, 5),
                     (orders, 4), (units, 4), (orders / clicks if clicks else 0, 6), (units, 4), (0, 4), (sales, 7),
                     (0, 7)])
    amazon_xlsx(path, "Sponsored Product Search Term Report", rows, "[$£]#,##0.00;([$£]#,##0.00)")


@case(id="amazon_ads/campaign/en-in", origin="umairnsr87/amazon_product_optimiztion Sponsored Products Campaign "
                                            "report.csv",
      filename="Sponsored Products Campaign report.csv", source="amazon_ads", rows=6,
      totals={"impressions": 780 + 3893 + 812 + 4102 + 745 + 3950, "clicks": 13 + 18 + 11 + 21 + 9 + 17,
              "cost": 201.68 + 255.92 + 170.5 + 301.03 + 139.44 + 240.9, "conversions": 3 + 0 + 2 + 1 + 1 + 0,
              "conversion_value": 961.62 + 0 + 640.1 + 499.0 + 320.55 + 0},
      period=("2020-02-01", "2020-02-03", "rows"), currency="INR")
def amazon_campaign_in(path: Path) -> None:
    """Sponsored Products campaign report, daily, Amazon.in 2020, as CSV: `Date` is the day of the figures while
    `Start Date`/`End Date` are the campaign's own dates (an end date far after the report, or empty); money as
    shown with the rupee prefix and no thousands separator (`Rs.201.68`, `Rs.1000.0`, raw float noise
    `Rs.15.5138462`), percentages with `%`, `14 Day` attribution, `14 Day Total Sales (₹)`, empty `Last Year …`
    columns, `"Feb 1, 2020"` quoted for its comma. UTF-8 without BOM, LF. Origin: umairnsr87/amazon_product_optimiztion
    `Sponsored Products Campaign report.csv`."""
    head = ("Date,Start Date,End Date,Portfolio name,Campaign Type,Campaign Name,Status,Currency,Budget,Targeting Type,"
            "Bidding strategy,Impressions,Last Year Impressions,Clicks,Last Year Clicks,Click-Thru Rate (CTR),Spend,"
            "Last Year Spend,Cost Per Click (CPC),Last Year Cost Per Click (CPC),14 Day Total Orders (#),"
            "Total Advertising Cost of Sales (ACoS),14 Day Total Sales (₹)")
    camps = {"oil": ('"Jan 18, 2020"', '"Mar 31, 2020"', "Example Oil || SP || Generic-New || 18th Jan'20", "1000.0",
                     "Manual targeting", "Dynamic bids - up and down"),
             "cream": ('"Nov 24, 2019"', "", "Example Cream || SP || Auto || 24th Nov'19", "2968.0",
                       "Automatic targeting", "Dynamic bids - down only")}
    data = [("Feb 1, 2020", "oil", 780, 13, 201.68, 3, 961.62), ("Feb 1, 2020", "cream", 3893, 18, 255.92, 0, 0.0),
            ("Feb 2, 2020", "oil", 812, 11, 170.5, 2, 640.1), ("Feb 2, 2020", "cream", 4102, 21, 301.03, 1, 499.0),
            ("Feb 3, 2020", "oil", 745, 9, 139.44, 1, 320.55), ("Feb 3, 2020", "cream", 3950, 17, 240.9, 0, 0.0)]
    rows = []
    for day, k, impr, clicks, spend, orders, sales in data:
        start, end, name, budget, targeting, bidding = camps[k]
        acos = f"{spend / sales * 100:.2f}%" if sales else "0.00%"
        rows.append(",".join(map(str, [
            f'"{day}"', start, end, "No Portfolio", "Sponsored Products", name, "ENABLED", "INR", f"Rs.{budget}",
            targeting, bidding, impr, "", clicks, "", f"{clicks / impr * 100:.2f}%", f"Rs.{spend}", "",
            f"Rs.{round(spend / clicks, 7)}", "", orders, acos, f"Rs.{sales}"])))
    write(path, [head, *rows])


@case(id="amazon_ads/search_term/en-us-summary", origin="Mannyvv/Amazon_FBA_Report_Analyzer Sponsored Products "
                                                      "Search term report.xlsx",
      filename="Sponsored Products Search term report.xlsx", source="amazon_ads", rows=3,
      totals={"impressions": 100 + 300 + 600, "clicks": 4 + 6 + 10, "cost": 2.0 + 6.0 + 2.0,
              "conversions": 1 + 0 + 1, "conversion_value": 30.0 + 0 + 10.0},
      period=("2022-07-30", "2022-08-03", "rows"), currency="USD")
def amazon_search_term_summary_us(path: Path) -> None:
    """Sponsored Products search term report, summary time unit, US seller (.xlsx): no `Date`; every row carries
    its own `Start Date` and `End Date` (a row from 30 July to 3 August is one figure over five days), headers with a
    trailing space (`7 Day Total Sales `), money styled `[$$]`. Origin: Mannyvv/Amazon_FBA_Report_Analyzer
    `Sponsored Products Search term report.xlsx`, where 106 of 638 rows run from July into August."""
    head = ["Start Date", "End Date", "Portfolio name", "Currency", "Campaign Name", "Ad Group Name", "Targeting",
            "Match Type", "Customer Search Term", "Impressions", "Clicks", "Click-Thru Rate (CTR)",
            "Cost Per Click (CPC)", "Spend", "7 Day Total Sales ", "Total Advertising Cost of Sales (ACOS) ",
            "Total Return on Advertising Spend (ROAS)", "7 Day Total Orders (#)", "7 Day Total Units (#)",
            "7 Day Conversion Rate"]
    data = [(dt.date(2022, 7, 30), dt.date(2022, 7, 30), "Broad_Example", "holder", "BROAD", "holder black", 100, 4,
             2.0, 30.0, 1),
            (dt.date(2022, 7, 30), dt.date(2022, 8, 3), "Automatic Example", "*", "-", "rest lid", 300, 6, 6.0, 0, 0),
            (dt.date(2022, 8, 3), dt.date(2022, 8, 3), "Broad_Example", "holder", "BROAD", "holder wood", 600, 10,
             2.0, 10.0, 1)]
    rows = [[(h, None) for h in head]]
    for start, end, camp, target, match, term, impr, clicks, spend, sales, orders in data:
        rows.append([(start, 2), (end, 2), ("Example Portfolio", 1), ("USD", 1), (camp, 1), (camp, 1), (target, 1),
                     (match, 1), (term, 1), (impr, 4), (clicks, 4), (clicks / impr, 6), (spend / clicks, 7),
                     (spend, 7), (sales, 7), (spend / sales if sales else None, 6), (sales / spend, 5), (orders, 4),
                     (orders, 4), (orders / clicks, 6)])
    amazon_xlsx(path, "Sponsored Product Search Term R", rows, "[$$]#,##0.00;\\([$$]#,##0.00\\)")


@case(id="amazon_ads/campaign_grid/en-us", origin="xvr/datasciencecoursera Campaigns_Nov_21_2019.csv",
      filename="Campaigns_Nov_21_2019.csv", source="amazon_ads", rows=3, given_period="2019-10-22..2019-11-20",
      totals={"impressions": 9000 + 6000 + 0, "clicks": 45 + 30 + 0, "cost": 22.5 + 15.0 + 0,
              "conversions": 1 + 1 + 0, "conversion_value": 60.0 + 40.0 + 0},
      period=("2019-10-22", "2019-11-20", "given"), currency="USD")
def amazon_campaign_grid_us(path: Path) -> None:
    """The campaign manager's grid as downloaded (CSV): one row per campaign over the range chosen on screen, which
    the file does not state; `Start date` and `End date` are the campaign's own settings beside its `Budget(USD)`,
    with two-digit years (`11/13/18`); money and rates with their unit in the header (`Spend(USD)`, `CTR(%)`). UTF-8
    with BOM, LF, no line break after the last row. Origin: xvr/datasciencecoursera `Campaigns_Nov_21_2019.csv`."""
    head = ("State,Campaigns,Status,Type,Targeting,Campaign bidding strategy,Start date,End date,Portfolio,"
            "Budget(USD),Impressions,Clicks,CTR(%),Spend(USD),CPC(USD),Orders,Sales(USD),ACOS(%)")
    rows = ["ENABLED,Example Auto,CAMPAIGN_STATUS_ENABLED,Sponsored Products,Automatic,Dynamic bids - down only,"
            "11/13/18,,No Portfolio,10.00,9000,45,0.50,22.50,0.50,1,60.00,37.50",
            "ENABLED,Example Exact,CAMPAIGN_STATUS_ENABLED,Sponsored Products,Manual,Dynamic bids - down only,"
            "9/10/19,12/31/19,No Portfolio,5.00,6000,30,0.50,15.00,0.50,1,40.00,37.50",
            "PAUSED,Example Old,CAMPAIGN_PAUSED,Sponsored Products,Manual,Fixed bids,1/2/19,,No Portfolio,5.00,0,0,"
            "0.00,0.00,0.00,0,0.00,0.00"]
    path.write_bytes(("\ufeff" + "\n".join([head, *rows])).encode("utf-8"))


AMAZON_ES = ["Fecha de inicio", "Fecha de finalización", "Nombre de la cartera", "Divisa", "Nombre de campaña",
             "Nombre del grupo de anuncios", "País", "Segmentación", "Tipo de coincidencia",
             "Término de búsqueda de cliente", "Impresiones", "Clics", "Índice de clics (CTR)", "Coste por clic (CPC)",
             "Gasto", "Ventas totales de 7 días (€)", "Coste publicitario de las ventas (ACOS) total ",
             "Retorno de la inversión publicitaria (ROAS) total", "Pedidos totales de 7 días (#)",
             "Unidades totales de 7 días (#)", "Tasa de conversión de 7 días", "Unidades SKU anunciadas 7 días (#)",
             "Otras unidades SKU de 7 días (#)", "Ventas SKU anunciadas 7 días (€)", "Otras ventas SKU de 7 días (€)"]


@case(id="amazon_ads/search_term/es", origin="a public test fixture of an Amazon Ads reader, said by its author to "
      "match an amazon.es search term report byte for byte (the index names no repository)",
      filename="Informe de términos de búsqueda de Sponsored Products.csv", source="amazon_ads", rows=3,
      language="es",
      totals={"impressions": 900 + 2200 + 1100, "clicks": 40 + 100 + 50, "cost": 12.00 + 40.00 + 25.00,
              "conversions": 2 + 5 + 0, "conversion_value": 60.00 + 150.00 + 0},
      period=("2025-08-04", "2025-08-20", "rows"), currency="EUR")
def amazon_search_term_es(path: Path) -> None:
    """The Spanish search term report: UTF-8 with BOM, CRLF, ';', decimal commas, '€' before amounts, dates as
    'ago 04, 2025', a trailing space in the ACOS header; the second row covers ten days (05-14 August)."""
    def row(start, end, campaign, term, impr, clicks, cpc, spend, sales, orders):
        return [start, end, "No Portfolio", "EUR", campaign, campaign, "España", "close-match", "-", term, impr,
                clicks, "4,5000%", cpc, spend, sales, "", "", orders, orders, "5,0000%", orders, 0, sales, "€0,00"]
    rows = [row("ago 04, 2025", "ago 04, 2025", "SP Ejemplo exacta", "rodillo ejemplo", 900, 40, "€0,30", "€12,00",
                "€60,00", 2),
            row("ago 05, 2025", "ago 14, 2025", "SP Ejemplo exacta", "rodillo masaje", 2200, 100, "€0,40", "€40,00",
                "€150,00", 5),
            row("ago 20, 2025", "ago 20, 2025", "SP Ejemplo auto", "gomas ejemplo", 1100, 50, "€0,50", "€25,00",
                "€0,00", 0)]
    write(path, [";".join(map(str, r)) for r in [AMAZON_ES, *rows]], bom=True, eol="\r\n")
