"""Brevo (formerly Sendinblue): email campaigns list export; ';'-separated. Brevo has no Dutch interface.

Also one campaign's recipients, one row per address, as mqeurope-png/crmbomedia backend/tests/fixtures/
brevo_export_sample.csv and apprilrocket/appril-crm supabase/schema.sql lay it out: Campaign ID; Campaign Name;
Email_ID; Send_Date; Delivered_Date; Open_Date; Total Opens; ...; Unsubscribe_Date; Hard_Bounce_Date; Soft_Bounce_Date;
...; Clicked_Links_Count; Complaint_date; then one column per link. Dates 'DD-MM-YYYY HH:MM:SS', an empty cell where
nothing happened. Each address counts once on the campaign's send date: sent, and delivered, opened, clicked,
unsubscribed or bounced when its cell says so (the date columns, not 'Total Opens', which can read 0 beside an open
date). The addresses themselves are never kept."""

from ._email import BOUNCE_FIELDS, email_events
from .base import Event, source

# Each measure from its own column, so that an export without one of them still counts the others. A row the export
# gives no send date is said (outcome), never dropped without a word.
_HAPPENED = {"emails_delivered": ("delivered_date", "(delivered_date IS NOT NULL)::INT"),
             "unique_opens": ("open_date", "(open_date IS NOT NULL)::INT"),
             "unique_clicks": ("clicked_links", "(coalesce(clicked_links, 0) > 0)::INT"),
             "unsubscribes": ("unsubscribe_date", "(unsubscribe_date IS NOT NULL)::INT")}
_HARD, _SOFT = "hard_bounce_date", "soft_bounce_date"
RECIPIENTS = (
    Event("date", {"emails_sent": "1"}, needs=("recipient",), outcome=True),
    *(Event("date", {m: sql}, needs=("recipient", f), outcome=True) for m, (f, sql) in _HAPPENED.items()),
    # An address bounced hard or soft counts once.
    Event("date", {"bounces": f"({_HARD} IS NOT NULL OR {_SOFT} IS NOT NULL)::INT"}, needs=("recipient", _HARD, _SOFT),
          outcome=True),
    *(Event("date", {"bounces": f"({f} IS NOT NULL)::INT"}, needs=("recipient", f), unless=(other,), outcome=True)
      for f, other in ((_HARD, _SOFT), (_SOFT, _HARD))),
)


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
        # One campaign's recipients
        "Send_Date": "date", "Email_ID": "recipient", "Delivered_Date": "delivered_date", "Open_Date": "open_date",
        "Clicked_Links_Count": "clicked_links", "Unsubscribe_Date": "unsubscribe_date",
        "Hard_Bounce_Date": "hard_bounce_date", "Soft_Bounce_Date": "soft_bounce_date",
    },
    markers=["Unsubscriptions", "Complaints", "Sent date", "Campaign ID", "Désinscriptions", "Plaintes",
             "Date d'envoi", "Email_ID", "Delivered_Date", "Open_Date", "Clicked_Links_Count", "Complaint_date"],
    required=[{"date"}, {"emails_sent", "emails_delivered", "recipient"}],
    derived=["Open rate", "Click rate", "Taux d'ouverture", "Taux de clics"],
    fields={**BOUNCE_FIELDS, "recipient": "text", "clicked_links": "number",
            **dict.fromkeys(("delivered_date", "open_date", "unsubscribe_date", "hard_bounce_date", "soft_bounce_date"),
                            "date")},
    events=(*email_events(), *RECIPIENTS),
    channel="Email",
)
