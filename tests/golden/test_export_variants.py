"""Variants of tools' exports found in public files and documents, read to hand-counted figures.

Each layout names where its structure comes from; every value is made up."""

import datetime as dt
import json

import openpyxl
import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export
from kpi_core.ingest.period import Period


def totals(result):
    df = result.rows.to_pandas()
    return {c: round(float(df[c].sum()), 2) for c in df.columns if df[c].dtype.kind == "f"}


def refused(fn) -> KoersError:
    with pytest.raises(KoersError) as e:
        fn()
    return e.value


def test_klaviyo_custom_reports_read_total_delivered_and_the_order_value(write):
    # A public spec of Klaviyo's Campaign Performance download (custom report): Total Delivered beside Total
    # Recipients, Total Placed Order Value beside Total and Unique Placed Order; email and SMS rows. Delivered was
    # computed as sent minus bounces and the order value left unread, without a word.
    head = ("Date,Campaign Message ID,Campaign Message Name,Total Recipients,Total Delivered,Unique Opens,"
            "Unique Clicks,Unique Unsubscribes,Bounces,Total Placed Order,Unique Placed Order,Total Placed Order Value,"
            "Avg Placed Order Value,Campaign Message Channel")
    rows = ["2026-03-10,01A,March news,1000,975,400,50,5,25,12,10,850.50,70.88,Email",
            "2026-03-17,01B,Spring sale,2000,1950,900,120,10,45,30,25,2100.00,70.00,Email",
            "2026-03-20,01C,Spring SMS,500,495,0,20,0,5,5,4,199.99,40.00,SMS"]
    r = read_export(write("Campaign_Performance.csv", "\n".join([head, *rows]) + "\n"))
    assert r.info["source"] == "klaviyo"
    got = totals(r)
    assert got["emails_delivered"] == 975 + 1950  # the SMS row's deliveries are no emails
    assert got["conversion_value"] == 3150.49 and got["conversions"] == 39
    assert "Avg Placed Order Value" in r.info["unmapped"]


def test_klaviyo_campaigns_measured_by_ordered_product(write):
    # A public Klaviyo ETL's campaign transform: with Ordered Product as the account's conversion metric the export
    # says 'Unique Ordered Product' and 'Ordered Product Value'; both were dropped without a word.
    text = ("Campaign Name,Send Time,Send Weekday,Total Recipients,Unique Opens,Unique Clicks,Unique Ordered Product,"
            "Ordered Product Rate,Ordered Product Value,Campaign Channel\n"
            "April A,2025-04-08 10:00:00,Tuesday,1000,400,40,8,0.008,412.50,Email\n"
            "April B,2025-04-15 10:00:00,Tuesday,2000,820,90,20,0.01,1288.00,Email\n")
    got = totals(read_export(write("klaviyo.csv", text)))
    assert (got["conversions"], got["conversion_value"]) == (28, 1700.5)


@pytest.mark.parametrize("label", ["Email", "E-mailadres"])
def test_mailchimp_members_whose_email_field_has_its_own_label(write, label):
    # A public rebuild of a Mailchimp members file: the audience's email field labelled 'Email' (an audience names it
    # as it likes). It was refused as a file without figures.
    text = (f'{label},"First Name",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LEID,EUID\n'
            "a@example.com,Ann,2,2025-01-03 10:00:00,,2025-01-03 10:05:00,,1,aa\n"
            "b@example.com,Bob,2,,,2025-01-20 09:00:00,,2,bb\n"
            "c@example.com,Cas,3,2025-02-11 08:00:00,,2025-02-11 08:01:00,,3,cc\n")
    r = read_export(write("members_export.csv", text))
    assert r.info["source"] == "mailchimp_audience" and totals(r) == {"new_subscribers": 3}
    assert sorted(str(d) for d in r.rows.to_pandas()["date"]) == ["2025-01-03", "2025-01-20", "2025-02-11"]


def test_hubspot_deals_of_the_german_pipeline(write):
    # A public HubSpot agent's stage list: closedwon | Abgeschlossen und gewonnen, closedlost | Abgeschlossen und
    # verloren. Such deals were neither won nor lost.
    text = ('"Record ID","Deal Name","Deal Stage","Close Date","Amount","Create Date"\n'
            '"1","A","Abgeschlossen und gewonnen","2025-03-14 10:00","12500","2025-01-06 09:00"\n'
            '"2","B","Abgeschlossen und gewonnen","2025-03-20 10:00","1800.5","2025-01-07 09:00"\n'
            '"3","C","Abgeschlossen und verloren","2025-03-21 10:00","900","2025-01-08 09:00"\n'
            '"4","D","Angebot gesendet","","4000","2025-01-09 09:00"\n')
    r = read_export(write("hubspot-crm-exports-deals.csv", text))
    assert r.info["source"] == "hubspot_deals"
    assert totals(r) == {"deals_created": 4, "deals_won": 2, "won_revenue": 14300.5, "deals_lost": 1}


def test_woocommerce_orders_with_german_status_labels(write):
    # Advanced Order Export For WooCommerce in a German shop: the status labels of WooCommerce's de_DE. No order
    # counted before.
    head = '"Order Number","Order Status","Order Date","Order Refund Amount","Order Total Amount","Item #"'
    rows = ['3001,Abgeschlossen,"2025-05-02 10:05",0,44.90,1', '3001,Abgeschlossen,"2025-05-02 10:05",0,44.90,2',
            '3002,"In Bearbeitung","2025-05-03 12:00",0,14.90,1', '3003,Erstattet,"2025-05-03 13:00",24.90,24.90,1',
            '3004,Storniert,"2025-05-04 09:00",0,30.00,1']
    r = read_export(write("orders-2025-05-06.csv", "\n".join([head, *rows]) + "\n"))
    assert r.info["source"] == "woocommerce_orders" and totals(r) == {"orders": 2, "revenue": 59.8}


def test_a_companys_annual_revenue_is_no_revenue(write):
    # HubSpot's companies export: Annual Revenue is what a company earns in a year, and it was summed as revenue
    # (14.5 million) on each company's create date.
    text = ('"Record ID","Company name","Create Date","Industry","Annual Revenue","Number of Employees"\n'
            '"1801","Voorbeeld BV","2025-01-06 09:00","RETAIL","2500000","25"\n'
            '"1802","Demo NV","2025-02-06 09:00","FOOD","12000000","80"\n')
    e = refused(lambda: read_export(write("hubspot-crm-exports-all-companies.csv", text)))
    assert e.code == "ingest.no_measure_column" and "Annual Revenue" in e.message("en")


SEARCH_TERMS = ("Customer search term,Keywords,Match type,Impressions,Clicks,CTR(%),Spend(USD),CPC(USD),Orders,"
                "Sales(USD),ACOS(%),RoAS,Conversion rate\n"
                "round rug blue,round rug,BROAD,2,1,50,0.56,0.56,0,0.00,,0,0\n"
                "bath mat red,bath mat,PHRASE,3,1,33.3333,0.80,0.80,1,29.99,2.6676,37.4875,100\n"
                "moroccan,moroccan,BROAD,24,3,12.5,1.71,0.57,0,0.00,,0,0")


def test_amazons_search_terms_tab_is_an_amazon_table_of_its_period(write):
    # xvr/datasciencecoursera `31 x 19 - key words 1 manual-Bathroom mat.csv`: the campaign manager's search term tab,
    # no date, no final newline. It was read as a generic sheet: search terms as customers, ad sales as shop revenue.
    path = write("31 x 19 - key words 1 manual-Bathroom mat.csv", SEARCH_TERMS)
    e = refused(lambda: read_export(path))
    assert e.code == "ingest.table_needs_period" and "Amazon" in e.message("en")
    r = read_export(path, period=Period(dt.date(2019, 11, 1), dt.date(2019, 11, 30), "given"))
    assert r.info["source"] == "amazon_ads" and r.info["currency"] == "USD"
    assert totals(r) == {"impressions": 29, "clicks": 5, "cost": 3.07, "conversions": 1, "conversion_value": 29.99}


def test_amazons_report_is_known_by_its_file_name(tmp_path):
    # xvr/datasciencecoursera `Sponsored Products Performance Over Time report.xlsx`: Date, Clicks, Cost Per Click
    # (CPC), Spend, on a sheet whose name Excel cut at 31 characters; the columns alone name no tool.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sponsored Product Performance O"
    ws.append(["Date", "Clicks", "Cost Per Click (CPC)", "Spend"])
    for day, clicks, spend in ((25, 20, 10.5), (26, 30, 15.0), (27, 14, 8.6)):
        ws.append([dt.datetime(2019, 8, day), clicks, round(spend / clicks, 4), spend])
    path = tmp_path / "Sponsored Products Performance Over Time report.xlsx"
    wb.save(path)
    r = read_export(path)
    assert r.info["source"] == "amazon_ads" and totals(r) == {"clicks": 64, "cost": 34.1}


@pytest.mark.parametrize("names", [
    ("Chart", "Queries", "Top queries", "Date", "Clicks", "Impressions", "Position"),
    ("Diagram", "Zoekopdrachten", "Meest uitgevoerde zoekopdrachten", "Datum", "Aantal klikken", "Vertoningen",
     "Positie")])
def test_search_consoles_workbook_is_read_by_its_chart_sheet(tmp_path, names):
    # Search Console's Excel download holds Chart, Queries, Pages, Countries, Devices, Search appearance and Filters
    # (public write-ups list the sheets; the Dutch names as stijnvandepol/SuperScout's Dutch CSVs spell them). The
    # sheet of most rows was read, the queries (one period, anonymised queries left out): asked for a period.
    chart, queries, top, date, clicks, impressions, position = names
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = chart
    ws.append([date, clicks, impressions, "CTR", position])
    for day in range(1, 31):
        ws.append([f"2026-06-{day:02d}", day % 3, 30 + day, "1%", 20.5])
    ws = wb.create_sheet(queries)
    ws.append([top, clicks, impressions, "CTR", position])
    for n in range(40):
        ws.append([f"term {n}", 1, 10, "10%", 12.0])
    path = tmp_path / "example.nl-Performance-on-Search-2026-07-01.xlsx"
    wb.save(path)
    r = read_export(path)
    assert r.info["source"] == "search_console" and r.info["sheet"] == chart
    assert totals(r) == {"organic_clicks": sum(d % 3 for d in range(1, 31)),
                         "organic_impressions": sum(30 + d for d in range(1, 31))}


def test_a_search_console_query_table_kept_in_a_sheet_is_organic_search(write):
    # erikbrignall/streamlitLCcdemo `Queries.csv`: 'Search Queries,Clicks,Impressions,CTR,Position', the query table
    # kept in a spreadsheet. Read as a sheet of no tool, its organic clicks and impressions were ad clicks and
    # impressions, beside the ads' in CTR, CPC and CPM. Made-up queries and figures.
    path = write("Queries.csv", "Search Queries,Clicks,Impressions,CTR,Position\n"
                                "walking boots review,16,63,25.40%,1.17\nboots for hiking,3,200,1.50%,7.2\n")
    r = read_export(path, period=Period(dt.date(2024, 5, 3), dt.date(2024, 11, 2), "given"))
    assert r.source == "search_console"
    assert totals(r) == {"organic_clicks": 19, "organic_impressions": 263}
    assert "source.search_console.tables_incomplete" in [w["code"] for w in r.info["warning_codes"]]


def test_a_sheet_without_dates_is_told_it_may_give_its_period(write):
    e = refused(lambda: read_export(write("sales.csv", "Product title,Net items sold,Total sales\nMat,3,90.00\n")))
    assert e.code == "ingest.no_date_column"
    assert "--period" in e.message("en") and "--period" in e.message("nl")


def test_salesforce_formatted_report_counts_each_deal_under_its_groups_stage(tmp_path):
    # Salesforce's Export > Formatted Report of a summary report grouped by Stage (the layout Salesforce writes, no
    # public file found): title and filter lines, the stage on each group's first row only, Subtotal rows, a Total, a
    # confidentiality footer. The second deal of a group had no stage and counted as open.
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Opportunities by Stage"], ["Filtered By:"], ["   Close Date equals THIS YEAR"], [],
                ["Stage", "Opportunity Owner", "Account Name", "Opportunity Name", "Amount", "Close Date",
                 "Created Date"],
                ["Closed Won", "Jane", "Voorbeeld BV", "Platform", 23400, dt.datetime(2025, 3, 14),
                 dt.datetime(2025, 2, 5)],
                [None, "John", "Demo NV", "Renewal", 12000, dt.datetime(2025, 3, 28), dt.datetime(2025, 1, 15)],
                ["Subtotal", None, None, None, 35400],
                ["Closed Lost", "John", "Test SA", "Pilot", 4300, dt.datetime(2025, 2, 20), dt.datetime(2025, 1, 2)],
                ["Subtotal", None, None, None, 4300],
                ["Prospecting", "Jane", "Sample Ltd", "New", 8500, dt.datetime(2025, 6, 30), dt.datetime(2025, 2, 2)],
                ["Subtotal", None, None, None, 8500], ["Total", None, None, None, 48200], [],
                ["Confidential Information - Do Not Distribute"],
                ["Copyright © 2000-2025 salesforce.com, inc. All rights reserved."]):
        ws.append(row)
    path = tmp_path / "Opportunities by Stage-2025-04-15-10-12-00.xlsx"
    wb.save(path)
    r = read_export(path)
    assert r.info["source"] == "salesforce_opportunities"
    assert totals(r) == {"deals_created": 4, "deals_won": 2, "won_revenue": 35400, "deals_lost": 1}
    said = {w["code"]: w["params"] for w in r.info["warning_codes"]}
    assert said["ingest.grouped_filled"] == {"count": 1, "column": "Stage"}


def test_stripes_itemized_balance_report_reads_as_the_balance_history(write):
    # Stripe's Reports > Balance change from activity, itemized (its schema as Joaqim/Findus PayoutItemized.ts quotes
    # it): snake_case, gross per balance transaction, reporting_category. It was refused as a file without figures.
    # A lost dispute takes its sale's money back.
    head = ("balance_transaction_id,created_utc,created,available_on_utc,available_on,currency,gross,fee,net,"
            "reporting_category,source_id,description,customer_facing_amount,customer_facing_currency,"
            "automatic_payout_id")
    rows = ["txn_1,2025-04-01 22:30:00,2025-04-02 00:30:00,2025-04-08 00:00:00,2025-04-08 02:00:00,eur,100.00,1.65,"
            "98.35,charge,ch_1,Order 1,100.00,eur,po_1",
            "txn_2,2025-04-02 11:00:00,2025-04-02 13:00:00,2025-04-09 00:00:00,2025-04-09 02:00:00,eur,50.00,0.95,"
            "49.05,charge,ch_2,Order 2,50.00,eur,po_1",
            "txn_3,2025-04-03 09:00:00,2025-04-03 11:00:00,2025-04-10 00:00:00,2025-04-10 02:00:00,eur,-20.00,0.00,"
            "-20.00,refund,re_3,Refund,-20.00,eur,po_1",
            "txn_4,2025-04-04 08:00:00,2025-04-04 10:00:00,2025-04-11 00:00:00,2025-04-11 02:00:00,eur,-100.00,15.00,"
            "-115.00,dispute,du_4,Dispute,,,po_1",
            "txn_5,2025-04-05 08:00:00,2025-04-05 10:00:00,2025-04-05 08:00:00,2025-04-05 10:00:00,eur,-128.35,0.00,"
            "-128.35,payout,po_1,STRIPE PAYOUT,,,"]
    r = read_export(write("Itemized_balance_change_from_activity_EUR_2025-04-01_to_2025-04-30_Europe-Amsterdam.csv",
                          "\n".join([head, *rows]) + "\n"))
    assert r.info["source"] == "stripe" and r.info["currency"] == "EUR"
    assert totals(r) == {"orders": 2, "revenue": 100 + 50 - 20 - 100}
    df = r.rows.to_pandas()
    # 22:30 UTC on 1 April is 00:30 on 2 April in the workspace's time zone, the day the report's own `created`
    # (Europe/Amsterdam, as its name says) gives
    assert str(df[df["orders"] > 0]["date"].min()) == "2025-04-02"


@pytest.mark.parametrize("name,text,key", [
    ("payouts_export.csv", "Payout Date,Status,Charges,Refunds,Adjustments,Reserved Funds,Fees,Retried Amount,Total,"
     "Currency\n2025-03-04,paid,120.00,-10.00,0.00,0.00,-3.50,0.00,106.50,EUR\n", "shopify_payouts"),
    ("payment_transactions_export_1.csv", "Transaction Date,Type,Order,Card Brand,Card Source,Payout Status,"
     "Payout Date,Payout ID,Available On,Amount,Fee,Net,Checkout,Payment Method Name,Presentment Amount,"
     "Presentment Currency,Currency,VAT\n2025-03-02 10:00:00 +0100,charge,#1001,visa,online,paid,2025-03-04,"
     "8812345,2025-03-04,49.95,1.20,48.75,,card,49.95,EUR,EUR,0.00\n", "shopify_transactions"),
    ("subscribers.csv", "first_name,email_address,state,created_at,tags\nAnna,anna@example.com,active,"
     "2025-03-03,creators\n", "kit_subscribers"),
    # Stripe's payouts list as lemusa/shmake `payouts.csv` holds it; its subscriptions as Hededamj/dashboard's.
    ("payouts.csv", "id,Amount,Created (UTC),Currency,Livemode,Arrival Date (UTC),Source Type,Destination,Status,Type,"
     "Method,Description,Balance Transaction,Failure Balance Transaction,Failure Message,Failure Code,Statement "
     "Descriptor,Trace ID,Trace ID Status,Destination Name,Destination Country,Destination Last 4\n"
     "po_1,43.21,2025-09-25 00:18,nzd,true,2025-09-29 00:00,card,ba_1,paid,bank_account,standard,STRIPE PAYOUT,"
     "txn_1,,,,SHOP,TR1,supported,BANK,NZ,1234\n", "stripe_payouts"),
    ("subscriptions.csv", "id,Customer ID,Customer Description,Customer Email,Plan,Quantity,Currency,Interval,Amount,"
     "Status,Created (UTC),Start Date (UTC),Current Period Start (UTC),Current Period End (UTC)\n"
     "sub_1,cus_1,Customer for a,a@example.com,123,1,dkk,month,149,active,2025-12-01 20:18,2025-12-01 20:18,"
     "2025-12-01 20:18,2026-01-01 20:18\n", "stripe_subscriptions"),
    # Stripe's invoices as Idreece/surfe `data/invoices.csv` lays them out (major units, the currency in lower case).
    ("invoices.csv", "id,Amount Due,Closed,Currency,Customer,Date (UTC),Due Date (UTC),Ending Balance,Forgiven,Paid,"
     "Paid At (UTC),Marked Uncollectible At (UTC),Voided At (UTC),Finalized At (UTC),Subscription,Subtotal,Tax,"
     "Total,Amount Paid,Status\nin_1,104.40,true,eur,cus_1,2025-02-27 09:56,,0,false,true,2025-03-01 10:02,,,"
     "2025-02-27 09:56,sub_1,87.00,17.40,104.40,104.40,paid\n", "stripe_invoices"),
    # Lists of records whose figures are each record's totals so far: before, summed on each record's create date
    # (a person's 2 won deals in January, a customer's total spend as ad cost, a company's revenue to date).
    ("persons.csv", "Person - Name,Person - Email - Work,Person - Organization,Person - Open deals,Person - Won deals,"
     "Person - Lost deals,Person - Closed deals,Person - Owner,Person - Person created,Person - ID\n"
     "Jan,j@example.com,Acme,1,2,1,3,Owner,2025-01-10 10:00:00,1\n", "pipedrive_persons"),
    ("organizations.csv", "Organization - Name,Organization - People,Organization - Open deals,Organization - Won "
     "deals,Organization - Lost deals,Organization - Organization created\nAcme,2,1,3,0,2025-01-10 10:00:00\n",
     "pipedrive_organizations"),
    ("wc-customers-report-export.csv", "Name,Username,Last active,Date registered,Email,Orders,Total spend,AOV,"
     "Country / Region,City,Region,Postal code\nJan Jansen,jan,2025-03-05,2025-01-02,j@example.com,2,100.00,50.00,"
     "NL,Utrecht,UT,3511\n", "woocommerce_customers"),
    ("hubspot-crm-exports-all-companies.csv", '"Record ID","Company name","Company owner","Create Date",'
     '"Annual Revenue","Total Revenue","Number of Associated Deals"\n"1","Acme","Jan","2025-01-10 10:00","1000000",'
     '"5000","2"\n', "hubspot_companies")])
def test_known_exports_without_figures_are_named_with_the_export_to_take(write, name, text, key):
    # Headers as public parsers of real downloads quote them. They were refused as 'no column with figures', with
    # advice to add Clicks or Cost to the export.
    e = refused(lambda: read_export(write(name, text)))
    assert e.code == f"ingest.unread.{key}" and name in e.message("nl") and "Clicks" not in e.message("en")


def test_a_period_report_named_with_its_period_needs_no_period_given(write):
    # Shopify's report downloads name their range ('Sales by product - 2025-03-01 - 2025-03-31.csv', its header as a
    # public test of a Shopify sales helper holds it) and so does Stripe's itemized report ('..._2025-04-01_to_
    # 2025-04-30_...'). Without a date column the file was refused, asking for the period its name states.
    text = ('"Product title","Product variant title","Product variant SKU","Net items sold","Gross sales",'
            '"Discounts","Returns","Net sales","Taxes","Total sales"\n'
            '"Mat","Blue","M-1","3","90.00","0.00","0.00","90.00","18.90","108.90"\n')
    r = read_export(write("Sales by product - 2025-03-01 - 2025-03-31.csv", text))
    assert r.info["period"] == {"start": "2025-03-01", "end": "2025-03-31", "from": "name"}
    said = [w for w in r.info["warnings"] if "2025-03-31" in w]
    assert said and "as the file's name states" in said[0]
    # one day in a name is the day of the download, no period
    e = refused(lambda: read_export(write("example.nl-Performance-on-Search-2026-07-01.csv", text)))
    assert e.code == "ingest.no_date_column"


def test_the_origin_of_a_stated_period_is_said_in_the_users_language(write):
    text = "Campagnerapport\n1 maart 2025 - 31 maart 2025\nCampagne,Vert.,Klikken,Kosten,Valutacode\nA,100,10,5,EUR\n"
    r = read_export(write("Campagnerapport.csv", text), lang="nl")
    said = next(w for w in r.info["warnings"] if "2025-03-31" in w)
    assert "(zoals het bestand zegt)" in said and "file" not in said


def test_a_salesforce_report_of_rows_with_one_total_fills_no_stage(write):
    # A Details Only report ends with one Total row and its Stage is no first column: a deal without a stage is open,
    # never the stage of the deal above it.
    text = ('"Opportunity Name","Opportunity Owner","Account Name","Stage","Amount","Close Date","Created Date"\n'
            '"Platform","Jane","Voorbeeld BV","Closed Won","23400","3/14/2025","2/5/2025"\n'
            '"Renewal","John","Demo NV","","12000","3/28/2025","1/15/2025"\n'
            '"Pilot","John","Test SA","Closed Lost","4300","2/20/2025","1/2/2025"\n'
            '"Total","","","","39700","",""\n')
    r = read_export(write("report1.csv", text))
    assert totals(r) == {"deals_created": 3, "deals_won": 1, "won_revenue": 23400, "deals_lost": 1}
    assert "ingest.grouped_filled" not in {w["code"] for w in r.info["warning_codes"]}


def test_a_given_period_cuts_no_month_rows_and_a_month_row_in_the_first_month_stays_there(write):
    r = read_export(write("m.csv", "Month,Sessions,Revenue,Orders\n2025-01,100,1000,10\n2025-03,300,3000,30\n"),
                    period=Period(dt.date(2025, 2, 10), dt.date(2025, 3, 15), "given"))
    df = r.rows.to_pandas()
    assert sorted(zip(df["date"].astype(str), df["date_end"].astype(str), strict=True)) == [
        ("2025-01-01", "2025-01-31"), ("2025-03-01", "2025-03-31")]
    # Every row in the stated range's first month: each is March, not spread over March to May.
    text = ("Campaign report\nMarch 1, 2025 - May 31, 2025\nMonth,Campaign,Impr.,Clicks,Cost,Currency code\n"
            "March 2025,A,1000,100,5.00,EUR\nMarch 2025,B,1000,100,5.00,EUR\n")
    df = read_export(write("Campaign report.csv", text)).rows.to_pandas()
    assert set(zip(df["date"].astype(str), df["date_end"].astype(str), strict=True)) == {("2025-03-01", "2025-03-31")}


def test_headers_near_the_new_words_still_read(write):
    # A sheet with Kit's subscriber columns and figures of its own is a sheet with figures; a plan's annual revenue
    # is revenue; a Stripe payments export with a 'created' timestamp beside 'Created date (UTC)' reads its dates.
    r = read_export(write("c.csv", "first_name,email_address,state,created_at,orders,revenue\n"
                                   "Ann,a@example.com,active,2025-03-01,2,150.00\n"))
    assert totals(r)["revenue"] == 150
    r = read_export(write("a.csv", "Date,Annual plan revenue,Annual plan orders\n2025-03-01,1200,2\n"))
    assert totals(r) == {"revenue": 1200, "orders": 2}
    r = read_export(write("unified_payments.csv", "id,created,Created date (UTC),Amount,Amount Refunded,Currency,"
                                                  "Converted Amount,Converted Amount Refunded,Converted Currency,"
                                                  "Status\nch_1,1711929600,2025-04-01 10:00:00,100.00,0.00,eur,"
                                                  "100.00,0.00,eur,Paid\n"))
    assert totals(r) == {"orders": 1, "revenue": 100}


def test_a_search_console_chart_sheet_goes_before_no_other_tools_sheet(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ads daily"
    ws.append(["Day", "Campaign", "Impr.", "Clicks", "Cost", "Currency code"])
    for day in range(1, 11):
        ws.append([f"2025-03-{day:02d}", "A", 1000, 10, 5.0, "EUR"])
    ws = wb.create_sheet("Organic")
    ws.append(["Date", "Clicks", "Impressions", "CTR", "Position"])
    ws.append(["2025-03-01", 3, 40, "7.5%", 4.1])
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    r = read_export(path)
    assert (r.info["source"], r.info["sheet"]) == ("google_ads", "Ads daily")


def test_mailchimps_unsubscribed_members_are_said_as_such(write):
    # The unsubscribed members' export (its header as a code-dot-org script quotes it, the campaign columns twice):
    # it was told, as a subscribed export is, that whoever left since is in the unsubscribed export.
    text = ('"Email Address",Name,UNSUB_CAMPAIGN_ID,UNSUB_REASON,UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_CAMPAIGN_ID,'
            'UNSUB_REASON,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LEID,EUID\n'
            'a@example.com,"Ann",c1,SPAM,"2013-07-02 10:00:00","July news",c1,SPAM,2,"2013-06-20 08:00:00",,'
            '"2013-06-20 08:05:00",,1,aa\n'
            'b@example.com,"Bob",c1,,"2013-07-03 11:00:00","July news",c1,,2,"2013-06-21 08:00:00",,,,2,bb\n')
    r = read_export(write("unsubscribed_members_export.csv", text))
    said = {w["code"]: w["params"] for w in r.info["warning_codes"]}
    assert said["source.mailchimp_audience.unsubscribed"] == {"count": 2}
    assert totals(r) == {"new_subscribers": 2}  # sign-ups on their opt-in days; the unsubscribes are the reports'


def test_a_stripe_payment_that_lost_its_dispute_brings_in_nothing(write):
    # Stripe's payments export with all columns (as public readers list them): a payment whose dispute was lost stays
    # Paid, the dispute in its own columns. Its amount counted as revenue.
    text = ("id,Created date (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,"
            "Converted Currency,Status,Disputed Amount,Dispute Status,Dispute Reason\n"
            "ch_1,2025-06-01 10:00:00,100.00,0.00,eur,100.00,0.00,eur,Paid,,,\n"
            "ch_2,2025-06-02 10:00:00,80.00,30.00,eur,80.00,30.00,eur,Paid,,,\n"
            "ch_3,2025-06-04 12:00:00,60.00,0.00,usd,55.00,0.00,eur,Paid,60.00,lost,fraudulent\n"
            "ch_4,2025-06-05 12:00:00,40.00,0.00,eur,40.00,0.00,eur,Paid,40.00,won,fraudulent\n")
    r = read_export(write("unified_payments.csv", text))
    assert totals(r) == {"orders": 4, "revenue": 100 + 50 + 0 + 40}
    assert {w["code"]: w["params"] for w in r.info["warning_codes"]}["source.stripe.disputes_lost"] == {"count": 1}


def codes(result) -> dict:
    return {w["code"]: w["params"] for w in result.info["warning_codes"]}


def test_a_klaviyo_flow_report_of_rates_alone_is_not_said_to_be_recomputed(write):
    # Klaviyo's flow report as ishika-riq/zipsense-analytics-agent (backend/server.js) lays it out: Flow ID, Flow Name,
    # Date (the row's period), Message Channel, Status, rates, Total Recipients. With only the rates beside the
    # recipients, the warning said Koers recomputes the open and click rates, where the counts to do so are missing.
    head = "Flow ID,Flow Name,Date,Message Channel,Status,Open Rate,Click Rate,Total Recipients"
    r = read_export(write("flows.csv", head + "\nX1,Welcome,May 01 2025 - May 31 2025,Email,live,0.41,0.05,1200\n"))
    said = codes(r)
    assert "ingest.derived_ignored" not in said
    assert said["ingest.derived_without_counts"] == {"columns": "Open Rate, Click Rate",
                                                     "measures": "unique_opens, emails_delivered, unique_clicks"}
    assert totals(r) == {"emails_sent": 1200}
    # With the counts beside it, the open rate is Koers's own, as before; the click rate still lacks its clicks.
    head = "Flow ID,Flow Name,Date,Message Channel,Status,Open Rate,Click Rate,Delivered,Unique Opens"
    said = codes(read_export(write("flows.csv", head + "\nX1,Welcome,May 01 2025 - May 31 2025,Email,live,"
                                                        "0.41,0.05,1170,480\n")))
    assert said["ingest.derived_ignored"] == {"columns": "Open Rate"}
    assert said["ingest.derived_without_counts"] == {"columns": "Click Rate", "measures": "unique_clicks"}
    # Search Console's CTR is of its own unpaid clicks and impressions, which it has: no ad KPI's counts are missing.
    sc = read_export(write("Chart.csv", "Date,Clicks,Impressions,CTR,Position\n2025-03-01,10,200,5%,3.1\n"))
    assert sc.info["source"] == "search_console" and "ingest.derived_without_counts" not in codes(sc)


def test_a_won_deal_without_an_amount_is_said(write):
    # HubSpot's deals export (hubspot-crm-exports-all-deals): a deal closed won with its Amount left empty counted as
    # won with no revenue, without a word: the average deal size took it as a deal of nothing.
    head = "Deal ID,Deal Name,Deal Stage,Pipeline,Create Date,Close Date,Amount,Is Closed Won,Is Closed"
    rows = ["1,A,Closed Won,Sales,2025-03-01,2025-03-10,1000,true,true",
            "2,B,Closed Won,Sales,2025-03-02,2025-03-12,,true,true",
            "3,C,Closed Lost,Sales,2025-03-03,2025-03-15,,false,true"]  # a lost deal without an amount is no matter
    r = read_export(write("hubspot-crm-exports-all-deals.csv", "\n".join([head, *rows]) + "\n"))
    assert codes(r)["ingest.counted_without_money"] == {"count": 1, "counted": "deals_won", "money": "won_revenue"}
    assert "1 row counts in Deals won without an amount: it brings nothing to Won revenue" in " ".join(
        r.info["warnings"])  # measures by their names, the ids kept in the params
    assert totals(r)["won_revenue"] == 1000 and totals(r)["deals_won"] == 2
    # Every won deal with its amount: nothing to say.
    r = read_export(write("hubspot-crm-exports-all-deals.csv", "\n".join([head, rows[0], rows[2]]) + "\n"))
    assert "ingest.counted_without_money" not in codes(r)


GOOGLE_ADS_HEAD = "Week,Campaign,Campaign type,Impr.,Clicks,Cost,Conversions,Conv. value"


def test_a_google_ads_day_column_beside_a_week_column_is_the_date_whichever_comes_first(write):
    # Segmented by Week and Day, Week first: every row was dated its week's Monday and the Day column left unread.
    both = read_export(write("both.csv", "Week,Day," + GOOGLE_ADS_HEAD.split(",", 1)[1] + "\n"
                             "2025-02-24,2025-03-01,A,Search,100,10,20.00,1,10\n"
                             "2025-02-24,2025-03-02,A,Search,100,10,20.00,1,10\n"))
    assert (both.info["date_min"], both.info["date_max"], both.info["unmapped"]) == ("2025-03-01", "2025-03-02",
                                                                                     ["Week"])
    # A Week column alone is still the date: each row on its Monday.
    weeks = read_export(write("weeks.csv", GOOGLE_ADS_HEAD + "\n2025-02-24,A,Search,70,7,7.00,0,0\n"))
    assert weeks.info["date_min"] == "2025-02-24"


def test_a_stated_range_wider_than_the_rows_is_the_reports_period(write):
    # A Google Ads report by day of 1-31 March whose campaigns stopped on the 15th: its period is what line 2 states,
    # not the days that have rows. A range the rows fill is still said to come from the rows.
    head = "Day,Campaign,Campaign type,Impr.,Clicks,Cost,Conversions,Conv. value"
    rows = ["2025-03-01,A,Search,100,5,2.50,1,10", "2025-03-15,A,Search,200,7,3.50,1,10",
            "Total: Account,,,300,12,6.00,2,20"]
    r = read_export(write("Campaign report.csv", "\n".join(["Campaign report", "March 1, 2025 - March 31, 2025",
                                                           head, *rows]) + "\n"))
    assert r.info["period"] == {"start": "2025-03-01", "end": "2025-03-31", "from": "file"}
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-03-01", "2025-03-15")
    r = read_export(write("Campaign report.csv", "\n".join(["Campaign report", "March 1, 2025 - March 15, 2025",
                                                           head, *rows]) + "\n"))
    assert r.info["period"] == {"start": "2025-03-01", "end": "2025-03-15", "from": "rows"}


def test_a_second_table_of_an_earlier_period_is_left_out_and_said(tmp_path):
    # GA4's compared report (seo-guanabara/dashboard `ga4/ytd_yoy.csv`): the earlier period's table after the first was
    # set aside as a table beside the data, without a word.
    from tests.golden.corpus.ga4 import seo_traffic_pt_br_compared

    p = tmp_path / "ytd_yoy.csv"
    seo_traffic_pt_br_compared(p)
    r = read_export(p)
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.other_period_left_out"]
    assert said == [{"start": "2025-01-01", "end": "2025-05-24", "first": 15, "last": 21}]
    assert r.info["skipped"]["extra_table"] == 7 and r.info["rows"] == 3


def test_a_table_after_the_data_of_the_same_period_is_no_other_period(write):
    block = ["# ----", "# Traffic acquisition", "# ----", "# Start date: 20250101", "# End date: 20250131"]
    text = "\n".join([*block, "Session default channel group,Sessions,Total users,Key events,Total revenue",
                      "Direct,10,8,1,5.5", "", *block[-2:], "Nth day,Sessions", "0000,4", "0001,6"]) + "\n"
    r = read_export(write("ga4.csv", text))
    assert r.info["skipped"]["extra_table"] == 5 and r.info["rows"] == 1
    assert "ingest.other_period_left_out" not in [w["code"] for w in r.info["warning_codes"]]


def test_the_tables_after_the_data_are_named_by_their_headers(write):
    # GA4's reports snapshot download (LilyHeAsamiko/GA4 `data-export.csv`: sixteen tables, users by Nth day first,
    # then new users, engagement time, revenue, channels, countries, each after its own '#' block). Only the first is
    # read; the others were counted as rows set aside without a word about what they hold.
    block = ["# ----", "# Report CSV Export", "# ----", "# Start date: 20250101", "# End date: 20250102"]
    text = "\n".join([*block, "Nth day,Users", "0000,3", "0001,4", "", *block[-2:], "Nth day,New users", "0000,1",
                      "0001,2", "", "# Where do your new users come from?", *block[-2:],
                      'First user default channel group,"New users"', "Direct,1", "Organic\u00a0Search,2", "",
                      *block[-2:], "Country,Users,Sessions", "Netherlands,7,9", "", *block[-2:],
                      "Total revenue"]) + "\n"
    r = read_export(write("data-export.csv", text))
    assert r.info["rows"] == 2 and r.info["skipped"]["extra_table"] == 21  # lines 10-30, after the empty line 9
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.tables_left_out"]
    assert said == [{"count": 4, "first": 10, "last": 30,
                     "tables": "Nth day: New users; First user default channel group: New users; "
                               "Country: Users, Sessions; Total revenue"}]
    assert "Country: Users, Sessions" in r.info["warnings"][-1]
    # More than eight tables: the first eight named, the others counted
    many = "\n".join([*block, "Nth day,Users", "0000,3"] + [f"\n# Start date: 20250101\nCity,Metric {i}\nA,{i}"
                                                          for i in range(10)]) + "\n"
    r = read_export(write("data-export-2.csv", many))
    (said,) = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.tables_left_out"]
    assert said["count"] == 10 and said["tables"].endswith("City: Metric 7; +2")


def test_the_first_of_ga4s_tables_is_read_whatever_the_width_of_the_others(write):
    # rustom/website-analytics `data-export.csv`: a GA4 download of three tables by City, of 2, 3 and 10 columns,
    # each under its own '#' block, the third's header (names Koers knows) past the records searched for one. The
    # widest table's rows were the most, so the first table's header (City, Users: one name Koers knows) was taken
    # for no header, and the file refused. Made-up cities and figures.
    block = ["# ----", "# Report CSV Export", "# ----", "#", "# All Users", "# Start date: 20201022",
             "# End date: 20211022"]
    first = ["City,Users", *[f"Town {n},{n % 5 + 1}" for n in range(104)]]
    second = ["City,Users,New users", *[f"Town {n},{n % 5 + 1},1" for n in range(104)]]
    wide = ["City,Users,New users,Engaged sessions,Event count,Conversions,Total revenue",
            *[f"Town {n},{n % 5 + 1},1,1,3,0,0" for n in range(120)]]
    text = "\n".join([*block, "", *first, "", *block[-2:], "", *second, "", *block[-3:], "", *wide]) + "\n"
    r = read_export(write("data-export.csv", text))
    assert r.source == "ga4" and r.info["rows"] == 104 and totals(r) == {"users": sum(n % 5 + 1 for n in range(104))}
    assert r.info["period"] == {"start": "2020-10-22", "end": "2021-10-22", "from": "file"}
    # the empty line after the first table is one; from the next '#' block to the end, every line is a table's
    assert r.info["skipped"]["blank"] == 1 and r.info["skipped"]["extra_table"] == 2 + 1 + 105 + 1 + 3 + 1 + 121


def test_users_of_a_table_by_event_stay_unread_and_said(tmp_path, write):
    # GA4's Events table (DanielTheC/internal-lnking-tool `Events_Event_name.csv`): every user has a page_view, a
    # session_start and more, so its users summed to four times the property's.
    from tests.golden.corpus.ga4 import ga4_events_2023

    ga4_events_2023(tmp_path / "data-export.csv")
    r = read_export(tmp_path / "data-export.csv")
    assert "users" not in r.rows.column_names and totals(r) == {"revenue": 1280.5}
    assert {"code": "ingest.people_segment", "params": {"segment": "Event name", "column": "Total users",
                                                        "tool": "Google Analytics 4"}} in r.info["warning_codes"]
    only = write("events.csv", "# Start date: 20250101\n# End date: 20250131\nEvent name,Total users\npage_view,90\n")
    assert refused(lambda: read_export(only)).code == "ingest.people_segment_only"


def test_a_mailchimp_sheet_whose_headers_have_underscores_is_mailchimp(write):
    # jamestthompson3/mailchimp_data `mailchimp_campaigns.csv`: Mailchimp's campaign columns with '_' for spaces. Read
    # as a generic sheet, 'Forwarded_Opens' became the unique opens (0) and 'Soft_Bounces' all bounces.
    head = ("Title,Subject,List,Send_Date,Send_Weekday,Total_Recipients,Successful_Deliveries,Soft_Bounces,"
            "Hard_Bounces,Total_Bounces,Times_Forwarded,Forwarded_Opens,Unique_Opens,Open_Rate,Total_Opens,"
            "Unique_Clicks,Click_Rate,Total_Clicks,Unsubscribes,Abuse_Complaints\n")
    r = read_export(write("mailchimp_campaigns.csv", head
                          + '"Group 1, Email 1",Example,Attendees,2/24/17 11:29,Friday,131,129,2,0,2,0,0,53,41.09,92,'
                            "13,10.08,19,3,0\n"
                          + '"Group 2, Email 1",Example,Attendees,2/28/17 10:25,Tuesday,183,145,8,30,38,0,0,43,29.66,'
                            "85,4,2.76,4,2,0\n"))
    assert r.info["source"] == "mailchimp"
    assert totals(r) == {"emails_sent": 314, "emails_delivered": 274, "bounces": 40, "unique_opens": 96,
                         "unique_clicks": 17, "unsubscribes": 5}


def test_a_second_period_after_a_cell_over_several_lines_is_still_said(write):
    # The table's rows count a record over several lines once: the block's lines were looked for at those numbers,
    # in the wrong place, and the earlier period's table went unsaid.
    cell = '"line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8"'
    block = ["# Start date: 20250201", "# End date: 20250228"]
    text = "\n".join([*block, "Session default channel group,Sessions,Total users,Key events,Notes",
                      f"Direct,10,8,1,{cell}", "Email,5,4,0,x", "", "# Start date: 20240201",
                      "# End date: 20240229", "Session default channel group,Sessions", "Direct,7"]) + "\n"
    r = read_export(write("ga4.csv", text))
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.other_period_left_out"]
    assert [(p["start"], p["end"]) for p in said] == [("2024-02-01", "2024-02-29")] and r.info["rows"] == 2


def test_salesforce_records_marked_deleted_count_for_nothing(write):
    head = ('"Id","IsDeleted","Name","StageName","Amount","CloseDate","IsClosed","IsWon","CurrencyIsoCode",'
            '"CreatedDate"\n')
    r = read_export(write("Opportunity.csv", head
                          + '"1","false","A","Closed Won","1000","2024-02-10","true","true","EUR","2024-01-05"\n'
                          + '"2","true","C","Closed Won","700","2024-02-12","true","true","EUR","2024-01-07"\n'))
    assert totals(r) == {"deals_created": 1, "deals_won": 1, "deals_lost": 0, "won_revenue": 1000}
    assert {"code": "ingest.deleted_records", "params": {"count": 1}} in r.info["warning_codes"]


def test_column_names_in_a_script_koers_reads_no_words_of_are_said_as_such(write):
    # Shione4937/ads `google.csv`: a Japanese Google Ads campaign report (title, range, header), refused as an export
    # without Clicks or Cost. A Korean sheet of no tool Koers knows whose one Latin column is 'Date Created' (as in
    # TikTok's Korean ad tab, taejunjeon/seo) was read by that date and its other figures guessed. Made-up figures.
    jp = write("google.csv", "キャンペーンのパフォーマンス\n2026年1月1日 - 2026年3月31日\n"
                             "キャンペーン,キャンペーン タイプ,クリック数,表示回数,通貨コード,費用\n"
                             'テスト,P-MAX,"1,200","80,000",JPY,96000\n')
    e = refused(lambda: read_export(jp))
    assert e.code == "ingest.headers_unread_script" and "キャンペーン, キャンペーン タイプ" in e.message("en")
    assert "Engels of Nederlands" in e.message("nl")
    kr = write("ad_report.csv", "광고 이름,비용,노출수,클릭수(목적지),Date Created\n"
                                "광고,1000,500,20,2026-03-05 12:05:05\n")
    assert refused(lambda: read_export(kr)).code == "ingest.headers_unread_script"
    # Columns the user maps are read whatever their script
    r = read_export(kr, overrides={"비용": "cost", "클릭수(목적지)": "clicks", "Date Created": "date"})
    assert totals(r)["cost"] == 1000 and totals(r)["clicks"] == 20
    # Latin letters with marks are read as ever
    de = write("bericht.csv", "Datum,Kampagne,Klicks,Kosten,Häufigkeit\n2026-03-01,Frühling,3,1.5,1\n")
    assert totals(read_export(de))["clicks"] == 3


def test_a_row_named_by_a_column_left_unread_is_no_summary(write):
    # A sheet of locations, as Google Business Profile's performance report lays them out (DanielTheC/
    # internal-lnking-tool): some locations have no code in the first column, only a name in the second. By the first
    # column alone those rows were sums of the others, set aside as totals. Made-up locations and figures.
    path = write("locations.csv", "Location code,Location name,Address,Clicks\n"
                                  'Loc101,Pool North,"1 Main St, Leeds",200\n,Pool South,"2 High St, York",14\n'
                                  ',Pool East,"3 Bridge Rd, Hull",100\n')
    r = read_export(path, period=Period(dt.date(2024, 11, 5), dt.date(2024, 11, 11), "given"))
    assert r.info["rows"] == 3 and r.info["skipped"]["totals"] == 0
    assert totals(r)["clicks"] == 314
    # A row without any name is still a sum of the others, and a column of one word (a currency) names no row
    sheet = write("sheet.csv", "Outlet,Currency,Clicks\nA,EUR,10\nB,EUR,20\n,EUR,30\n")
    r = read_export(sheet, period=Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "given"))
    assert r.info["skipped"]["totals"] == 1 and totals(r)["clicks"] == 30


def test_a_business_profile_report_is_refused_not_read_as_ad_clicks(write):
    # Google Business Profile's performance report (DanielTheC/internal-lnking-tool `GMB insights (Performance
    # Report) - 2024-11-5 - 2024-11-11 - <id>.csv`): a row describing each column under the header, then a profile's
    # views and its buttons' clicks per location. Its 'Website clicks' were read as ad clicks (into the ads' CTR and
    # CPC) and 'Food orders' as orders. Made-up locations and figures; the period is in the name, days unpadded.
    head = ("Store code,Business name,Address,Labels,Google Search - Mobile,Google Search - Desktop,"
            "Google Maps - Mobile,Google Maps - Desktop,Calls,Directions,Website clicks,Food orders\n"
            ",,,,Number of people that viewed your Business Profile on Google Search using Mobile,,,,"
            "Number of interactions with the call button,Number of requests for directions,"
            "Number of website clicks,Number of food orders\n")
    path = write("GMB insights (Performance Report) - 2024-11-5 - 2024-11-11 - 0123abcd.csv",
                 head + 'Loc101,Pool North,"1 Main St, Leeds",,50,9,4,1,2,7,200,0\n'
                        ',Pool South,"2 High St, York",,30,3,2,0,1,4,14,1\n')
    e = refused(lambda: read_export(path))
    assert e.code == "ingest.unread.google_business_profile"
    assert "no ad clicks" in e.message("en") and "geen advertentiekliks" in e.message("nl")
    # Mapped by the user, its columns are read as mapped
    r = read_export(path, overrides={"Directions": "leads"})
    assert totals(r) == {"leads": 11}


def test_a_sheets_sums_of_money_name_no_campaign_channel_or_customer(write):
    # TikTok Shop's settlement report (bonsus/rekapanuxt `tiktok_income_saldo.xlsx`, 'Order details'): as a sheet of
    # no known tool its 'Shipping cost' was read as ad spend (a negative one), 'Platform commission fee' as the
    # channel, 'Campaign resource fee' as the campaign and 'Customer payment' as the customer. Made-up figures.
    head = ("Order/adjustment ID,Type,Order created time,Currency,Total Revenue,Platform commission fee,"
            "Campaign resource fee,Customer payment,Platform discounts,Shipping cost\n")
    r = read_export(write("income.csv", head + "5829,Order,2026/03/04,IDR,123000,-8610,-500,118000,0,-1000\n"
                                               "5830,Order,2026/03/05,IDR,124000,-8680,0,119000,-200,0\n"))
    assert {v["canonical"] for v in r.info["mapping"].values()} == {"date", "revenue"}
    assert totals(r) == {"revenue": 247000.0}
    # A cost of the ads themselves is still one
    r = read_export(write("ads.csv", "Date,Campaign name,Campaign cost\n2026-03-04,Spring,12.5\n"))
    assert r.info["mapping"]["Campaign name"]["canonical"] == "campaign"
    assert r.info["mapping"]["Campaign cost"]["canonical"] == "cost"


def test_an_email_sheets_hard_bounces_are_not_all_bounces(write):
    # Orkestaia/EDELWEISS-MARKETING_DASHBOARD `email.csv`, a campaign sheet kept by hand: 'Non Delivered' (hard and
    # soft), 'Clicked' and 'Unsubscribed' were left unread and 'Hard Bounces' taken for all bounces, so the bounce
    # rate was 1.6% where the sheet's own is 4.1%. Made-up figures.
    head = ("Sending Date,Campaign Name,Sent,Non Delivered,Hard Bounces,Soft Bounces,Delivered,Opens (Trackable),"
            "Clicked,Unsubscribed\n")
    r = read_export(write("email.csv", head + "03-14-2026,Easter,251,12,7,5,239,138,36,7\n"
                                              "03-20-2026,Story,241,8,1,7,233,125,25,2\n"))
    assert totals(r) == {"emails_sent": 492, "bounces": 20, "emails_delivered": 472, "unique_opens": 263,
                         "unique_clicks": 61, "unsubscribes": 9}
    assert {"Hard Bounces", "Soft Bounces"} <= set(r.info["unmapped"])


def test_rows_below_a_sheets_top_level_are_in_its_totals(write):
    # KeithArogo/Meta-Ads-Reporting-and-Analysis-Tool's weekly report: a 'level' column with a Campaign row, its Ad Set
    # row and its two Ad rows, each level under a '=====' line. Summed, every figure counted three times. Made-up
    # figures; the campaign's row is the sum of its ad set's and of its ads'.
    head = "level,campaign_name,Amount_Spent,Impressions,Link_Clicks,ad_set_name,ad_name\n"
    text = (head + "===== CAMPAIGN LEVEL PERFORMANCE =====,,,,,,\nCampaign,Spring,105.72,12237,79,,\n"
            "Campaign,Autumn,10.00,1000,5,,\n===== AD SET LEVEL PERFORMANCE =====,,,,,,\n"
            "Ad Set,Spring,105.72,12237,79,Warm,\nAd Set,Autumn,10.00,1000,5,Cold,\n"
            "===== AD LEVEL PERFORMANCE =====,,,,,,\nAd,Spring,9.38,950,12,Warm,Bulb\n"
            "Ad,Spring,96.34,11287,67,Warm,Sit\n"
            "Ad,Autumn,10.00,1000,5,Cold,Leaf\n")
    r = read_export(write("2025-03-30_to_2025-04-05_weekly_report.csv", text))
    assert totals(r) == {"cost": 115.72, "impressions": 13237, "clicks": 84}
    assert r.info["rows"] == 2 and r.info["skipped"]["in_total"] == 5 and r.info["skipped"]["note"] == 3
    assert {"code": "ingest.lower_levels", "params": {"column": "level", "level": "campaign", "count": 5}} in \
        r.info["warning_codes"]
    # A file of one level, or a 'level' column of other words, is read as ever
    one = write("one.csv", head + "Ad,Spring,9.38,950,12,Warm,Bulb\nAd,Spring,96.34,11287,67,Warm,Sit\n")
    r = read_export(one, period=Period(dt.date(2025, 3, 30), dt.date(2025, 4, 5), "given"))
    assert totals(r)["cost"] == 105.72 and "in_total" not in r.info["skipped"]


def test_a_meta_rows_own_end_bounds_the_days_its_figures_are_spread_over(write, run):
    # GetupAgency/ingemedia-data-marketing `meta-ads-2025.csv` (French, one row per campaign over 1 January to 8
    # October, 'Fin' the campaign's end or 'Ongoing'): a January campaign's spend was spread over nine months. Made-up
    # figures, a range of 1 January to 31 March.
    head = ("Début des rapports,Fin des rapports,Nom de la campagne,Diffusion des campagnes,Résultats,"
            "Indicateur de résultats,Couverture,Impressions,Montant dépensé (EUR),Fin,Clics sur un lien")
    rows = ["2025-01-01,2025-03-31,Janvier,completed,1,actions:link_click,10,100,310,2025-01-31,5",
            "2025-01-01,2025-03-31,Toujours,active,1,actions:link_click,10,100,900,Ongoing,5",
            "2025-01-01,2025-03-31,Avant,completed,0,actions:link_click,0,0,0,2024-12-15,0"]
    path = write("meta-ads-2025.csv", "\n".join([head, *rows]) + "\n")
    r = read_export(path)
    assert r.source == "meta_ads"
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.schedule_spread"]
    assert said == [{"count": 1, "columns": "'Fin'"}]
    assert r.info["warnings"][-1].startswith("1 row has a schedule of its own ('Fin')")
    code, out, _ = run("compute", path, "--kpi", "cost", "--by", "month", "--json")
    assert code == 0
    got = {x["period"]: round(x["value"], 6) for x in json.loads(out)["rows"]}
    # by hand: 'Janvier' 310 over its 31 days of January; 'Toujours' 900 over 90 days, 10 a day
    assert got == {"2025-01-01": 310 + 310, "2025-02-01": 280, "2025-03-01": 310}


def test_a_meta_rows_own_start_and_end_within_a_week(write, run):
    # English exports of an ad account hold Starts and Ends beside the report's range (a weekly 'april-w1.csv',
    # dd/mm/yyyy as the account writes them). An ad scheduled for 2 and 3 April spent its 20.00 on those days.
    head = ("Campaign name,Ad set name,Ad name,Delivery status,Amount spent (EUR),Impressions,Link clicks,"
            "Starts,Ends,Reporting starts,Reporting ends")
    rows = ["C,S,Ad 1,inactive,20.00,100,4,02/04/2025,03/04/2025,30/03/2025,05/04/2025",
            "C,S,Ad 2,active,70.00,100,4,09/05/2024,30/04/2025,30/03/2025,05/04/2025"]
    path = write("april-w1.csv", "\n".join([head, *rows]) + "\n")
    code, out, _ = run("compute", path, "--kpi", "cost", "--by", "day", "--json")
    assert code == 0
    got = {x["period"]: round(x["value"], 6) for x in json.loads(out)["rows"] if x["value"]}
    # 'Ad 2' runs past the week: 10 a day over its seven days; 'Ad 1' 10 on each of its two
    assert got == {"2025-03-30": 10, "2025-03-31": 10, "2025-04-01": 10, "2025-04-02": 20, "2025-04-03": 20,
                   "2025-04-04": 10, "2025-04-05": 10}


def test_a_dutch_meta_ad_sets_own_start_narrows_its_days(write, run):
    # dtpvanduinkerken/marketing `meta_advertenties.csv` (Dutch interface: 'Begint op', 'Eindigt op', 'Start
    # rapportage', 'Einde rapportage'): an ad set that began on 16 July in a report of 1-21 July. Made-up figures.
    head = ("Campagnenaam,Naam advertentieset,Weergavestatus,Weergavelevel,Bereik,Weergaven,Resultaattype,Resultaten,"
            "Besteed bedrag (EUR),Begint op,Eindigt op,Start rapportage,Einde rapportage")
    row = "Kamperen,Kamperen,active,adset,100,200,Weergaven van landingspagina,3,60.00,2026-07-16,2026-07-22," \
          "2026-07-01,2026-07-21"
    path = write("meta_advertenties.csv", head + "\n" + row + "\n")
    code, out, _ = run("compute", path, "--kpi", "cost", "--by", "day", "--json")
    assert code == 0
    got = {x["period"]: round(x["value"], 6) for x in json.loads(out)["rows"] if x["value"]}
    # 60.00 over 16-21 July (its end, the 22nd, is after the report's): 10 a day
    assert got == {f"2026-07-{d}": 10 for d in range(16, 22)}


# clawtje94/sonty-automation `data/ad-rapporten/meta/…-1-Fe-2026-28-Fe-2026.csv`: a Dutch advertiser's monthly campaign
# report, every result a custom conversion ('actions:offsite_conversion.custom.<id>') in lead campaigns, rows without
# results beside them. Made-up figures.
CUSTOM_HEAD = ('"Start rapportage","Einde rapportage",Campagnenaam,Campagneweergave,Resultaten,Resultatenindicator,'
               '"Kosten per resultaten","Besteed bedrag (EUR)",Weergaven,"Klikken op links"{more}')
CUSTOM_ROWS = ['2026-02-01,2026-02-28,"01 | Leads campagne",active,,,,1300.00,130000,1000{more}',
               '2026-02-01,2026-02-28,"03 | Leadscampagne",active,36,actions:offsite_conversion.custom.1038,36.11,'
               '1300.00,110000,700{more}',
               '2026-02-01,2026-02-28,"05 | Leadscampagne",active,12,actions:offsite_conversion.custom.2044,25.00,'
               '300.00,20000,150{more}',
               '2026-02-01,2026-02-28,"07 | Verkeer",active,500,actions:link_click,0.20,100.00,9000,500{more}']


def test_meta_custom_conversions_count_as_conversions(write, run):
    text = "\n".join([CUSTOM_HEAD.format(more=""), *(r.format(more="") for r in CUSTOM_ROWS)]) + "\n"
    path = write("Sonty.nl-Campagnes-1-Fe-2026-28-Fe-2026.csv", text)
    code, out, _ = run("compute", path, "--kpi", "conversions", "cpa", "--by", "month", "--json")
    assert code == 0
    data = json.loads(out)
    got = {x["kpi"]: x["value"] for x in data["rows"]}
    assert got["conversions"] == 48  # 36 + 12; the link clicks are no conversions
    assert got["cpa"] == pytest.approx(3000.00 / 48)
    said = {w["code"]: w["params"] for w in data["files"][0]["warning_codes"]}
    assert said["rule.meta_custom_conversions"] == {"count": 2}
    assert said["rule.meta_other_results"] == {"count": 1}  # the link clicks' row


def test_meta_custom_conversions_beside_a_purchases_column_are_results_of_another_kind(write, run):
    # With a purchases column, conversions are that column (it may hold the same sales): the custom conversions are
    # then results of another kind, said, never added to the purchases.
    text = "\n".join([CUSTOM_HEAD.format(more=",Aankopen"),
                      *(r.format(more=f",{n}") for r, n in zip(CUSTOM_ROWS, (1, 2, 0, 0), strict=True))]) + "\n"
    path = write("Sonty.nl-Campagnes-1-Fe-2026-28-Fe-2026.csv", text)
    code, out, _ = run("compute", path, "--kpi", "conversions", "--by", "month", "--json")
    assert code == 0
    data = json.loads(out)
    assert [x["value"] for x in data["rows"]] == [3]
    said = {w["code"]: w["params"] for w in data["files"][0]["warning_codes"]}
    assert "rule.meta_custom_conversions" not in said
    assert said["rule.meta_other_results"] == {"count": 3}


def test_google_ads_demographics_cards_are_refused(write):
    # londonclean01-site/site `Demographics(Age_2026.02.05-2026.02.10).csv` and its Gender card: only the impressions
    # of people whose age or gender is known (49 of the account's 299). Read as the account's impressions, and as the
    # newer Google Ads export of those days they would replace the campaign report's. Made-up figures.
    for name, head, rows in (("Demographics(Age_2026.02.05-2026.02.10).csv", "Age Range",
                              ["18–24,13,26.53%", "25–34,36,73.47%"]),
                             ("Demographics(Gender_2026.02.05-2026.02.10).csv", "Gender",
                              ["Female,30,61.22%", "Male,19,38.78%"])):
        e = refused(lambda n=name, h=head, r=rows: read_export(
            write(n, "\n".join([f"{h},Impressions,Percent of known total", *r]) + "\n")))
        assert e.code == "ingest.unread.google_ads_demographics", name


def test_google_ads_word_card_is_refused_under_a_name_a_person_lengthened(write):
    text = "Word,Clicks,Impressions,Cost\nwindow,5,40,3.20\ncleaning,4,35,2.10\n"
    for name in ("client_Searches(Word_2026.02.05-2026.02.10).csv", "Searches(Word_2026.02.05-2026.02.10) (1).csv"):
        assert refused(lambda n=name: read_export(write(n, text))).code == "ingest.unread.google_ads_words", name


def test_a_google_ads_card_of_one_day_takes_that_day_from_its_name(write):
    # londonclean01-site/site `Locations(Targeting_2026.02.05).csv` beside the card of a week,
    # `Locations(Targeting_2026.02.05-2026.02.10).csv`: the one day was not read, and the file refused for a date
    # column it cannot have. A download date alone in a name still states no period.
    r = read_export(write("Locations(Targeting_2026.02.05).csv", "Location Name,Impressions\nGreater London,7\n"))
    assert (r.info["period"]["start"], r.info["period"]["end"], r.info["period"]["from"]) == \
        ("2026-02-05", "2026-02-05", "name")
    assert totals(r)["impressions"] == 7
    e = refused(lambda: read_export(write("export_2026.02.05.csv", "Location Name,Impressions\nGreater London,7\n")))
    assert e.code == "ingest.no_date_column"


def test_google_ads_overview_cards_by_location_and_of_one_day(write):
    # londonclean01-site/site `Locations(Targeting_…)`, `Locations(Geographic_Report_…)` and `seo/Time_series(
    # 2026.02.05).csv`, values made up. The card by targeted location held the account's 299 impressions and was read
    # as a sheet of no tool, so they added to the campaign report's; the card by geographic report holds only the
    # impressions Google could place (108 of the 299); the card of one day by hour was read as a sheet of no tool.
    r = read_export(write("Locations(Targeting_2026.02.05-2026.02.10).csv", "Location Name,Impressions\n"
                                                                             "Greater London,12\nKent,3\n"))
    assert (r.source, totals(r)["impressions"]) == ("google_ads", 15)
    assert (r.info["period"]["start"], r.info["period"]["end"]) == ("2026-02-05", "2026-02-10")
    for name in ("Locations(Geographic_Report_2026.02.05-2026.02.10).csv",
                 "Locations(Geographic_Report_2026.02.05).csv"):
        e = refused(lambda n=name: read_export(write(n, "Location Name,Impressions\nBR1,0\nCR0,1\n")))
        assert e.code == "ingest.unread.google_ads_geographic", name
    r = read_export(write("Time_series(2026.02.05).csv", "Hour,Clicks,Impressions,Avg. CPC,Cost\n"
                                                          "00 - 01,0,2,US$0.00,US$0.00\n08 - 09,3,7,US$1.10,US$3.30\n"))
    assert (r.source, r.info["period"]["start"], r.info["period"]["end"]) == ("google_ads", "2026-02-05", "2026-02-05")
    assert (totals(r)["clicks"], totals(r)["impressions"], totals(r)["cost"]) == (3, 9, 3.3)
    assert r.info["currency"] == "USD"
    # Wildman0609/hch_website `Overview_cards_csv(…)`: the Campaigns card was read as a sheet of no tool, its cost added
    # to the campaign report's; the Biggest changes card lists only the campaigns that moved most
    r = read_export(write("Campaigns(2026.05.01-2026.05.31).csv", "Campaign Name,Campaign Group Name,Campaign Status,"
                                                                  "Cost,Clicks,Conversions\nBrand,,Enabled,£24.50,19,"
                                                                  "2.00\nGeneric,,Paused,£10.00,5,0.00\n"))
    assert (r.source, totals(r)["cost"], totals(r)["clicks"]) == ("google_ads", 34.5, 24)
    e = refused(lambda: read_export(write("Biggest_changes(2026.05.01-2026.05.31_compared_to_2026.03.31-2026.04.30)"
                                          ".csv", "Campaign Name,Cost,Cost (Comparison),Clicks,Clicks (Comparison)\n"
                                                  "Brand,£24.50,£30.45,19,24\n")))
    assert e.code == "ingest.unread.google_ads_changes"


def test_a_mail_sheet_written_by_a_script_is_read_by_its_own_field_names(write):
    # data-is-plural/newsletter-stats `data/messages.csv` (a script's dump of a mail tool's campaigns: nested fields as
    # 'stats.…' paths, a Unix time under 'sent_at'), values made up. 'sent_at' was read as emails sent (1,614,776,401
    # a campaign), 'stats.total_opens' as unique opens and 'stats.soft_bounces' as all bounces; 'send_count' and the
    # unique counts were left unread.
    r = read_export(write("messages.csv", (
        "id,stub,subject,sent_at,sent_at_date,send_count,stats.total_opens,stats.total_clicks,stats.unique_opens,"
        "stats.unique_clicks,stats.open_rate,stats.click_rate,stats.soft_bounces,stats.hard_bounces\n"
        "101,edition-b,Edition B,1614776401,2021-03-03,2000,900,300,700,80,35.0%,4.0%,30,2\n"
        "100,edition-a,Edition A,1614171600,2021-02-24,1900,800,310,600,90,31.6%,4.7%,28,3\n")))
    fields = {m["canonical"]: h for h, m in r.info["mapping"].items()}
    assert fields["emails_sent"] == "send_count" and fields["unique_opens"] == "stats.unique_opens"
    assert fields["unique_clicks"] == "stats.unique_clicks" and "bounces" not in fields
    assert (totals(r)["emails_sent"], totals(r)["unique_opens"], totals(r)["unique_clicks"]) == (3900, 1300, 170)
    # luiscape/progress-visuals `data/mailchimp.csv`: 'opens' (every open) before 'unique_opens' took the unique
    # opens' place
    r = read_export(write("mailchimp.csv", "title,send_time,unsubscribes,opens,unique_opens,clicks,unique_clicks\n"
                                           "Post A,10/10/2014 13:48:02,2,819,553,102,95\n"
                                           "Post B,9/23/2014 16:10:03,3,870,541,216,137\n"))
    assert totals(r)["unique_opens"] == 553 + 541 and "opens" in r.info["unmapped"]


# A Shopify orders export (made-up values): a value with a comma, one with a line break, one with a ';', a line item
# row of the second order.
ORDER_ROWS = [
    ["#1053", "ana@example.com", "paid", "2025-10-31 11:10:02 -0300", "ARS", "59658.00", "59658.00",
     "2025-10-31 11:10:02 -0300", "2", "Nutres", ""],
    ["#1068", "bo@example.com", "paid", "2025-11-01 09:32:02 -0300", "ARS", "100.00", "100.00",
     "2025-11-01 09:32:02 -0300", "1", "Crema, grande", "line one\nline two"],
    ["#1068", "", "", "", "", "", "", "2025-11-01 09:32:02 -0300", "1", "Jabón", ""],
    ["#1070", "cy@example.com", "paid", "2025-11-03 10:00:00 -0300", "ARS", "250.50", "250.50",
     "2025-11-03 10:00:00 -0300", "1", "Aceite; puro", ""],
]
ORDER_HEAD = ("Name,Email,Financial Status,Paid at,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name,"
              "Note Attributes")


def _csv_line(cells: list[str]) -> str:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()[:-1]


def test_an_export_whose_lines_were_each_wrapped_in_one_cell_reads_as_the_export_inside(write):
    plain = read_export(write("orders_export.csv", "\n".join([ORDER_HEAD, *map(_csv_line, ORDER_ROWS)]) + "\n"))
    # Contak-cpu/smartship `orders_export (2) (1).csv`: the header plain, every data line one quoted cell
    one_cell = "".join('"' + _csv_line(r).replace('"', '""') + '"\n' for r in ORDER_ROWS)
    # tcorthorn/Panel-Bronz-2026 `data/orders_export.csv`: a ';' re-save, every line one cell and a ';', quoted where
    # it holds a quote or a ';'; a value's line break began a line of its own
    lines = "\n".join([ORDER_HEAD, *map(_csv_line, ORDER_ROWS)]).split("\n")
    resaved = "".join(('"' + x.replace('"', '""') + '"' if '"' in x or ";" in x else x) + ";\r\n" for x in lines)
    for name, text in (("orders_export (2) (1).csv", ORDER_HEAD + "\n" + one_cell), ("orders_export.csv", resaved)):
        r = read_export(write(name, text))
        assert r.info["warning_codes"][0]["code"] == "ingest.wrapped_lines", name
        assert r.info["warning_codes"][1:] == plain.info["warning_codes"], name
        assert r.rows.to_pylist() == plain.rows.to_pylist(), name
        assert (r.source, r.info["rows"], r.info["skipped"]) == ("shopify_orders", 4, plain.info["skipped"])
    assert totals(plain)["revenue"] == 59658 + 100 + 250.50 and totals(plain)["orders"] == 3


def test_a_shop_export_of_dollars_saved_again_by_a_us_spreadsheet_reads_its_dates_month_first(write):
    # abcamp/CS201_dashboard `data/orders_export_1.csv` (values made up): a Shopify export re-saved in the United
    # States, 'Created at' as 11/10/24 09:17, every day of it at most 12. Its 94 orders of 10 November were read as
    # 11 October.
    head = "Name,Financial Status,Paid at,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name\n"
    rows = ("8095,paid,11/10/24 09:17,USD,55,57.59,11/10/24 09:17,1,Pie\n"
            "8094,paid,11/10/24 09:13,USD,30,31.41,11/10/24 09:13,1,Tart\n")
    r = read_export(write("orders_export_1.csv", head + rows))
    assert (r.info["date_min"], r.info["date_max"]) == ("2024-11-10", "2024-11-10")
    assert [w["code"] for w in r.info["warning_codes"]][-1] == "ingest.dates_read_month_first_dollars"
    # in euros the day goes first, as before
    r = read_export(write("orders_export_2.csv", head + rows.replace("USD", "EUR")))
    assert (r.info["date_min"], r.info["warning_codes"][-1]["code"]) == ("2024-10-11", "ingest.dates_read_day_first")


def test_a_meta_account_report_written_twice_is_one_row_of_data(write):
    # Briyanes/meta-ads-report-generator `test-data/ctwa-last-week/rmoda-studio-minggu-lalu.csv`: no breakdown, the
    # summary row and the account's row, the same cells, both without a name. Refused as 'only totals rows'.
    head = ('\ufeff"Delivery status","Delivery level",Reach,Impressions,"Link clicks","Result type",Results,'
            '"Amount spent (IDR)","Reporting starts","Reporting ends"')
    row = ",,36000,92000,335,mixed,,3494118,2025-11-22,2025-11-28"
    r = read_export(write("rmoda-studio-minggu-lalu.csv", "\n".join([head, row, row]) + "\n"))
    assert r.info["rows"] == 1 and r.info["skipped"]["totals"] == 1
    assert totals(r)["cost"] == 3494118 and totals(r)["impressions"] == 92000
    # two rows that differ are a summary and something else: still refused, never one of them picked
    other = row.replace("92000", "91000")
    e = refused(lambda: read_export(write("two.csv", "\n".join([head, row, other]) + "\n")))
    assert e.code.startswith("ingest.no_data_rows")


def test_a_campaign_setting_named_like_a_figure_is_no_figure(write):
    # Google Ads Editor's campaign sheet (intragoinc/cp-mktg-google-ads-i `campaign.csv`, UTF-16, tabs): settings
    # only. 'Flexible Reach' was read as reach and the file refused for its text 'Audience segments'.
    text = ("Campaign\tCampaign Type\tBudget type\tStart Date\tMobile Bid Modifier\tFlexible Reach\tCampaign Status\n"
            "Brand\tSearch\tDaily\t2007-09-25\t\tAudience segments\tEnabled\n")
    e = refused(lambda: read_export(write("campaign.csv", "\ufeff" + text, encoding="utf-16-le")))
    assert e.code == "ingest.no_measure_column"


def test_column_names_alone_are_said_before_any_period_is_asked(write):
    # A Search Console table without rows (GAP028/michelin-seo-dashboard's devices table, French): asked for a period
    # first, and only once given told the table was empty.
    e = refused(lambda: read_export(write("Appareils.csv", "Appareil,Clics,Impressions,CTR,Position\n")))
    assert e.code.startswith("ingest.no_data_rows") and e.info["form"] == "empty"


def test_shopifys_customers_export_is_refused_as_a_list_of_totals_so_far(write):
    # oks234/customer_vip `customers_export_1.csv`: each customer's orders and spend so far. Given a period, it was read
    # as a sheet of orders on no day of theirs, and customers without an e-mail address set aside as totals rows.
    head = ("First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,Province,Province Code,"
            "Country,Country Code,Zip,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Tags,Note,Tax Exempt")
    rows = ["Ann,Example,ann@example.com,yes,,Street 1,,Town,,,Netherlands,NL,1000 AA,,no,120.50,2,,,no",
            "Bob,Example,,no,,Street 2,,Town,,,Netherlands,NL,1000 AB,+31000000000,no,40.00,1,,,no"]
    path = write("customers_export_1.csv", "\n".join([head, *rows]) + "\n")
    for period in (None, Period(dt.date(2019, 5, 1), dt.date(2022, 1, 31), "given")):
        assert refused(lambda p=period: read_export(path, period=p)).code == "ingest.unread.shopify_customers"


def test_a_tools_rules_are_said_only_to_files_with_the_columns_they_are_about(write):
    # Briyanes/meta-ads-report-generator's reports by age (no Results, no link clicks) were told how Meta's results
    # and link clicks count. Made-up figures.
    head = '"Reporting starts","Reporting ends",Age,Reach,Impressions,"Amount spent (IDR)"'
    r = read_export(write("age.csv", head + "\n2025-11-22,2025-11-28,18-24,100,250,50000\n"))
    said = {w["code"] for w in r.info["warning_codes"]}
    assert r.info["source"] == "meta_ads"
    assert not said & {"rule.meta_results_by_indicator", "rule.meta_clicks_are_link_clicks"}
    head += ',"Link clicks","Result indicator",Results'
    r = read_export(write("age2.csv", head + "\n2025-11-22,2025-11-28,18-24,100,250,50000,7,actions:link_click,7\n"))
    said = {w["code"] for w in r.info["warning_codes"]}
    assert {"rule.meta_results_by_indicator", "rule.meta_clicks_are_link_clicks"} <= said
