"""Microsoft Advertising report downloads: a "Key: Value" header block, the table, a copyright footer."""

from .base import source

SOURCE = source(
    id="microsoft_ads",
    name="Microsoft Advertising",
    columns={
        # UI reports use display names, API/scheduled reports technical ones.
        "Gregorian date": "date", "TimePeriod": "date", "Gregoriaanse datum": "date", "GregorianDate": "date",
        # A report by week holds the Monday of each week (M/D/YYYY), as Google Ads' Week: the row counts on that day.
        "Week": "date",
        "Account name": "account", "AccountName": "account", "Accountnaam": "account",
        "Campaign name": "campaign", "CampaignName": "campaign", "Campagnenaam": "campaign",
        "Ad group": "ad_group", "Ad group name": "ad_group", "AdGroupName": "ad_group",
        "Naam advertentiegroep": "ad_group",
        "Impr.": "impressions", "Impressions": "impressions", "Vertoningen": "impressions",
        "Clicks": "clicks", "Klikken": "clicks",
        "Spend": "cost", "Uitgaven": "cost",
        "Conv.": "conversions", "Conversions": "conversions", "Conversies": "conversions",
        # Sales the ad platform attributes to its ads: conversion value, never revenue.
        "Revenue": "conversion_value", "Opbrengst": "conversion_value",
    },
    # Only headers other tools do not write: the interface's ad report shares Campaign status and Currency code
    # with Google Ads (Gschiavon/CSVParser-Spark BingAds012517.csv), and Campaign name, Impressions, Clicks and
    # Spend stand in Meta, LinkedIn and Amazon files too. API files: Werkspot/BingAdsApiBundle CsvTest.php.
    markers=["Gregorian date", "Gregoriaanse datum", "TimePeriod", "CampaignName", "AccountName", "Conv.",
             "Cost per conv.", "Kosten per conv.", "Return on ad spend", "Rendement op advertentie-uitgaven",
             "Revenue per conv.", "Uitgaven",
             "Ad distribution", "Bid match type", "Delivered match type", "Top vs. other", "Average CPC", "CTR (%)",
             "Conversion rate (%)", "Return on ad spend (%)", "Revenue per conversion", "Current maximum CPC",
             "GregorianDate", "AdGroupName", "CurrencyCode", "AdGroupId"],
    # No date required: a report without a time breakdown states its period in 'Report Time: 6/1/2026,6/7/2026'.
    required=[{"impressions", "clicks", "cost"}],
    derived=["CTR", "Avg. CPC", "Gem. CPC", "Avg. CPM", "Conv. rate", "Conv.perc.", "Cost per conv.",
             "Kosten per conv.", "Return on ad spend", "Rendement op advertentie-uitgaven", "Revenue per conv.",
             "Avg. position", "Impr. share (%)", "Ctr", "AverageCpc", "ConversionRate", "CostPerConversion",
             "ReturnOnAdSpend", "CTR (%)", "Average CPC", "Conversion rate (%)", "Return on ad spend (%)",
             "Revenue per conversion", "Cost per assist", "Revenue per assist"],
    channel="Microsoft Ads",
    # Its downloads open with 'Report Name:' and 'Report Time:' lines and may end with a Microsoft copyright line:
    # the preamble alone names the tool when the chosen columns say little.
    hints=(r"^\W*report name\s*:", r"^\W*report time\s*:", r"microsoft corporation"),
    date_order="mdy",  # a US tool: 1/2/2025 is January 2
    row_weeks=("Week",),
    currency_from=("Currency code", "CurrencyCode", "Valutacode"),
    warnings=("rule.ad_sales_are_conversion_value",),
    warns_about={"rule.ad_sales_are_conversion_value": ("conversion_value",)},
)
