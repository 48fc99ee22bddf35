"""Brevo (formerly Sendinblue): email campaigns list export; ';'-separated. Brevo has no Dutch interface."""

from ._email import BOUNCE_FIELDS, email_events
from .base import source

SOURCE = source(
    id="brevo",
    name="Brevo",
    columns={
        "Sent date": "date", "Send date": "date", "Date d'envoi": "date",
        "Campaign name": "campaign", "Nom de la campagne": "campaign",
        "Recipients": "emails_sent", "Destinataires": "emails_sent",
        "Delivered": "emails_delivered", "Délivrés": "emails_delivered",
        "Unique opens": "unique_opens", "Ouvertures uniques": "unique_opens",
        "Unique clicks": "unique_clicks", "Clics uniques": "unique_clicks",
        "Unsubscriptions": "unsubscribes", "Unsubscribed": "unsubscribes", "Désinscriptions": "unsubscribes",
        "Hard bounces": "hard_bounces", "Soft bounces": "soft_bounces",
    },
    markers=["Unsubscriptions", "Complaints", "Sent date", "Campaign ID", "Désinscriptions", "Plaintes",
             "Date d'envoi"],
    required=[{"date"}, {"emails_sent", "emails_delivered"}],
    derived=["Open rate", "Click rate", "Taux d'ouverture", "Taux de clics"],
    fields=dict(BOUNCE_FIELDS),
    events=email_events(),
    channel="Email",
)
