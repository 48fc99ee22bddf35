"""HubSpot: CRM > Deals > Export. Won and lost count on the close date; an open deal's close date is a guess."""

from .base import Event, source
from .hubspot_contacts import HUBSPOT_CHANNELS

OPEN_IGNORED = "source.deals.open_ignored"
TRUE = "('true', '1', 'yes', 'ja', 'waar')"
# The Dutch interface's default pipeline says 'Gesloten gewonnen' and 'Gesloten verloren' (a public HubSpot agent's
# stage list: closedwon | Gesloten gewonnen); the German one 'Abgeschlossen und gewonnen' and 'Abgeschlossen und
# verloren' (the same kind of stage list, closedwon | Abgeschlossen und gewonnen).
# Scripts that write HubSpot's API to CSV keep the stages' internal names: 'closedwon', 'closedlost'.
WON = ("('closed won', 'gewonnen', 'deal gewonnen', 'won', 'gesloten gewonnen', 'abgeschlossen und gewonnen', "
       "'closedwon')")
LOST = ("('closed lost', 'verloren', 'deal verloren', 'lost', 'gesloten verloren', 'abgeschlossen und verloren', "
        "'closedlost')")
IS_WON = f"lower(coalesce(is_won, '')) IN {TRUE}"
IS_CLOSED = f"lower(coalesce(is_closed, '')) IN {TRUE}"
IS_LOST = f"{IS_CLOSED} AND NOT {IS_WON}"
# A pipeline's own stage names read without their punctuation: 'Closed: won' is 'closed won', 'Closed: abandoned' a
# closed deal not won (MarkStringer/deals data/hubspot-crm-exports-all-deals-2023-04-03.csv).
STAGE = "trim(regexp_replace(lower(coalesce(stage, '')), '[^a-z]+', ' ', 'g'))"
# 'Closed won - renewal' and 'Gesloten gewonnen - verlenging' too
WON_STAGE = f"({STAGE} IN {WON} OR starts_with({STAGE}, 'closed won') OR starts_with({STAGE}, 'gesloten gewonnen'))"
LOST_STAGE = f"({STAGE} IN {LOST} OR starts_with({STAGE}, 'gesloten verloren') OR (starts_with({STAGE}, 'closed ') " \
             f"AND NOT {WON_STAGE}))"

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
        # HubSpot's API property names, as scripts write deals to CSV (Interact-Brands/finance-reporting deals.csv:
        # amount, closedate, createdate, dealname, dealstage, hs_object_id, pipeline)
        "createdate": "created", "closedate": "close_date", "dealstage": "stage", "hs_is_closed_won": "is_won",
        "hs_is_closed": "is_closed", "amount_in_home_currency": "amount_company",
    },
    markers=["Deal Name", "Deal Stage", "Deal owner", "Deal Type", "Is Closed Won", "Is Deal Closed?",
             "Deal ID", "Dealnaam", "Dealfase", "Pipeline", "Pijplijn", "Amount in company currency",
             "dealname", "dealstage", "hs_is_closed_won", "hs_deal_stage_probability",
             # HubSpot's export's first column, beside a deal's name (alexatafm/solar-hub-sync
             # `hubspot-crm-exports-all-deals-2025-11-28.csv`: Record ID, Deal Name, Simpro Quote Id, Amount, refused as
             # a file without figures where it lacks its dates)
             "Record ID"],
    required=[{"created", "close_date"}],
    company_money=("amount_company",),
    channel_names=HUBSPOT_CHANNELS,
    fields={"created": "date", "close_date": "date", "amount": "number", "amount_company": "number",
            "is_won": "text", "is_closed": "text"},
    events=(
        Event("created", {"deals_created": "1"}),
        # Amount in company currency when the file has it: deals in other currencies add up in one currency.
        Event("close_date", {"deals_won": "1", "won_revenue": "coalesce(amount_company, amount)"}, where=IS_WON,
              needs=("is_won", "amount", "amount_company"), outcome=True),
        Event("close_date", {"deals_won": "1", "won_revenue": "amount"}, where=IS_WON,
              needs=("is_won", "amount"), unless=("amount_company",), outcome=True),
        Event("close_date", {"deals_won": "1"}, where=IS_WON, needs=("is_won",), unless=("amount",), outcome=True),
        # Without Is Closed Won (an export of fewer columns) the stage names decide what was won.
        Event("close_date", {"deals_won": "1", "won_revenue": "amount"}, where=WON_STAGE,
              needs=("stage", "amount"), unless=("is_won",), outcome=True),
        Event("close_date", {"deals_won": "1"}, where=WON_STAGE, needs=("stage",), unless=("is_won", "amount"),
              outcome=True),
        Event("close_date", {"deals_lost": "1"}, where=IS_LOST, needs=("is_won", "is_closed"), outcome=True),
        Event("close_date", {"deals_lost": "1"}, where=f"{IS_CLOSED} AND NOT {WON_STAGE}",
              needs=("is_closed", "stage"), unless=("is_won",), outcome=True),
        Event("close_date", {"deals_lost": "1"}, where=LOST_STAGE, needs=("stage",), unless=("is_closed",),
              outcome=True),
    ),
    checks=(
        (OPEN_IGNORED, f"count(*) FILTER (WHERE close_date IS NOT NULL AND NOT ({IS_WON}) AND "
                       f"lower(coalesce(is_closed, '')) NOT IN {TRUE})"),
    ),
)
