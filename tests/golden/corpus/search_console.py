"""Google Search Console performance exports (the CSVs inside the 'Download CSV' zip)."""

from ..corpus import case, write


@case(id="search_console/queries/en", source="search_console", filename="Queries.csv", rows=3,
      origin="DanielTheC/internal-lnking-tool Queries.csv (UTF-8, LF, no final newline, CTR '6.09%', no period)",
      totals={"organic_clicks": 312 + 221 + 0, "organic_impressions": 5120 + 40211 + 12},
      period=("2025-01-01", "2025-03-31", "given"), given_period="2025-01-01..2025-03-31")
def queries(path):
    write(path, [
        "Top queries,Clicks,Impressions,CTR,Position",
        "garden shed base ideas,312,5120,6.09%,2.71",
        "how to insulate a shed,221,40211,0.55%,7.3",
        "shed roof felt,0,12,0%,41",
    ], final_eol=False)


@case(id="search_console/chart/en", source="search_console", filename="Chart.csv", rows=3,
      origin="DanielTheC/internal-lnking-tool Chart.csv (one row per day, ascending, position to one decimal)",
      totals={"organic_clicks": 161 + 170 + 149, "organic_impressions": 13456 + 13800 + 12977},
      period=("2025-01-01", "2025-01-03", "rows"))
def chart(path):
    write(path, [
        "Date,Clicks,Impressions,CTR,Position",
        "2025-01-01,161,13456,1.2%,32",
        "2025-01-02,170,13800,1.23%,32.6",
        "2025-01-03,149,12977,1.15%,31.9",
    ], final_eol=False)


@case(id="search_console/dates/fr", source="search_console", filename="Dates.csv", rows=3, language="fr",
      origin="GAP028/michelin-seo-dashboard Dates.csv (French interface, newest first, '.' decimals)",
      totals={"organic_clicks": 5400 + 5120 + 4988, "organic_impressions": 340000 + 331200 + 329870},
      period=("2025-02-03", "2025-02-05", "rows"))
def dates_fr(path):
    write(path, [
        "Date,Clics,Impressions,CTR,Position",
        "2025-02-05,5400,340000,1.59%,5.7",
        "2025-02-04,5120,331200,1.55%,5.8",
        "2025-02-03,4988,329870,1.51%,5.9",
    ], final_eol=False)


@case(id="search_console/queries/nl", source="search_console", filename="Zoekopdrachten.csv", rows=3, language="nl",
      origin="journinho/wobby-tutorials Zoekopdrachten.csv (Dutch interface: 'Aantal klikken', 'Positie')",
      totals={"organic_clicks": 22 + 4 + 0, "organic_impressions": 54 + 115 + 1},
      period=("2025-10-01", "2025-10-31", "given"), given_period="2025-10-01..2025-10-31")
def queries_nl(path):
    write(path, [
        "Meest uitgevoerde zoekopdrachten,Aantal klikken,Vertoningen,CTR,Positie",
        "voorbeeld zoekterm,22,54,40.74%,1",
        "administratieve ondersteuning,4,115,3.48%,1.82",
        "eenmanszaak,0,1,0%,121",
    ], final_eol=False)


@case(id="search_console/pages/nl", source="search_console", filename="Pagina's.csv", rows=3, language="nl",
      origin="stijnvandepol/SuperScout Pagina's.csv (Dutch interface: 'Toppagina's', 'Aantal klikken', 'Vertoningen', "
      "'Positie'; UTF-8, LF, no final newline, no period)",
      # Unpaid search: organic clicks and impressions, never ad clicks.
      totals={"organic_clicks": 9 + 3 + 0, "organic_impressions": 233 + 936 + 141},
      period=("2026-06-01", "2026-08-31", "given"), given_period="2026-06-01..2026-08-31")
def pages_nl(path):
    write(path, [
        "Toppagina's,Aantal klikken,Vertoningen,CTR,Positie",
        "https://example.nl/aanbieding/a-1,9,233,3.86%,6.76",
        "https://example.nl/,3,936,0.32%,82.09",
        "https://example.nl/winkel/b,0,141,0%,44.95",
    ], final_eol=False)


@case(id="search_console/pages/en-compare", source="search_console", filename="Pages.csv", rows=3,
      origin="public tests of Search Console importers (the index names no repository), one of them giving it as 'the "
      "exact header Search Console emits with Compare enabled': each figure twice, 'Last 28 days Clicks' then "
      "'Previous 28 days Clicks'",
      # The period compared is read; the other period's columns are set aside (and said), never added to it.
      totals={"organic_clicks": 6 + 3 + 0, "organic_impressions": 300 + 120 + 45},
      period=("2026-06-04", "2026-07-01", "given"), given_period="2026-06-04..2026-07-01")
def pages_compare(path):
    write(path, [
        "Top pages,Last 28 days Clicks,Previous 28 days Clicks,Last 28 days Impressions,Previous 28 days Impressions,"
        "Last 28 days CTR,Previous 28 days CTR,Last 28 days Position,Previous 28 days Position",
        "https://example.com/a/,6,10,300,280,2%,3.57%,12.1,9.8",
        "https://example.com/b/,3,1,120,90,2.5%,1.11%,8,9.4",
        "https://example.com/c/,0,2,45,60,0%,3.33%,30.2,25",
    ], final_eol=False)


# Spanish tables: before, 'País', 'Consultas principales' and 'Páginas principales' were no Search Console tab, so
# the file was a generic sheet whose 'Clics' counted as paid clicks beside Google Ads' (CPC 100/90 for 100/50).
@case(id="search_console/countries/es", source="search_console", filename="Países.csv", rows=3, language="es",
      origin="consmarbella/legalhelp-chile gsc-data/Países.csv (Spanish interface: 'País', 'Clics', 'Impresiones', "
      "'Posición'; UTF-8, LF, '2.81%')",
      totals={"organic_clicks": 37 + 4 + 0, "organic_impressions": 1315 + 210 + 9},
      period=("2026-06-01", "2026-06-30", "given"), given_period="2026-06-01..2026-06-30")
def countries_es(path):
    write(path, [
        "País,Clics,Impresiones,CTR,Posición",
        "Chile,37,1315,2.81%,27.69",
        "España,4,210,1.9%,12.4",
        "Perú,0,9,0%,51",
    ])


@case(id="search_console/pages/es", source="search_console", filename="Páginas.csv", rows=2, language="es",
      origin="unzuetat/salariojusto Páginas.csv (Spanish interface: 'Páginas principales', a URL per row)",
      totals={"organic_clicks": 12 + 1, "organic_impressions": 480 + 95},
      period=("2026-05-01", "2026-05-31", "given"), given_period="2026-05-01..2026-05-31")
def pages_es(path):
    write(path, [
        "Páginas principales,Clics,Impresiones,CTR,Posición",
        "https://www.example.cl/,12,480,2.5%,9.1",
        "https://www.example.cl/calculadora,1,95,1.05%,22.3",
    ])


@case(id="search_console/queries/pt", source="search_console", filename="consultas.csv", rows=2, language="pt",
      origin="the Portuguese headers a Search Console tool's README quotes from its exports ('Principais consultas', "
      "'Cliques', 'Impressões', 'Posição')",
      totals={"organic_clicks": 5 + 0, "organic_impressions": 62 + 4},
      period=("2026-06-01", "2026-06-30", "given"), given_period="2026-06-01..2026-06-30")
def queries_pt(path):
    write(path, [
        "Principais consultas,Cliques,Impressões,CTR,Posição",
        "termo de exemplo,5,62,8.06%,6.23",
        "outro termo,0,4,0%,3",
    ])


@case(id="search_console/queries/pt-br", source="search_console", filename="Consultas.csv", rows=3, language="pt",
      origin="seo-guanabara/dashboard gsc/Consultas.csv (UTF-8, LF, `Top consultas,Cliques,Impressões,CTR,Posição`)",
      totals={"organic_clicks": 4827 + 717 + 0, "organic_impressions": 70236 + 6138 + 15},
      period=("2025-01-01", "2026-05-24", "given"), given_period="2025-01-01..2026-05-24")
def queries_pt_br(path):
    """Before, a generic sheet refused for having no date column, where the English `Top queries` table asks for its
    period."""
    write(path, [
        "Top consultas,Cliques,Impressões,CTR,Posição",
        "exemplo viagens,4827,70236,6.87%,1.68",
        "exemplo passagens,717,6138,11.68%,1.07",
        "exemplo horario,0,15,0%,12.4",
    ], final_eol=False)
