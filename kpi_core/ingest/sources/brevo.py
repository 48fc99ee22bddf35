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

# Each measure from its own column, so that an export without one of them still counts the others; each counts an
# address where its cell says it happened. A row the export gives no send date is said (outcome), with the measures
# it would have counted in, never dropped without a word.
_HARD, _SOFT = "hard_bounce_date", "soft_bounce_date"
_HAPPENED = (("emails_sent", ("recipient",), "TRUE"),
             ("emails_delivered", ("delivered_date",), "delivered_date IS NOT NULL"),
             ("unique_opens", ("open_date",), "open_date IS NOT NULL"),
             ("unique_clicks", ("clicked_links",), "coalesce(clicked_links, 0) > 0"),
             ("unsubscribes", ("unsubscribe_date",), "unsubscribe_date IS NOT NULL"),
             ("bounces", (_HARD, _SOFT), f"{_HARD} IS NOT NULL OR {_SOFT} IS NOT NULL"))  # hard or soft: once
# Brevo's export can give an address an open date and no delivery date (an image proxy opened it, or the delivery was
# not logged): it counts as opened, as the file says, and not as delivered, so the open rate may pass 100%. Said.
OPENED_UNDELIVERED = ("source.brevo.opened_not_delivered",
                      "count(*) FILTER (WHERE open_date IS NOT NULL AND delivered_date IS NULL AND date IS NOT NULL)")
RECIPIENTS = (
    *(Event("date", {m: "1"}, where=w, needs=("recipient", *f), outcome=True) for m, f, w in _HAPPENED),
    *(Event("date", {"bounces": "1"}, where=f"{f} IS NOT NULL", needs=("recipient", f), unless=(other,), outcome=True)
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
    checks=(OPENED_UNDELIVERED,),
    channel="Email",
)
