"""Spotify Ads Manager downloads: Koers has no tool of its own for them, so they are read as a sheet of no tool."""

from ..corpus import case, write

HEAD = ["Campaign id", "Campaign name", "Ad set id", "Ad set name", "Ad id", "Ad name", "Ad format", "Date",
        "Impressions", "Reach", "Frequency", "Clicks", "CTR", "Spend", "CPC", "CPM", "completion rate", "Starts",
        "Ad played to: 25%", "Ad played to: 50%", "Ad played to: 75%", "Ad played to: 100%", "page views",
        "Adds to cart", "Purchases", "Attributed revenue", "Average order value (AOV)",
        "Return on ad spend (ROAS)"]


@case(id="spotify_ads/campaign_performance_daily/en", source="generic", filename="Spotify_ads.csv", rows=3,
      origin="Mynkism/cocoon-dashboard `updates/Spotify_ads.csv` (five 'Report …:' lines and an empty line above the "
             "header, dates as YYYY/MM/DD, UUIDs for ids, the ad set's id before its name, '-' for a CPC without "
             "clicks, 'Attributed revenue')",
      # 'Report Name:' made it Microsoft Advertising's, whose columns have no Date: refused as having no date column
      totals={"impressions": 1200 + 0 + 800, "clicks": 6 + 0 + 2, "cost": 10.50 + 0 + 7.25, "conversions": 1,
              "conversion_value": 49.95},
      period=("2026-05-27", "2026-05-28", "rows"), skipped={"preamble": 6})
def campaign_performance_daily(path):
    """Daily campaign performance by ad: LF, nothing quoted but an ad name with a leading space."""
    def row(date, impr, reach, clicks, spend, cpc, purchases, revenue, ad_set="aaaa0000-0000-4000-8000-000000000002"):
        return [
            "aaaa0000-0000-4000-8000-000000000001", "Example_WebsiteVisits_2026-05", ad_set, "example_audio_set",
            "aaaa0000-0000-4000-8000-000000000003", '" example_ad_v1"', "Audio", date, impr, reach,
            "1" if impr else "0", clicks, "0.5" if clicks else "0", spend, cpc, "8.75" if impr else "0", "0", "0",
            "0", "0", "0", "0", "0", "0", purchases, revenue, revenue, "0"]
    lines = ["Report Name: Campaign Performance", "Report Granularity: Daily", "Report Primary Entity: Ad",
             "Report Date Range: 2026-05-27 - 2026-05-28 (UTC)", "Report Data as of: 2026-05-29 10:00:00 (UTC)", "",
             ",".join(HEAD),
             ",".join(row("2026/05/27", "1200", "1100", "6", "10.50", "1.75", "1", "49.95")),
             ",".join(row("2026/05/27", "0", "0", "0", "0", "-", "0", "0", "aaaa0000-0000-4000-8000-000000000004")),
             ",".join(row("2026/05/28", "800", "700", "2", "7.25", "3.63", "0", "0"))]
    write(path, lines)
