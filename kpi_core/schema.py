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
)

# Counts that overlap between rows (a person reached on two days is one person):
# summed as the files state them, with a note.
NON_ADDITIVE = ("reach", "users")
# Snapshots: the last value in a period, not a sum.
SNAPSHOT = ("followers",)

FACT_COLUMNS = ("dataset_id", "source_id", "date", *DIMENSIONS, *MEASURES)


def facts_ddl(table: str = "facts") -> str:
    """CREATE TABLE statement for the canonical fact table."""
    cols = ["dataset_id VARCHAR NOT NULL", "source_id VARCHAR NOT NULL", "date DATE NOT NULL"]
    cols += [f"{d} VARCHAR" for d in DIMENSIONS]
    cols += [f"{m} DOUBLE" for m in MEASURES]
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"
