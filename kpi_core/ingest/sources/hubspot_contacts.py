"""HubSpot: CRM > Contacts > Export. A contact counts on the date it reached each lifecycle stage."""

from .base import Event, source

STAGE_FALLBACK = "source.hubspot.stage_without_dates"
CUSTOMER_WITHOUT_CLOSE = "source.hubspot.customer_without_close_date"

# Lifecycle labels as HubSpot exports them (English; Dutch interface labels where known), by funnel depth.
# The API's internal names too ('marketingqualifiedlead'), as scripts write contacts to CSV.
_MQL = ("marketing qualified lead", "marketing gekwalificeerde lead", "mql", "marketingqualifiedlead")
_SQL = ("sales qualified lead", "sales gekwalificeerde lead", "sql", "salesqualifiedlead")
_OPP = ("opportunity", "verkoopkans")
_CUSTOMER = ("customer", "klant", "evangelist")


def _entered(stage: str) -> list[str]:
    """HubSpot's current stage-date headers, 'Date entered "<stage> (Lifecycle Stage Pipeline)"', with the quotes
    straight, typographic or single (spreadsheet apps and re-saves change them)."""
    label = f"{stage} (Lifecycle Stage Pipeline)"
    return [f"Date entered {a}{label}{b}" for a, b in ('""', "\u201c\u201d", "''", "\u2018\u2019")]


def _in(*groups: tuple[str, ...]) -> str:
    labels = ", ".join(f"'{x}'" for g in groups for x in g)
    return f"(lower(stage) IN ({labels}))::INT"


# Original Source as HubSpot's API names its values (hs_analytics_source, as scripts write contacts and deals to CSV;
# the enum as public HubSpot clients type it) -> the label the export shows. 'Social Media' is the label's older name.
HUBSPOT_CHANNELS = {"Organic Search": ("ORGANIC_SEARCH",), "Paid Search": ("PAID_SEARCH",),
                    "Email Marketing": ("EMAIL_MARKETING",), "Organic Social": ("SOCIAL_MEDIA", "Social Media"),
                    "Paid Social": ("PAID_SOCIAL",), "Referrals": ("REFERRALS",), "Direct Traffic": ("DIRECT_TRAFFIC",),
                    "Other Campaigns": ("OTHER_CAMPAIGNS",), "Offline Sources": ("OFFLINE",),
                    "AI Referrals": ("AI_REFERRALS",)}

SOURCE = source(
    id="hubspot_contacts",
    name="HubSpot contacts",
    columns={
        "Create Date": "created", "Aanmaakdatum": "created",
        "Became a Marketing Qualified Lead Date": "mql_date",
        "Became a Sales Qualified Lead Date": "sql_date",
        "Became a Customer Date": "customer_date",
        # Current exports replace 'Became a ... Date' by the day a contact entered each stage of the lifecycle
        # pipeline (aagii8999-glitch/vertmonhub all-contacts.csv). Lead and Opportunity dates count for nothing:
        # leads count on Create Date.
        **dict.fromkeys(_entered("Marketing Qualified Lead"), "mql_date"),
        **dict.fromkeys(_entered("Sales Qualified Lead"), "sql_date"),
        **dict.fromkeys(_entered("Customer"), "customer_date"),
        # A contact's Close Date is the day it became a customer (HubSpot sets it when a deal of the contact is won):
        # read where no customer stage date is (devtayyab/medical-aesthetics-backend all-contacts.csv).
        "Close Date": "close_date", "Sluitingsdatum": "close_date",
        "Lifecycle Stage": "stage", "Levenscyclusfase": "stage",
        # Original Source holds HubSpot's channel groups (Paid Search, Organic Social, ...): a channel, like GA4's
        # default channel group. Its first drill-down names the engine or site (google, linkedin): the traffic source.
        "Original Source": "channel", "Original Traffic Source": "channel", "Oorspronkelijke bron": "channel",
        "Original Source Drill-Down 1": "source", "Original Traffic Source Drill-Down 1": "source",
        "Email": "customer_id", "E-mail": "customer_id",
        # HubSpot's API property names, as scripts write contacts to CSV
        "createdate": "created", "lifecyclestage": "stage", "closedate": "close_date", "email": "customer_id",
        "hs_lifecyclestage_marketingqualifiedlead_date": "mql_date",
        "hs_lifecyclestage_salesqualifiedlead_date": "sql_date", "hs_lifecyclestage_customer_date": "customer_date",
        "hs_analytics_source": "channel",
    },
    markers=["Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date",
             "Became a Customer Date", "Became a Lead Date", "Lifecycle Stage", "Levenscyclusfase",
             "Original Source", "Original Traffic Source", "Original Source Drill-Down 1", "Marketing contact status",
             "Lead Status", "Contact owner", *_entered("Marketing Qualified Lead"), *_entered("Customer"),
             # A contacts export with its associated companies' columns (Shaftdog/Salesmod hubspot_contacts.csv)
             "Record ID - Contact", "lifecyclestage", "hs_lifecyclestage_lead_date",
             "hs_lifecyclestage_marketingqualifiedlead_date", "hs_lifecyclestage_customer_date", "hs_analytics_source"],
    # A deals export with its contacts' Lifecycle Stage and a companies export (its Lifecycle Stage and Lead Status
    # beside Company owner) are no lists of contacts: their Close Date and stage would count customers and leads. An
    # export of contacts with the columns of their deals or companies names its own: 'Record ID - Contact'.
    not_with=["Deal Name", "Deal Stage", "Dealnaam", "Dealfase", "Is Closed Won", "Company owner",
              "Number of Associated Contacts", "Company Domain Name", "Record ID - Company", "Record ID - Deal"],
    own=["Record ID - Contact"],
    required=[{"created"}],
    channel_names=HUBSPOT_CHANNELS,
    fields={"created": "date", "mql_date": "date", "sql_date": "date", "customer_date": "date", "close_date": "date"},
    checks=((CUSTOMER_WITHOUT_CLOSE, f"count(*) FILTER (WHERE {_in(_CUSTOMER)} = 1 AND close_date IS NULL)",
             ("customer_date",)),),
    events=(
        Event("created", {"leads": "1"}),
        Event("mql_date", {"mqls": "1"}),
        Event("sql_date", {"sqls": "1"}),
        Event("customer_date", {"new_customers": "1"}),
        Event("close_date", {"new_customers": "1"}, unless=("customer_date",)),
        # Only the current stage, for each stage the file has no date of: a contact now further down the funnel
        # passed the earlier stages too.
        Event("created", {"mqls": _in(_MQL, _SQL, _OPP, _CUSTOMER)}, needs=("stage",), unless=("mql_date",),
              warn=STAGE_FALLBACK),
        Event("created", {"sqls": _in(_SQL, _OPP, _CUSTOMER)}, needs=("stage",), unless=("sql_date",),
              warn=STAGE_FALLBACK),
        Event("created", {"new_customers": _in(_CUSTOMER)}, needs=("stage",), unless=("customer_date", "close_date"),
              warn=STAGE_FALLBACK),
        # A customer whose Close Date is empty (made a customer by hand, no won deal) still is one (said: checks).
        Event("created", {"new_customers": _in(_CUSTOMER)}, where="close_date IS NULL", needs=("stage", "close_date"),
              unless=("customer_date",)),
    ),
)
