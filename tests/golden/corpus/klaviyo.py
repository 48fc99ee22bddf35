"""Klaviyo campaign exports."""

from ..corpus import case, write

HEADER = ("Campaign Name,Tags,Subject,List,Send Time,Send Weekday,Total Recipients,Unique Placed Order,"
          "Placed Order Rate,Revenue,Unique Opens,Open Rate,Total Opens,Unique Clicks,Click Rate,Total Clicks,"
          "Unsubscribes,Spam Complaints,Spam Complaints Rate,Successful Deliveries,Bounces,Bounce Rate,Campaign ID,"
          "Campaign Channel")


@case(id="klaviyo/campaigns/en", source="klaviyo", filename="campaigns.csv", rows=3,
      origin="Klaviyo campaign export header as spelled by parsers of it (J3diHunt3r/BGN-Email-Marketing-Dashboard "
      "README): rates as '33.12%', Send Time 'YYYY-MM-DD HH:MM:SS', email and SMS rows",
      # The SMS row's recipients, clicks and unsubscribes are no email figures; its attributed orders and sales count.
      totals={"emails_sent": 12500 + 8000, "emails_delivered": 12380 + 7950,
              "unique_opens": 4100 + 2500, "unique_clicks": 310 + 190, "unsubscribes": 22 + 15,
              "bounces": 120 + 50, "conversions": 84 + 41 + 9, "conversion_value": 5320.40 + 2210.00 + 380.25},
      period=("2024-04-09", "2024-04-23", "rows"))
def campaigns(path):
    write(path, [
        HEADER,
        'Spring Sale Launch,"Promo, Q2",Spring sale is here,Newsletter,2024-04-09 10:00:00,Tuesday,12500,84,0.68%,'
        "5320.40,4100,33.12%,6200,310,2.50%,402,22,1,0.01%,12380,120,0.96%,01HABCDEF0123456789XYZ,Email",
        "Spring Sale Reminder,Promo,Last day of the sale,Newsletter,2024-04-16 10:00:00,Tuesday,8000,41,0.52%,"
        "2210.00,2500,31.45%,3600,190,2.39%,260,15,0,0.00%,7950,50,0.63%,01HABCDEF0123456789XZA,Email",
        "Weekend SMS,,,VIP SMS,2024-04-23 17:30:00,Tuesday,2100,9,0.43%,380.25,,,,64,3.08%,70,3,0,0.00%,2080,20,"
        "0.95%,01HABCDEF0123456789XZB,SMS",
    ])


@case(id="klaviyo/flows/period", source="klaviyo", filename="flows.csv", rows=4,
      origin="Klaviyo flow report as ishika-riq/zipsense-analytics-agent backend/server.js lays it out (`flow_data`): "
      "each row's period in its Date cell ('May 01 2025 - May 31 2025'), Total Recipients and Bounces without a "
      "Delivered column, Open Rate as a fraction, an SMS flow message beside the email ones",
      # Delivered is sent minus bounces; the SMS row counts in no email figure. Total Clicks (every click) is no
      # count of unique clicks.
      totals={"emails_sent": 1000 + 200 + 600, "bounces": 10 + 0 + 6,
              "emails_delivered": 990 + 200 + 594, "unique_opens": 400 + 100 + 180},
      period=("2025-05-01", "2025-06-30", "rows"))
def flows(path):
    write(path, [
        "Flow ID,Flow Name,Date,Message Channel,Status,Open Rate,Total Recipients,Unique Opens,Total Clicks,Bounces",
        "XyZ123,Welcome Series,May 01 2025 - May 31 2025,Email,Live,0.40404,1000,400,60,10",
        "AbC456,Abandoned Cart,May 01 2025 - May 31 2025,Email,Live,0.5,200,100,30,0",
        "AbC456,Abandoned Cart,May 01 2025 - May 31 2025,SMS,Live,,150,,12,0",
        "XyZ123,Welcome Series,Jun 01 2025 - Jun 30 2025,Email,Live,0.30303,600,180,20,6",
    ])


@case(id="klaviyo/flows/monthly", source="klaviyo", filename="flows_monthly.csv", rows=3,
      origin="Klaviyo monthly flow report as ishika-riq/zipsense-analytics-agent backend/server.js lays it out "
      "(`flows_data`): a Month column of '08/2025', Delivered, Unique Opens, Open Rate as a fraction, status in "
      "lower case",
      totals={"emails_delivered": 1000 + 2000 + 500, "unique_opens": 500 + 900 + 100},
      period=("2025-08-01", "2025-09-30", "rows"))
def flows_monthly(path):
    write(path, [
        "Month,Flow ID,Flow Name,Status,Delivered,Unique Opens,Open Rate",
        "08/2025,XyZ123,Welcome Series,live,1000,500,0.5",
        "09/2025,XyZ123,Welcome Series,live,2000,900,0.45",
        "09/2025,AbC456,Abandoned Cart,live,500,100,0.2",
    ])


FLOW_DAY = ("Day,Flow ID,Flow Name,Flow Message ID,Flow Message Name,Flow Message Channel,Status,Delivered,Bounced,"
            "Bounce Rate,Unique Opens,Open Rate,Unique Clicks,Click Rate,Placed Order,Placed Order Rate,Revenue,"
            "Revenue per Recipient,Unsub Rate,Complaint Rate,Tags")


@case(id="klaviyo/flows/daily-us", source="klaviyo", filename="flows.csv", rows=5,
      origin="Klaviyo's flow report by day and message as the FlowTransformer of a public Klaviyo email dashboard "
      "reads it (several public copies; the index names no repository): Day as '09/04/2025' (month first), Flow "
      "Message Channel Email or SMS, Delivered and Bounced, Placed Order, rates as fractions, counts as '6.0'",
      # Every day is 12 or less: Klaviyo's habit reads them month first (1-4 September, not 9 January - 9 April).
      # The SMS row counts in no email figure; its attributed orders and sales count.
      totals={"emails_delivered": 100 + 120 + 90 + 80, "bounces": 2 + 1 + 0 + 3, "unique_opens": 50 + 60 + 40 + 30,
              "unique_clicks": 10 + 12 + 8 + 6, "conversions": 2 + 1 + 1 + 0 + 3,
              "conversion_value": 80 + 40 + 35 + 0 + 99.5},
      period=("2025-09-01", "2025-09-04", "rows"))
def flows_daily_us(path):
    write(path, [
        FLOW_DAY,
        "09/01/2025,AbC123,Welcome Flow,Xy1111,Welcome Email 1,Email,live,100.0,2.0,0.0196,50.0,0.5,10.0,0.1,2.0,"
        "0.02,80.0,0.8,0.0,0.0,",
        "09/02/2025,AbC123,Welcome Flow,Xy1111,Welcome Email 1,Email,live,120.0,1.0,0.0083,60.0,0.5,12.0,0.1,1.0,"
        "0.00833,40.0,0.33333,0.0,0.0,",
        "09/03/2025,AbC123,Welcome Flow,Xy2222,Welcome Email 2,Email,live,90.0,0.0,0.0,40.0,0.44444,8.0,0.08889,1.0,"
        "0.01111,35.0,0.38889,0.01111,0.0,",
        "09/04/2025,AbC123,Welcome Flow,Xy2222,Welcome Email 2,Email,live,80.0,3.0,0.03614,30.0,0.375,6.0,0.075,0.0,"
        "0.0,0.0,0.0,0.0,0.0,",
        "09/04/2025,AbC123,Welcome Flow,Xy3333,Welcome SMS 1,SMS,live,400.0,0.0,0.0,0.0,0.0,70.0,0.175,3.0,0.0075,"
        "99.5,0.24875,0.005,0.0,",
    ])
