"""Google Ads report downloads: campaign, ad group, keyword, search terms, location and ad reports, by day or for the
period on line 2 (the default download: no date column), in the English, Dutch, German, French, Spanish, Italian
and Portuguese interfaces.

Why the shapes: real downloads (e.g. VishalMotling/campaign-performance-analyzer `Campaign report.csv`,
andreapoi/SearchQueryAutomation `Search terms report.csv`, orangize-digital/sleek-page-fabricator
`Bericht zu Suchbegriffen.csv`, imnotlopes/M1-Relat-rios `Relatório de campanha.csv` in Portuguese) have no Day
column unless the user segments by day; `Interactions` (video, display) is not a click count, so it is never read as
clicks."""

import re

from .base import MONTH_HEADERS, source

# The Overview page's Searches card by word ('Searches(Word_2025.11.03-2026.01.31).csv', in Portuguese
# 'Pesquisas(Palavra_…)'): each search counts once for every word it holds, so its rows overlap and never add up. Also
# after a word a person put before it ('client_Searches(Word_…)').
WORD_CARD = re.compile(r"(?<![^\W\d_])(searches|pesquisas|búsquedas|zoekopdrachten|suchanfragen|recherches|ricerche)\("
                       r"(word|palavra|palabra|woord|wort|mot|parola)_", re.IGNORECASE)
# The Overview page's Locations card by the user's location ('Locations(Geographic_Report_2026.02.05-2026.02.10).csv'
# beside 'Locations(Targeting_…)' of the same days, londonclean01-site/site): only the impressions Google could place
# at that level, 108 of the account's 299 there, where the card by targeted location holds all 299.
GEO_CARD = re.compile(r"(?<![^\W\d_])locations\(geographic_report_", re.IGNORECASE)
# The Overview page's Biggest changes card ('Biggest_changes(2026.05.01-2026.05.31_compared_to_2026.03.31-2026.04.30)
# .csv', Wildman0609/hch_website; 'Maiores_alterações(…)' in Portuguese): the campaigns whose figures moved most, beside
# their figures of the period before; no account's total.
CHANGES_CARD = re.compile(r"(?<![^\W\d_])(biggest_changes|maiores_alterações)\(", re.IGNORECASE)
# Cards refused by their name, in any interface language, whatever their headers make them: name -> message key.
REFUSED_CARDS = ((WORD_CARD, "ingest.unread.google_ads_words"), (GEO_CARD, "ingest.unread.google_ads_geographic"),
                 (CHANGES_CARD, "ingest.unread.google_ads_changes"))

# Segments that split only the conversions: Google Ads then writes 0 for impressions, clicks and cost on every row and
# the real ones only in the 'Total:' rows (jorgeluis666/objetivo-ventas-RB scripts/sync-ads.js, on its Spanish
# downloads by Categoría de conversión). The interface's spellings of the same segments.
CONVERSION_SEGMENTS = (
    "Conversion action", "Conversion action name", "Conversion category", "Conversion source", "Conversion type",
    "Conversieactie", "Naam conversieactie", "Conversiecategorie", "Conversiebron",
    "Conversion-Aktion", "Name der Conversion-Aktion", "Conversion-Kategorie", "Conversion-Quelle",
    "Action de conversion", "Catégorie de conversion", "Source de conversion",
    "Acción de conversión", "Nombre de la acción de conversión", "Categoría de conversión",
    "Tipo de acción de conversión", "Origen de la conversión",
    "Azione di conversione", "Categoria di conversione",
    "Ação de conversão", "Nome da ação de conversão", "Categoria de conversão", "Origem da conversão",
    "Tipo de ação de conversão",
)

SOURCE = source(
    id="google_ads",
    name="Google Ads",
    columns={
        # A Week segment holds the Monday of the week: the row counts on that day (beside a Day column, the Day is the
        # date: row_weeks). A Month segment ('maart 2025', '2025-03-01') holds the row's month within the report's
        # range (MONTH_HEADERS).
        "Day": "date", "Dag": "date", "Date": "date", "Datum": "date", "Week": "date",
        **dict.fromkeys(MONTH_HEADERS, "date"),
        "Campaign": "campaign", "Campagne": "campaign", "Kampagne": "campaign",
        "Ad group": "ad_group", "Advertentiegroep": "ad_group", "Anzeigengruppe": "ad_group",
        "Campaign type": "channel", "Campagnetype": "channel", "Kampagnentyp": "channel",
        "Account": "account", "Account name": "account", "Accountnaam": "account",
        "Impr.": "impressions", "Impressions": "impressions", "Vertoningen": "impressions",
        "Vert.": "impressions",  # the Dutch interface abbreviates as the English one does ('Impr.')
        "Impressionen": "impressions", "Impr": "impressions",
        "Clicks": "clicks", "Klikken": "clicks", "Klicks": "clicks",
        "Cost": "cost", "Kosten": "cost",
        "Conversions": "conversions", "Conversies": "conversions", "Conv.": "conversions",
        "Conv. value": "conversion_value", "Conversion value": "conversion_value",
        "Conv.waarde": "conversion_value", "Conv. waarde": "conversion_value", "Conversiewaarde": "conversion_value",
        "Conv.-Wert": "conversion_value", "Conversion-Wert": "conversion_value",
        "Video views": "video_views", "Views": "video_views", "Videoweergaven": "video_views",
        # Display and video engagements: their own measure, never clicks.
        "Interactions": "interactions", "Interacties": "interactions", "Interaktionen": "interactions",
        "Interacciones": "interactions", "Interazioni": "interactions",
        # French, Spanish and Italian interfaces
        "Jour": "date", "Día": "date", "Giorno": "date", "Semaine": "date", "Semana": "date", "Settimana": "date",
        "Campaña": "campaign", "Campagna": "campaign",
        "Groupe d'annonces": "ad_group", "Grupo de anuncios": "ad_group", "Gruppo di annunci": "ad_group",
        "Type de campagne": "channel", "Tipo de campaña": "channel", "Tipo di campagna": "channel",
        "Compte": "account", "Cuenta": "account",
        "Clics": "clicks", "Clic": "clicks",
        # the Spanish and Italian interfaces' own word for impressions (raulvinet/marketingcampeingdashboard
        # 'Dispositivos(2025.02.28-2025.03.09).csv': Dispositivo, Costo, Impresiones, Clics; its impressions went
        # unread)
        "Impresiones": "impressions", "Impressioni": "impressions",
        "Coût": "cost", "Coste": "cost", "Costo": "cost",
        "Conversiones": "conversions", "Conversioni": "conversions",
        "Valeur de conv.": "conversion_value", "Valor de conv.": "conversion_value", "Valore conv.": "conversion_value",
        # Portuguese interface (imnotlopes/M1-Relat-rios: campaign, keyword and search terms reports, the Overview
        # cards 'Série_temporal(…)' dated 'ter., 5 de mai. de 2026' under 'Data', money as 'R$ 10,95')
        "Data": "date", "Dia": "date",
        "Campanha": "campaign", "Nome da campanha": "campaign", "Grupo de anúncios": "ad_group",
        "Tipo de campanha": "channel", "Conta": "account",
        "Impressões": "impressions", "Cliques": "clicks", "Custo": "cost", "Conversões": "conversions",
        "Interações": "interactions",
    },
    markers=["Impr.", "Vert.", "Conv. value", "Campaign state", "Campaign status", "Currency code", "Valutacode",
             "Valuta", "Campagnestatus", "Status campagne", "Conv.waarde", "Gem. CPC", "Cost / conv.",
             "Kosten/conv.", "Conv.waarde/kosten", "Conv. value / cost", "Conv. perc.", "Interaction rate",
             "Interactiepercentage", "Search impr. share", "Zoekvertoningsaandeel", "Search lost IS (budget)",
             "Vertoningen", "Optimization score", "Währungscode", "Kampagnentyp", "Durchschn. CPC", "Kosten/Conv.",
             "Interactions", "Interaktionen", "Interacties", "Impressionen", "Keyword-Option", "Match type",
             "Added/Excluded", "Hinzugefügt/Ausgeschlossen", "Code de la devise", "Código de moneda", "Codice valuta",
             "État de la campagne", "Estado de la campaña", "Stato campagna", "CPC moy.", "CPC medio",
             "Interacciones", "Interazioni",
             "Código da moeda", "Status da campanha", "CPC méd.", "Custo / conv.", "Taxa de conv.",
             "Pontuação de otimização", "Interações", "Adicionada/excluída", "Conv. de visualização",
             "Tipo de correspondência dos termos de pesquisa",
             # The AdWords interface until 2017 (svdzeeuw/adwords_testing `Ad report.csv`, LiudmylaN/test-git
             # `Keyword report.csv`): no Impr. or Currency code yet.
             "Ad state", "Keyword state", "Avg. position", "All conv.", "View-through conv."],
    # No date required: the default download is a period report (the period on line 2, see ingest/period.py).
    required=[{"impressions", "clicks", "cost"}],
    derived=["CTR", "Avg. CPC", "Gem. CPC", "Cost / conv.", "Kosten/conv.", "Kosten / conv.", "Conv. rate",
             "Conv.ratio", "Conv. perc.", "Interaction rate", "Interactieratio", "Interactiepercentage", "Avg. cost",
             "Gem. kosten", "Search impr. share", "Zoekvertoningsaandeel", "Search lost IS (budget)",
             "Search lost IS (rank)", "Conv. value / cost", "Conv.waarde/kosten", "Avg. CPM", "Gem. CPM",
             "Value / conv.", "Avg. CPV", "Viewable CTR", "Avg. viewable CPM", "Optimization score",
             "Cost / Conv. (Platform Comparable)", "Conv. value / Cost (Platform Comparable)", "Durchschn. CPC",
             "Kosten/Conv.", "Conv.-Rate", "Durchschn. Kosten", "Interaktionsrate",
             "CPC méd.", "Custo / conv.", "Taxa de conv.", "Pontuação de otimização", "% de impr. (1ª posição)",
             "% de impr. (parte sup.)", "Porcentagem do total conhecido", "Taxa de interação"],
    channel="Google Ads",
    # Campaign types as other interface languages write them. Seen in downloads: 'Búsqueda', 'Máximo rendimiento',
    # 'Generación de demanda', 'Compras' (Spanish), 'Pesquisa' (Portuguese), 'Suche' (German); the rest as Google's
    # help pages in those languages name the types.
    channel_names={"Search": ("Zoeken", "Suche", "Suchnetzwerk", "Búsqueda", "Pesquisa", "Rede de Pesquisa",
                              "Réseau de Recherche", "Rete di ricerca"),
                   "Performance Max": ("Máximo rendimiento", "Desempenho máximo"),
                   "Demand Gen": ("Generación de demanda", "Geração de demanda", "Génération de la demande"),
                   "Shopping": ("Compras",),
                   "Video": ("Vídeo", "Vidéo"),
                   "Smart": ("Inteligente",),
                   "Display": (), "App": (), "Local": (), "Hotel": ()},
    # The Overview page's cards (a zip of small CSVs) name neither tool nor period inside; their file names do:
    # 'Time_series(2026.05.04-2026.05.10).csv', 'Devices(...)', 'Demographics(Gender_Age_...)', 'Day_&_hour(Day_...)',
    # 'Locations(Targeting_…)', 'Search_keywords(…)', 'Campaigns(…)' (Wildman0609/hch_website: read as a sheet of no
    # tool, its cost added to the campaign report's), and a card of one day its day alone ('Time_series(2026.02.05)
    # .csv', by hour; londonclean01-site/site); in Portuguese 'Série_temporal(…)', 'Gráfico_de_série_temporal(…)',
    # 'Dispositivos(…)', 'Dia_e_hora(Dia_…)'.
    hints=(r"^(time_series|devices|demographics|day_&_hour|day_and_hour|networks|biggest_changes|searches|locations"
           r"|search_keywords|campaigns"
           r"|série_temporal|gráfico_de_série_temporal|dispositivos|dia_e_hora|informações_demográficas|redes"
           r"|maiores_alterações|pesquisas|palavras-chave|palavras-chave_de_pesquisa|campanhas|pontuação_de_otimização)"
           r"\([^)]*\d{4}\.\d{2}\.\d{2}(-\d{4}\.\d{2}\.\d{2})?\)",),
    conversion_segments=CONVERSION_SEGMENTS,
    other_items=True,
    row_months=MONTH_HEADERS,
    row_weeks=("Week",),
    fields={"row_month": "date"},
    refused_names=REFUSED_CARDS,
)
