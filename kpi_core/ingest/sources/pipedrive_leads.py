"""Pipedrive: Leads Inbox > Export. One lead per row, counted on the day it was created.

Why the shape: no export file of the leads inbox is public; its headers are those public importers of the download
read, in Pipedrive's '<Entity> - <field>' form: 'Lead - Title', 'Lead - Value', 'Lead - Owner', 'Lead - Creator',
'Lead - Organization', 'Lead - Contact person', 'Lead - Lead created', 'Lead - Update time', 'Lead - ID' (an importer
of `leads-<company>-<export>.csv`); others read 'Lead - Lead created on', 'Lead - Label' or 'Lead - Labels' and
'Lead - Source channel' (Pipedrive's own import sheet names the same fields). A lead's value is a guess of a deal not
made yet: never revenue; its organization no customer yet."""

from .base import Event, source

SOURCE = source(
    id="pipedrive_leads",
    name="Pipedrive leads",
    columns={
        "Lead - Lead created": "created", "Lead - Lead created on": "created", "Lead - Add time": "created",
        "Lead - Source channel": "channel",
    },
    markers=["Lead - Title", "Lead - Value", "Lead - Owner", "Lead - Creator", "Lead - Lead created",
             "Lead - Lead created on", "Lead - Label", "Lead - Labels", "Lead - Source channel", "Lead - ID",
             "Lead - Contact person", "Lead - Organization", "Lead - Next activity date"],
    required=[{"created"}],
    utc=("created",),  # Pipedrive writes its times in UTC, as its deals export shows (pipedrive_deals)
    fields={"created": "date"},
    events=(Event("created", {"leads": "1"}),),
)
