"""Google Search Console: Performance > Export (one CSV per tab: queries, pages, countries, devices, dates).

Why the shapes: real exports (DanielTheC/internal-lnking-tool `Queries.csv`/`Chart.csv`, GAP028/michelin-seo-dashboard
`Requêtes.csv`/`Dates.csv`, journinho/wobby-tutorials `Zoekopdrachten.csv`, stijnvandepol/SuperScout `Pagina's.csv`,
unzuetat/salariojusto `Páginas.csv` and consmarbella/legalhelp-chile `Consultas.csv`/`Países.csv` in Spanish,
seo-guanabara/dashboard `Consultas.csv`/`Páginas.csv`/`Gráfico.csv` in Portuguese: `Top consultas,Cliques,Impressões,
CTR,Posição`) hold Clicks, Impressions, CTR and Position, in every interface language with '.' decimals and '15.86%'.
Clicks and impressions are unpaid search, never ad clicks: they are `organic_clicks` and `organic_impressions`. CTR and
position are derived per row (position is an average), so they are recomputed or left alone, never summed. Only the date
table has dates; the others state no period (it is in Filters.csv), so they need one from the user."""

import re

from .base import norm, source
from .generic import SYNONYMS

TABLES = "source.search_console.tables_incomplete"
APPEARANCE = "source.search_console.appearance_incomplete"

DATE = {"Date": "date", "Datum": "date", "Fecha": "date", "Data": "date"}
# The chart by period: a row per month or span of days ('2024-11-01 - 2024-11-30'; janl `Chart.csv` in English,
# consmarbella/legalhelp-chile `Gráfico.csv` in Spanish, one row of 2026-05-10 - 2026-05-30).
SPANS = {"Date Range": "date", "Periodo": "date"}
CLICKS = {"Clicks": "organic_clicks", "Clics": "organic_clicks", "Aantal klikken": "organic_clicks",
          "Klikken": "organic_clicks", "Klicks": "organic_clicks", "Clic": "organic_clicks",
          "Cliques": "organic_clicks"}
IMPRESSIONS = {"Impressions": "organic_impressions", "Vertoningen": "organic_impressions",
               "Impressionen": "organic_impressions", "Impresiones": "organic_impressions",
               "Impressioni": "organic_impressions", "Impressões": "organic_impressions"}
# The first column of each tab: what the row is about (a query, a page, a country). Not a Koers dimension: read, so
# the table is known for what it is, and kept out of the facts. Query and page tables leave out anonymised queries
# and stop at 1,000 rows; the country and device tables cover all of the site's search. The search appearance table
# holds only results shown with a special look (product or review snippets), each under every look it had: its sum is
# not the site's (stijnvandepol/SuperScout `zoekopmaak.csv`: 22 clicks and 734 impressions, where the same property's
# device table and chart hold 29 and 2,376; GAP028/michelin-seo-dashboard's French table a third of its dates' clicks).
PARTIAL_TABS = ["Top queries", "Top pages", "Requêtes les plus fréquentes", "Pages les plus populaires",
                "Meest uitgevoerde zoekopdrachten", "Populairste pagina's", "Toppagina's", "Häufigste Suchanfragen",
                "Häufigste Seiten", "Consultas principales", "Páginas principales", "Principais consultas",
                "Páginas mais visitadas", "Query principali", "Pagine principali",
                # Portuguese downloads (seo-guanabara/dashboard `gsc/Consultas.csv`, `gsc/Páginas.csv`)
                "Top consultas", "Páginas principais",
                # the query table kept in a spreadsheet (erikbrignall/streamlitLCcdemo `Queries.csv`: 'Search Queries,
                # Clicks,Impressions,CTR,Position'), whose organic clicks were read as ad clicks
                "Search Queries"]
WHOLE_TABS = ["Country", "Device", "Pays", "Appareil", "Land", "Apparaat", "Gerät", "País", "Dispositivo", "Paese"]
APPEARANCE_TABS = ["Search Appearance", "Apparence dans les résultats de recherche", "Zoekopmaak",
                   "Aspecto da pesquisa", "Aparición en búsquedas"]
TABS = PARTIAL_TABS + WHOLE_TABS + APPEARANCE_TABS
POSITION = ["Position", "Positie", "Posición", "Posizione", "Posição"]

SOURCE = source(
    id="search_console",
    name="Google Search Console",
    columns={**DATE, **SPANS, **CLICKS, **IMPRESSIONS, **dict.fromkeys(PARTIAL_TABS, "breakdown"),
             **dict.fromkeys(WHOLE_TABS, "segment"), **dict.fromkeys(APPEARANCE_TABS, "appearance")},
    markers=[*TABS, *POSITION],
    required=[{"organic_clicks"}, {"organic_impressions"}],
    # Search Console writes no money and no campaign: a sheet of ads by country and device (País, Dispositivo beside
    # Coste and Campaña) is paid search, never this tool's.
    not_with=[*SYNONYMS["cost"], *SYNONYMS["campaign"], *SYNONYMS["ad_group"]],
    derived=["CTR", *POSITION],
    channel="Organic search",
    # The date tab and the chart by period are five plain columns: the header alone says which tool wrote them.
    signatures=[(d, c, i, "CTR", p) for d in [*DATE, *SPANS] for c in CLICKS for i in IMPRESSIONS for p in POSITION],
    fields={"breakdown": "text", "segment": "text", "appearance": "text"},
    # Query and page tables stop at 1,000 rows and count otherwise than the site: by query without anonymised
    # queries (lower), by page once for every page a search showed (GetupAgency/ingemedia-data-marketing
    # `Pages.csv`: impressions 35% above the site's).
    checks=((TABLES, "count(*) FILTER (WHERE breakdown IS NOT NULL)"),
            (APPEARANCE, "count(*) FILTER (WHERE appearance IS NOT NULL)")),
)


# A period's label: a date or a count of days, weeks or months ('Last 28 days', '25-06-2026 - 01-07-2026'), never a
# word alone ('Brand Clicks' beside 'Non-brand Clicks' are two groups of one period).
_PERIOD = re.compile(r"\d|period|periode|zeitraum|période|periodo")


# The figures a comparison repeats, longest first ('aantal klikken' before 'klikken'): made once, as the header row is
# looked for with them on every candidate record.
_FIGURES = sorted({norm(h) for h in (*CLICKS, *IMPRESSIONS, "CTR", *POSITION)}, key=len, reverse=True)


def comparison(headers: list[str]) -> tuple[list[str], list[int], str, str] | None:
    """Search Console's Compare export: each figure twice, behind the label of its period ('Last 28 days Clicks',
    'Previous 28 days Clicks'; '25-06-2026 - 01-07-2026 Aantal klikken' in Dutch). Returns (the headers with the first
    period's label taken off, the indexes of the other period's columns, the two labels), or None for any other file.
    Two labels, each before the same two or more figures, make a comparison; the first one written is the period
    compared."""
    found: dict[str, dict[str, int]] = {}
    for i, h in enumerate(headers):
        n = norm(h)
        base = next((b for b in _FIGURES if n.endswith(" " + b)), None)
        if base is not None:
            found.setdefault(n[: -len(base)].strip(), {})[base] = i
    labels = [k for k, v in found.items() if len(v) >= 2]
    if len(labels) != 2 or set(found[labels[0]]) != set(found[labels[1]]) or not all(map(_PERIOD.search, labels)):
        return None
    (first, current), (second, previous) = sorted(((k, found[k]) for k in labels), key=lambda kv: min(kv[1].values()))
    def label(k: str, cols: dict[str, int]) -> str:  # as the header writes it (norm lowered it)
        return " ".join(headers[min(cols.values())].split()[:len(k.split())])

    out = list(headers)
    for i in current.values():
        out[i] = " ".join(headers[i].split()[len(first.split()):])
    return out, sorted(previous.values()), label(first, current), label(second, previous)
