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
        # The Campaigns page's grid, downloaded as it is shown (rogeritael/jbt_campaigns_automation bing_08.csv):
        # Campaign and Campaign Type as Google Ads names them, but Spend, Delivery and the impression rates.
        "Campaign": "campaign", "Campaign Type": "channel",
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
             "GregorianDate", "AdGroupName", "CurrencyCode", "AdGroupId",
             # the grid's: Google Ads writes 'Impr. (Top) %' and 'Impr. (Abs. Top) %', and no Delivery
             "Delivery", "Top impr. rate", "Abs. top impr. rate"],
    # No date required: a report without a time breakdown states its period in 'Report Time: 6/1/2026,6/7/2026'.
    required=[{"impressions", "clicks", "cost"}],
    derived=["CTR", "Avg. CPC", "Gem. CPC", "Avg. CPM", "Conv. rate", "Conv.perc.", "Cost per conv.",
             "Kosten per conv.", "Return on ad spend", "Rendement op advertentie-uitgaven", "Revenue per conv.",
             "Avg. position", "Impr. share (%)", "Ctr", "AverageCpc", "ConversionRate", "CostPerConversion",
             "ReturnOnAdSpend", "CTR (%)", "Average CPC", "Conversion rate (%)", "Return on ad spend (%)",
             "Revenue per conversion", "Cost per assist", "Revenue per assist", "Top impr. rate",
             "Abs. top impr. rate", "Optimization Score"],
    channel="Microsoft Ads",
    # Its downloads open with 'Report Name:' and 'Report Time:' lines and may end with a Microsoft copyright line:
    # the preamble alone names the tool when the chosen columns say little. 'Report Name:' alone names none: Spotify
    # Ads opens its downloads with it too ('Report Date Range:' after it; Mynkism/cocoon-dashboard Spotify_ads.csv).
    hints=(r"^\W*report time\s*:", r"^\W*report aggregation\s*:", r"^\W*last completed available (day|hour)\s*:",
           r"microsoft corporation"),
    date_order="mdy",  # a US tool: 1/2/2025 is January 2
    row_weeks=("Week",),
    currency_from=("Currency code", "CurrencyCode", "Valutacode"),
    warnings=("rule.ad_sales_are_conversion_value",),
    warns_about={"rule.ad_sales_are_conversion_value": ("conversion_value",)},
)
