"""Meta Ads Manager and Ads Reporting exports: English (IDR, USD), French, Dutch and German interfaces."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import case, write

ORIGIN_IDR = "Briyanes/meta-ads-report-generator"


def num(v) -> str:
    """A Meta figure: integers plain, ratios with up to 8 decimals, empty when missing (never 0)."""
    if v is None or v == "":
        return ""
    if isinstance(v, float):
        return f"{v:.8f}".rstrip("0").rstrip(".")
    return str(v)


def line(cells) -> str:
    """Meta's CSV quoting: a field is quoted iff it holds a space, a comma or a quote (header and data)."""
    out = []
    for c in map(num, cells):
        out.append('"' + c.replace('"', '""') + '"' if any(ch in c for ch in ' ,"') else c)
    return ",".join(out)


def per(a, b, k: float = 1.0):
    """a / b * k as Meta writes a derived figure; empty where b is nothing."""
    return a / b * k if a not in (None, "") and b else None


# ---------------------------------------------------------------------------------------------------------------
# Ads Reporting, English interface, Indonesian account (IDR)

MAIN = ["Campaign name", "Delivery status", "Delivery level", "Reach",
        "Cost per 1,000 Accounts Center accounts reached", "Impressions", "CPM (cost per 1,000 impressions)",
        "Frequency", "Link clicks", "Clicks (all)", "CTR (all)", "CPC (all)", "CTR (link click-through rate)",
        "CPC (cost per link click)", "Outbound clicks", "* OC→WA landing ratio", "Messaging conversations started",
        "Cost per messaging conversation started", "Instagram profile visits", "Result type", "Results",
        "Cost per result", "Amount spent (IDR)", "Reporting starts", "Reporting ends"]


def _main_row(name, status, level, reach, impr, lc, clicks, ob, msgs, igv, rtype, results, spend, days):
    return [name, status, level, reach, per(spend, reach, 1000), impr, per(spend, impr, 1000), per(impr, reach),
            lc, clicks, per(clicks, impr, 100), per(spend, clicks), per(lc, impr, 100), per(spend, lc), ob,
            per(msgs, ob), msgs, per(spend, msgs), igv, rtype, results, per(spend, results), spend, *days]


@case(id="meta_ads/campaigns/en-idr", origin=f"{ORIGIN_IDR} test-data/ctwa-this-week/*-main-report.csv",
      filename="example-bengkel-bulan-ini-main-report.csv", source="meta_ads", rows=3,
      totals={"impressions": 15275 + 9022 + 18410, "reach": 6979 + 5910 + 11204, "clicks": 53 + 43 + 161,
              "cost": 326003 + 323911 + 1118250, "conversions": 14},
      period=("2025-11-26", "2025-12-25", "rows"), currency="IDR", skipped={"totals": 1})
def meta_campaigns_en_idr(path: Path) -> None:
    """Ads Reporting campaign report over a month, English interface, IDR: UTF-8 with BOM, LF, quoted iff a space or
    comma, 8-decimal ratios, `Reporting starts`/`Reporting ends` on every row, and the summary row first (no campaign,
    `Result type` `mixed`, no Results). Origin: Briyanes/meta-ads-report-generator
    `test-data/ctwa-this-week/…-main-report.csv` (header) and `test-data/bulan ini/…-objective.csv` (summary row).
    Messaging conversations are no conversions; the website-purchase campaign's Results are."""
    month = ["2025-11-26", "2025-12-25"]
    rows = [
        _main_row("", "", "", 22130, 42707, 257, 926, 6361, 54, 342, "mixed", None, 1768164, month),
        _main_row("BENGKEL - Example City || CBO || MOF || LT || Service A || 13/11/25", "active", "campaign", 6979,
                  15275, 53, 264, 41, 32, 196, "Messaging conversations started", 32, 326003, month),
        _main_row("BENGKEL - Example City || CBO || TOF || Sales || Service B || 4/11/25 (PP Drop Pin by Radius)",
                  "active", "campaign", 5910, 9022, 43, 246, 23, 22, 78, "Messaging conversations started", 22,
                  323911, month),
        _main_row("BENGKEL - Example City || ABO || BOF || Website || 1/11/25", "not_delivering", "campaign", 11204,
                  18410, 161, 416, 6297, None, 68, "Website purchases", 14, 1118250, month),
    ]
    write(path, [line(MAIN)] + [line(r) for r in rows], bom=True)


AD = ["Ads", "Ad ID", "Delivery status", "Delivery level", "Reach", "Cost per 1,000 Accounts Center accounts reached",
      "Impressions", "CPM (cost per 1,000 impressions)", "Frequency", "Link clicks", "Clicks (all)", "CTR (all)",
      "CPC (all)", "CTR (link click-through rate)", "CPC (cost per link click)", "Outbound clicks",
      "* OC→WA landing ratio", "Messaging conversations started", "Cost per messaging conversation started",
      "Instagram follows", "* COST /Follow (IDR)", "Result type", "Results", "Cost per result", "Amount spent (IDR)",
      "Reporting starts", "Reporting ends"]


ACCOUNT = ["Delivery status", "Delivery level", "Reach", "Cost per 1,000 Accounts Center accounts reached",
           "Impressions", "CPM (cost per 1,000 impressions)", "Frequency", "Link clicks", "Outbound clicks",
           "CPC (cost per link click)", "CTR (link click-through rate)", "Clicks (all)", "CTR (all)", "CPC (all)",
           "Result type", "Results", "Cost per result", "Amount spent (IDR)", "Reporting starts", "Reporting ends"]


@case(id="meta_ads/account/en-idr", origin=f"{ORIGIN_IDR} test-data/ctlptowa-this-month/otc-ctlp-to-wa-bulan-ini.csv",
      filename="otc-example-bulan-ini.csv", source="meta_ads", rows=1,
      totals={"impressions": 50000, "reach": 20000, "clicks": 1000, "cost": 1500000},
      period=("2025-10-26", "2025-11-25", "rows"), currency="IDR")
def meta_account_en_idr(path: Path) -> None:
    """Ads Reporting of the account alone, no breakdown: the header and one row whose Delivery status and level are
    empty. With no other row, that row is no summary: it is the file's figures."""
    spend, impr, reach, lc, clicks = 1500000, 50000, 20000, 1000, 3000
    row = ["", "", reach, per(spend, reach, 1000), impr, per(spend, impr, 1000), per(impr, reach), lc, 990,
           per(spend, lc), per(lc, impr, 100), clicks, per(clicks, impr, 100), per(spend, clicks),
           "Website checkouts initiated", 200, per(spend, 200), spend, "2025-10-26", "2025-11-25"]
    write(path, [line(ACCOUNT), line(row)], bom=True)


def _ad_row(name, ad_id, status, reach, impr, lc, clicks, ob, msgs, follows, rtype, results, spend, days):
    return [name, ad_id, status, "ad" if name else "", reach, per(spend, reach, 1000), impr, per(spend, impr, 1000),
            per(impr, reach), lc, clicks, per(clicks, impr, 100), per(spend, clicks), per(lc, impr, 100),
            per(spend, lc), ob, per(msgs, ob), msgs, per(spend, msgs), follows, per(spend, follows), rtype, results,
            per(spend, results), spend, *days]


@case(id="meta_ads/ads/en", origin=f"{ORIGIN_IDR} test-data/bulan ini/*-ad-creative.csv",
      filename="example-studio-bulan-ini-ad-creative.csv", source="meta_ads", rows=4,
      totals={"impressions": 124004 + 22726 + 61120 + 9875, "reach": 78118 + 14907 + 40230 + 7012,
              "clicks": 276 + 200 + 388 + 41, "cost": 1728065 + 1073263 + 905410 + 120300},
      period=("2026-03-26", "2026-04-25", "rows"), currency="IDR", skipped={"totals": 1})
def meta_ads_en_idr(path: Path) -> None:
    """Ads Reporting at ad level without any campaign or ad set column: the ad name (`Ads`) is the only dimension,
    so the summary row is recognisable only by its empty `Ads` and `Ad ID`. Ads with the same name are collapsed
    into one row (`…;...and 2 more ads`). Origin: Briyanes/meta-ads-report-generator
    `test-data/bulan ini/…-ad-creative.csv` (UTF-8 with BOM, LF)."""
    month = ["2026-03-26", "2026-04-25"]
    rows = [
        _ad_row("", "", "", 131402, 217725, 905, 1904, 512, 70, 40, "mixed", None, 3827038, month),
        _ad_row("promo (mu) - 12/1/26", 120242075200000001, "not_delivering", 78118, 124004, 276, 617, 275, 24, 19,
                "Messaging conversations started", 24, 1728065, month),
        _ad_row("PROMO || Ads 1 || 15/12/25", 120240829000000002, "active", 14907, 22726, 200, 400, 199, 31, 17,
                "Messaging conversations started", 31, 1073263, month),
        _ad_row("Ads 2 || 13/11/25 (existing post);...and 2 more ads", 120237000000000003, "active", 40230, 61120,
                388, 790, 31, 11, 4, "Messaging conversations started", 11, 905410, month),
        _ad_row("Ads 3 || Carousel", 120200000000000004, "active", 7012, 9875, 41, 97, 7, 4, None,
                "Messaging conversations started", 4, 120300, month),
    ]
    write(path, [line(AD)] + [line(r) for r in rows], bom=True)


CPAS = ["Campaign name", "Day", "Objective", "Delivery status", "Delivery level", "Reach",
        "Cost per 1,000 Meta Accounts reached", "Impressions", "CPM (cost per 1,000 impressions)", "Frequency",
        "Link clicks", "Outbound clicks", "Clicks (all)", "CTR (all)", "CPC (all)", "CTR (link click-through rate)",
        "CPC (cost per link click)", "Content views with shared items", "* Cost /CV (IDR)", "* LC to LPV",
        "Adds to cart with shared items", "* Cost /ATC (IDR)", "Adds to cart conversion value for shared items only",
        "Purchases with shared items", "* Cost /Purchase (IDR)", "* ATC to Purchase",
        "Purchase ROAS (return on ad spend)", "Purchases conversion value for shared items only",
        "Purchases rate per link clicks", "Average purchases conversion value", "Result type", "Results",
        "Cost per result", "Amount spent (IDR)", "Reporting starts", "Reporting ends"]
TRAFFIC = "SHOP181 || TOF || CBO || Traffic || 26/1/26 - Visit Profile Instagram"
ATC = "SHOP181 || TOF || CBO || ATC || 18/11/25 - ALL PRODUCT - BROAD"
BUY = "SHOP181 || BOF || ABO || Purchase || 2/3/26 - CATALOG"


def _cpas_row(name, day, reach, impr, lc, ob, clicks, cv, atc, atcv, buys, buyv, rtype, results, spend):
    obj = {TRAFFIC: "LINK_CLICKS"}.get(name, "OUTCOME_SALES") if name else ""
    days = [day, day] if day else ["2026-04-23", "2026-04-25"]
    return [name, day, obj, "active" if name else "", "campaign" if name else "", reach, per(spend, reach, 1000),
            impr, per(spend, impr, 1000), per(impr, reach), lc, ob, clicks, per(clicks, impr, 100),
            per(spend, clicks), per(lc, impr, 100), per(spend, lc), cv, per(spend, cv), per(cv, lc), atc,
            per(spend, atc), atcv, buys, per(spend, buys), per(buys, atc), None, buyv, None, per(buyv, buys), rtype,
            results, per(spend, results), spend, *days]


@case(id="meta_ads/campaign_day/en-idr-shared-items",
      origin=f"{ORIGIN_IDR} test-data/cpas-this-month/*-objective.csv",
      filename="example-shop-181-bulan-ini-objective.csv", source="meta_ads", rows=8,
      totals={"impressions": 2750 + 2650 + 2100 + 2190 + 2500 + 1900 + 2580 + 2000,
              "reach": 2700 + 2400 + 1800 + 2100 + 2250 + 1650 + 2300 + 1700,
              "clicks": 64 + 27 + 31 + 43 + 30 + 25 + 29 + 28,
              "cost": 17200 + 31900 + 45200 + 17900 + 33400 + 42800 + 32500 + 41000,
              "conversions": 1 + 3 + 2 + 2 + 1, "conversion_value": 36000 + 87000 + 61000 + 59000 + 29000},
      period=("2026-04-23", "2026-04-25", "rows"), currency="IDR", skipped={"totals": 1})
def meta_campaign_day_shared_items(path: Path) -> None:
    """Collaborative (CPAS) campaigns by day and objective: `Purchases with shared items` and `Purchases conversion
    value for shared items only` are the purchases and their value, whatever each campaign optimises for; the
    add-to-cart campaign also sells (its Results are adds to cart). Summary row first (`mixed`), days newest first,
    empty cells for metrics a campaign has none of. Origin: Briyanes/meta-ads-report-generator
    `test-data/cpas-this-month/…-objective.csv`."""
    shared = "Purchases with shared items"
    rows = [
        _cpas_row("", "", 13420, 18670, 277, 165, 343, 341, 63, 1696500, 9, 272000, "mixed", None, 261900),
        _cpas_row(TRAFFIC, "2026-04-25", 2700, 2750, 64, None, 70, None, 0, None, None, None,
                  "Instagram profile visits", 63, 17200),
        _cpas_row(ATC, "2026-04-25", 2400, 2650, 27, 26, 37, 74, 15, 408500, 1, 36000,
                  "Adds to cart with shared items", 15, 31900),
        _cpas_row(BUY, "2026-04-25", 1800, 2100, 31, 30, 40, 52, 9, 241000, 3, 87000, shared, 3, 45200),
        _cpas_row(TRAFFIC, "2026-04-24", 2100, 2190, 43, None, 47, None, 0, None, None, None,
                  "Instagram profile visits", 43, 17900),
        _cpas_row(ATC, "2026-04-24", 2250, 2500, 30, 29, 41, 61, 12, 322000, None, None,
                  "Adds to cart with shared items", 12, 33400),
        _cpas_row(BUY, "2026-04-24", 1650, 1900, 25, 25, 33, 40, 6, 158000, 2, 61000, shared, 2, 42800),
        _cpas_row(ATC, "2026-04-23", 2300, 2580, 29, 28, 40, 70, 14, 377000, 2, 59000,
                  "Adds to cart with shared items", 14, 32500),
        _cpas_row(BUY, "2026-04-23", 1700, 2000, 28, 27, 35, 44, 7, 190000, 1, 29000, shared, 1, 41000),
    ]
    write(path, [line(CPAS)] + [line(r) for r in rows], bom=True)


# ---------------------------------------------------------------------------------------------------------------
# Ads Manager table exports ("Export table data")

@case(id="meta_ads/campaigns/en-usd",
      origin="DanielTheC/internal-lnking-tool <Account>-Campaigns-1-Sep-202430-Sep-2024.csv",
      filename="Example-Account-Campaigns-1-Sep-202430-Sep-2024.csv", source="meta_ads", rows=4,
      totals={"impressions": 48210 + 120400 + 15800 + 301000, "reach": 21040 + 60120 + 9050 + 150200,
              "cost": 1250.50 + 980.10 + 312.45 + 411.00, "conversions": 41, "leads": 63},
      period=("2024-09-01", "2024-09-30", "rows"), currency="USD")
def meta_campaigns_en_usd(path: Path) -> None:
    """Ads Manager "Campaigns" tab, default Performance columns, English, USD: `Reporting starts` and `Reporting ends`
    first, API action keys as `Result indicator`, `Using ad set budget`, `Ends` = `Ongoing` or a date; no summary row,
    UTF-8 without BOM, LF. Origin: DanielTheC/internal-lnking-tool `<Account>-Campaigns-1-Sep-202430-Sep-2024.csv`
    (the account is named after a person there). Link-click and reach results count as nothing."""
    head = ["Reporting starts", "Reporting ends", "Campaign name", "Campaign delivery", "Ad set budget",
            "Ad set budget type", "Attribution setting", "Results", "Result indicator", "Reach", "Impressions",
            "Cost per results", "Amount spent (USD)", "Ends"]
    ads = "Using ad set budget"
    click = "7-day click or 1-day view"
    data = [
        ("Example – Shop Sales", "active", ads, ads, click, 41, "actions:offsite_conversion.fb_pixel_purchase",
         21040, 48210, "1250.50", "Ongoing"),
        ("Example – Lead Gen Sept", "inactive", "40", "Daily", click, 63, "actions:offsite_conversion.fb_pixel_lead",
         60120, 120400, "980.10", "2024-09-27"),
        ("Example – Blog Traffic", "active", ads, ads, "1-day click", 702, "actions:link_click", 9050, 15800,
         "312.45", "Ongoing"),
        ("Example – Awareness", "active", "15", "Daily", click, 150200, "reach", 150200, 301000, "411.00",
         "Ongoing"),
    ]
    rows = [["2024-09-01", "2024-09-30", n, d, b, bt, a, r, ri, re, im, num(per(float(s), r)), s, e]
            for n, d, b, bt, a, r, ri, re, im, s, e in data]
    write(path, [line(head)] + [line(r) for r in rows])


def _workbook(path: Path, head: list[str], rows: list[list]) -> None:
    """Meta's workbook export: one sheet `Worksheet`, bold header, figures as number cells, empty cells for none."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
        for c in ws[ws.max_row]:
            if isinstance(c.value, dt.date):
                c.number_format = "mm-dd-yy"
    wb.save(path)


def r6(v):
    """A ratio as Meta's workbook stores it: 6 decimals, None where there is none."""
    return None if v is None else round(v, 6)


@case(id="meta_ads/ad_sets/fr", origin="imenerezgui-png/batam_dashboard mg_batam.xlsx, dashboard.py",
      filename="Compte Exemple 1-mars-2025-31-mars-2025.xlsx", source="meta_ads", rows=4,
      totals={"impressions": 52300 + 38110 + 70420 + 12880, "reach": 30110 + 21870 + 45010 + 9020,
              "clicks": 611 + 402 + 1290 + 95, "cost": 802.40 + 455.10 + 390.75 + 120.00, "conversions": 18 + 7},
      period=("2025-03-01", "2025-03-31", "rows"), currency="EUR", language="fr")
def meta_ad_sets_fr(path: Path) -> None:
    """Ads Manager ad-set export as a workbook, French interface, EUR: sheet `Worksheet`, bold header, `Début des
    rapports`/`Fin des rapports` as text `yyyy-mm-dd`, ratios as number cells with 6 decimals, typographic apostrophe
    in `Nom de l’ensemble de publicités`, non-breaking spaces in `CPM (Coût pour 1 000 impressions) (EUR)`, API keys
    as `Indicateur de résultats`. `Montant dépensé (EUR)` is the spend; `Coût par vue de page de destination (EUR)`
    and `Coût par achat (EUR)` are ratios. Origin: imenerezgui-png/batam_dashboard `mg_batam.xlsx` (layout, French
    labels) and `dashboard.py` (the ad-set, spend and cost-per labels of the same account's exports)."""
    head = ["Début des rapports", "Fin des rapports", "Nom de la campagne", "Nom de l\u2019ensemble de publicités",
            "Résultats", "Indicateur de résultats", "Couverture", "Impressions", "Répétition",
            "CPM (Coût pour 1\u00a0000\u00a0impressions) (EUR)", "Clics sur un lien",
            "CPC (coût par clic sur un lien) (EUR)", "Vues de page de destination",
            "Coût par vue de page de destination (EUR)", "Achats", "Coût par achat (EUR)", "Montant dépensé (EUR)",
            "Coût par résultat"]
    buy, lpv = "actions:offsite_conversion.fb_pixel_purchase", "actions:landing_page_view"
    data = [
        ("Printemps – Ventes", "Femmes 25-44 – Intérêts", 18, buy, 30110, 52300, 611, 540, 18, 802.40),
        ("Printemps – Ventes", "Reciblage 30 j", 7, buy, 21870, 38110, 402, 351, 7, 455.10),
        ("Blog – Trafic", "Large FR", 1102, lpv, 45010, 70420, 1290, 1102, None, 390.75),
        ("Blog – Trafic", "Lookalike 1 %", 81, lpv, 9020, 12880, 95, 81, None, 120.00),
    ]
    rows = [["2025-03-01", "2025-03-31", c, a, r, ri, re, im, r6(per(im, re)), r6(per(s, im, 1000)), lc,
             r6(per(s, lc)), v, r6(per(s, v)), b, r6(per(s, b)), s, r6(per(s, r))]
            for c, a, r, ri, re, im, lc, v, b, s in data]
    _workbook(path, head, rows)


@case(id="meta_ads/ad_sets/nl",
      origin="Dutch Ads Manager ad-set export columns, in export order, from a public R dashboard query",
      filename="Voorbeeld-Account-Advertentiesets-1-jan-2025-31-jan-2025.csv", source="meta_ads", rows=3,
      totals={"impressions": 40120 + 25310 + 88030, "reach": 22010 + 14020 + 61200,
              "cost": 612.35 + 288.00 + 150.00, "conversions": 21 + 6, "conversion_value": 2418.50 + 702.00},
      period=("2025-01-01", "2025-01-31", "rows"), currency="EUR", language="nl")
def meta_ad_sets_nl(path: Path) -> None:
    """Ads Manager "Advertentiesets" tab, Dutch interface, EUR: `Start rapportage`/`Einde rapportage` last,
    `Resultaattype` as words (`Aankopen op website`, `Bereik`), `Aankopen` next to `Aankopen op website` and `Directe
    aankopen op website`, `Eindigt op` = `Doorlopend`. Origin: the column list of a Dutch Ads Manager ad-set export,
    in export order, as a public R dashboard (`meta_advertenties` query) reads it; no committed Dutch CSV was found,
    so BOM, comma and point decimals follow the English exports of Briyanes/meta-ads-report-generator."""
    head = ["Campagnenaam", "Naam advertentieset", "Weergavestatus", "Bereik", "Weergaven", "Frequentie",
            "Toeschrijvingsinstelling", "Resultaattype", "Resultaten", "Besteed bedrag (EUR)", "Kosten per resultaat",
            "Begint op", "Eindigt op", "Aankopen", "Kosten per aankoop", "Conversiewaarde aankopen",
            "Aankopen op website", "Directe aankopen op website",
            "ROAS (rendement op advertentie-uitgaven) voor aankoop", "Start rapportage", "Einde rapportage"]
    attr = "7 dagen na klikken of 1 dag na weergave"
    data = [
        ("Winteractie", "Prospecting NL 25-54", "active", 22010, 40120, "Aankopen op website", 21, 612.35,
         "2024-12-27", 21, 2418.50, 19),
        ("Winteractie", "Retargeting 14 dagen", "active", 14020, 25310, "Aankopen op website", 6, 288.00,
         "2024-12-27", 6, 702.00, 6),
        ("Merkbekendheid", "Breed NL", "inactive", 61200, 88030, "Bereik", 61200, 150.00, "2025-01-02", None, None,
         None),
    ]
    rows = [[c, a, st, re, im, per(im, re), attr, rt, r, f"{s:.2f}", per(s, r), start, "Doorlopend", b, per(s, b),
             v, b, direct, per(v, s), "2025-01-01", "2025-01-31"]
            for c, a, st, re, im, rt, r, s, start, b, v, direct in data]
    write(path, [line(head)] + [line(r) for r in rows], bom=True)


@case(id="meta_ads/campaigns/de", origin="kirenz/bigdata cases/facebook/Facebook.xlsx",
      filename="Beispielkonto-Kampagnen-1-Mär-2024-31-Mär-2024.xlsx", source="meta_ads", rows=3,
      totals={"impressions": 119260 + 54020 + 30110, "reach": 86256 + 30415 + 18002, "clicks": 897 + 1210 + 402,
              "cost": 320.00 + 544.30 + 261.75, "conversions": 12, "conversion_value": 1188.40},
      period=("2024-03-01", "2024-03-31", "rows"), currency="EUR", language="de")
def meta_campaigns_de(path: Path) -> None:
    """Ads Manager export as a workbook, German interface, EUR: `Berichtsstart`/`Berichtsende` as date cells, real
    number cells at full precision, `Indikator für Ergebnisse` as API keys without `actions:`, an EN DASH in
    `Websites-Käufe – Conversion-Wert`, typographic quotes in `„Gefällt mir“-Angaben für Seite`, empty cells for
    metrics a campaign has none of. Origin: kirenz/bigdata `cases/facebook/Facebook.xlsx` (German Meta labels; that
    copy was processed in R, this one is as downloaded)."""
    head = ["Kampagnenname", "Berichtsstart", "Berichtsende", "Auslieferung", "Ergebnisse", "Indikator für Ergebnisse",
            "Kosten pro Ergebnis", "Budget", "Budgetart", "Ausgegebener Betrag (EUR)", "Impressionen", "Reichweite",
            "Frequenz", "Link-Klicks", "CPC (Kosten pro Link-Klick) (EUR)", "CTR (Link-Klickrate)",
            "„Gefällt mir“-Angaben für Seite", "Websites-Käufe", "Websites-Käufe – Conversion-Wert", "Ende", "Start"]
    ads = "Anzeigengruppenbudget wird verwendet"
    data = [
        ("Frühjahr – Video", 15605, "video_10_sec_watched_actions", ads, ads, 320.00, 119260, 86256, 897, 7, None,
         None),
        ("Frühjahr – Shop", 12, "offsite_conversion.fb_pixel_purchase", 25, "Täglich", 544.30, 54020, 30415, 1210,
         None, 12, 1188.40),
        ("Seite – Fans", 388, "like", 10, "Täglich", 261.75, 30110, 18002, 402, 388, None, None),
    ]
    start, end = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
    _workbook(path, head, [[n, start, end, "active", r, ri, s / r, b, bt, s, im, re, im / re, lc, s / lc,
                            lc / im * 100, likes, buys, value, None, dt.date(2024, 2, 26)]
                           for n, r, ri, b, bt, s, im, re, lc, likes, buys, value in data])


ES_AGE_GENDER = ["Nombre de la campaña", "Nombre del anuncio", "Edad", "Sexo", "Inicio del informe", "Fin del informe",
                 "Entrega del anuncio", "Configuración de atribución", "Resultados", "Indicador de resultado",
                 "Tipo de resultado", "Alcance", "Impresiones", "Costo por resultado", "Importe gastado (USD)",
                 "Clics en el enlace", "Clics (todos)"]


@case(id="meta_ads/ad_age_gender/es", origin="kenssHC/BotIA-Backend data/raw/README.md (the Spanish export's Inicio "
      "del informe, Nombre de la campaña, Resultados, Importe gastado (USD), Impresiones, Clics en el enlace); Fin del "
      "informe, Alcance and the result columns as other public readers of Spanish exports spell them",
      filename="Informe-de-anuncios.csv", source="meta_ads", rows=3, language="es",
      totals={"impressions": 1200 + 800 + 1000, "cost": 40 + 20 + 40, "clicks": 30 + 10 + 20, "reach": 1800,
              "conversions": 4 + 1 + 2},
      period=("2025-10-01", "2025-10-31", "rows"), currency="USD")
def meta_ad_age_gender_es(path: Path) -> None:
    """An ad by age and sex over a month, Spanish interface: purchases as Results by their indicator, the spend's
    currency in its header. It was a generic sheet without spend or impressions before."""
    def row(age, sex, results, reach, impr, spend, link, clicks):
        return ["Ventas Ejemplo", "Video 1", age, sex, "2025-10-01", "2025-10-31", "active",
                "7 días tras hacer clic o 1 día tras ver el anuncio", results,
                "actions:offsite_conversion.fb_pixel_purchase", "Compras en el sitio web", reach, impr,
                per(spend, results), spend, link, clicks]
    rows = [row("18-24", "female", 4, 700, 1200, 40.0, 30, 50), row("18-24", "male", 1, 500, 800, 20.0, 10, 25),
            row("25-34", "female", 2, 600, 1000, 40.0, 20, 35)]
    write(path, [line(ES_AGE_GENDER)] + [line(r) for r in rows], bom=True)


@case(id="meta_ads/account_by_month/en-usd",
      origin="Liam-Dupeyron/AnswersAi_data_science `Meta_Ads_Aug-28-2024_Oct-30-2024.csv` (account by Month and "
      "Platform: UTF-8 with BOM, a first summary row without a name, each month cut to the report's range)",
      filename="Meta_Ads_Aug-28-2024_Oct-30-2024.csv", source="meta_ads", rows=3,
      totals={"impressions": 8500 + 41000 + 10000, "reach": 7000 + 30500 + 8000, "cost": 63.00 + 301.25 + 80.50,
              "clicks": 88 + 402 + 110, "conversions": 0 + 2 + 1},
      period=("2024-08-28", "2024-10-30", "rows"), currency="USD", skipped={"totals": 1})
def meta_account_by_month(path: Path) -> None:
    """The Month breakdown writes each row's month as a period cut to the report's range (`2024-08-28 -
    2024-08-31`), beside `Reporting starts` and `Reporting ends` of the whole range: the month is the row's own
    period. Before, every row was spread over the whole range, August to October alike."""
    head = ["Account name", "Month", "Platform", "Reach", "Impressions", "Frequency", "Currency",
            "Amount spent (USD)", "Link clicks", "Clicks (all)", "Purchases", "App installs", "CPC (all)",
            "Reporting starts", "Reporting ends"]
    rows = [["", "", "", "45500", "59500", "1.31", "USD", "444.75", "600", "760", "3", "95", "0.59",
             "2024-08-28", "2024-10-30"],
            ["Example", "2024-10-01 - 2024-10-30", "facebook", "8000", "10000", "1.25", "USD", "80.50", "110", "111",
             "1", "27", "0.72", "2024-08-28", "2024-10-30"],
            ["Example", "2024-08-28 - 2024-08-31", "instagram", "7000", "8500", "1.21", "USD", "63.00", "88", "137",
             "0", "16", "0.46", "2024-08-28", "2024-10-30"],
            ["Example", "2024-09-01 - 2024-09-30", "instagram", "30500", "41000", "1.34", "USD", "301.25", "402",
             "512", "2", "52", "0.59", "2024-08-28", "2024-10-30"]]
    write(path, [line(head)] + [line(r) for r in rows], bom=True)


@case(id="meta_ads/api_insights/ko-krw", source="meta_ads", rows=3,
      origin="taejunjeon/seo `aibio/meta_api_aibio_ads_20260317_20260415_20260418.csv` (the Marketing API's insights "
      "fields written to CSV by a script: UTF-8 with BOM, date_start and date_stop of the whole range on every row, "
      "spend, impressions, reach, clicks and inline_link_clicks, landing_page_views, ids as digits)",
      filename="meta_api_ads_20260317_20260415_20260418.csv",
      totals={"cost": 1200000 + 650000 + 206968, "impressions": 410000 + 220500 + 61000,
              "clicks": 3100 + 1500 + 420},
      period=("2026-03-17", "2026-04-15", "rows"))
def api_insights(path: Path) -> None:
    # Before: a sheet of no known tool. date_stop was left unread, so the whole range's spend stood on 17 March (all
    # in March, none in April), and landing_page_views were summed as video views.
    head = ("date_start,date_stop,campaign_id,campaign_name,campaign_objective,adset_id,adset_name,"
            "optimization_goal,ad_id,ad_name,spend,impressions,reach,frequency,clicks,inline_link_clicks,ctr,cpc,cpm,"
            "landing_page_views,utm_source")
    write(path, [head,
                 "2026-03-17,2026-04-15,120211000000001,Spring,OUTCOME_LEADS,120211000000101,Broad,LEAD_GENERATION,"
                 "120211000001001,Video A,1200000,410000,210000,1.95,5200,3100,1.27,230.77,2926.83,2400,meta",
                 "2026-03-17,2026-04-15,120211000000001,Spring,OUTCOME_LEADS,120211000000102,Retarget,"
                 "LEAD_GENERATION,120211000001002,Image B,650000,220500,98000,2.25,2300,1500,1.04,282.61,2947.85,1100,"
                 "meta",
                 "2026-03-17,2026-04-15,120211000000002,Brand,OUTCOME_TRAFFIC,120211000000103,All,LINK_CLICKS,"
                 "120211000001003,Video C,206968,61000,40000,1.53,700,420,1.15,295.67,3392.92,300,meta"],
          bom=True)


PT_CAMPAIGNS = ["Início dos relatórios", "Término dos relatórios", "Nome da campanha", "Veiculação da campanha",
                "Orçamento do conjunto de anúncios", "Tipo de orçamento do conjunto de anúncios",
                "Configuração de atribuição", "Resultados", "Indicador de resultados", "Alcance", "Impressões",
                "Custo por resultados", "Valor usado (BRL)", "Término"]


@case(id="meta_ads/campaigns/pt-br",
      origin="senzinho/Bi-campanha-meta `CA-01---NANOVIT-Campanhas-1-de-jun-de-2025-30-de-jun-de-2025.csv` (Ads "
             "Manager's campaigns in Portuguese (Brazil): the account's summary row first, without a name, quoted "
             "only where needed, BRL in the spend's header, 'Contínuo' or a date under Término)",
      filename="CA-01---EXEMPLO-Campanhas-1-de-jun-de-2025-30-de-jun-de-2025.csv", source="meta_ads", rows=3,
      language="pt",
      totals={"impressions": 7297 + 7879 + 1000, "cost": 183.31 + 73.75 + 20.00, "reach": 2600 + 7036 + 900},
      period=("2025-06-01", "2025-06-30", "rows"), currency="BRL", skipped={"totals": 1})
def meta_campaigns_pt_br(path: Path) -> None:
    """Read as a sheet of no tool before: the summary row was added to the campaigns (twice the spend) and every row
    counted on 1 June."""
    write(path, [
        ",".join(f'"{h}"' if " " in h else h for h in PT_CAMPAIGNS),
        '2025-06-01,2025-06-30,,0,0,0,"Configurações de vários atributos",,,10536,16176,,277.06,',
        '2025-06-01,2025-06-30,"[001][REMARKETING][EXEMPLO][60 DIAS]",active,15,Diário,"Clique de 7 dias, '
        'visualização de 1 dia",,,2600,7297,,183.31,Contínuo',
        '2025-06-01,2025-06-30,[001][ENGAJAMENTO][EXEMPLO],active,"Usando o orçamento do conjunto de anúncios",0,'
        '"Clique de 7 dias ou visualização de 1 dia",190,profile_visit_view,7036,7879,0.38815789,73.75,2025-07-23',
        '2025-06-01,2025-06-30,[002][TRÁFEGO][EXEMPLO],inactive,10,Diário,"Clique de 7 dias",,,900,1000,,20.00,'
        '2025-06-10'])
