"""Salesforce: opportunities report > Export (Details Only). Footer lines below the data are notes."""

from .base import Event, source

OPEN_IGNORED = "source.deals.open_ignored"
TRUE = "('1', 'true', 'yes', 'ja', 'waar')"
IS_WON = f"lower(coalesce(won, '')) IN {TRUE}"
IS_LOST = f"lower(coalesce(closed, '')) IN {TRUE} AND NOT {IS_WON}"

SOURCE = source(
    id="salesforce_opportunities",
    name="Salesforce opportunities",
    columns={
        "Created Date": "created", "Aanmaakdatum": "created",
        "Close Date": "close_date", "Sluitingsdatum": "close_date",
        "Amount": "amount", "Bedrag": "amount",
        "Stage": "stage", "Fase": "stage",
        "Won": "won", "Gewonnen": "won",
        "Closed": "closed", "Gesloten": "closed",
        "Account Name": "customer_id", "Accountnaam": "customer_id",
        "Lead Source": "channel", "Leadbron": "channel",
        # The weekly Data Export (Setup > Data Export) names fields by their API names (WinkelDev/
        # Salesforce-Data-Changelog `Opportunity.csv`: Id, IsDeleted, ..., StageName, Amount, CloseDate, IsClosed,
        # IsWon, CurrencyIsoCode, ..., CreatedDate).
        "CreatedDate": "created", "CloseDate": "close_date", "StageName": "stage", "IsWon": "won",
        "IsClosed": "closed", "LeadSource": "channel", "AccountId": "customer_id",
        "IsDeleted": "deleted",  # an export of all records (Data Loader's Export All) holds deleted ones: no deals
    },
    markers=["Opportunity Name", "Opportunity Owner", "Opportunity ID", "Probability (%)", "Fiscal Period",
             "Naam verkoopkans", "Eigenaar verkoopkans", "Kans (%)", "Amount Currency", "StageName", "IsWon",
             "IsClosed", "StageSortOrder", "ForecastCategoryName", "ExpectedRevenue", "FiscalQuarter"],
    required=[{"created", "close_date"}],
    # A multi-currency org writes each amount's currency beside it (Parkbee/data-binderhub
    # salesforce_opportunities.csv: 'Amount Currency', EUR and GBP in one report).
    currency_from=("Amount Currency", "Opportunity Currency", "CurrencyIsoCode"),
    fields={"created": "date", "close_date": "date", "amount": "number", "won": "text", "closed": "text",
            "deleted": "text"},
    events=(
        Event("created", {"deals_created": "1"}),
        Event("close_date", {"deals_won": "1", "won_revenue": "amount"}, where=IS_WON, needs=("won", "amount"),
              outcome=True),
        Event("close_date", {"deals_lost": "1"}, where=IS_LOST, needs=("won", "closed"), outcome=True),
        # Without the Won/Closed checkboxes the standard stage names decide.
        Event("close_date", {"deals_won": "1", "won_revenue": "amount"},
              where="lower(stage) IN ('closed won', 'gesloten/gewonnen')", needs=("stage", "amount"),
              unless=("won",), outcome=True),
        Event("close_date", {"deals_lost": "1"}, where="lower(stage) IN ('closed lost', 'gesloten/verloren')",
              needs=("stage",), unless=("won", "closed"), outcome=True),
    ),
    # Export > Formatted Report of a summary report grouped by Stage: the stage stands on the group's first row only,
    # a Subtotal row closes the group.
    grouped=("stage",),
    checks=((OPEN_IGNORED, f"count(*) FILTER (WHERE NOT ({IS_WON}) AND lower(coalesce(closed, '')) NOT IN {TRUE})"),),
)
