"""Stripe: Payments > Export (unified_payments.csv), default or all columns, and copies re-saved by Excel.

Why the shape: real exports (DataScience-GT/query, streaming-overlays/stripe-country-revenue-calculator,
kanema20/primeorca, brknt/checkout_service `unified_payments.csv`) list one payment per row with Status (Paid,
Refunded, Failed, Pending, and raw PaymentIntent states such as requires_payment_method), Amount in the charge's
currency and Converted Amount in the account's settlement currency. Orders are paid payments; revenue is what they
brought in the settlement currency: Converted Amount minus Converted Amount Refunded. Layouts differ by year
('Created (UTC)' with minutes, 'Created date (UTC)' with seconds) and an Excel re-save turns ',' into ';'."""

from .base import Event, source

PAID = "lower(coalesce(status, '')) = 'paid'"
ONLY_PAID = "source.stripe.paid_only"
NOT_PAID = "source.stripe.not_paid_excluded"

SOURCE = source(
    id="stripe",
    name="Stripe payments",
    columns={
        "Created date (UTC)": "created", "Created (UTC)": "created",
        "Status": "status",
        "Converted Amount": "converted", "Converted Amount Refunded": "converted_refunded",
        "Amount": "amount", "Amount Refunded": "amount_refunded",
        "Customer ID": "customer_id",
    },
    markers=["Converted Amount", "Converted Amount Refunded", "Converted Currency", "Seller Message",
             "Statement Descriptor", "Taxes On Fee", "Card ID", "Customer Description", "Decline Reason",
             "PaymentIntent ID", "Payment Source Type", "Captured"],
    required=[{"created"}, {"status"}, {"converted", "amount"}],
    fields={"created": "date", "status": "text", "converted": "number", "converted_refunded": "number",
            "amount": "number", "amount_refunded": "number"},
    events=(
        Event("created", {"orders": "1", "revenue": "converted - coalesce(converted_refunded, 0)"}, where=PAID,
              needs=("status", "converted", "converted_refunded")),
        Event("created", {"orders": "1", "revenue": "converted"}, where=PAID, needs=("status", "converted"),
              unless=("converted_refunded",)),
        # Without converted columns the charge currency is all there is (one currency per file, else refused).
        Event("created", {"orders": "1", "revenue": "amount - coalesce(amount_refunded, 0)"}, where=PAID,
              needs=("status", "amount"), unless=("converted",)),
    ),
    warnings=(ONLY_PAID,),
    checks=((NOT_PAID, f"count(*) FILTER (WHERE NOT {PAID})"),),
    # The money counted is the converted amount: its currency is the settlement currency, not the charge's.
    currency_from=("Converted Currency",),
)
