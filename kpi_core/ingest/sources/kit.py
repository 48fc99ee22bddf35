"""Kit (formerly ConvertKit): broadcasts export. Kit reports no bounces, so delivered stays unknown."""

from ._email import email_events
from .base import source

SOURCE = source(
    id="kit",
    name="Kit",
    columns={
        "Sent at": "date", "Send at": "date", "Published at": "date",
        "Subject": "campaign",
        "Recipients": "emails_sent",
        "Opens": "unique_opens", "Emails opened": "unique_opens",
        "Clicks": "unique_clicks", "Subscribers clicked": "unique_clicks",
        "Unsubscribes": "unsubscribes",
    },
    markers=["Broadcast ID", "Sent at", "Send at", "Published at", "Emails opened", "Total clicks"],
    required=[{"date"}, {"emails_sent"}],
    derived=["Open rate", "Click rate"],
    events=email_events(),
    channel="Email",
)
