"""The canonical schema: dimension and measure ids shared by ingestion, engine and app."""

DIMENSIONS = (
    "channel", "campaign", "ad_group", "source", "medium",
    "product", "customer_id", "stage", "account",
)

# Fixed ids (other code and outside checks rely on them); extend, never rename.
MEASURES = (
    "impressions", "reach", "clicks", "cost", "conversions", "conversion_value", "video_views",
    "emails_sent", "emails_delivered", "unique_opens", "unique_clicks", "unsubscribes", "bounces",
    "leads", "mqls", "sqls", "new_customers", "deals_created", "deals_won", "deals_lost",
    "won_revenue", "orders", "revenue", "sessions", "users", "followers",
    # extensions
    "new_subscribers", "cogs",
    # Google Ads display and video engagements (not clicks); Search Console's unpaid clicks and impressions
    "interactions", "organic_clicks", "organic_impressions",
)

# Amounts of money: in the currency of the dataset they come from, converted to the workspace's currency by its rates.
MONEY = ("cost", "conversion_value", "revenue", "won_revenue", "cogs")

# Counts that overlap between rows (a person reached on two days is one person):
# summed as the files state them, with a note.
NON_ADDITIVE = ("reach", "users")
# Snapshots: the last value in a period, not a sum.
SNAPSHOT = ("followers",)

# The last day a row's figures cover, for a row of a period report (a campaign over a month); NULL for a row of one
# day. Such a row is stored once; `facts_days` spreads it evenly over its days for every query (compiler.py).
PERIOD_END = "date_end"
# The time zone whose days count times a tool writes in UTC (Source.utc), unless the workspace sets another
DEFAULT_ZONE = "Europe/Amsterdam"

# Every tool Koers reads, by family: the one list (ingest/sources/ has a description for each, and nothing else;
# the compiler decides sources of truth by family). Within a family, tools report different things and add up
# (spend on Google Ads plus spend on Meta); across families they re-report the same thing (GA4's imported cost).
TOOL_FAMILIES = {
    "ads": ("google_ads", "microsoft_ads", "meta_ads", "linkedin_ads", "amazon_ads", "tiktok_ads"),
    "email": ("mailchimp", "mailchimp_audience", "klaviyo", "brevo", "kit", "spotler"),
    "crm": ("hubspot_contacts", "hubspot_deals", "pipedrive_deals", "pipedrive_leads", "salesforce_opportunities"),
    "shop": ("shopify_orders", "woocommerce_orders", "stripe"),
    "analytics": ("ga4", "search_console", "bing_webmaster"),
    "generic": ("generic",),
}
TOOLS = frozenset(s for tools in TOOL_FAMILIES.values() for s in tools)

FACT_COLUMNS = ("dataset_id", "source_id", "date", PERIOD_END, *DIMENSIONS, *MEASURES)


def facts_ddl(table: str = "facts") -> str:
    """CREATE TABLE statement for the canonical fact table."""
    cols = ["dataset_id VARCHAR NOT NULL", "source_id VARCHAR NOT NULL", "date DATE NOT NULL", f"{PERIOD_END} DATE"]
    cols += [f"{d} VARCHAR" for d in DIMENSIONS]
    cols += [f"{m} DOUBLE" for m in MEASURES]
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


def facts_spans_ddl(source: str = "facts") -> str:
    """The view a KPI query at a grain of a week or more reads: the rows of `source` (`facts`, or `facts_money` when
    money is converted) as stored, a period row whole. The compiler spreads such a row over the grain's periods
    itself (compiler._spread): a row per period it touches, where facts_days has a row per day."""
    return f"CREATE OR REPLACE VIEW facts_spans AS SELECT * FROM {source}"


def facts_days_ddl(measures=MEASURES, source: str = "facts") -> str:
    """The view every KPI query reads: `facts` with each period row spread evenly over its days.

    A row for 1-31 January becomes 31 rows of a 31st of each figure, carrying `_p_start`/`_p_end` (its period), so
    a query can tell when a result rests on a share of a period (`estimated`). A snapshot (followers) is not divided:
    it counts on the period's last day. Rows of one day pass through with `_p_start` NULL. `measures`: those the
    facts have (a workspace half way through its migrations may lack newer ones); `source`: `facts`, or `facts_money`
    when money is converted (store/money.py)."""
    spread = ", ".join(
        f"CASE WHEN _d = date_end THEN {m} END AS {m}" if m in SNAPSHOT else f"{m} / _n AS {m}" for m in measures
    )
    return (
        "CREATE OR REPLACE VIEW facts_days AS "
        f"SELECT *, CAST(NULL AS DATE) AS _p_start, CAST(NULL AS DATE) AS _p_end FROM {source} "
        f"WHERE {PERIOD_END} IS NULL OR {PERIOD_END} <= date "
        "UNION ALL BY NAME "
        f"SELECT * EXCLUDE (_d, _n) REPLACE (CAST(_d AS DATE) AS date, {spread}), "
        f"date AS _p_start, {PERIOD_END} AS _p_end FROM ("
        f"SELECT *, unnest(generate_series(date, {PERIOD_END}, INTERVAL 1 DAY)) AS _d, "
        f"CAST(date_diff('day', date, {PERIOD_END}) + 1 AS DOUBLE) AS _n FROM {source} WHERE {PERIOD_END} > date)"
    )
