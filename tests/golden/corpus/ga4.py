"""Google Analytics 4 downloads: standard reports, a reports snapshot, an exploration, an hourly table."""

from __future__ import annotations

from pathlib import Path

from . import case, write

RULE = "# " + "-" * 40


def block(title: str, account: str, prop: str, start: str, end: str, segment: str = "# All Users",
          labels: tuple[str, str] = ("Start date", "End date")) -> list[str]:
    """The 9-line comment block of a standard report: rule, title, account, property, rule, `# `, segment, dates."""
    return [RULE, f"# {title}", f"# Account: {account}", f"# Property: {prop}", RULE, "# ", segment,
            f"# {labels[0]}: {start}", f"# {labels[1]}: {end}"]


@case(id="ga4/pages/en", origin="DanielTheC/internal-lnking-tool Pages_and_screens_Page_path_and_screen_class.csv",
      filename="Pages_and_screens_Page_path_and_screen_class.csv", source="ga4", rows=4,
      totals={"conversions": 12 + 3 + 0 + 1, "revenue": 0 + 149.9 + 0 + 42.5, "users": 103 + 61 + 7 + 16},
      period=("2025-01-01", "2025-12-31", "file"))
def ga4_pages(path: Path) -> None:
    """Pages and screens, English: the comment block states the year, no date column, raw floats, no totals row,
    UTF-8 without BOM, LF and no newline after the last row. Origin: DanielTheC/internal-lnking-tool
    `Pages_and_screens_Page_path_and_screen_class.csv`."""
    write(path, [
        *block("Pages and screens: Page path and screen class", "example-garden.co.uk", "GA4 - example-garden.co.uk",
               "20250101", "20251231"),
        "Page path and screen class,Views,Active users,Views per active user,Average engagement time per active user,"
        "Event count,Key events,Total revenue",
        "/garden-sheds-kent/,146,103,1.4174757281553398,53.15533980582524,751,12,0",
        "/shop/log-store/,88,61,1.4426229508196722,71.9344262295082,402,3,149.9",
        '"/search/?q=shed,base",9,7,1.2857142857142858,12.571428571428571,31,0,0',
        "/awnings-sussex/,19,16,1.1875,21.25,82,1,42.5",
    ], final_eol=False)


@case(id="ga4/events/en-2023", origin="podmeister81/Analytics-data data-export.csv",
      filename="data-export.csv", source="ga4", rows=5, totals={"revenue": 0 + 0 + 0 + 0 + 1280.5},
      period=("2023-01-01", "2023-12-31", "file"))
def ga4_events_2023(path: Path) -> None:
    """Events report downloaded in 2023: title line `# Report CSV Export`, `Event count per user` (later `per active
    user`), CRLF line ends (committed from Windows), no newline after the last row. Per-event user counts overlap;
    only the revenue adds up. Origin: podmeister81/Analytics-data `data-export.csv`."""
    write(path, [
        *block("Report CSV Export", "ExampleGroup", "www.example.com", "20230101", "20231231"),
        "Event name,Event count,Total users,Event count per user,Total revenue",
        "page_view,129094,29418,4.389160886712906,0",
        "user_engagement,73059,19474,3.814095536413469,0",
        "session_start,44722,29400,1.5220883534136547,0",
        "first_visit,29188,29008,1.0062051847766134,0",
        "purchase,31,29,1.0689655172413792,1280.5",
    ], eol="\r\n", final_eol=False)


@case(id="ga4/traffic_acquisition/de",
      origin="GA4 German interface labels (public GA4-to-API column mapping document); layout of DanielTheC/"
             "internal-lnking-tool Pages_and_screens_Page_path_and_screen_class.csv",
      filename="Traffic-Akquisition_Sitzung_–_primäre_Channelgruppe_(Standard-Channelgruppe).csv", source="ga4",
      rows=4, totals={"sessions": 1840 + 912 + 455 + 61, "conversions": 41 + 17 + 6 + 0,
                      "revenue": 3120.4 + 1410 + 388.9 + 0},
      period=("2025-02-01", "2025-02-28", "file"), language="de")
def ga4_traffic_acquisition_de(path: Path) -> None:
    """Traffic acquisition, German interface: German comment block (`# Startdatum:`, `# Enddatum:`, `# Alle
    Nutzer`), the primary dimension `Sitzung – primäre Channelgruppe (Standard-Channelgruppe)` with an EN DASH,
    `Sitzungen`, `Schlüsselereignisse`, `Gesamtumsatz`; numbers stay in the download's point-decimal style. Origin:
    the German labels of the Traffic acquisition report as listed in a public GA4 dashboard-to-API mapping document;
    bytes and block as in DanielTheC/internal-lnking-tool `Pages_and_screens_Page_path_and_screen_class.csv`."""
    write(path, [
        *block("Traffic-Akquisition: Sitzung – primäre Channelgruppe (Standard-Channelgruppe)", "Beispiel GmbH",
               "beispiel.de – GA4", "20250201", "20250228", "# Alle Nutzer", ("Startdatum", "Enddatum")),
        "Sitzung – primäre Channelgruppe (Standard-Channelgruppe),Sitzungen,Sitzungen mit Interaktionen,"
        "Engagement-Rate,Durchschnittliche Interaktionsdauer pro Sitzung,Ereignisse pro Sitzung,Ereignisanzahl,"
        "Schlüsselereignisse,Sitzung-Schlüsselereignisrate,Gesamtumsatz",
        "Organic Search,1840,1212,0.6586956521739131,61.23,5.8,10672,41,0.021195652173913043,3120.4",
        "Paid Search,912,540,0.5921052631578947,44.9,4.75,4332,17,0.017543859649122806,1410",
        "Direct,455,230,0.5054945054945055,38.01,4.1,1865,6,0.013186813186813187,388.9",
        "Unassigned,61,0,0,0,2,122,0,0,0",
    ], final_eol=False)


@case(id="ga4/exploration/en", origin="DanielTheC/internal-lnking-tool download (2).csv",
      filename="download.csv", source="ga4", rows=4,
      totals={"users": 5120 + 2210 + 1380 + 96, "sessions": 6402 + 2570 + 1660 + 104,
              "conversions": 188 + 61 + 22 + 1, "revenue": 15210.5 + 4870 + 1200.25 + 0},
      period=("2024-11-22", "2026-01-20", "file"), skipped={"totals": 1})
def ga4_exploration(path: Path) -> None:
    """Exploration (Explore > Download > CSV): property on line 2, `<exploration>-<tab>` on line 3, the range as
    `# YYYYMMDD-YYYYMMDD` on line 4, an empty line, the header, then the Grand total as the FIRST row with empty
    dimension and one extra trailing field `Grand total`; ends with an empty line. Origin:
    DanielTheC/internal-lnking-tool `download (2).csv`."""
    write(path, [
        RULE, "# Example Shop GA4", "# Untitled exploration-Free form 1", "# 20241122-20260120", RULE, "",
        "Session default channel group,Total users,Sessions,Key events,Total revenue,Bounce rate",
        ",8712,10736,272,21280.75,0.29850037257824145,Grand total",
        "Organic Search,5120,6402,188,15210.5,0.2711652608559825",
        "Direct,2210,2570,61,4870,0.33346303501945525",
        "Email,1380,1660,22,1200.25,0.2897590361445783",
        "Unassigned,96,104,1,0,0.5576923076923077",
        "",
    ])


@case(id="ga4/date_hour/en", origin="chirayu32/Website-Analysis data-export.csv",
      filename="data-export.csv", source="ga4", rows=5,
      totals={"sessions": 300 + 267 + 1 + 188 + 74, "users": 237 + 208 + 0 + 150 + 61},
      period=("2024-04-16", "2024-05-03", "rows"))
def ga4_date_hour(path: Path) -> None:
    """Hourly table `Date + hour (YYYYMMDDHH)` (10-digit values) by channel, as shared after an Excel re-save: the
    rule line padded with commas, the other comment lines gone, CRLF, floats cut to 9-10 digits. Origin:
    chirayu32/Website-Analysis `data-export.csv`."""
    write(path, [
        RULE + ",,,,,,,,,",
        "Session primary channel group (Default channel group),Date + hour (YYYYMMDDHH),Users,Sessions,"
        "Engaged sessions,Average engagement time per session,Engaged sessions per user,Events per session,"
        "Engagement rate,Event count",
        "Direct,2024041623,237,300,144,47.52666667,0.607594937,4.673333333,0.48,1402",
        "Organic Social,2024041719,208,267,132,32.09737828,0.634615385,4.29588015,0.494382022,1147",
        "Unassigned,2024050307,0,1,0,0,0,2,0,2",
        "Organic Search,2024042510,150,188,120,61.2,0.8,5.1,0.638297872,959",
        "Referral,2024050316,61,74,40,29.4,0.655737705,3.9,0.540540541,289",
    ], eol="\r\n")


@case(id="ga4/reports_snapshot/en", origin="LilyHeAsamiko/GA4 data-export.csv",
      filename="data-export.csv", source="ga4", rows=10, totals={"users": 3 + 5 + 4 + 0 + 2 + 7 + 6 + 1 + 0 + 4},
      period=("2023-04-24", "2023-05-03", "rows"))
def ga4_reports_snapshot(path: Path) -> None:
    """Reports snapshot: several cards in one file, each with its own `# Start date`/`# End date` lines and separated
    by one empty line; the first table (`Nth day,Users`, days zero-padded from `0000` = the start date) is the data,
    the cards after it (channels, countries, pages, events, an empty `Platform,Conversions`) are not. Title line
    `# Report CSV Export`, `#  ` (two spaces) before the dates, CRLF. Origin: LilyHeAsamiko/GA4 `data-export.csv`."""
    dates = ["# Start date: 20230424", "# End date: 20230503"]
    write(path, [
        RULE, "# Report CSV Export", "# Account: example-test", "# Property: example - GA4", RULE, "#  ", *dates,
        "Nth day,Users", *(f"{n:04d},{u}" for n, u in enumerate([3, 5, 4, 0, 2, 7, 6, 1, 0, 4])), "",
        *dates, "Nth day,New users", *(f"{n:04d},{u}" for n, u in enumerate([2, 4, 3, 0, 1, 5, 4, 1, 0, 3])), "",
        *dates, "Nth day,Total revenue", "", "",
        "# Where do your new users come from?", *dates, "First user default channel group,New users", "Direct,14",
        "Organic Search,9", "",
        "#  ", *dates, "Session default channel group,Sessions", "Direct,21", "Unassigned,6", "Organic Search,11", "",
        "#  ", *dates, "Country ID,Users", "NL,19", "BE,6", "",
        "#  ", *dates, "Page title and screen class,Views", "Welcome,48", "",
        "#  ", *dates, "Event name,Event count", "page_view,48", "scroll,31", "session_start,38", "",
        "#  ", *dates, "Platform,Conversions",
    ], eol="\r\n")


@case(id="ga4/reports_snapshot/es", origin="williamm6891/Actividad_1 data-export.csv", language="es",
      filename="data-export.csv", source="ga4", rows=4, totals={"users": 0 + 2 + 3 + 1},
      period=("2023-04-24", "2023-04-27", "rows"))
def ga4_reports_snapshot_es(path: Path) -> None:
    """The Reports snapshot in Spanish: `# Exportar informe en formato CSV`, `# Fecha de inicio:` and `# Fecha de
    finalización:`, the first table `Día N,Usuarios` (days from `0000`), then `Día N,Usuarios nuevos` and the sessions
    by `Grupo de canales predeterminado de la sesión`. Before, no column of the first table was known: refused."""
    dates = ["# Fecha de inicio: 20230424", "# Fecha de finalización: 20230427"]
    write(path, [
        RULE, "# Exportar informe en formato CSV", "# Cuenta: ejemplo", "# Propiedad: ejemplo - GA4", RULE, "#  ",
        *dates, "Día N,Usuarios", *(f"{n:04d},{u}" for n, u in enumerate([0, 2, 3, 1])), "",
        *dates, "Día N,Usuarios nuevos", *(f"{n:04d},{u}" for n, u in enumerate([0, 1, 2, 1])), "",
        "#  ", *dates, "Grupo de canales predeterminado de la sesión,Sesiones", "Direct,27", "Organic Search,4",
    ], eol="\r\n")


def _acquisition(channel_header: str, labels: list[str], title: str, org: str, prop: str, everyone: str,
                 dates: tuple[str, str]) -> list[str]:
    """A Traffic acquisition download in another interface language: its comment block, then the table."""
    return [
        *block(title, org, prop, "20250201", "20250228", everyone, dates),
        ",".join([channel_header, *labels]),
        "Organic Search,1000,600,0.6,50.5,5,5000,20,0.02,1500.5",
        "Direct,500,250,0.5,40,4,2000,10,0.02,500",
        "Email,100,80,0.8,70,6,600,5,0.05,200",
    ]


@case(id="ga4/traffic_acquisition/fr",
      origin="GA4 French interface labels as a public JavaScript test of a GA4 download reader spells them (the index "
             "names no repository); comment block and bytes as the other GA4 downloads",
      filename="Acquisition_de_trafic.csv", source="ga4", rows=3,
      totals={"sessions": 1600, "conversions": 35, "revenue": 2200.5},
      period=("2025-02-01", "2025-02-28", "file"), language="fr")
def ga4_traffic_acquisition_fr(path: Path) -> None:
    """Traffic acquisition, French interface: key events (`Événements clés`), total revenue (`Revenu total`) and the
    channel group were left unread without a word before."""
    write(path, _acquisition(
        "Groupe de canaux principal de la session (Groupe de canaux par défaut)",
        ["Sessions", "Sessions avec engagement", "Taux d'engagement", "Durée d'engagement moyenne par session",
         "Événements par session", "Nombre d'événements", "Événements clés", "Taux d'événements clés de la session",
         "Revenu total"],
        "Acquisition de trafic : Groupe de canaux principal de la session (Groupe de canaux par défaut)",
        "Exemple SAS", "exemple.fr - GA4", "# Tous les utilisateurs", ("Date de début", "Date de fin")),
        final_eol=False)


@case(id="ga4/traffic_acquisition/es",
      origin="GA4 Spanish interface labels as a public Apps Script GA4 dashboard parses them (the index names no "
             "repository); comment block and bytes as the other GA4 downloads",
      filename="Adquisicion_de_trafico.csv", source="ga4", rows=3,
      totals={"sessions": 1600, "conversions": 35, "revenue": 2200.5},
      period=("2025-02-01", "2025-02-28", "file"), language="es")
def ga4_traffic_acquisition_es(path: Path) -> None:
    """Traffic acquisition, Spanish interface (`Sesiones`, `Eventos clave`, `Ingresos totales`): refused as a sheet
    without figures before."""
    write(path, _acquisition(
        "Grupo de canales principal de la sesión (Grupo de canales predeterminado)",
        ["Sesiones", "Sesiones con interacción", "Porcentaje de interacciones",
         "Tiempo medio de interacción por sesión", "Eventos por sesión", "Número de eventos", "Eventos clave",
         "Tasa de eventos clave de la sesión", "Ingresos totales"],
        "Adquisición de tráfico: Grupo de canales principal de la sesión (Grupo de canales predeterminado)",
        "Ejemplo SL", "ejemplo.es - GA4", "# Todos los usuarios", ("Fecha de inicio", "Fecha de finalización")),
        final_eol=False)


@case(id="ga4/landing_page/de", origin="GA4 German interface labels (Aktive Nutzer, Neue Nutzer) of the Landing page "
      "download; comment block and bytes as the other GA4 downloads",
      filename="Landingpage.csv", source="ga4", rows=3,
      # Active users are the users, as English 'Active users'; new users are some of them, never read as users.
      totals={"sessions": 1600, "users": 800 + 450 + 90, "conversions": 35, "revenue": 2200.5},
      period=("2025-02-01", "2025-02-28", "file"), language="de")
def ga4_landing_page_de(path: Path) -> None:
    write(path, [
        *block("Landingpage: Landingpage + Abfragestring", "Beispiel GmbH", "beispiel.de - GA4", "20250201",
               "20250228", "# Alle Nutzer", ("Startdatum", "Enddatum")),
        "Landingpage + Abfragestring,Sitzungen,Aktive Nutzer,Neue Nutzer,"
        "Durchschnittliche Interaktionsdauer pro Sitzung,Schlüsselereignisse,Gesamtumsatz",
        "/,1000,800,500,50.5,20,1500.5",
        "/blog/,500,450,300,40,10,500",
        "/kontakt,100,90,40,60,5,200",
    ], final_eol=False)


@case(id="ga4/data_api/script", origin="unzuetat/salariojusto analisis/ga4/2026-05-25.csv",
      filename="2026-05-25.csv", source="ga4", rows=3, totals={"sessions": 13 + 4 + 3, "users": 11 + 3 + 3},
      period=("2026-05-25", "2026-06-01", "rows"))
def ga4_data_api(path: Path) -> None:
    """A script's CSV of a Data API report: the API's own names (`sessionDefaultChannelGroup`, `totalUsers`), dates
    as yyyymmdd, CRLF. Before, a generic sheet whose users and channels were left unread."""
    write(path, [
        "date,pagePath,sessionDefaultChannelGroup,sessions,totalUsers,screenPageViews,averageSessionDuration",
        "20260525,/x.html,Organic Search,13,11,13,56.37",
        "20260526,/y.html,Direct,4,3,5,10.2",
        "20260601,/x.html,Organic Search,3,3,3,5",
    ], eol="\r\n")


# --- Portuguese (Brazil) interface: seo-guanabara/dashboard, traffic acquisition, SEO traffic and transactions -------

PT_BR = "seo-guanabara/dashboard"


def write_pt(path: Path, title: str, start: str, end: str, lines: list[str]) -> None:
    """A Portuguese download as the real ones are written (UTF-8 without BOM, CRLF, no line break after the last
    row): the comment block (`# Conta:`, `# Propriedade:`, `# Todos os usuários`, `# Data de início:`), then lines."""
    write(path, [RULE, f"# {title}", "# Conta: Exemplo | Sites", "# Propriedade: Exemplo – GA4", RULE, "# ",
                 "# Todos os usuários", f"# Data de início: {start}", f"# Data de término: {end}", *lines],
          eol="\r\n", final_eol=False)


@case(id="ga4/traffic_acquisition/pt-br", language="pt", filename="all_channels.csv", source="ga4", rows=4,
      origin=f"{PT_BR} `ga4/all_channels.csv`",
      totals={"sessions": 15690 + 5394 + 4743 + 48, "users": 7853 + 2589 + 2076 + 27,
              "orders": 1230 + 362 + 621 + 1, "revenue": 233070.914963 + 67586.130423 + 114597.769994 + 932.569998,
              "conversions": 53852 + 15087 + 9182 + 96},
      period=("2025-01-01", "2026-05-24", "file"), skipped={"preamble": 9})
def traffic_acquisition_pt_br(path: Path) -> None:
    """Traffic acquisition, Portuguese: the comment block's `# Data de início: 20250101` states the period, the channel
    column of a custom channel group (`... (Grupo de Canais)`), `Sessões`, `Total de usuários`, `Transações`, `Receita
    total`, `Eventos principais`; new and returning users, engaged sessions and rates beside them. UTF-8 without BOM,
    CRLF, no line break after the last row. Before, refused for having no date column. Origin: seo-guanabara/dashboard
    `ga4/all_channels.csv`."""
    write_pt(path, "Aquisição de tráfego: Grupo principal de canais da sessão (Agrupamento de canais padrão)",
             "20250101", "20260524", [
        "Grupo principal de canais da sessão (Grupo de Canais),Sessões,Total de usuários,Usuários recorrentes,"
        "Novos usuários,Transações,Receita total,Sessões engajadas,Taxa de engajamento,Eventos principais,"
        "Receita média diária,Contagem de eventos",
        "Paid Search,15690,7853,2752,7103,1230,233070.914963,13553,0.863854257495005,53852,468.5881826566,177033",
        "Organic Search,5394,2589,1557,1167,362,67586.130423,4131,0.7658680456681142,15087,135.5665269538,46088",
        "Direct,4743,2076,638,1875,621,114597.769994,3277,0.6909929009831354,9182,225.67538309234,37917",
        "Affiliates,48,27,8,24,1,932.569998,38,0.7916666666666666,96,33.306071357142855,433",
    ])


@case(id="ga4/seo_traffic/pt-br-compared", language="pt", filename="ytd_yoy.csv", source="ga4", rows=3,
      origin=f"{PT_BR} `ga4/ytd_yoy.csv`",
      totals={"sessions": 1366 + 397 + 10, "users": 752 + 199 + 6, "orders": 93 + 55 + 0,
              "revenue": 16331.920185 + 1188.679889 + 0},
      period=("2026-01-01", "2026-05-24", "file"), skipped={"preamble": 9, "blank": 1, "extra_table": 7})
def seo_traffic_pt_br_compared(path: Path) -> None:
    """A report compared with an earlier period: the first table (2026-01-01 to 2026-05-24), an empty line, then the
    earlier period's own block (`# Todos os usuários`, its start and end dates) and table. The second table is left
    out and said (ingest.other_period_left_out), never added to the first. Origin: seo-guanabara/dashboard
    `ga4/ytd_yoy.csv`."""
    head = ("Origem / mídia da sessão,Sessões,Novos usuários,Usuários recorrentes,Total de usuários,Transações,"
            "Receita total,Taxa de engajamento,Taxa de rejeição,Tempo médio de engajamento por sessão")
    write_pt(path, "Tráfego SEO", "20260101", "20260524", [
        head,
        "google / organic,1366,311,457,752,93,16331.920185,0.7700496640031851,0.22995033599681494,97.69238177903398",
        "bing / organic,397,146,99,199,55,1188.679889,0.8178223308062363,0.18217766919376369,284.6982847643755",
        "copilot.com / referral,10,6,0,6,0,0,1,0,294.5",
        "", "# Todos os usuários", "# Data de início: 20250101", "# Data de término: 20250524", head,
        "google / organic,1515,327,452,737,103,18823.43979,0.7690411417956525,0.23095885820434744,103.48172142740289",
        "bing / organic,282,99,78,150,33,842.219998,0.7991582967887961,0.20084170321120384,279.4174565002122",
        "copilot.com / referral,0,0,0,0,0,0,0,0,0",
    ])


@case(id="ga4/transactions/pt-br", language="pt", filename="transactions.csv", source="ga4", rows=3,
      origin=f"{PT_BR} `ga4/transactions.csv`",
      totals={"orders": 182 + 1 + 1, "revenue": 30478.609173 + 189.9 + 75.5, "sessions": 18845 + 1 + 1},
      period=("2025-01-01", "2026-05-24", "file"), skipped={"preamble": 9})
def transactions_pt_br(path: Path) -> None:
    """Transactions by ID: `Compras de e-commerce` are orders, `Receita de compra` their revenue; '(not set)' holds the
    purchases without an ID. Origin: seo-guanabara/dashboard `ga4/transactions.csv`."""
    write_pt(path, "Transações: ID da Transação", "20250101", "20260524", [
        "ID da Transação,Origem / mídia da sessão,Compras de e-commerce,Receita de compra,Sessões",
        "(not set),google / cpc,182,30478.609173,18845",
        "T-1001,(direct) / (none),1,189.9,1",
        "T-1002,google / organic,1,75.5,1",
    ])


@case(id="ga4/exploration/en-landing-pages", origin="PawelMindlink/Ad-Creator Koszulkowy/download (1).csv",
      filename="download (1).csv", source="ga4", rows=3,
      totals={"revenue": 257311.07 + 470120.5 + 174258.94, "sessions": 41634 + 98120 + 35842,
              "orders": 2414 + 4305 + 1558},
      period=("2025-12-01", "2025-12-31", "file"), skipped={"preamble": 6, "totals": 1})
def ga4_exploration_landing_pages(path: Path) -> None:
    """A free-form exploration by landing page: a comment block that names the property and the exploration and
    states the range alone ('# 20251201-20251231'), an empty line, then the grand total first with one field more
    than the header ('Grand total' past its last column). Its averages (ARPU, Average purchase revenue) were summed
    as revenue, read as a sheet of no known tool; the revenue is Total revenue."""
    write(path, [
        RULE, "# Example shop – GA4", "# Untitled exploration-Free form 1", "# 20251201-20251231", RULE, "",
        "Landing page,ARPU,Average purchase revenue,Total revenue,Sessions,Transactions",
        ",5.1460521389,107.7599847826,901690.51,175596,8277,Grand total",
        "(not set),6.1802726620,106.5911640430,257311.07,41634,2414",
        "/collections/new,4.7912812781,109.2033681765,470120.5,98120,4305",
        "/,4.8618195416,111.8478433890,174258.94,35842,1558",
    ])


@case(id="ga4/reports_snapshot/en-nth-week", origin="Joel-hanson/joel-hanson.github.io Reports_snapshot.csv",
      filename="Reports_snapshot.csv", source="ga4", rows=3, totals={"users": 13 + 22 + 18},
      period=("2025-01-01", "2025-01-20", "file"))  # its weeks end on the 18th: the range is the file's
def ga4_reports_snapshot_weeks(path: Path) -> None:
    """A Reports snapshot of a range by week: `Nth week,Active users`, week 0000 the week (from Sunday) of the start
    date, the last week cut short by the end date; LF, `#  ` before the dates, a table by channel after an empty
    line. Unread before, every week was spread evenly over the whole range."""
    dates = ["# Start date: 20250101", "# End date: 20250120"]
    write(path, [
        RULE, "# Reports snapshot", "# Account: EXAMPLE", "# Property: Website", RULE, "#  ", *dates,
        "Nth week,Active users", "0000,13", "0001,22", "0002,18", "", "#  ", *dates,
        "Session primary channel group (Default Channel Group),Sessions", "Direct,40", "Organic Search,21"])


@case(id="ga4/reports_snapshot/en-summary-card-first", origin="Setheryd/onlinetools Reports_snapshot.csv",
      filename="Reports_snapshot.csv", source="ga4", rows=1, totals={"users": 1200},
      period=("2025-12-03", "2026-03-02", "file"))
def ga4_reports_snapshot_summary_first(path: Path) -> None:
    """A Reports snapshot that opens with a card of one row, the property's figures over the range (`Active users,New
    users,Average engagement time per active user,Event count`), then a card by page whose users count again on
    every page they saw. The first card's names were not enough for a header: the page card was read, 1,476 users
    where the property had 1,200."""
    dates = ["# Start date: 20251203", "# End date: 20260302"]
    write(path, [
        RULE, "# Reports snapshot", "# Account: Example", "# Property: example.org", RULE, "#  ", *dates,
        "Active users,New users,Average engagement time per active user,Event count", "1200,1180,62.34,8019", "",
        "#  ", *dates, "Page title and screen class,Views,Active users,Event count,Bounce rate",
        "Home - Example,756,626,1745,0.019", "Tools - Example,500,500,1999,0.002", "Not found - Example,238,350,757,0"])


@case(id="ga4/report_csv_export/en-views-alone", origin="PsyTeachR/analytics data-export_2021-10-17.csv",
      filename="data-export.csv", source="ga4", rows=0, totals={}, refused="ingest.tool_lacks")
def ga4_views_alone(path: Path) -> None:
    """GA4's pages report with Views alone under its comment block (`# All Users` segment line): no figure Koers
    reads of GA4. Read as a sheet of no tool, its page views were counted as video views; refused now, naming what
    a GA4 table needs."""
    write(path, [RULE, "# Report CSV Export", "# Account: example", "# Property: example", RULE, "# ", "# All Users",
                 "# Start date: 20211017", "# End date: 20211023", "",
                 "Page path + query string and screen class,Views", "/course/loading-data.html,2293",
                 "/course/wrangling.html,1383", "/course/basics.html,1093"])


@case(id="ga4/landing_page/en-row-without-page", origin="Anas3rdshade/Teefusion Landing_page_Landing_page.csv",
      filename="Landing_page_Landing_page.csv", source="ga4", rows=5,
      totals={"sessions": 640 + 311 + 97 + 13 + 9, "conversions": 5 + 2 + 0 + 0 + 1},
      period=("2025-02-01", "2025-08-04", "file"), skipped={"totals": 0})
def ga4_landing_page_row_without_page(path: Path) -> None:
    """Landing page report, sorted by sessions: the sessions GA4 has no landing page for stand as a row with an
    empty first cell between the others, beside the `(not set)` row. Taken for a total (figures, no name, no
    date), its 13 sessions were left out; it totals none of the rows around it."""
    write(path, [
        *block("Landing page: Landing page", "Example Shop", "Example Shop", "20250201", "20250804"),
        "Landing page,Sessions,Active users,New users,Average engagement time per session,Key events,Total revenue,"
        "Session key event rate",
        "/shop,640,602,590,19.059171597633135,5,0,0.0078125",
        "(not set),311,200,0,20.212389380530972,2,0,0.006430868167202572",
        "/product-category/men,97,88,80,39.16030534351145,0,0,0",
        ",13,12,0,9.846153846153847,0,0,0",
        "/shop/page/12,9,9,9,0,1,0,0.1111111111111111",
    ], final_eol=False)
