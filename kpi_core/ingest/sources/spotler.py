"""Spotler Mail+ (formerly MailPlus): mailing statistics export, Dutch interface, ';' and decimal comma."""

from ._email import BOUNCE_FIELDS, email_events
from .base import source

SOURCE = source(
    id="spotler",
    name="Spotler Mail+",
    columns={
        "Verzenddatum": "date", "Verzonden op": "date", "Send date": "date",
        "Mailing": "campaign", "Mailingnaam": "campaign",
        "Verzonden": "emails_sent", "Sent": "emails_sent",
        "Afgeleverd": "emails_delivered", "Delivered": "emails_delivered",
        "Unieke opens": "unique_opens", "Unique opens": "unique_opens",
        "Unieke kliks": "unique_clicks", "Unieke klikken": "unique_clicks", "Unique clicks": "unique_clicks",
        "Afmeldingen": "unsubscribes", "Unsubscribes": "unsubscribes",
        "Bounces": "bounces",
        "Hard bounces": "hard_bounces", "Soft bounces": "soft_bounces",
    },
    markers=["Mailing", "Mailingnaam", "Verzenddatum", "Verzonden op", "Unieke kliks", "Unieke klikken",
             "Openratio", "Klikratio"],
    required=[{"date"}, {"emails_sent", "emails_delivered"}],
    derived=["Openratio", "Klikratio", "Open ratio", "Click ratio", "Bounceratio"],
    fields=dict(BOUNCE_FIELDS),
    events=email_events(),
    channel="Email",
)
