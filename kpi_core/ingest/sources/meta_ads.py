"""Meta Ads Manager "Export table data" (CSV/XLSX): purchases and leads from their own columns, else Results by their
result indicator; link clicks."""

from .base import MONTH_HEADERS, Event, source

# Result indicators are API action keys ('actions:offsite_conversion.fb_pixel_purchase', 'actions:lead', in German
# workbooks without 'actions:': 'offsite_conversion.fb_pixel_purchase') or, in newer exports, words in the interface's
# language ('Website purchases', 'Aankopen op website', 'Achats sur le site web', 'Websites-Käufe'). German 'Kauf' and
# 'Käufe' but not 'Kaufvorgänge' (checkouts) or 'Einkaufswagen' (carts): kirenz/bigdata cases/facebook/Facebook.xlsx.
# French leads are 'Prospects' (imenerezgui-png/batam_dashboard mg_batam.xlsx). Spanish purchases: 'Compras en el
# sitio web'.
PURCHASE = ("regexp_matches(lower(coalesce(result_indicator, '')), "
            "'purchase|aankoop|aankopen|achat|käufe|kaufabschl|\\bkauf\\b|\\bcompras?\\b')")
LEAD = f"(NOT {PURCHASE} AND regexp_matches(lower(coalesce(result_indicator, '')), 'lead|prospect'))"
# Leads on the advertiser's website (the pixel's 'actions:offsite_conversion.fb_pixel_lead', 'Website leads'): never
# among Meta leads, which come from Meta's own forms.
SITE_LEAD = (f"({LEAD} AND regexp_matches(lower(coalesce(result_indicator, '')), "
             "'pixel|offsite|website|site web|webseite|sitio web|sito web'))")
# A custom conversion ('actions:offsite_conversion.custom.<id>': an event or URL the advertiser defined, a lead or a
# sale) is a conversion whatever it stands for (clawtje94/sonty-automation: a Dutch advertiser's monthly campaign
# reports, every result a custom conversion in campaigns named 'Leadscampagne').
CUSTOM = "contains(lower(coalesce(result_indicator, '')), 'offsite_conversion.custom.')"
COLUMNS = "rule.meta_purchases_column"
OTHER = f"results > 0 AND result_indicator IS NOT NULL AND NOT {PURCHASE} AND NOT {LEAD}"  # neither bought nor lead

# measure -> alternatives (SQL over fields, fields it needs, fields that rule it out, warning said)
MEASURES = {
    "impressions": [("impressions", ("impressions",), (), None)],
    "reach": [("reach", ("reach",), (), None)],
    "clicks": [("clicks", ("clicks",), (), None)],
    "cost": [("cost", ("cost",), (), None)],
    "conversion_value": [("conversion_value", ("conversion_value",), (), None)],
    "video_views": [("video_views", ("video_views",), (), None)],
    # A purchase column counts on every row, whatever the row's result type: Results hold one kind per row, and
    # campaigns optimised for something else sell too (Briyanes/meta-ads-report-generator
    # test-data/cpas-this-month: every purchase in rows whose Result type is 'Adds to cart with shared items').
    # Results by their indicator only count when the file has no such column: purchases and custom conversions as
    # conversions, leads as leads, other kinds (link clicks, reach, ThruPlays) as nothing. Leads likewise from a Leads
    # column.
    "conversions": [("purchases", ("purchases",), (), COLUMNS),
                    (f"CASE WHEN {PURCHASE} OR {CUSTOM} THEN results END", ("results", "result_indicator"),
                     ("purchases",), None)],
    # 'Meta leads' (leads from Meta's own forms; Steproac/Monfrere-Tactical-Audit's Ads exports) are part of Leads:
    # read where no Leads column is. Beside Results, row by row: a row of website (pixel) leads counts those and its
    # form leads; a row of other leads (form leads, or all leads) the larger of its Results and its Meta leads, which
    # hold the same leads or part of them; any other row its form leads.
    "leads": [("lead_count", ("lead_count",), (), None),
              (f"CASE WHEN {SITE_LEAD} THEN coalesce(results, 0) + coalesce(meta_leads, 0) "
               f"WHEN {LEAD} THEN greatest(results, meta_leads) ELSE meta_leads END",
               ("meta_leads", "results", "result_indicator"), ("lead_count",), None),
              ("meta_leads", ("meta_leads",), ("lead_count", "results"), None),
              (f"CASE WHEN {LEAD} THEN results END", ("results", "result_indicator"), ("lead_count", "meta_leads"),
               None)],
}

# Meta's first row (the summary row) has no name in any name column. Until the reader sets aside summary rows
# of event sources, each event skips it by the first name column the file has.
NAMED = (("campaign IS NOT NULL", ("campaign",), ()),
         ("ad_group IS NOT NULL", ("ad_group",), ("campaign",)),
         ("TRUE", (), ("campaign", "ad_group")))


def _events() -> tuple[Event, ...]:
    out = []
    for m, alternatives in MEASURES.items():
        for sql, needs, unless, warn in alternatives:
            for where, n2, u2 in NAMED:
                out.append(Event(date="date", measures={m: sql}, where=where, needs=(*needs, *n2),
                                 unless=(*unless, *u2), warn=warn))
    return tuple(out)


SOURCE = source(
    id="meta_ads",
    name="Meta Ads Manager",
    columns={
        "Reporting starts": "date", "Start rapportage": "date", "Begin rapportage": "date",
        # The Marketing API's insights fields, as scripts write them to CSV (taejunjeon/seo
        # `meta_api_aibio_ads_20260317_20260415_20260418.csv`: date_start, date_stop, campaign_name, adset_name,
        # spend, impressions, reach, clicks, inline_link_clicks): its link clicks are Meta's clicks in Koers, as
        # 'Link clicks' are; the API's 'clicks' are all clicks.
        "date_start": "date", "date_stop": "date_end", "campaign_name": "campaign", "adset_name": "ad_group",
        "spend": "cost", "inline_link_clicks": "clicks",
        "Reporting ends": "date_end", "Einde rapportage": "date_end",
        # The Day breakdown: each row's own day, beside the report's range in Reporting starts and ends (a public ad
        # import template's Meta header: 'Reporting starts,Reporting ends,Day,Campaign name,...').
        "Day": "date", "Dag": "date", "Tag": "date", "Jour": "date", "Día": "date",
        # The Month breakdown: each row's month, cut to the report's range ('2024-08-28 - 2024-08-31'; Liam-Dupeyron/
        # AnswersAi_data_science Meta_Ads_Aug-28-2024_Oct-30-2024.csv): the row's own period.
        **dict.fromkeys(MONTH_HEADERS, "date"),
        "Campaign name": "campaign", "Campagnenaam": "campaign", "Naam campagne": "campaign",
        "Ad set name": "ad_group", "Naam advertentieset": "ad_group", "Advertentiesetnaam": "ad_group",
        "Account name": "account", "Accountnaam": "account",
        "Impressions": "impressions", "Weergaven": "impressions",
        "Reach": "reach", "Bereik": "reach",
        "Link clicks": "clicks", "Klikken op links": "clicks", "Linkklikken": "clicks", "Linkkliks": "clicks",
        "Amount spent": "cost", "Besteed bedrag": "cost",  # '(EUR)' is stripped when headers are compared
        "Purchases conversion value": "conversion_value", "Website purchases conversion value": "conversion_value",
        "Conversiewaarde aankopen": "conversion_value", "Conversiewaarde van aankopen": "conversion_value",
        "Conversiewaarde van aankopen op website": "conversion_value",
        # Collaborative (CPAS) campaigns: Briyanes/meta-ads-report-generator test-data/cpas-this-month.
        "Purchases conversion value for shared items only": "conversion_value",
        "ThruPlays": "video_views",
        "Results": "results", "Resultaten": "results",
        "Result indicator": "result_indicator", "Result type": "result_indicator",
        "Resultaatindicator": "result_indicator", "Resultatenindicator": "result_indicator",
        "Resultaattype": "result_indicator",
        "Purchases": "purchases", "Website purchases": "purchases", "Aankopen": "purchases",
        "Aankopen op website": "purchases", "Purchases with shared items": "purchases",
        "Leads": "lead_count",
        "Meta leads": "meta_leads", "On-Facebook leads": "meta_leads",
        # French interface: imenerezgui-png/batam_dashboard mg_batam.xlsx (report dates, names, Résultats,
        # Couverture, Clics sur un lien, Achats, Prospects); spend, ad set and purchase value as French importers of
        # the same exports spell them. The ad set name has a typographic apostrophe in the download.
        "Début des rapports": "date", "Fin des rapports": "date_end",
        "Nom de la campagne": "campaign",
        "Nom de l\u2019ensemble de publicités": "ad_group", "Nom de l'ensemble de publicités": "ad_group",
        "Nom du compte": "account",
        "Montant dépensé": "cost",
        "Couverture": "reach",
        "Clics sur un lien": "clicks",
        "Résultats": "results",
        "Indicateur de résultats": "result_indicator", "Type de résultat": "result_indicator",
        "Achats": "purchases",
        "Valeur de conversion des achats": "conversion_value",
        "Prospects": "lead_count",
        # German interface: kirenz/bigdata cases/facebook/Facebook.xlsx (Berichtsstart/-ende, Ergebnisse, Indikator
        # für Ergebnisse, Ausgegebener Betrag, Impressionen, Reichweite, Link-Klicks, Websites-Käufe and their
        # Conversion-Wert with an EN DASH).
        "Berichtsstart": "date", "Berichtsende": "date_end",
        "Kampagnenname": "campaign", "Name der Anzeigengruppe": "ad_group",
        "Ausgegebener Betrag": "cost",
        "Impressionen": "impressions",
        "Reichweite": "reach",
        "Link-Klicks": "clicks",
        "Ergebnisse": "results",
        "Indikator für Ergebnisse": "result_indicator", "Ergebnistyp": "result_indicator",
        "Websites-Käufe": "purchases",
        "Websites-Käufe \u2013 Conversion-Wert": "conversion_value",
        "Websites-Käufe - Conversion-Wert": "conversion_value",
        # Spanish interface: kenssHC/BotIA-Backend data/raw/README.md (Inicio del informe, Nombre de la campaña,
        # Resultados, Importe gastado (USD), Impresiones, Clics en el enlace); the report's end, reach and result
        # columns as other public readers of Spanish exports spell them.
        "Inicio del informe": "date", "Fin del informe": "date_end",
        "Nombre de la campaña": "campaign", "Nombre del conjunto de anuncios": "ad_group",
        "Importe gastado": "cost",
        "Impresiones": "impressions",
        "Alcance": "reach",
        "Clics en el enlace": "clicks",
        "Resultados": "results",
        "Indicador de resultado": "result_indicator", "Tipo de resultado": "result_indicator",
        # Portuguese (Brazil) interface: senzinho/Bi-campanha-meta 'CA-01---…-Campanhas-1-de-jun-de-2025-30-de-jun-de
        # -2025.csv' (Início/Término dos relatórios, Valor usado (BRL), Impressões, Alcance, Resultados, Indicador de
        # resultados, Cliques no link, the account's summary row first). Read as a sheet of no tool, its summary row
        # was added to the campaigns (twice the spend) and each row counted on the report's first day.
        "Início dos relatórios": "date", "Término dos relatórios": "date_end",
        "Nome da campanha": "campaign", "Nome do conjunto de anúncios": "ad_group",
        "Valor usado": "cost",
        "Impressões": "impressions",
        "Cliques no link": "clicks",
        "Indicador de resultados": "result_indicator",
    },
    markers=["date_stop", "inline_link_clicks", "adset_name", "campaign_objective", "optimization_goal",
             "Reporting starts", "Reporting ends", "Result indicator", "Result type", "Cost per results",
             "Cost per result", "Amount spent", "Campaign delivery", "Ad set delivery", "Ad delivery",
             "Attribution setting", "CPM (cost per 1,000 impressions)", "CTR (link click-through rate)",
             "CPC (cost per link click)", "Purchase ROAS (return on ad spend)", "Link clicks",
             "Start rapportage", "Begin rapportage", "Einde rapportage", "Resultaatindicator", "Resultatenindicator",
             "Resultaattype", "Besteed bedrag", "Kosten per resultaat", "Weergavestatus", "Toeschrijvingsinstelling",
             "Klikken op links", "CPM (kosten per 1000 weergaven)",
             "Début des rapports", "Fin des rapports", "Indicateur de résultats", "Type de résultat",
             "Montant dépensé", "Coût par résultat", "Clics sur un lien", "Répétition",
             "CPM (coût pour 1 000 impressions)", "CPC (coût par clic sur un lien)",
             "Berichtsstart", "Berichtsende", "Indikator für Ergebnisse", "Ergebnistyp", "Ausgegebener Betrag",
             "Kosten pro Ergebnis", "Link-Klicks", "CPM (Kosten pro 1.000 Impressionen)", "CTR (Link-Klickrate)",
             "CPC (Kosten pro Link-Klick)",
             "Inicio del informe", "Fin del informe", "Importe gastado", "Clics en el enlace", "Indicador de resultado",
             "Costo por resultado", "Configuración de atribución", "CPM (costo por mil impresiones)",
             "CPC (costo por clic en el enlace)",
             "Início dos relatórios", "Término dos relatórios", "Valor usado", "Indicador de resultados",
             "Custo por resultados", "Veiculação da campanha", "Configuração de atribuição", "Cliques no link",
             "CPC (custo por clique no link)"],
    required=[{"date"}, {"impressions", "cost", "clicks", "results"}],
    # Cost-per columns are ratios, never spend ('Coût par vue de page de destination (EUR)' ends in a currency
    # like 'Montant dépensé (EUR)').
    derived=["Cost per results", "Cost per result", "Kosten per resultaat", "Frequency", "Frequentie",
             "CPM (cost per 1,000 impressions)", "CPM (kosten per 1000 weergaven)", "CTR (link click-through rate)",
             "CTR (doorklikratio voor klikken op link)", "CTR (all)", "CTR (alle)", "CPC (cost per link click)",
             "CPC (kosten per klik op link)", "CPC (all)", "Purchase ROAS (return on ad spend)",
             "ROAS (rendement op advertentie-uitgaven) voor aankoop", "Results ROAS", "Cost per lead",
             "Kosten per lead", "Cost per purchase", "Kosten per aankoop", "Unique CTR (link click-through rate)",
             "Coût par résultat", "Coût par vue de page de destination", "Coût par achat", "Coût par prospect",
             "Coût par ThruPlay", "Répétition", "CPM (coût pour 1 000 impressions)", "CTR (taux de clics sur le lien)",
             "CPC (coût par clic sur un lien)", "CTR (tous)", "CPC (tous)",
             "ROAS (retour sur les dépenses publicitaires) des achats",
             "Kosten pro Ergebnis", "Frequenz", "CPM (Kosten pro 1.000 Impressionen)", "CTR (Link-Klickrate)",
             "CPC (Kosten pro Link-Klick)", "CTR (alle)", "CPC (alle)", "Kosten pro 1.000 erreichten Personen",
             "Kosten pro Websites-Kauf", "ROAS (Return on Ad Spend) für Websites-Käufe", "Ergebnisrate",
             "Costo por resultado", "CPM (costo por mil impresiones)", "CPC (costo por clic en el enlace)",
             "Frecuencia", "CTR (porcentaje de clics en el enlace)", "CTR (todos)", "CPC (todos)",
             "Custo por resultados", "CPC (custo por clique no link)", "CPM (custo por 1.000 impressões)",
             "CTR (taxa de cliques no link)", "Frequência"],
    fields={"date_end": "date", "row_day": "date", "row_month": "date", "results": "number", "result_indicator": "text",
            "purchases": "number", "lead_count": "number",
            "meta_leads": "number"},
    events=_events(),
    # A campaign's or ad's own schedule beside the report's range: 'Ends' 2025-01-31 or 'Ongoing' (English exports
    # of an ad account, Starts too: Monfrere ads reports, a weekly 'april-w1.csv'), 'Fin' in French (GetupAgency/
    # ingemedia-data-marketing meta-ads-2025.csv: a January campaign in a report of 1 January to 8 October). In a
    # daily export of 14,504 ad rows, none of the 1,503 rows dated after their ad's Ends spent anything. Dutch 'Begint
    # op'/'Eindigt op' (dtpvanduinkerken/marketing meta_advertenties.csv: an ad set from 16 July in a report from
    # 1 July), German 'Start'/'Ende' (kirenz/bigdata Facebook.xlsx: ads of a week or two in a report of 2011-2018).
    schedule={"Starts": "start", "Ends": "end", "Fin": "end", "Begint op": "start", "Eindigt op": "end",
              "Start": "start", "Ende": "end", "Início": "start", "Término": "end"},
    row_days=("Day", "Dag", "Tag", "Jour", "Día"),
    row_months=MONTH_HEADERS,
    summary_rows=True,  # the first row, with no campaign name, sums the account
    channel="Meta Ads",
    warnings=("rule.meta_results_by_indicator", "rule.meta_clicks_are_link_clicks"),
    warns_about={"rule.meta_results_by_indicator": ("results",), "rule.meta_clicks_are_link_clicks": ("clicks",)},
    # Custom conversions count where results count by their indicator (no purchases column); beside a purchases
    # column, which may hold the same sales, they are results of another kind, said as such.
    checks=(("rule.meta_other_results", f"count(*) FILTER (WHERE {OTHER} AND NOT {CUSTOM})", ("purchases",)),
            ("rule.meta_other_results", f"count(*) FILTER (WHERE {OTHER})", (), ("purchases",)),
            ("rule.meta_custom_conversions", f"count(*) FILTER (WHERE results > 0 AND {CUSTOM})", ("purchases",))),
)
