"""Google Ads report downloads (campaign, ad group; by day or week), English and Dutch interface."""

from .base import source

SOURCE = source(
    id="google_ads",
    name="Google Ads",
    columns={
        # A Week segment holds the Monday of the week: the row counts on that day.
        "Day": "date", "Dag": "date", "Date": "date", "Datum": "date", "Week": "date",
        "Campaign": "campaign", "Campagne": "campaign",
        "Ad group": "ad_group", "Advertentiegroep": "ad_group",
        "Campaign type": "channel", "Campagnetype": "channel",
        "Account": "account", "Account name": "account", "Accountnaam": "account",
        "Impr.": "impressions", "Impressions": "impressions", "Vertoningen": "impressions",
        "Clicks": "clicks", "Klikken": "clicks",
        "Cost": "cost", "Kosten": "cost",
        "Conversions": "conversions", "Conversies": "conversions",
        "Conv. value": "conversion_value", "Conversion value": "conversion_value",
        "Conv.waarde": "conversion_value", "Conv. waarde": "conversion_value", "Conversiewaarde": "conversion_value",
        "Video views": "video_views", "Views": "video_views", "Videoweergaven": "video_views",
    },
    markers=["Impr.", "Conv. value", "Campaign state", "Campaign status", "Currency code", "Valutacode", "Valuta",
             "Campagnestatus", "Status campagne", "Conv.waarde", "Avg. CPC", "Gem. CPC", "Cost / conv.",
             "Kosten/conv.", "Conv.waarde/kosten", "Conv. value / cost", "Conv. perc.", "Interaction rate",
             "Interactiepercentage", "Search impr. share", "Zoekvertoningsaandeel", "Search lost IS (budget)",
             "Vertoningen", "Optimization score"],
    required=[{"date"}, {"impressions", "clicks", "cost"}],
    derived=["CTR", "Avg. CPC", "Gem. CPC", "Cost / conv.", "Kosten/conv.", "Kosten / conv.", "Conv. rate",
             "Conv.ratio", "Conv. perc.", "Interaction rate", "Interactieratio", "Interactiepercentage", "Avg. cost",
             "Gem. kosten", "Search impr. share", "Zoekvertoningsaandeel", "Search lost IS (budget)",
             "Search lost IS (rank)", "Conv. value / cost", "Conv.waarde/kosten", "Avg. CPM", "Gem. CPM",
             "Value / conv.", "Avg. CPV", "Viewable CTR", "Avg. viewable CPM", "Optimization score",
             "Cost / Conv. (Platform Comparable)", "Conv. value / Cost (Platform Comparable)"],
    channel="Google Ads",
)
