"""TikTok Ads Manager: Campaign/Ad group/Ad tab exports (xlsx or csv), by day or for the chosen period.

Why the shapes: TikTok's export names metrics as its API documents them for the interface ('Clicks (destination)',
'CTR (destination)', 'Cost per conversion'), one row per campaign, ad group or ad, a 'By Day'/'Date' column only when
the user splits by day, a currency column, small counts masked as '<5', and a closing 'Total of N results' row.
Daily ad-level layout seen in cpaeblie/predik `ads_1.csv` (Campaign name, Ad Group Name, Ad Name, Date, Cost, ...,
Currency)."""

from .base import source

SKAN_APART = "source.tiktok.skan_apart"

SOURCE = source(
    id="tiktok_ads",
    name="TikTok Ads Manager",
    columns={
        "By Day": "date", "Date": "date", "Day": "date", "Per dag": "date", "Datum": "date",
        "Campaign name": "campaign", "Campagnenaam": "campaign",
        "Ad group name": "ad_group", "Advertentiegroepnaam": "ad_group",
        "Advertiser name": "account", "Account name": "account",
        "Impressions": "impressions", "Impression": "impressions", "Vertoningen": "impressions",
        "Reach": "reach", "Bereik": "reach",
        # Destination clicks are link clicks, as counted by the other ad tools; 'Clicks (all)' also counts likes.
        "Clicks (destination)": "clicks", "Klikken (bestemming)": "clicks",
        "Cost": "cost", "Kosten": "cost",
        "Conversions": "conversions", "Conversies": "conversions",
        # App campaigns on iOS: conversions Apple's SKAdNetwork reports apart from Conversions and days late
        # (Liam-Dupeyron/AnswersAi_data_science TikTok_Ads_Aug-Oct.csv). Never added to them: counted in a warning.
        "Conversions (SKAN)": "skan_conversions",
        "Total complete payment value": "conversion_value", "Purchase value": "conversion_value",
        # TikTok Shop ads: the gross revenue of the shop orders TikTok attributes to the ads (bonsus/rekapanuxt)
        "Gross revenue (Shop)": "conversion_value",
        "Video views": "video_views", "Videoweergaven": "video_views",
        # Japanese interface (Shione4937/ads tiktok.csv, Shift-JIS): campaign, cost, impressions, destination clicks,
        # conversions.
        "キャンペーン名": "campaign", "コスト": "cost", "インプレッション": "impressions",
        "クリック（誘導先）": "clicks", "コンバージョン": "conversions",
        # Korean interface (taejunjeon/seo `data/ads_csv/tiktok/raw/`: the daily ad report by 일별, the campaign and ad
        # tabs closed by '총 6개 결과', all 6 results): day, campaign, ad group, cost, impressions, destination clicks,
        # reach, conversions.
        "일별": "date", "캠페인 이름": "campaign", "광고 그룹 이름": "ad_group", "비용": "cost",
        "노출수": "impressions", "클릭수(목적지)": "clicks", "도달": "reach", "전환수": "conversions",
        # Spanish interface, as public readers of its daily ad report and campaign tab spell it (the index names no
        # repository): Por día, Coste or Gasto, Impresiones, Clics (destino), closed by 'Total: N resultados'.
        "Por día": "date", "Nombre de la campaña": "campaign", "Nombre del grupo de anuncios": "ad_group",
        "Coste": "cost", "Gasto": "cost", "Impresiones": "impressions", "Alcance": "reach",
        "Clics (destino)": "clicks", "Conversiones": "conversions", "Visualizaciones de vídeo": "video_views",
        # GMV Max's list of creatives, one row per video of a campaign over the chosen period (no date): its product
        # ads' impressions and clicks, the SKU orders and the shop's gross revenue TikTok attributes to them. English
        # as public readers of the download spell it; Indonesian in nashihsulthoni-trial/tiktok-ads-dashboard
        # `sample_data.tsv` (every cell a text formula, wrapped.py); Chinese as a public translation table lists it.
        "Product ad impressions": "impressions", "Product ad clicks": "clicks", "SKU orders": "conversions",
        "Gross revenue": "conversion_value",
        "Nama kampanye": "campaign", "Biaya": "cost", "Impresi iklan produk": "impressions",
        "Jumlah klik iklan produk": "clicks", "Pesanan SKU": "conversions", "Pendapatan kotor": "conversion_value",
        "成本": "cost", "商品广告曝光数": "impressions", "商品广告点击数": "clicks", "SKU 订单数": "conversions",
        "总收入": "conversion_value",
    },
    markers=["Clicks (destination)", "CPC (destination)", "CTR (destination)", "Cost per conversion",
             "Conversion rate (CVR)", "Cost per 1,000 people reached", "2-second video views", "6-second video views",
             "Video views at 25%", "Video views at 100%", "Average play time per video view", "Clicks (all)",
             "Gross Impressions (Includes Invalid Impressions)", "Cost Charged by Voucher", "Ad Group Name",
             "Ad group name", "Result rate", "Cost per result", "By Day", "CPC（誘導先）", "CTR（誘導先）",
             "コンバージョン単価", "コンバージョン率（CVR）", "ディープファネル結果",
             "Por día", "Clics (destino)", "CPC (destino)", "CTR (destino)", "Objetivo publicitario",
             "CPC(목적지)", "CTR(목적지)", "클릭수(목적지)", "전환당 비용", "전환율(CVR)", "딥 퍼널 결과",
             "SKU orders", "Cost per order", "Product ad impressions", "Product ad clicks", "Product ad click rate",
             "Ad conversion rate", "2-second ad video view rate", "Pesanan SKU", "Biaya per pesanan",
             "Pendapatan kotor", "Impresi iklan produk", "Jumlah klik iklan produk", "Tingkat klik iklan produk",
             "Rasio konversi iklan", "SKU 订单数", "平均下单成本", "商品广告曝光数", "商品广告点击数"],
    required=[{"impressions", "clicks", "cost"}],  # a period report needs no date column (see ingest/period.py)
    derived=["CPC (destination)", "CPM", "CTR (destination)", "Cost per conversion", "Conversion rate (CVR)",
             "Cost per result", "Result rate", "Frequency", "CPC (all)", "CTR (all)", "Cost per 1,000 people reached",
             "Average play time per video view", "CPA", "CPC（誘導先）", "CTR（誘導先）", "コンバージョン単価",
             "コンバージョン率（CVR）", "結果の単価", "結果率（％）", "ディープファネル結果ごとのコスト",
             "ディープファネル結果の割合", "CPC (destino)", "CTR (destino)", "Coste por conversión",
             "Coste por resultado", "Cost per conversion (SKAN)", "Conversion rate (SKAN)", "CPC(목적지)",
             "CTR(목적지)", "전환당 비용", "전환율(CVR)", "결과당 비용", "결과율", "빈도", "1,000명 도달당 비용",
             "딥 퍼널 결과당 비용", "딥 퍼널 결과 비율",
             "Cost per order", "ROI", "Product ad click rate", "Ad conversion rate", "2-second ad video view rate",
             "6-second ad video view rate", "25% ad video view rate", "50% ad video view rate",
             "75% ad video view rate", "100% ad video view rate", "Biaya per pesanan", "Tingkat klik iklan produk",
             "Rasio konversi iklan", "Rasio tayang video iklan 2 detik", "Rasio tayang video iklan 6 detik",
             "Rasio tayang video iklan 25%", "Rasio tayang video iklan 50%", "Rasio tayang video iklan 75%",
             "Rasio tayang video iklan 100%", "平均下单成本", "商品广告点击率", "广告转化率"],
    # Meta's own names, which TikTok never writes: a table with them is Meta's, or a hand-made one, even where it
    # shares 'Clicks (all)' and 'Cost per result' with TikTok (Orkestaia/EDELWEISS-MARKETING_DASHBOARD `meta.csv`:
    # Spend ($), Link Clicks, Clicks (All), Cost per Result ($)). Read as TikTok, its spend and link clicks were lost.
    not_with=["Link clicks", "Amount spent", "Reporting starts", "Reporting ends", "Result indicator"],
    currency_from=("통화",),  # the Korean interface's Currency column
    channel="TikTok Ads",
    fields={"skan_conversions": "number"},
    checks=((SKAN_APART, "round(coalesce(sum(skan_conversions), 0))"),),
)
