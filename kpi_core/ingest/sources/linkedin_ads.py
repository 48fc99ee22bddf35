"""LinkedIn Campaign Manager "Campaign performance" export: a report block above the header, dates M/D/YYYY."""

from .base import source

SOURCE = source(
    id="linkedin_ads",
    name="LinkedIn Campaign Manager",
    columns={
        "Start Date (in UTC)": "date", "End Date (in UTC)": "date_end",
        "Account Name": "account",
        "Campaign Name": "campaign",
        "Impressions": "impressions",
        "Clicks": "clicks",
        "Total Spent": "cost", "Amount Spent": "cost",
        "Conversions": "conversions",
        "Total Conversion Value": "conversion_value",
        "Leads": "leads",
        "Video Views": "video_views",
        "Reach": "reach", "Approximate Member Reach": "reach", "Approximate Unique Member Reach": "reach",
    },
    markers=["Start Date (in UTC)", "End Date (in UTC)", "Campaign Group Name", "Total Spent",
             "Clicks to Landing Page", "Total Conversion Value", "Lead Forms Opened", "Click Through Rate",
             "Average CPM", "Average CPC", "Campaign Objective", "Approximate Member Reach"],
    required=[{"date"}, {"impressions", "clicks", "cost"}],
    derived=["Click Through Rate", "Average CPM", "Average CPC", "Cost per Conversion", "Cost per Lead",
             "Conversion Rate", "Lead Form Completion Rate", "Average Frequency", "Return on Ad Spend"],
    fields={"date_end": "date"},
    channel="LinkedIn Ads",
    date_order="mdy",  # Campaign Manager writes M/D/YYYY
)
