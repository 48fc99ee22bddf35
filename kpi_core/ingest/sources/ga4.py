"""Google Analytics 4 report and exploration downloads: '#' preamble, dates yyyymmdd, a totals row."""

from .base import source

SOURCE = source(
    id="ga4",
    name="Google Analytics 4",
    columns={
        "Date": "date", "Datum": "date",
        "Session default channel group": "channel", "Session primary channel group (Default Channel Group)": "channel",
        "Session primary channel group": "channel", "Default channel group": "channel",
        "Standaard kanaalgroep voor sessie": "channel",
        "Primaire kanaalgroep voor sessie (standaard kanaalgroep)": "channel",
        "Session source": "source", "Sessiebron": "source",
        "Session medium": "medium", "Sessiemedium": "medium",
        "Session campaign": "campaign", "Sessiecampagne": "campaign",
        "Sessions": "sessions", "Sessies": "sessions",  # never 'Engaged sessions'
        "Total users": "users", "Users": "users", "Totaal aantal gebruikers": "users", "Gebruikers": "users",
        # Key events were called Conversions until March 2024.
        "Key events": "conversions", "Conversions": "conversions", "Belangrijke gebeurtenissen": "conversions",
        "Conversies": "conversions",
        "Total revenue": "revenue", "Purchase revenue": "revenue", "Totale opbrengst": "revenue",
        "Aankoopopbrengst": "revenue",
        "Ecommerce purchases": "orders", "Transactions": "orders", "E-commerce-aankopen": "orders",
        "Transacties": "orders",
    },
    markers=["Key events", "Engaged sessions", "Session key event rate", "Session default channel group",
             "Session primary channel group (Default Channel Group)", "Engagement rate",
             "Average engagement time per session", "Engaged sessions per user", "Events per session", "Event count",
             "Total users", "Belangrijke gebeurtenissen", "Betrokken sessies", "Standaard kanaalgroep voor sessie",
             "Engagementpercentage", "Totaal aantal gebruikers"],
    required=[{"sessions", "users", "conversions", "revenue"}],  # the period may be in the comment block
    derived=["Engagement rate", "Average engagement time per session", "Average engagement time",
             "Engaged sessions per user", "Events per session", "Session key event rate", "User key event rate",
             "Session conversion rate", "Bounce rate", "Average purchase revenue", "Engagementpercentage",
             "Gemiddelde engagementtijd per sessie", "Betrokken sessies per gebruiker", "Gebeurtenissen per sessie"],
    warnings=("rule.ga4_key_events_are_conversions",),
)
