"""Brevo: one email campaign's recipients, one row per address."""

from ..corpus import case, write

HEADER = ("Campaign ID;Campaign Name;Email_ID;Send_Date;Delivered_Date;Open_Date;Total Opens;Total Apple MPP Opens;"
          "Unsubscribe_Date;Hard_Bounce_Date;Hard_Bounce_Reason;Soft_Bounce_Date;Soft_Bounce_Reason;Open_IP;Click_IP;"
          "Unsubscribe_IP;Clicked_Links_Count;Complaint_date;https://shop.example/promo;https://shop.example/catalogue")


@case(id="brevo/recipients/en", source="brevo", filename="campaign-[4]-recipients.csv", rows=7,
      origin="mqeurope-png/crmbomedia backend/tests/fixtures/brevo_export_sample.csv (its header, as Brevo's "
      "recipients export writes it; UTF-8 with BOM and CRLF as the same repository's test helper builds it) and "
      "apprilrocket/appril-crm supabase/schema.sql (the same 18 columns, then one per link)",
      # Every address on the send date: sent 7; delivered where Delivered_Date is filled (a, b, d, e, f); opened
      # where Open_Date is (a, d, f: f's Total Opens reads 0 beside its open date, as Brevo writes it); clicked
      # where Clicked_Links_Count > 0 (a, e); unsubscribed (d); bounced, hard (c) or soft (g).
      totals={"emails_sent": 7, "emails_delivered": 5, "unique_opens": 3, "unique_clicks": 2, "unsubscribes": 1,
              "bounces": 2},
      period=("2025-10-03", "2025-10-03", "rows"))
def recipients(path):
    sent = "03-10-2025 10:45:06"
    write(path, [
        HEADER,
        f"4;October offer;a@example.com;{sent};03-10-2025 10:45:14;03-10-2025 11:02:01;3;1;;;;;;192.0.2.1;"
        "192.0.2.1;;2;;1;1",
        f"4;October offer;b@example.com;{sent};03-10-2025 10:45:15;;0;0;;;;;;;;;0;;;",
        f"4;October offer;c@example.com;{sent};;;0;0;;03-10-2025 10:45:20;unknown user;;;;;;0;;;",
        f"4;October offer;d@example.com;{sent};03-10-2025 10:45:16;04-10-2025 08:00:00;1;0;04-10-2025 08:01:00;;;;;"
        "192.0.2.2;;192.0.2.2;0;;;",
        f"4;October offer;e@example.com;{sent};03-10-2025 10:45:17;;0;0;;;;;;;192.0.2.3;;1;;;1",
        f"4;October offer;f@example.com;{sent};03-10-2025 10:45:18;05-10-2025 19:30:00;0;1;;;;;;192.0.2.4;;;0;;;",
        f"4;October offer;g@example.com;{sent};;;0;0;;;;03-10-2025 10:46:02;mailbox full;;;;0;;;",
    ], bom=True, eol="\r\n")
