"""Microsoft Bing Webmaster Tools: Search Performance > Export (the overview by date, and the keyword, page and country
tables).

Why the shapes: real downloads (ryanpate/invoice-generator `invoicekits-bing.csv`, lucab85/lucaberton.com,
fjrevoredo/mini-diarium and Massimilianociconte/WebNovis `…_SearchPerformanceOverview_All_….csv`,
biendoubrian23/testciviquefrance and h1site/quebec-business-directory `…_KeywordReport_…`/`…_PageTrafficReport_…`,
doujianwen/bookconv-frontend in the Chinese interface) are UTF-8 with a BOM, every cell quoted, no preamble and no
totals. The overview by date is `"Date","Clicks","Impressions","Avg. CTR"` with days as `1/14/2026 12:00:00 AM` (month
first; `2026/7/26 00:00:00` in Chinese) and the CTR as `33.33` without '%'; the other tables are `"Keyword"` (or
`"Page"`, `"Country"`), `"Impressions","Clicks","CTR","Avg. Position"`, with no dates: the date in the file's name is
the day of the download, not the period. Italian, French and Spanish users got English headers. Clicks and
impressions are unpaid search, never ad clicks: a sheet of no tool read them as paid `clicks` beside Google Ads'. The
rates and positions are derived per row, never summed."""

from .base import source
from .generic import SYNONYMS

DATE = {"Date": "date", "日期": "date"}
CLICKS = {"Clicks": "organic_clicks", "点击次数": "organic_clicks"}
IMPRESSIONS = {"Impressions": "organic_impressions", "印象数": "organic_impressions"}
# The first column of the tables without dates: what a row is about, kept out of the facts. By keyword and by page
# the sums are not the site's: WebNovis's tables of one download hold 462 and 583 impressions where its overview by
# date holds 1,043; testciviquefrance's page table 50,249 where its keyword table holds 19,923. The country table
# adds up to the overview (bookconv-frontend: 35 clicks and 1,183 impressions in both).
PARTIAL = ["Keyword", "Page", "关键字", "页面"]
WHOLE = ["Country", "国家/地区"]
CTR = ["Avg. CTR", "CTR", "平均 点击率", "点击率"]
POSITION = ["Avg. Position", "平均排名"]
TABLES = "source.bing_webmaster.tables_incomplete"

SOURCE = source(
    id="bing_webmaster",
    name="Bing Webmaster Tools",
    columns={**DATE, **CLICKS, **IMPRESSIONS, **dict.fromkeys(PARTIAL, "breakdown"), **dict.fromkeys(WHOLE, "segment")},
    markers=["Avg. CTR", "Avg. Position", "平均 点击率", "平均排名"],
    required=[{"organic_clicks"}, {"organic_impressions"}],
    not_with=[*SYNONYMS["cost"], *SYNONYMS["campaign"], *SYNONYMS["ad_group"]],
    derived=[*CTR, *POSITION],
    channel="Organic search",
    date_order="mdy",
    # Four or five plain columns: the header alone says which tool wrote them (Search Console writes 'CTR' and
    # 'Position' without 'Avg.').
    signatures=[("Date", "Clicks", "Impressions", "Avg. CTR"), ("日期", "点击次数", "印象数", "平均 点击率"),
                *((k, "Impressions", "Clicks", "CTR", "Avg. Position") for k in ("Keyword", "Page", "Country")),
                *((k, "印象数", "点击次数", "点击率", "平均排名") for k in ("关键字", "页面", "国家/地区"))],
    fields={"breakdown": "text", "segment": "text"},
    checks=((TABLES, "count(*) FILTER (WHERE breakdown IS NOT NULL)"),),
)
