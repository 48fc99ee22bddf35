"""Pipedrive: Deals list > Export. Headers are '<Entity> - <field>' in the user's language; status decides."""

from .base import Event, source

OPEN_IGNORED = "source.deals.open_ignored"
WON = "lower(status) IN ('won', 'gewonnen')"
LOST = "lower(status) IN ('lost', 'verloren')"

SOURCE = source(
    id="pipedrive_deals",
    name="Pipedrive deals",
    columns={
        "Deal - Deal created": "created", "Deal - Add time": "created", "Deal - Deal aangemaakt": "created",
        "Deal - Won time": "won_time", "Deal - Tijdstip gewonnen": "won_time", "Deal - Gewonnen op": "won_time",
        "Deal - Lost time": "lost_time", "Deal - Tijdstip verloren": "lost_time", "Deal - Verloren op": "lost_time",
        "Deal - Deal closed on": "closed_on", "Deal - Close time": "closed_on", "Deal - Closed on": "closed_on",
        "Deal - Value": "amount", "Deal - Waarde": "amount",
        "Deal - Status": "status",
        "Deal - Stage": "stage", "Deal - Fase": "stage",
        "Deal - Organization": "customer_id", "Deal - Organisatie": "customer_id",
        "Deal - Source channel": "channel", "Deal - Bronkanaal": "channel",
    },
    markers=["Deal - ID", "Deal - Title", "Deal - Titel", "Deal - Status", "Deal - Value", "Deal - Waarde",
             "Deal - Deal created", "Deal - Add time", "Deal - Won time", "Deal - Pipeline", "Deal - Owner",
             "Deal - Expected close date", "Deal - Deal aangemaakt"],
    required=[{"created"}, {"status"}],
    fields={"created": "date", "won_time": "date", "lost_time": "date", "closed_on": "date", "amount": "number",
            "status": "text"},
    events=(
        Event("created", {"deals_created": "1"}),
        Event("won_time", {"deals_won": "1", "won_revenue": "amount"}, where=WON, needs=("status", "amount")),
        Event("lost_time", {"deals_lost": "1"}, where=LOST, needs=("status",)),
        # Older or trimmed exports: only the closing date, status says which way it went.
        Event("closed_on", {"deals_won": "1", "won_revenue": "amount"}, where=WON, needs=("status", "amount"),
              unless=("won_time",)),
        Event("closed_on", {"deals_lost": "1"}, where=LOST, needs=("status",), unless=("lost_time",)),
    ),
    checks=((OPEN_IGNORED, "count(*) FILTER (WHERE lower(status) IN ('open'))"),),
)
