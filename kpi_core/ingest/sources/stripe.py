"""Stripe: Payments > Export (unified_payments.csv), default or all columns, and copies re-saved by Excel; and
Balance > Export (balance history).

Why the shape: real exports (DataScience-GT/query, streaming-overlays/stripe-country-revenue-calculator,
kanema20/primeorca, brknt/checkout_service `unified_payments.csv`) list one payment per row with Status (Paid,
Refunded, Failed, Pending, and raw PaymentIntent states such as requires_payment_method), Amount in the charge's
currency and Converted Amount in the account's settlement currency. Orders are paid payments; revenue is what they
brought in the settlement currency: Converted Amount minus Converted Amount Refunded. Layouts differ by year
('Created (UTC)' with minutes, 'Created date (UTC)' with seconds) and an Excel re-save turns ',' into ';'.

The balance history (lemusa/shmake `balance_history.csv`) lists every movement of the balance with its Type (charge,
payment, refund, payment_refund, stripe_fee, payout, ...), Amount and Net in the balance's currency, and no Status.
Orders are its charges and payments; revenue is their Amount plus the (negative) Amount of refunds, on their dates.
Fees and payouts are no sales: their count is said.

Reports > Balance > 'Balance change from activity', itemized, holds the same movements in snake_case (Stripe's
report schema, as Joaqim/Findus `PayoutItemized.ts` quotes it): created_utc beside created (in the report's time zone,
named in the file name), gross, fee, net and reporting_category (charge, refund, dispute, dispute_reversal, fee,
payout, ...). Its gross is read as the balance history's Amount; a dispute is money taken back from a sale."""

from .base import Event, source

PAID = "lower(coalesce(status, '')) = 'paid'"
ONLY_PAID = "source.stripe.paid_only"
NOT_PAID = "source.stripe.not_paid_excluded"
SALE = "lower(trim(txn_type)) IN ('charge', 'payment')"
REFUND = ("lower(trim(txn_type)) IN ('refund', 'payment_refund', 'refund_failure', 'dispute', "
          "'dispute_reversal')")
BALANCE = "source.stripe.balance"
# A payment whose dispute was lost stays Paid; the money went back with the chargeback (the all-columns export's
# Disputed Amount and Dispute Status, in the charge's currency: taken back in the same share of the converted amount).
LOST = f"{PAID} AND lower(trim(coalesce(dispute_status, ''))) = 'lost'"
DISPUTES_LOST = "source.stripe.disputes_lost"
NO_SALE = "source.stripe.balance_other"

SOURCE = source(
    id="stripe",
    name="Stripe payments",
    columns={
        "Created date (UTC)": "created", "Created (UTC)": "created",
        "Status": "status",
        "Converted Amount": "converted", "Converted Amount Refunded": "converted_refunded",
        "Amount": "amount", "Amount Refunded": "amount_refunded",
        "Customer ID": "customer_id",
        # A guest's payment has no Customer ID but the email its receipt went to (rrh1441/machine: 32 of 226 paid
        # payments; customers per month fell short by as many): that email is the customer, as in Shopify's exports.
        "Customer Email": "customer_email",
        "Type": "txn_type",  # the balance history's kind of movement
        "Disputed Amount": "disputed", "Dispute Status": "dispute_status",
        # The itemized balance report: its times in UTC, as in every other Stripe export Koers reads, each counted on
        # its day in the workspace's time zone (Source.utc). 'created', in the report's time zone, is no name of its
        # own: other exports may hold a 'created' timestamp.
        "created_utc": "created", "gross": "amount", "reporting_category": "txn_type",
    },
    markers=["Converted Amount", "Converted Amount Refunded", "Converted Currency", "Seller Message",
             "Statement Descriptor", "Taxes On Fee", "Card ID", "Customer Description", "Decline Reason",
             "PaymentIntent ID", "Payment Source Type", "Captured", "Available On (UTC)", "Customer Facing Amount",
             "Customer Facing Currency", "Transfer Group", "Destination Platform Fee", "balance_transaction_id",
             "reporting_category", "automatic_payout_id", "available_on_utc", "customer_facing_amount"],
    required=[{"created"}, {"status", "txn_type"}, {"converted", "amount"}],
    utc=("created",),  # every header read as 'created' says UTC: 'Created date (UTC)', 'Created (UTC)', created_utc
    fields={"created": "date", "status": "text", "converted": "number", "converted_refunded": "number",
            "amount": "number", "amount_refunded": "number", "txn_type": "text", "disputed": "number",
            "dispute_status": "text", "customer_email": "text"},
    fallbacks={"customer_id": ("customer_email",)},
    events=(
        Event("created", {"orders": "1", "revenue": "converted - coalesce(converted_refunded, 0)"}, where=PAID,
              needs=("status", "converted", "converted_refunded"), warn=ONLY_PAID),
        Event("created", {"orders": "1", "revenue": "converted"}, where=PAID, needs=("status", "converted"),
              unless=("converted_refunded",), warn=ONLY_PAID),
        # Without converted columns the charge currency is all there is (one currency per file, else refused).
        Event("created", {"orders": "1", "revenue": "amount - coalesce(amount_refunded, 0)"}, where=PAID,
              needs=("status", "amount"), unless=("converted",), warn=ONLY_PAID),
        Event("created", {"revenue": "-(disputed * converted / NULLIF(amount, 0))"}, where=LOST,
              needs=("status", "converted", "amount", "disputed", "dispute_status")),
        Event("created", {"revenue": "-disputed"}, where=LOST, needs=("status", "amount", "disputed", "dispute_status"),
              unless=("converted",)),
        # The balance history: sales, and refunds as the negative amounts they are, on their own dates.
        Event("created", {"orders": "1", "revenue": "amount"}, where=SALE, needs=("txn_type", "amount"),
              unless=("status",), warn=BALANCE),
        Event("created", {"revenue": "amount"}, where=REFUND, needs=("txn_type", "amount"), unless=("status",)),
    ),
    checks=((NOT_PAID, f"count(*) FILTER (WHERE NOT {PAID})"), (DISPUTES_LOST, f"count(*) FILTER (WHERE {LOST})"),
            (NO_SALE, f"count(*) FILTER (WHERE NOT ({SALE}) AND NOT ({REFUND}))")),
    # The money counted is the converted amount: its currency is the settlement currency, not the charge's. The
    # balance history has only its balance's Currency, one of the usual headers that come after it.
    currency_from=("Converted Currency",),
)
