"""Microsoft Bing Webmaster Tools: Search Performance exports (the overview by date, the tables by page and country)."""

from ..corpus import case, write


@case(id="bing_webmaster/overview/en", source="bing_webmaster",
      filename="example.com_SearchPerformanceOverview_All_2_6_2026.csv", rows=4,
      origin="ryanpate/invoice-generator invoicekits-bing.csv and fjrevoredo/mini-diarium "
      "…_SearchPerformanceOverview_All_7_13_2026.csv (UTF-8 with BOM, CRLF, every cell quoted, "
      "'1/14/2026 12:00:00 AM', 'Avg. CTR' without '%', days without impressions kept as zeros)",
      totals={"organic_clicks": 0 + 1 + 0 + 4, "organic_impressions": 0 + 12 + 21 + 31},
      period=("2026-01-30", "2026-02-02", "rows"))
def overview(path):
    write(path, [
        '"Date","Clicks","Impressions","Avg. CTR"',
        '"1/30/2026 12:00:00 AM","0","0","0"',
        '"1/31/2026 12:00:00 AM","1","12","8.33"',
        '"2/1/2026 12:00:00 AM","0","21","0"',
        '"2/2/2026 12:00:00 AM","4","31","12.9"',
    ], bom=True, eol="\r\n")


@case(id="bing_webmaster/overview/zh", source="bing_webmaster", language="zh",
      filename="example.com_SearchPerformanceOverview_All_2026_9_20.csv", rows=3,
      origin="doujianwen/bookconv-frontend www.bookconv.com_SearchPerformanceOverview_All_2026_9_20.csv (Chinese "
      "interface: '日期','点击次数','印象数','平均 点击率'; days as '2026/7/26 00:00:00'; LF)",
      totals={"organic_clicks": 2 + 0 + 3, "organic_impressions": 40 + 18 + 52},
      period=("2026-07-26", "2026-07-28", "rows"))
def overview_zh(path):
    write(path, [
        '"日期","点击次数","印象数","平均 点击率"',
        '"2026/7/26 00:00:00","2","40","5"',
        '"2026/7/27 00:00:00","0","18","0"',
        '"2026/7/28 00:00:00","3","52","5.77"',
    ], bom=True)


@case(id="bing_webmaster/pages/en", source="bing_webmaster",
      filename="example.com_PageTrafficReport_2026-01-21 (1).csv", rows=3,
      origin="h1site/quebec-business-directory registreduquebec.com_PageTrafficReport_2026-01-21 (1).csv (UTF-8 "
      "with BOM, CRLF, every cell quoted, impressions before clicks, CTR with float noise, clicks above impressions "
      "on a row; no dates and no period)",
      totals={"organic_clicks": 26 + 4 + 2, "organic_impressions": 8155 + 3501 + 1},
      period=("2025-10-01", "2025-12-31", "given"), given_period="2025-10-01..2025-12-31")
def pages(path):
    write(path, [
        '"Page","Impressions","Clicks","CTR","Avg. Position"',
        '"https://example.com/","8155","26","0.32%","5.79988620478234"',
        '"https://example.com/search","3501","4","0.11%","7.98258409025993"',
        '"https://example.com/about","1","2","200%","1"',
    ], bom=True, eol="\r\n")


@case(id="bing_webmaster/countries/zh", source="bing_webmaster", language="zh",
      filename="example.com_CountryReport_2026_9_20.csv", rows=3,
      origin="doujianwen/bookconv-frontend www.bookconv.com_CountryReport_2026_9_20.csv (Chinese interface: "
      "'国家/地区','印象数','点击次数','点击率','平均排名'; lower-case country codes, 'ww' among them; position 0)",
      totals={"organic_clicks": 9 + 14 + 5, "organic_impressions": 386 + 490 + 82},
      period=("2026-07-01", "2026-09-18", "given"), given_period="2026-07-01..2026-09-18")
def countries_zh(path):
    write(path, [
        '"国家/地区","印象数","点击次数","点击率","平均排名"',
        '"ww","386","9","2.33%","0"',
        '"us","490","14","2.86%","0"',
        '"gb","82","5","6.1000000000000005%","0"',
    ], bom=True)
