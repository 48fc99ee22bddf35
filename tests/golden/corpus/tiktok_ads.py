"""TikTok Ads Manager exports."""

from ..corpus import case, write


@case(id="tiktok_ads/ads_by_day/en-idr", source="tiktok_ads", filename="ads_1.csv", rows=3,
      origin="cpaeblie/predik ads_1.csv (daily ad-level rows, IDR integers, Currency column, CTR without '%')",
      totals={"impressions": 6152 + 19598 + 8800, "clicks": 17 + 84 + 30, "cost": 56873 + 180858 + 90500,
              "conversions": 0 + 10 + 4}, currency="IDR", period=("2023-11-16", "2023-11-17", "rows"))
def ads_by_day(path):
    write(path, [
        "Campaign name,Ad Group Name,Ad Name,Date,Cost,CPC (Destination),CPM,Impression,Clicks (Destination),"
        "CTR (Destination),Conversions,CPA,Currency",
        "Campaign A,Ad Group A1,Ad A1a,2023-11-16,56873,3345,9244,6152,17,0.28,0,0,IDR",
        "Campaign A,Ad Group A1,Ad A1a,2023-11-17,180858,2153,9228,19598,84,0.43,10,18085,IDR",
        "Campaign B,Ad Group B1,Ad B1a,2023-11-17,90500,3016,10284,8800,30,0.34,4,22625,IDR",
    ])


@case(id="tiktok_ads/campaigns_xlsx/en", source="tiktok_ads", filename="Campaign data.xlsx", rows=2,
      origin="TikTok Ads Manager campaign tab export as read by parsers of real xlsx downloads (header row 1, "
      "'<5' masked counts, closing 'Total of 2 results' row); metric labels from TikTok's own column names",
      totals={"impressions": 120400 + 3, "clicks": 1530, "cost": 850.25 + 12.10, "conversions": 41,
              "reach": 80100}, currency="EUR", period=("2025-03-01", "2025-03-31", "given"),
      given_period="2025-03-01..2025-03-31", skipped={"totals": 1})
def campaigns_xlsx(path):
    """Campaign totals for the chosen range, no date column; a paused campaign's small counts masked."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Campaign data"
    ws.append(["Campaign name", "Primary status", "Cost", "CPC (destination)", "CPM", "Impressions",
               "Clicks (destination)", "CTR (destination)", "Reach", "Conversions", "Cost per conversion",
               "Currency"])
    ws.append(["Spring launch", "Active", 850.25, 0.56, 7.06, 120400, 1530, "1.27%", 80100, 41, 20.74, "EUR"])
    ws.append(["Retargeting test", "Inactive", 12.10, "-", 4033.33, 3, "<5", "-", "<5", 0, "-", "EUR"])
    ws.append(["Total of 2 results", "-", 862.35, 0.56, 7.16, 120403, 1530, "1.27%", 80100, 41, 21.03, "EUR"])
    wb.save(path)


@case(id="tiktok_ads/campaigns/ja-shift-jis", source="tiktok_ads", filename="tiktok.csv", rows=2,
      origin="Shione4937/ads tiktok.csv (Japanese interface, Shift-JIS, CRLF, no date column, closing '全2件の結果')",
      totals={"impressions": 100000 + 50000, "clicks": 200 + 200, "cost": 30000 + 20000, "conversions": 2 + 1},
      currency="JPY", period=("2026-01-01", "2026-01-31", "given"), given_period="2026-01-01..2026-01-31",
      skipped={"totals": 1}, language="ja")
def campaigns_japanese(path):
    """The campaign tab in TikTok Ads Manager's Japanese interface, downloaded as CSV: Windows' Shift-JIS (cp932),
    CRLF, a period report without a date column, '-' for empty cells, rates with '%', a currency column (通貨), and
    a closing totals row '全2件の結果' (all 2 results) that must not count again."""
    write(path, [
        "キャンペーン名,一級ステータス,キャンペーン予算,コスト,CPC（誘導先）,CPM,インプレッション,クリック（誘導先）,"
        "CTR（誘導先）,コンバージョン,コンバージョン単価,コンバージョン率（CVR）,結果,結果の単価,結果率（％）,"
        "ディープファネル結果,ディープファネル結果ごとのコスト,ディープファネル結果の割合,目標ベースの予算増加,通貨",
        "春のセール,配信中,5000,30000,150,300,100000,200,0.20%,2,15000,1.00%,-,-,-,-,-,-,-,JPY",
        "新商品の告知　※コメントオフ,一時停止中,7200,20000,100,400,50000,200,0.40%,1,20000,0.50%,-,-,-,-,-,-,-,JPY",
        "全2件の結果,-,-,50000,125,333,150000,400,0.27%,3,16667,0.75%,-,-,-,-,-,-,-,JPY",
    ], encoding="cp932", eol="\r\n")


@case(id="tiktok_ads/campaigns_by_day/en", source="tiktok_ads", filename="Campaign data.csv", rows=3,
      origin="TikTok Ads Manager's daily campaign export with By Day as its first column, as a public test fixture "
      "of a TikTok report reader holds it; the closing 'Total of N results' row of TikTok's exports (see the xlsx "
      "case), here in the date column",
      totals={"cost": 1234.50 + 765.50 + 410.00, "impressions": 120000 + 80000 + 41000,
              "clicks": 1800 + 1200 + 500, "conversions": 30 + 20 + 9},
      currency="USD", period=("2025-03-01", "2025-03-03", "rows"), skipped={"totals": 1})
def campaigns_by_day(path):
    # A short export: the totals label, digits and all, is a third of the date column's sample.
    write(path, [
        "By Day,Campaign name,Cost,Impressions,Clicks (destination),Conversions,Currency",
        "2025-03-01,Spring,1234.50,120000,1800,30,USD",
        "2025-03-02,Spring,765.50,80000,1200,20,USD",
        "2025-03-03,Spring,410.00,41000,500,9,USD",
        "Total of 3 results,-,2410.00,241000,3500,59,USD",
    ])


@case(id="tiktok_ads/ads_by_day/es", source="tiktok_ads", filename="Informe diario de anuncios.csv", rows=3,
      origin="TikTok Ads Manager's daily ad report in Spanish as public readers of it spell its columns (the index "
      "names no repository): Por día, Coste, CPC, Impresiones, Clics (destino), CTR, Conversiones",
      totals={"cost": 20 + 30 + 10, "impressions": 4000 + 5000 + 2000, "clicks": 40 + 50 + 20, "conversions": 6},
      period=("2025-05-01", "2025-05-03", "rows"), language="es")
def ads_by_day_es(path):
    # A generic sheet before: cost, impressions and conversions were left unread.
    write(path, [
        "Por día,Coste,CPC,Impresiones,Clics (destino),CTR,Conversiones",
        "2025-05-01,20.0,0.5,4000,40,0.01,2",
        "2025-05-02,30.0,0.6,5000,50,0.01,3",
        "2025-05-03,10.0,0.5,2000,20,0.01,1",
    ])


@case(id="tiktok_ads/app_campaign_by_day/en-usd-skan", source="tiktok_ads", rows=3,
      filename="AnswerAdAcct-Daily Campaign Report-App promotion.csv",
      origin="Liam-Dupeyron/AnswersAi_data_science `main_data/TikTok_Ads_Aug-Oct.csv` (an app promotion campaign by "
      "day: UTF-8 with BOM, '-' for empty rates, Conversions 0 and the iOS conversions only in 'Conversions (SKAN)')",
      totals={"impressions": 180500 + 0 + 95000, "clicks": 1890 + 0 + 1010, "cost": 612.40 + 0 + 330.15,
              "conversions": 0, "reach": 176000 + 0 + 90000}, currency="USD",
      period=("2024-09-16", "2024-09-19", "rows"))
def app_campaign_by_day_skan(path):
    """SKAN conversions are said in a warning (227 + 91 + 140), never added to Conversions: before, left out in
    silence."""
    write(path, [
        "Date,Cost,Cost per result,CPC (destination),Impressions,CTR (destination),Clicks (destination),Result rate,"
        "Results,Cost per conversion,Cost per conversion (SKAN),Conversion rate (CVR),Conversion rate (SKAN),"
        'Conversions,Conversions (SKAN),Reach,"Cost per 1,000 people reached",Frequency,Currency',
        "2024-09-19,612.40,-,0.31,180500,1.05%,1890,-,-,0,2.70,0.00%,0.13%,0,227,176000,3.48,1.03,USD",
        "2024-09-16,0,-,0,0,0.00%,0,-,-,0,0,0.00%,0.00%,0,91,0,0,0,USD",
        "2024-09-17,330.15,-,0.33,95000,1.06%,1010,-,-,0,2.36,0.00%,0.15%,0,140,90000,3.67,1.06,USD",
    ], bom=True)


@case(id="tiktok_ads/shop_ads_xlsx/en-idr", source="tiktok_ads", rows=2,
      filename="Tiktok Ads_Untitled report_Toko_20250101-20250331.xlsx",
      origin="bonsus/rekapanuxt `data/datatitktok/Tiktok Ads_Untitled report_Kazia2_20220101-20221231 (1).xlsx` "
      "(a custom report of TikTok Shop ads: written by Go Excelize with a one-cell dimension, ids and days as text "
      "cells, rates as fractions, 'Gross revenue (Shop)', Currency last, a closing 'Total of N results' row; the "
      "report's range only in TikTok's name for the download), here without its By Day column",
      totals={"cost": 400000 + 150000, "impressions": 25933 + 9100, "clicks": 375 + 120, "conversions": 32 + 9,
              "conversion_value": 3160696 + 805000},
      currency="IDR", period=("2025-01-01", "2025-03-31", "name"), skipped={"totals": 1})
def shop_ads_xlsx(path):
    # Before: refused as a TikTok table that does not say its period, and the shop's revenue left unread.
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Account ID", "Campaign name", "Campaign ID", "Account name", "Advertising objective", "Cost",
               "Impressions", "Clicks (destination)", "CTR (destination)", "Conversions", "Cost per conversion",
               "Conversion rate (CVR)", "Gross revenue (Shop)", "Items purchased (Shop)", "Currency"])
    ws.append(["7090700000000000001", "Live shopping", "1737300000000001", "Toko", "Shop purchases", 400000, 25933,
               375, 0.0145, 32, 12500, 0.0012, 3160696, 32, "IDR"])
    ws.append(["7090700000000000001", "Video shopping", "1737300000000002", "Toko", "Shop purchases", 150000, 9100,
               120, 0.0132, 9, 16667, 0.001, 805000, 9, "IDR"])
    ws.append(["Total of 2 results", "-", "-", "-", "-", 550000, 35033, 495, 0.0141, 41, 13415, 0.0012, 3965696,
               41, "IDR"])
    wb.save(path)


GMV_MAX_ID = ["Nama kampanye", "ID Campaign", "ID produk", "Jenis materi iklan", "Judul video", "ID video",
              "Akun TikTok", "Waktu posting", "Status", "Jenis otorisasi", "Biaya", "Pesanan SKU", "Biaya per pesanan",
              "Pendapatan kotor", "ROI", "Impresi iklan produk", "Jumlah klik iklan produk",
              "Tingkat klik iklan produk", "Rasio konversi iklan", "Rasio tayang video iklan 2 detik",
              "Rasio tayang video iklan 6 detik", "Rasio tayang video iklan 25%", "Rasio tayang video iklan 50%",
              "Rasio tayang video iklan 75%", "Rasio tayang video iklan 100%", "Mata uang"]


@case(id="tiktok_ads/gmv_max_creatives/id-formula-cells", source="tiktok_ads", filename="sample_data.tsv", rows=3,
      origin="nashihsulthoni-trial/tiktok-ads-dashboard `sample_data.tsv` (GMV Max's creatives in Indonesian: TAB, "
             "every cell a text formula `=\"…\"`, LF, no date but each video's posting time, IDR with three decimals)",
      totals={"cost": 161074 + 43064 + 5000.5, "conversions": 51 + 20 + 0,
              "conversion_value": 929035.4 + 402854.447 + 0, "impressions": 29803 + 12938 + 800,
              "clicks": 2177 + 1436 + 12},
      currency="IDR", language="id", given_period="2026-02-01..2026-02-28",
      period=("2026-02-01", "2026-02-28", "given"))
def gmv_max_creatives_id(path):
    """One row per video of a campaign over the chosen period. Every header read as `="Biaya"` before: refused as a
    file without figures."""
    def line(cells):
        return "\t".join(f'="{c}"' for c in cells)

    def row(video, cost, orders, revenue, impr, clicks, posted="2026-02-05 22:58"):
        return [
            "kampanye contoh", "1800000000000001", "1700000000000000001", "Video", "judul contoh", video,
            "Akun Contoh", posted, "Ditayangkan", "Akun resmi TikTok Shop", cost, orders,
            f"{float(cost) / orders:.3f}" if orders else "0.000", revenue, "5.77", impr, clicks, "7.30%", "2.39%",
            "82.15%", "46.94%", "47.52%", "28.18%", "8.42%", "4.24%", "IDR"]
    write(path, [line(GMV_MAX_ID),
                 line(row("7600000000000000001", "161074.000", 51, "929035.400", 29803, 2177)),
                 line(row("7600000000000000002", "43064.000", 20, "402854.447", 12938, 1436)),
                 line(row("7600000000000000003", "5000.500", 0, "0.000", 800, 12, "2026-01-30 08:00"))])
