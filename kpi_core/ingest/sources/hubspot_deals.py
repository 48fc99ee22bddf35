"""HubSpot: CRM > Deals > Export. Won and lost count on the close date; an open deal's close date is a guess."""

from .base import Event, source

OPEN_IGNORED = "source.deals.open_ignored"
TRUE = "('true', '1', 'yes', 'ja', 'waar')"
WON = "('closed won', 'gewonnen', 'deal gewonnen', 'won')"
LOST = "('closed lost', 'verloren', 'deal verloren', 'lost')"
IS_WON = f"lower(coalesce(is_won, '')) IN {TRUE}"
IS_LOST = f"lower(coalesce(is_closed, '')) IN {TRUE} AND NOT {IS_WON}"

SOURCE = source(
    id="hubspot_deals",
    name="HubSpot deals",
    columns={
        "Create Date": "created", "Aanmaakdatum": "created",
        "Close Date": "close_date", "Sluitingsdatum": "close_date",
        "Amount": "amount", "Bedrag": "amount", "Amount in company currency": "amount_company",
        "Deal Stage": "stage", "Dealfase": "stage",
        "Is Closed Won": "is_won", "Is Deal Closed?": "is_closed",
        "Associated Company": "customer_id",
        "Original Source Type": "channel",
    },
    markers=["Deal Name", "Deal Stage", "Deal owner", "Deal Type", "Is Closed Won", "Is Deal Closed?",
             "Deal ID", "Dealnaam", "Dealfase", "Pipeline", "Pijplijn", "Amount in company currency"],
    required=[{"created", "close_date"}],
    fields={"created": "date", "close_date": "date", "amount": "number", "amount_company": "number",
            "is_won": "text", "is_closed": "text"},
    events=(
        Event("created", {"deals_created": "1"}),
        # Amount in company currency when the file has it: deals in other currencies add up in one currency.
        Event("close_date", {"deals_won": "1", "won_revenue": "coalesce(amount_company, amount)"}, where=IS_WON,
              needs=("is_won", "amount", "amount_company")),
        Event("close_date", {"deals_won": "1", "won_revenue": "amount"}, where=IS_WON,
              needs=("is_won", "amount"), unless=("amount_company",)),
        Event("close_date", {"deals_won": "1"}, where=IS_WON, needs=("is_won",), unless=("amount",)),
        Event("close_date", {"deals_won": "1", "won_revenue": "amount"}, where=f"lower(stage) IN {WON}",
              needs=("stage", "amount"), unless=("is_won",)),
        Event("close_date", {"deals_lost": "1"}, where=IS_LOST, needs=("is_won", "is_closed")),
        Event("close_date", {"deals_lost": "1"}, where=f"lower(stage) IN {LOST}",
              needs=("stage",), unless=("is_closed",)),
    ),
    checks=(
        (OPEN_IGNORED, f"count(*) FILTER (WHERE close_date IS NOT NULL AND NOT ({IS_WON}) AND "
                       f"lower(coalesce(is_closed, '')) NOT IN {TRUE})"),
    ),
)
