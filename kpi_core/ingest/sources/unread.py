"""Exports of known tools that hold no figures Koers counts (payouts, payment transactions, subscriber lists): known
by their headers, so that the refusal names what the file is and which export to take instead, not only that no
figures were found.

Why these: headers of real downloads as public parsers quote them. Shopify's payouts list 'Payout Date, Status,
Charges, Refunds, Adjustments, Reserved Funds, Fees, Retried Amount, Total, Currency'; Shopify Payments' transactions
'Transaction Date, Type, Order, Card Brand, Card Source, Payout Status, Payout Date, Payout ID, Available On, Amount,
Fee, Net, ..., Presentment Amount, Presentment Currency, Currency, VAT'; Kit's subscribers 'first_name,
email_address, state, created_at, tags'. Stripe's payouts list (lemusa/shmake `payouts.csv`) 'id, Amount,
Created (UTC), Currency, Livemode, Arrival Date (UTC), Source Type, Destination, Status, Type, Method, ..., Trace ID,
Destination Name, Destination Country, Destination Last 4'; Stripe's subscriptions (Hededamj/dashboard
`subscriptions.csv`) 'id, Customer ID, Customer Description, Customer Email, Plan, Quantity, Currency, Interval,
Amount, Status, Created (UTC), Start Date (UTC), Current Period Start (UTC), Current Period End (UTC)'; Stripe's
invoices (Idreece/surfe `data/invoices.csv`) 'id, Amount Due, Closed, Currency, Customer, Date (UTC), Due Date (UTC),
..., Paid, Paid At (UTC), Marked Uncollectible At (UTC), Voided At (UTC), ..., Total, Amount Paid, Status'. An
invoice's payment is in the payments export too: read beside it, the invoices would either count it twice or, as the
newer export of the same tool, replace the days of payments made without an invoice."""

from __future__ import annotations

from .base import norm

# message key -> (headers, how many of them a file must have)
EXPORTS = {
    "ingest.unread.shopify_payouts": (("Payout Date", "Charges", "Refunds", "Adjustments", "Reserved Funds",
                                       "Retried Amount"), 4),
    "ingest.unread.shopify_transactions": (("Transaction Date", "Card Brand", "Card Source", "Payout Status",
                                            "Payout ID", "Available On", "Presentment Amount",
                                            "Presentment Currency"), 4),
    "ingest.unread.kit_subscribers": (("first_name", "email_address", "state", "created_at"), 4),
    "ingest.unread.stripe_payouts": (("Arrival Date (UTC)", "Destination", "Livemode", "Trace ID",
                                      "Failure Balance Transaction", "Destination Last 4", "Balance Transaction"), 2),
    "ingest.unread.stripe_subscriptions": (("Current Period Start (UTC)", "Current Period End (UTC)", "Interval",
                                            "Quantity", "Plan", "Start Date (UTC)", "Start (UTC)"), 4),
    "ingest.unread.stripe_invoices": (("Amount Due", "Amount Paid", "Paid At (UTC)", "Due Date (UTC)",
                                       "Marked Uncollectible At (UTC)", "Voided At (UTC)", "Finalized At (UTC)",
                                       "Ending Balance", "Starting Balance"), 4),
}
_NORMED = {key: (frozenset(norm(h) for h in heads), n) for key, (heads, n) in EXPORTS.items()}


def which(headers: list[str]) -> str | None:
    """The message key of the export these headers are, or None."""
    normed = {norm(h) for h in headers if h}
    return next((key for key, (heads, n) in _NORMED.items() if len(heads & normed) >= n), None)
