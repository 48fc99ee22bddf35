"""Mailchimp: Reports > export of campaign reports (one row per campaign, English only), and the report of one
campaign (label lines, read through label_report.py)."""

from ._email import AB_COUNT, BOUNCE_FIELDS, email_events
from .base import source

SOURCE = source(
    id="mailchimp",
    name="Mailchimp",
    columns={
        "Send Date": "date",
        "Title": "campaign",
        # The report of one campaign (label_report.py): its labels, without their colons.
        "Delivery Date/Time": "date", "Bounces": "bounces", "Recipients Who Opened": "unique_opens",
        "Recipients Who Clicked": "unique_clicks", "Total Unsubs": "unsubscribes",
        "List": "account", "Audience": "account",
        "Total Recipients": "emails_sent",
        "Successful Deliveries": "emails_delivered",
        "Soft Bounces": "soft_bounces", "Hard Bounces": "hard_bounces", "Total Bounces": "bounces",
        "Unique Opens": "unique_opens",
        "Unique Clicks": "unique_clicks",
        "Unsubscribes": "unsubscribes",
        # Mailchimp's own e-commerce attribution. The Google Analytics block (Visits, Revenue Created,
        # Transactions, ...) is web analytics, not email: left unmapped on purpose.
        "Total Orders": "conversions",
        "Total Revenue": "conversion_value",
    },
    markers=["Successful Deliveries", "Total Recipients", "Send Weekday", "Times Forwarded", "Forwarded Opens",
             "Abuse Complaints", "Times Liked on Facebook", "Folder Id", "Unique Id", "Total Gross Sales"],
    required=[{"date"}, {"emails_sent", "emails_delivered"}],
    derived=["Open Rate", "Click Rate", "Bounce Rate", "Goal Conversion Rate", "Ecommerce Conversion Rate",
             "Per Visit Goal Value", "Per Visit Value", "Average Value", "Pages/Visit", "Analytics ROI"],
    fields=dict(BOUNCE_FIELDS),
    # An A/B campaign's row holds its parts' rows ('Title | Combo 1', 'Title | Winner'): jamestthompson3/
    # mailchimp_data mailchimp_campaigns.csv (commit 623e3e4), where 383 recipients = 96 + 95 + 192.
    events=email_events(extra=("conversions", "conversion_value"), ab_parts=True),
    checks=(AB_COUNT,),
    channel="Email",
    date_order="mdy",  # a US tool: a report saved again from a US spreadsheet writes 3/9/17 for 9 March
)
