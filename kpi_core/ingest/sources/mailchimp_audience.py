"""Mailchimp: Audience > Export (subscribed, unsubscribed or cleaned members): new subscribers by opt-in date.

Why the shape: the member export's header as pasted from real exports (honey_format's spec, importers' comments):
"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,...,LEID,EUID,NOTES, with
UNSUB_* or CLEAN_* columns in the other two exports; times 'YYYY-MM-DD HH:MM:SS' in UTC. A member imported by hand
has no OPTIN_TIME; then the confirm time is the day they joined."""

import re

from .base import Event, source

BY_OPTIN = "source.mailchimp_audience.members_in_file"

SOURCE = source(
    id="mailchimp_audience",
    name="Mailchimp audience",
    columns={
        "OPTIN_TIME": "optin", "CONFIRM_TIME": "confirmed",
        "Email Address": "member",  # read to know the file, never stored: the count is what matters
        # An audience may label its email field otherwise ('Email', a public rebuild of a members file; 'E-mailadres'
        # in a Dutch audience).
        "Email": "member", "E-mail": "member", "E-mailadres": "member", "E-mail Address": "member",
        # The exports of unsubscribed and cleaned members (a code-dot-org script quotes the first's header:
        # ...,UNSUB_CAMPAIGN_ID,UNSUB_REASON,UNSUB_TIME,...; a public importer the second's CLEAN_TIME): said, not
        # counted (the campaigns' reports count the unsubscribes and bounces).
        "UNSUB_TIME": "unsubscribed_at", "CLEAN_TIME": "cleaned_at",
    },
    markers=["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LEID", "EUID", "GMTOFF",
             "DSTOFF", "LAST_CHANGED", "UNSUB_TIME", "CLEAN_TIME"],
    required=[{"optin", "confirmed"}, {"member"}],
    fields={"optin": "date", "confirmed": "date", "member": "text", "unsubscribed_at": "date", "cleaned_at": "date"},
    checks=(("source.mailchimp_audience.unsubscribed", "count(*) FILTER (WHERE unsubscribed_at IS NOT NULL)"),
            ("source.mailchimp_audience.cleaned", "count(*) FILTER (WHERE cleaned_at IS NOT NULL)")),
    events=(
        Event("optin", {"new_subscribers": "1"}, needs=("optin",)),
        Event("confirmed", {"new_subscribers": "1"}, where="optin IS NULL", needs=("optin", "confirmed")),
        Event("confirmed", {"new_subscribers": "1"}, needs=("confirmed",), unless=("optin",)),
    ),
    channel="Email",
    # Audience > Export gives the subscribed, unsubscribed and cleaned members in three files of one zip: each
    # holds other members, and together they are everyone who joined (the unsubscribed file replaced the subscribed
    # file's days before).
    parts=(("unsubscribed", ("UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_REASON"), None),
           ("cleaned", ("CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE"), None)),
    warnings=(BY_OPTIN,),
    # The audience zip's fourth file, by the name Mailchimp gives it: contacts who never subscribed (a purchase, a
    # form without consent), no new subscribers whatever dates it holds.
    refused_names=((re.compile(r"non[ _-]?subscribed_(members|email)_export", re.IGNORECASE),
                    "ingest.unread.mailchimp_nonsubscribed"),),
)
