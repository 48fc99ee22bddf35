"""Figures that cannot all be right in one row: a negative count, more clicks than impressions, more unique opens
than emails delivered. Said, never silent, and never changed: the row keeps what the file says, and the warning names
up to five of its rows and how many there are.

A rule is a warning code, the measures it needs and a SQL condition over them; every rule whose measures a file has
runs in one query over the data rows of `t` (whose columns carry the tool's field names, which are the canonical
measure ids wherever the file has the measure itself)."""

from __future__ import annotations

from ..schema import MEASURES, MONEY
from .sources._email import COUNTS, EMAIL_ROW, SMS_APART

# Counts can never be below zero; of the money only spend cannot (revenue may hold refunds).
NEVER_NEGATIVE = tuple(m for m in MEASURES if m not in MONEY) + ("cost",)
# Conversions above clicks only mean something where a conversion follows a click: the ad tools.
AD_TOOLS = frozenset({"google_ads", "microsoft_ads", "meta_ads", "linkedin_ads", "tiktok_ads", "amazon_ads"})

# (code, measures needed, condition, tools it applies to or None for all). Only ids from the schema enter the SQL.
RULES = (
    ("ingest.check_clicks_over_impressions", ("clicks", "impressions"), "clicks > impressions", None),
    ("ingest.check_clicks_over_impressions", ("organic_clicks", "organic_impressions"),
     "organic_clicks > organic_impressions", None),
    ("ingest.check_reach_over_impressions", ("reach", "impressions"), "reach > impressions", None),
    ("ingest.check_delivered_over_sent", ("emails_delivered", "emails_sent"), "emails_delivered > emails_sent", None),
    ("ingest.check_bounces_over_sent", ("bounces", "emails_sent"), "bounces > emails_sent", None),
    ("ingest.check_opens_over_delivered", ("unique_opens", "emails_delivered"), "unique_opens > emails_delivered",
     None),
    ("ingest.check_opens_over_sent", ("unique_opens", "emails_sent"), "unique_opens > emails_sent", None),
    ("ingest.check_clicks_over_opens", ("unique_clicks", "unique_opens"), "unique_clicks > unique_opens", None),
    ("ingest.check_conversions_over_clicks", ("conversions", "clicks"), "conversions > clicks", AD_TOOLS),
)
SHOWN_ROWS = 5


def rules_for(present: set[str], source_id: str) -> list[tuple[str, dict, str]]:
    """(code, message params, condition) of every rule the file's measures allow."""
    out = [("ingest.check_negative", {"measure": m}, f"{m} < 0") for m in NEVER_NEGATIVE if m in present]
    for code, needs, cond, tools in RULES:
        if not set(needs) <= present or (tools is not None and source_id not in tools):
            continue
        if code == "ingest.check_opens_over_sent" and "emails_delivered" in present:
            continue  # opens are measured against what arrived when the file says it
        out.append((code, {}, cond))
    return out


def check(con, plan, line_of) -> list[tuple[str, dict]]:
    """Warnings for the data rows of `t` that break a rule: count and the first rows, per rule."""
    present = {n for n in plan.fields if n in MEASURES}
    rules = rules_for(present, plan.source.id)
    if not rules:
        return []
    if "channel" in plan.fields and any(code == SMS_APART for code, *_ in plan.source.checks):
        # An SMS row of a tool that writes both (Klaviyo) counts in no email figure: email rules judge email rows.
        rules = [(code, params, f"({cond}) AND {EMAIL_ROW}" if set(cond.split()) & set(COUNTS) else cond)
                 for code, params, cond in rules]
    # Counts first, in one pass; the first rows only for a rule some row breaks (an ordered list per rule costs every
    # file a sort, and most files break none).
    counts = con.execute("SELECT " + ", ".join(f"count(*) FILTER (WHERE {cond})" for _, _, cond in rules)
                         + " FROM t WHERE _kind = 'data'").fetchone()
    out = []
    for (code, params, cond), n in zip(rules, counts, strict=True):
        if n:
            first = [r for (r,) in con.execute(f"SELECT rowid FROM t WHERE _kind = 'data' AND ({cond}) ORDER BY rowid "
                                               f"LIMIT {SHOWN_ROWS}").fetchall()]
            rows = ", ".join(str(line_of(r)) for r in first) + (" …" if n > SHOWN_ROWS else "")
            out.append((code, {**params, "count": int(n), "rows": rows}))
    return out
