"""Google Ads report downloads (campaign, ad group; by day), English and Dutch interface."""

from .base import source

SOURCE = source(
    id="google_ads",
    name="Google Ads",
    columns={
        "Day": "date", "Dag": "date", "Date": "date", "Datum": "date",
        "Campaign": "campaign", "Campagne": "campaign",
        "Ad group": "ad_group", "Advertentiegroep": "ad_group",
        "Campaign type": "channel", "Campagnetype": "channel",
        "Account": "account", "Account name": "account", "Accountnaam": "account",
        "Impr.": "impressions", "Impressions": "impressions", "Vertoningen": "impressions",
        "Clicks": "clicks", "Klikken": "clicks",
        "Cost": "cost", "Kosten": "cost",
        "Conversions": "conversions", "Conversies": "conversions",
        "Conv. value": "conversion_value", "Conversion value": "conversion_value",
        "Conv.waarde": "conversion_value", "Conversiewaarde": "conversion_value",
        "Video views": "video_views", "Views": "video_views", "Videoweergaven": "video_views",
    },
    markers=["Impr.", "Conv. value", "Campaign state", "Campaign status", "Currency code", "Valutacode",
             "Campagnestatus", "Conv.waarde", "Avg. CPC", "Gem. CPC", "Cost / conv.", "Kosten/conv.",
             "Interaction rate", "Search impr. share", "Vertoningen"],
    required=[{"date"}, {"impressions", "clicks", "cost"}],
    derived=["CTR", "Avg. CPC", "Gem. CPC", "Cost / conv.", "Kosten/conv.", "Kosten / conv.", "Conv. rate",
             "Conv.ratio", "Interaction rate", "Interactieratio", "Avg. cost", "Gem. kosten", "Search impr. share",
             "Conv. value / cost", "Conv.waarde/kosten", "Avg. CPM", "Gem. CPM", "Value / conv."],
    channel="Google Ads",
)
