"""Any other sheet: columns mapped by header synonyms in English, Dutch, German and French."""

from .base import source

SYNONYMS = {
    "date": ["date", "day", "datum", "dag", "tag", "jour", "periode", "period", "week", "month", "maand", "monat",
             "mois", "created", "created at", "aangemaakt", "order date", "besteldatum"],
    "channel": ["channel", "kanaal", "kanal", "canal", "platform", "medium type"],
    "campaign": ["campaign", "campaign name", "campagne", "campagnenaam", "kampagne", "nom de la campagne"],
    "ad_group": ["ad group", "ad set", "advertentiegroep", "advertentieset", "anzeigengruppe", "groupe d'annonces"],
    "source": ["source", "bron", "quelle", "utm_source", "utm source"],
    "medium": ["medium", "utm_medium", "utm medium"],
    "product": ["product", "product name", "productnaam", "artikel", "produit", "item"],
    "customer_id": ["customer", "customer id", "klant", "klantnummer", "kunde", "client", "email", "e-mail"],
    "stage": ["stage", "fase", "status", "phase", "lifecycle stage"],
    "account": ["account", "account name", "accountnaam", "konto", "compte"],
    "impressions": ["impressions", "impr.", "impr", "vertoningen", "weergaven", "impressies", "impressionen",
                    "affichages"],
    "reach": ["reach", "bereik", "reichweite", "couverture", "portée"],
    "clicks": ["clicks", "klikken", "kliks", "klicks", "clics", "link clicks"],
    "cost": ["cost", "costs", "spend", "amount spent", "ad spend", "kosten", "uitgaven", "besteed bedrag",
             "advertentiekosten", "budget besteed", "coût", "coûts", "dépenses", "ausgaben"],
    "conversions": ["conversions", "conversies", "conv.", "konversionen", "purchases", "aankopen"],
    "conversion_value": ["conversion value", "conv. value", "conversiewaarde", "conversionswert",
                         "valeur de conversion"],
    "video_views": ["video views", "videoweergaven", "views"],
    "emails_sent": ["emails sent", "sent", "verzonden", "recipients", "ontvangers", "gesendet", "envoyés"],
    "emails_delivered": ["delivered", "afgeleverd", "bezorgd", "zugestellt", "délivrés"],
    "unique_opens": ["unique opens", "opens", "geopend", "unieke opens", "öffnungen", "ouvertures"],
    "unique_clicks": ["unique clicks", "unieke kliks", "unieke klikken"],
    "unsubscribes": ["unsubscribes", "afmeldingen", "uitschrijvingen", "abmeldungen", "désabonnements"],
    "bounces": ["bounces", "bounced", "gebounced"],
    "leads": ["leads", "aanvragen", "offerteaanvragen", "prospects"],
    "mqls": ["mqls", "mql", "marketing qualified leads"],
    "sqls": ["sqls", "sql", "sales qualified leads"],
    "new_customers": ["new customers", "nieuwe klanten", "neukunden", "nouveaux clients", "customers", "klanten"],
    "deals_created": ["deals created", "nieuwe deals"],
    "deals_won": ["deals won", "gewonnen deals", "won deals"],
    "deals_lost": ["deals lost", "verloren deals", "lost deals"],
    "won_revenue": ["won revenue", "gewonnen omzet"],
    "orders": ["orders", "bestellingen", "aantal bestellingen", "bestellungen", "commandes", "transactions"],
    "revenue": ["revenue", "omzet", "sales", "verkopen", "umsatz", "chiffre d'affaires", "turnover", "total sales",
                "opbrengst"],
    "sessions": ["sessions", "sessies", "sitzungen", "bezoeken", "visits"],
    "users": ["users", "gebruikers", "nutzer", "utilisateurs", "bezoekers", "visitors"],
    "followers": ["followers", "volgers", "abonnees", "follower", "abonnés"],
    "new_subscribers": ["new subscribers", "nieuwe abonnees", "subscribes", "aanmeldingen", "new contacts"],
    "cogs": ["cogs", "cost of goods", "cost of goods sold", "inkoopwaarde", "inkoopkosten", "kostprijs",
             "wareneinsatz"],
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
)
