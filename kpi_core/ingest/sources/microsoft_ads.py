"""Microsoft Advertising report downloads: a "Key: Value" header block, the table, a copyright footer."""

from .base import source

SOURCE = source(
    id="microsoft_ads",
    name="Microsoft Advertising",
    columns={
        # UI reports use display names, API/scheduled reports technical ones.
        "Gregorian date": "date", "TimePeriod": "date", "Gregoriaanse datum": "date",
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
    markers=["Gregorian date", "Gregoriaanse datum", "TimePeriod", "CampaignName", "AccountName", "Conv.",
             "Cost per conv.", "Kosten per conv.", "Return on ad spend", "Rendement op advertentie-uitgaven",
             "Revenue per conv.", "Uitgaven"],
    required=[{"date"}, {"impressions", "clicks", "cost"}],
    derived=["CTR", "Avg. CPC", "Gem. CPC", "Avg. CPM", "Conv. rate", "Conv.perc.", "Cost per conv.",
             "Kosten per conv.", "Return on ad spend", "Rendement op advertentie-uitgaven", "Revenue per conv.",
             "Avg. position", "Impr. share (%)", "Ctr", "AverageCpc", "ConversionRate", "CostPerConversion",
             "ReturnOnAdSpend"],
    channel="Microsoft Ads",
    date_order="mdy",  # a US tool: 1/2/2025 is January 2
    warnings=("rule.ad_sales_are_conversion_value",),
)
