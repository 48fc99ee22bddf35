"""Stripe payment exports: three layouts of `unified_payments.csv` and an Excel re-save."""

from ..corpus import case, write

DEFAULT = ("id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,Converted Amount Refunded,"
           "Converted Currency,Decline Reason,Description,Fee,Refunded date (UTC),Statement Descriptor,Status,"
           "Seller Message,Taxes On Fee,Card ID,Customer ID,Customer Description,Customer Email,Invoice ID,Transfer")


@case(id="stripe/payments/default", source="stripe", filename="unified_payments.csv", rows=6,
      origin="DataScience-GT/query unified_payments.csv (23 default columns, UTF-8, LF, newest first)",
      totals={"orders": 3, "revenue": 25.00 + 15.00 + 30.00}, currency="USD",
      period=("2026-01-20", "2026-01-28", "rows"))
def default_layout(path):
    """Paid, failed, refunded, partly refunded and a raw PaymentIntent state with an empty id."""
    write(path, [
        DEFAULT,
        "py_3AbCdEf0,2026-01-28 20:38:09,25.00,0.00,usd,true,25.00,0.00,usd,,,1.03,,,Paid,Payment complete.,0.00,,,,"
        "jane@example.com,,",
        "ch_3XyZaBc1,2026-01-27 22:14:37,15.00,0.00,usd,true,15.00,0.00,usd,,,0.74,,EXAMPLE.ORG,Paid,"
        "Payment complete.,0.00,pm_1XyZ,,,john@example.org,,po_1AbC",
        "ch_3AaBbCc2,2026-01-26 00:48:00,8.00,0.00,usd,false,8.00,0.00,usd,do_not_honor,Subscription update,0.00,,"
        "EXAMPLEAPP,Failed,The bank returned the decline code `do_not_honor`.,0.00,pm_1AaB,cus_AaBb,,a@example.com,"
        "in_1AaB,",
        "ch_3PpQqRr3,2026-01-20 10:00:00,40.00,10.00,usd,true,40.00,10.00,usd,,Subscription creation,1.46,"
        "2026-01-22 09:00:00,EXAMPLEAPP,Paid,Payment complete.,0.00,pm_1PpQ,cus_PpQq,,b@example.com,in_1PpQ,po_1PpQ",
        "ch_3ZzYyXx4,2026-01-17 21:53:00,8.00,8.00,usd,true,8.00,8.00,usd,,Subscription update,0.53,"
        "2026-01-17 22:05:40,EXAMPLEAPP,Refunded,Payment complete.,0.00,pm_1ZzY,cus_ZzYy,,c@example.com,in_1ZzY,"
        "po_1ZzY",
        ",2026-01-16 13:36:32,14.99,,usd,,,,,,Subscription creation,,,,requires_payment_method,,,,cus_QqRr,,"
        "d@example.com,,",
    ])


@case(id="stripe/payments/excel-resaved", source="stripe", filename="payments.csv", rows=3,
      origin="streaming-overlays/stripe-country-revenue-calculator payments.csv (';', CRLF, no final newline, TRUE)",
      totals={"orders": 3, "revenue": 534.80 + 2943.86 + 1204.10}, currency="THB",
      period=("2024-06-05", "2024-06-07", "rows"))
def excel_resaved(path):
    """A column subset saved again by Excel in a ';' locale: charges in USD and MXN settled in THB."""
    write(path, [
        "Created date (UTC);Amount;Currency;Captured;Converted Amount;Converted Currency;Fee;Payment Source Type;"
        "Status;Taxes On Fee;Card Address Country;Card Funding;Card Issue Country;Customer ID;Invoice Number",
        "2024-06-07 02:38:54;15.00;usd;TRUE;534.80;thb;35.40;card;Paid;2.48;PE;debit;PE;cus_AbCd;AB12CD34-0005",
        "2024-06-06 03:33:55;1440.00;mxn;TRUE;2943.86;thb;149.83;card;Paid;10.49;MX;credit;MX;cus_ZyXw;12AB34CD-0001",
        "2024-06-05 11:02:17;33.75;usd;TRUE;1204.10;thb;60.11;card;Paid;4.21;US;credit;US;cus_MnOp;AB12CD34-0004",
    ], eol="\r\n", final_eol=False)


LEGACY = ("id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
          "Converted Amount Refunded,Fee,Taxes On Fee,Converted Currency,Status,Statement Descriptor,Customer ID,"
          "Customer Description,Customer Email,Captured,Card ID,Invoice ID,Transfer")


@case(id="stripe/payments/legacy-2023", source="stripe", filename="unified_payments.csv", rows=3,
      origin="kanema20/primeorca unified_payments.csv (21 columns, 'Created (UTC)' to the minute)",
      totals={"orders": 2, "revenue": 180.00 + 1950.50}, currency="EUR", period=("2023-08-25", "2023-08-28", "rows"))
def legacy_layout(path):
    write(path, [
        LEGACY,
        "ch_3AbC1,,Payment complete.,2023-08-28 20:18,180.00,0.00,eur,180.00,0.00,5.52,0.00,eur,Paid,WWW.EXAMPLE.COM,"
        "cus_AbCd,,ana@example.com,true,pm_1AbC,in_1AbC,",
        "ch_3ZyX2,,Payment complete.,2023-08-25 15:53,170.00,170.00,eur,170.00,170.00,5.23,0.00,eur,Refunded,"
        "WWW.EXAMPLE.COM,cus_ZyXw,,bob@example.org,true,pm_1ZyX,in_1ZyX,",
        'ch_3Qr3,"Order 1001, two seats",Payment complete.,2023-08-25 09:01,1950.50,0.00,eur,1950.50,0.00,56.87,0.00,'
        "eur,Paid,WWW.EXAMPLE.COM,cus_QrSt,,cy@example.net,true,pm_1QrS,in_1QrS,",
    ])


BALANCE_HEAD = ("id,Type,Source,Amount,Fee,Destination Platform Fee,Destination Platform Fee Currency,Net,Currency,"
                "Created (UTC),Available On (UTC),Description,Customer Facing Amount,Customer Facing Currency,Transfer,"
                "Transfer Date (UTC),Transfer Group")


@case(id="stripe/balance/default", source="stripe", filename="balance_history.csv", rows=9,
      origin="lemusa/shmake balance_history.csv (17 columns, UTF-8, LF, newest first, lower-case currency)",
      totals={"orders": 5, "revenue": 3.99 + 3.99 + 3.99 + 3.99 + 1.99 - 3.99 - 3.99}, currency="NZD",
      # the first charge, 2026-01-15 23:10 UTC, is 16 January in the workspace's time zone (Europe/Amsterdam)
      period=("2026-01-16", "2026-02-08", "rows"))
def balance_history(path):
    """Every movement of the balance: charges and payments, a refund of each kind, Stripe's own fee and a payout
    (no sales), amounts and Net in the balance's currency, times to the minute."""
    write(path, [
        BALANCE_HEAD,
        "txn_1EXa001,stripe_fee,,-0.03,0.00,,,-0.03,nzd,2026-02-09 05:38,2026-02-09 05:38,Billing - Usage Fee,,,,,",
        "txn_3EXa002,charge,ch_3EXa002,3.99,0.41,,,3.58,nzd,2026-02-08 06:11,2026-02-13 00:00,Subscription update,"
        "3.99,nzd,,,",
        "txn_3EXa003,payment,py_3EXa003,3.99,0.47,,,3.52,nzd,2026-02-06 12:24,2026-02-13 00:00,Subscription creation,"
        "3.99,nzd,,,",
        "txn_1EXa004,payment_refund,py_3EXa005,-3.99,0.00,,,-3.99,nzd,2026-02-02 01:40,2026-02-05 00:00,"
        "REFUND FOR PAYMENT (Subscription update),-3.99,nzd,,,",
        "txn_3EXa005,payment,py_3EXa005,3.99,0.47,,,3.52,nzd,2026-01-30 02:23,2026-02-06 00:00,Subscription update,"
        "3.99,nzd,,,",
        "txn_1EXa006,payout,po_1EXa006,-16.37,0.00,,,-16.37,nzd,2026-01-25 00:23,2026-01-28 00:00,STRIPE PAYOUT,,,"
        "po_1EXa006,2026-01-28 00:00,",
        "txn_1EXa007,refund,ch_3EXa008,-3.99,0.00,,,-3.99,nzd,2026-01-18 04:32,2026-01-21 00:00,"
        "REFUND FOR CHARGE (Subscription creation),-3.99,nzd,,,",
        "txn_3EXa008,charge,ch_3EXa008,3.99,0.41,,,3.58,nzd,2026-01-18 04:08,2026-01-23 00:00,Subscription creation,"
        "3.99,nzd,,,",
        "txn_3EXa009,charge,ch_3EXa009,1.99,0.35,,,1.64,nzd,2026-01-15 23:10,2026-01-20 00:00,Subscription creation,"
        "1.99,nzd,,,",
    ])
