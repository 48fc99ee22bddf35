"""Any other sheet: columns mapped by header synonyms in English, Dutch, German and French, and the core ad, sales,
traffic and email columns in Spanish, Italian and Portuguese ('Fecha, Campaña, Impresiones, Clics, Coste')."""

from .base import source

# Synonyms that name their field only as the whole header: 'Data' is the date in Portuguese and Italian, but 'Data
# source' is no date.
WHOLE_ONLY = frozenset({"data"})

SYNONYMS = {
    "date": ["date", "day", "datum", "dag", "tag", "jour", "periode", "period", "week", "month", "maand", "monat",
             "mois", "created", "created at", "aangemaakt", "order date", "besteldatum", "fecha", "día", "giorno",
             "data", "dia", "semana", "settimana", "mes", "mese", "mês"],
    "channel": ["channel", "kanaal", "kanal", "canal", "platform", "medium type", "canale"],
    "campaign": ["campaign", "campaign name", "campagne", "campagnenaam", "kampagne", "nom de la campagne", "campaña",
                 "nombre de la campaña", "campagna", "campanha"],
    # The name, never the ID beside it ('Ad set id' before 'Ad set name' in Spotify Ads' downloads).
    "ad_group": ["ad group", "ad set", "ad group name", "ad set name", "advertentiegroep", "advertentieset",
                 "anzeigengruppe", "groupe d'annonces", "grupo de anuncios", "gruppo di annunci", "grupo de anúncios"],
    "source": ["source", "bron", "quelle", "utm_source", "utm source"],
    "medium": ["medium", "utm_medium", "utm medium"],
    "product": ["product", "product name", "productnaam", "artikel", "produit", "item"],
    "customer_id": ["customer", "customer id", "klant", "klantnummer", "kunde", "client", "email", "e-mail"],
    "stage": ["stage", "fase", "status", "phase", "lifecycle stage"],
    "account": ["account", "account name", "accountnaam", "konto", "compte"],
    "impressions": ["impressions", "impr.", "impr", "vertoningen", "weergaven", "impressies", "impressionen",
                    "affichages", "impresiones", "impressioni", "impressões"],
    "reach": ["reach", "bereik", "reichweite", "couverture", "portée"],
    "clicks": ["clicks", "klikken", "kliks", "klicks", "clics", "link clicks", "clic", "cliques"],
    "cost": ["cost", "costs", "spend", "amount spent", "ad spend", "kosten", "uitgaven", "besteed bedrag",
             "advertentiekosten", "budget besteed", "coût", "coûts", "dépenses", "ausgaben", "coste", "costo", "custo",
             "gasto", "importe gastado", "spesa", "importo speso", "valor usado", "inversión", "investimento"],
    "conversions": ["conversions", "conversies", "conv.", "konversionen", "purchases", "aankopen",
                    "conversiones", "conversioni", "conversões"],
    "conversion_value": ["conversion value", "conv. value", "conversiewaarde", "conversionswert",
                         "valeur de conversion", "valor de conversión", "valore conversione", "valor da conversão",
                         # the sales an ad platform credits to its ads (Spotify Ads), never the shop's revenue
                         "attributed revenue", "attributed sales"],
    "video_views": ["video views", "videoweergaven", "views"],
    "emails_sent": ["emails sent", "sent", "send count", "verzonden", "recipients", "ontvangers", "gesendet", "envoyés",
                    "enviados", "inviate", "enviadas"],
    "emails_delivered": ["delivered", "afgeleverd", "bezorgd", "zugestellt", "délivrés"],
    "unique_opens": ["unique opens", "opens", "geopend", "unieke opens", "öffnungen", "ouvertures", "aperturas",
                     "aperture", "aberturas"],
    # The people who clicked, unsubscribed or were not delivered to, as a mail tool's campaign sheet names them
    # (Orkestaia/EDELWEISS-MARKETING_DASHBOARD `email.csv`: 'Non Delivered' beside 'Hard Bounces' and 'Soft Bounces').
    "unique_clicks": ["unique clicks", "unieke kliks", "unieke klikken", "clicked", "clickers", "geklikt"],
    "unsubscribes": ["unsubscribes", "afmeldingen", "uitschrijvingen", "abmeldungen", "désabonnements",
                     "unsubscribed", "afgemeld"],
    "bounces": ["bounces", "bounced", "gebounced", "non delivered", "not delivered", "undelivered",
                "niet afgeleverd"],
    "leads": ["leads", "aanvragen", "offerteaanvragen", "prospects"],
    "mqls": ["mqls", "mql", "marketing qualified leads"],
    "sqls": ["sqls", "sql", "sales qualified leads"],
    "new_customers": ["new customers", "nieuwe klanten", "neukunden", "nouveaux clients", "customers", "klanten"],
    "deals_created": ["deals created", "nieuwe deals"],
    "deals_won": ["deals won", "gewonnen deals", "won deals"],
    "deals_lost": ["deals lost", "verloren deals", "lost deals"],
    "won_revenue": ["won revenue", "gewonnen omzet"],
    "orders": ["orders", "bestellingen", "aantal bestellingen", "bestellungen", "commandes", "transactions",
               "pedidos", "ordini"],
    "revenue": ["revenue", "omzet", "sales", "verkopen", "umsatz", "chiffre d'affaires", "turnover", "total sales",
                "opbrengst", "ingresos", "ricavi", "fatturato", "receita"],
    "sessions": ["sessions", "sessies", "sitzungen", "bezoeken", "visits", "sesiones", "sessioni", "sessões"],
    "users": ["users", "gebruikers", "nutzer", "utilisateurs", "bezoekers", "visitors", "usuarios", "utenti",
              "usuários"],
    "followers": ["followers", "volgers", "abonnees", "follower", "abonnés"],
    "new_subscribers": ["new subscribers", "nieuwe abonnees", "subscribes", "aanmeldingen", "new contacts"],
    "cogs": ["cogs", "cost of goods", "cost of goods sold", "inkoopwaarde", "inkoopkosten", "kostprijs",
             "wareneinsatz", "coste de los productos", "costo de los productos", "coste de ventas", "costo de ventas",
             "costo del venduto", "custo das mercadorias", "custo dos produtos"],
}

# Rates and averages a sheet may carry: never summed; Koers computes KPIs from counts.
DERIVED = ["ctr", "cpc", "cpm", "cpa", "roas", "cvr", "conversion rate", "conversieratio", "open rate",
           "click rate", "klikratio", "openratio", "avg. cpc", "gem. cpc", "cost per conversion", "cost / conv.",
           "kosten per conversie", "cost per result", "kosten per resultaat", "frequency", "frequentie",
           "bounce rate", "acos", "aov", "margin %", "marge %",
           # French and German cost-per columns hold 'coût'/'kosten' and a currency like the spend does: never cost.
           "coût par résultat", "coût par achat", "coût par vue de page de destination", "coût par conversion",
           "kosten pro ergebnis", "kosten pro conversion"]

SOURCE = source(
    id="generic",
    name="Spreadsheet",
    columns={syn: f for f, syns in SYNONYMS.items() for syn in syns},
    derived=DERIVED,
    # A column named for the month or the week of each row (Shopify's analytics reports: 'Month' of '2024-12-01',
    # 'Week' of Mondays): each row is that month or week, cut to a range the file or its name states; never all its
    # figures on the first day (December's sessions on the 1st). A week is read so only when every row's is a Monday.
    row_months=["month", "maand", "monat", "mois", "mes", "mese", "mês"],
    row_weeks=["week", "woche", "semaine", "semana", "settimana"],
    fields={"row_month": "date"},
)
