"""Klaviyo: Campaigns > Export (one row per campaign or A/B variant), email and SMS; the flow reports (one row per flow
and period, or per flow and month).

Why the shape: the campaign export's header as several independent parsers of it spell it (e.g.
J3diHunt3r/BGN-Email-Marketing-Dashboard): Campaign Name, Tags, Subject, List, Send Time, Send Weekday, Total
Recipients, Unique Placed Order, Placed Order Rate, Revenue, Unique Opens, Open Rate, ..., Campaign Channel; rates as
'33.12%', Send Time 'YYYY-MM-DD HH:MM:SS'. Newer custom reports use lower-case labels ('Unique opens'). The flow
reports as ishika-riq/zipsense-analytics-agent (backend/server.js) lays them out: Flow ID, Flow Name, Date (each row's
period, 'May 01 2025 - May 31 2025'), Message Channel, Status, Open Rate, Total Recipients, Unique Opens, Total Clicks,
Bounces; or Month ('08/2025'), Flow ID, Flow Name, Status, Delivered, Unique Opens, Open Rate; or by day, as the
FlowTransformer of a public Klaviyo dashboard reads it: Day ('2024-01-15', or '09/04/2025' month first), Flow ID, Flow
Name, Flow Message ID, Flow Message Name, Flow Message Channel (Email or SMS), Status, Delivered, Bounced, Unique Opens,
Unique Clicks, Placed Order, Revenue, rates as fractions. Total Clicks counts every click, also a person's second: no
unique clicks."""

from ._email import BOUNCE_FIELDS, SMS_COUNT, email_events
from .base import Event, source

SOURCE = source(
    id="klaviyo",
    name="Klaviyo",
    columns={
        "Send Time": "date", "Send Date": "date", "Day": "date", "Date": "date", "Month": "date",
        "Campaign Name": "campaign", "Flow Name": "campaign",
        # Email or SMS; newer exports: zipsense-analytics-agent (ishika-riq) backend/server.js campaign and flow data.
        "Campaign Channel": "channel", "Campaign Message Channel": "channel", "Message Channel": "channel",
        "Flow Message Channel": "channel",
        "Campaign Message Name": "campaign",
        "List": "account",
        "Total Recipients": "emails_sent", "Recipients": "emails_sent",
        "Successful Deliveries": "emails_delivered", "Delivered": "emails_delivered",
        "Total Delivered": "emails_delivered",  # custom campaign and flow message reports
        "Bounces": "bounces", "Bounced": "bounces",
        "Unique Opens": "unique_opens",
        "Unique Clicks": "unique_clicks",
        "Unsubscribes": "unsubscribes", "Unique unsubscribes": "unsubscribes",
        # Klaviyo's own attribution of orders and revenue to a mail: conversions, not shop revenue.
        "Unique Placed Order": "conversions", "Count of unique conversions": "conversions",
        "Placed Order": "placed_orders",  # every order placed; counted only without Unique Placed Order
        "Total Placed Order": "placed_orders",
        "Revenue": "conversion_value", "Conversion value": "conversion_value",
        # Custom reports name the value after the conversion metric: 'Total Placed Order Value' beside 'Total Placed
        # Order' and 'Unique Placed Order' (a public spec of Klaviyo's Campaign Performance and Flow Performance
        # downloads); with Ordered Product as the account's metric, 'Unique Ordered Product' and 'Ordered Product
        # Value' (a public Klaviyo ETL's campaign transform).
        "Total Placed Order Value": "conversion_value", "Placed Order Value": "conversion_value",
        "Unique Ordered Product": "conversions", "Ordered Product Value": "conversion_value",
    },
    markers=["Unique Placed Order", "Placed Order Rate", "Campaign Channel", "Spam Complaints Rate",
             "Spam Complaints", "Winning Variant?", "Variant Name", "Count of unique conversions",
             "Unique unsubscribes", "Campaign ID", "Send Weekday", "Flow ID", "Flow Name"],
    # A campaign message export may leave its recipients out (zipsense-analytics-agent `campaign_data`): opens and
    # clicks are still Klaviyo's, with its SMS rows apart.
    required=[{"date"}, {"emails_sent", "emails_delivered", "unique_opens", "unique_clicks"}],
    derived=["Placed Order Rate", "Open Rate", "Click Rate", "Spam Complaints Rate", "Bounce Rate",
             "Unsubscribe Rate", "Unsub Rate", "Conversion rate", "Complaint Rate", "Revenue per Recipient",
             "Avg Placed Order", "Avg Unique Placed Order", "Avg Placed Order Value", "Revenue Per Recipient (RPR)",
             "Ordered Product Rate", "SMS Failed Delivery Rate", "Added to Cart Rate"],
    fields={**BOUNCE_FIELDS, "placed_orders": "number"},
    events=(*email_events(extra=("conversions", "conversion_value"), sms=True),
            Event("date", {"conversions": "placed_orders"}, needs=("placed_orders",), unless=("conversions",))),
    checks=(SMS_COUNT,),
    channel="Email",
    # The flow reports hold the flows' emails, the campaign exports the campaigns': both of a day stand side by side
    # (ishika-riq/zipsense-analytics-agent's flow report was taken for a newer copy of its campaign export and
    # replaced 43 of its days).
    # A campaign export that also lists a Flow ID stays a campaign export.
    parts=(("flows", ("Flow ID", "Flow Name", "Flow Message ID", "Flow Message Name"), None,
            ("Campaign Name", "Campaign ID", "Campaign Message ID", "Campaign Message Name", "Send Time")),),
    date_order="mdy",  # a US tool: a flow report's Day written 09/04/2025 is September 4 (read month first, and said)
)
