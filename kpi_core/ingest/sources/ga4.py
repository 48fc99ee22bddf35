"""Google Analytics 4 report and exploration downloads: '#' preamble, dates yyyymmdd, a totals row."""

from .base import source

WEEKS = ("Week", "Woche", "Semaine", "Semana", "Settimana")
API = {"date": "date", "sessionDefaultChannelGroup": "channel", "sessionSource": "source", "sessionMedium": "medium",
       "sessionCampaignName": "campaign", "sessions": "sessions", "totalUsers": "users", "activeUsers": "users",
       "keyEvents": "conversions", "conversions": "conversions", "totalRevenue": "revenue",
       "purchaseRevenue": "revenue", "ecommercePurchases": "orders", "transactions": "orders"}

SOURCE = source(
    id="ga4",
    name="Google Analytics 4",
    columns={
        "Date": "date", "Datum": "date",
        # Day 0000 is the start date of the comment block (Reports snapshot); in each interface's words.
        "Nth day": "date", "N-ter Tag": "date", "Nde dag": "date", "Énième jour": "date", "Día N": "date",
        # Week 0000 is the week, from Sunday, of the start date (Joel-hanson/joel-hanson.github.io Reports_snapshot)
        "Nth week": "date",
        "Date + hour (YYYYMMDDHH)": "date", "Datum + Stunde (JJJJMMTTHH)": "date",  # rows of one hour on their day
        # A week of the year (Steproac/Monfrere-Tactical-Audit, traffic and user acquisition by Week: '37'), read
        # within the comment block's range (week_numbers below).
        **{w: "date" for w in WEEKS},
        "Session default channel group": "channel", "Session primary channel group (Default Channel Group)": "channel",
        "Session primary channel group": "channel", "Default channel group": "channel",
        "Standaard kanaalgroep voor sessie": "channel",
        "Session primary channel group (Default channel group)": "channel",
        # User acquisition: the channel of each user's first visit
        "First user primary channel group (Default Channel Group)": "channel",
        "First user primary channel group": "channel", "First user default channel group": "channel",
        # German interface (a traffic acquisition download): EN DASH in the primary dimension's name
        "Sitzung – primäre Channelgruppe (Standard-Channelgruppe)": "channel",
        "Sitzung - primäre Channelgruppe (Standard-Channelgruppe)": "channel",
        "Primaire kanaalgroep voor sessie (standaard kanaalgroep)": "channel",
        "Session source": "source", "Sessiebron": "source",
        "Session medium": "medium", "Sessiemedium": "medium",
        "Session campaign": "campaign", "Sessiecampagne": "campaign",
        "Sessions": "sessions", "Sessies": "sessions",  # never 'Engaged sessions'
        "Total users": "users", "Users": "users", "Totaal aantal gebruikers": "users", "Gebruikers": "users",
        "Active users": "users",  # the users of Pages and screens, Landing page and Content group downloads
        # Key events were called Conversions until March 2024.
        "Key events": "conversions", "Conversions": "conversions", "Belangrijke gebeurtenissen": "conversions",
        "Conversies": "conversions",
        "Total revenue": "revenue", "Purchase revenue": "revenue", "Totale opbrengst": "revenue",
        "Aankoopopbrengst": "revenue",
        "Ecommerce purchases": "orders", "Transactions": "orders", "E-commerce-aankopen": "orders",
        "Transacties": "orders",
        # German interface's figures (after the English and Dutch: a message naming what a table lacks shows those)
        "Sitzungen": "sessions", "Nutzer insgesamt": "users", "Gesamtzahl der Nutzer": "users",
        "Schlüsselereignisse": "conversions", "Gesamtumsatz": "revenue", "Transaktionen": "orders",
        # Active users in the other interfaces, as in English (landing page and pages downloads).
        "Actieve gebruikers": "users", "Aktive Nutzer": "users", "Utilisateurs actifs": "users",
        "Usuarios activos": "users",
        # French and Spanish interfaces, as public readers of their downloads spell them (a GA4 reader's tests, an
        # Apps Script dashboard): key events, total revenue and the session's channel group.
        "Groupe de canaux principal de la session (Groupe de canaux par défaut)": "channel",
        "Événements clés": "conversions", "Revenu total": "revenue",
        "Grupo de canales principal de la sesión (Grupo de canales predeterminado)": "channel",
        "Sesiones": "sessions", "Eventos clave": "conversions", "Ingresos totales": "revenue",
        # Spanish Reports snapshot (williamm6891/Actividad_1 `data-export.csv`): 'Día N,Usuarios', then the sessions
        # by 'Grupo de canales predeterminado de la sesión'.
        "Usuarios": "users", "Usuarios totales": "users",
        "Grupo de canales predeterminado de la sesión": "channel",
        # Portuguese (Brazil) interface (seo-guanabara/dashboard: traffic acquisition, SEO traffic, pages, transaction
        # downloads, comment block '# Data de início: 20250101'); a custom channel group is named '(Grupo de Canais)'.
        "Grupo principal de canais da sessão (Agrupamento de canais padrão)": "channel",
        "Grupo principal de canais da sessão (Grupo de Canais)": "channel",
        "Grupo principal de canais da sessão": "channel", "Grupo de canais padrão da sessão": "channel",
        "Sessões": "sessions", "Total de usuários": "users", "Usuários ativos": "users", "Usuários": "users",
        "Eventos principais": "conversions", "Receita total": "revenue", "Receita de compra": "revenue",
        "Transações": "orders", "Compras de e-commerce": "orders",
        # The Data API's names, as scripts that call it write them to CSV (unzuetat/salariojusto
        # `analisis/ga4/2026-05-25.csv`: date,pagePath,sessionDefaultChannelGroup,sessions,totalUsers,...).
        **API,
    },
    markers=["Key events", "Engaged sessions", "Session key event rate", "Session default channel group",
             "Session primary channel group (Default Channel Group)", "Engagement rate",
             "Average engagement time per session", "Engaged sessions per user", "Events per session", "Event count",
             "Total users", "Belangrijke gebeurtenissen", "Betrokken sessies", "Standaard kanaalgroep voor sessie",
             "Engagementpercentage", "Totaal aantal gebruikers", "Sitzungen mit Interaktionen", "Engagement-Rate",
             "Ereignisanzahl", "Schlüsselereignisse", "Sitzung-Schlüsselereignisrate",
             "Durchschnittliche Interaktionsdauer pro Sitzung", "Date + hour (YYYYMMDDHH)",
             "Sessions avec engagement", "Événements clés", "Taux d'engagement", "Sesiones con interacción",
             "Eventos clave", "Porcentaje de interacciones", "Sessões engajadas", "Taxa de engajamento",
             "Eventos principais", "Contagem de eventos", "Usuários recorrentes",
             "Tempo médio de engajamento por sessão",
             *(h for h in API if h[0].islower() and h not in ("date", "sessions", "conversions", "transactions")),
             "engagedSessions", "engagementRate", "screenPageViews", "averageSessionDuration", "newUsers"],
    required=[{"sessions", "users", "conversions", "revenue"}],  # the period may be in the comment block
    derived=["Engagement rate", "Average engagement time per session", "Average engagement time",
             "Engaged sessions per user", "Events per session", "Session key event rate", "User key event rate",
             "Session conversion rate", "Bounce rate", "Average purchase revenue", "Engagementpercentage",
             "Gemiddelde engagementtijd per sessie", "Betrokken sessies per gebruiker", "Gebeurtenissen per sessie",
             "Engagement-Rate", "Durchschnittliche Interaktionsdauer pro Sitzung", "Ereignisse pro Sitzung",
             "Sitzung-Schlüsselereignisrate", "Taux d'engagement", "Durée d'engagement moyenne par session",
             "Événements par session", "Taux d'événements clés de la session", "Porcentaje de interacciones",
             "Tiempo medio de interacción por sesión", "Eventos por sesión", "Tasa de eventos clave de la sesión",
             "engagementRate", "averageSessionDuration", "bounceRate", "sessionKeyEventRate",
             "Taxa de engajamento", "Tempo médio de engajamento por sessão", "Taxa de rejeição",
             "Taxa de novos usuários", "Receita média diária", "Tempo médio de engajamento por usuário ativo",
             "Visualizações por usuário ativo", "Contagem de eventos por usuário ativo",
             "Taxa de eventos principais da sessão"],
    week_numbers=WEEKS,
    warnings=("rule.ga4_key_events_are_conversions",),
    warns_about={"rule.ga4_key_events_are_conversions": ("conversions", "sessions")},
    # The Events table (DanielTheC/internal-lnking-tool `Events_Event_name.csv`): users per event overlap.
    people_segments=("Event name", "Gebeurtenisnaam", "Ereignisname", "Nom de l'événement", "Nombre del evento",
                     "Nome evento", "Nome do evento", "eventName"),
    # The comment block every GA4 download starts with names the tool, whatever the table's columns.
    hints=(r"^#\s*(start date|end date|startdatum|enddatum|einddatum|date de début|date de fin|fecha de inicio|"
           r"fecha de finalización|data de início|data de término)\s*:\s*\d{8}",
           # an exploration's download states its range alone on a line of the block (PawelMindlink/Ad-Creator
           # 'Koszulkowy/download (1).csv': '# 20251201-20251231')
           r"^#\s*\d{8}\s*-\s*\d{8}\s*$"),
)
