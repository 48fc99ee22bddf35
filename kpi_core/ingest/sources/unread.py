"""Exports of known tools that hold no figures Koers counts (payouts, payment transactions, subscriber lists): known
by their headers, so that the refusal names what the file is and which export to take instead, not only that no
figures were found.

Why these: headers of real downloads as public parsers quote them. Shopify's payouts list 'Payout Date, Status,
Charges, Refunds, Adjustments, Reserved Funds, Fees, Retried Amount, Total, Currency'; Shopify Payments' transactions
'Transaction Date, Type, Order, Card Brand, Card Source, Payout Status, Payout Date, Payout ID, Available On, Amount,
Fee, Net, ..., Presentment Amount, Presentment Currency, Currency, VAT'; Kit's subscribers 'first_name,
email_address, state, created_at, tags'."""

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
}
_NORMED = {key: (frozenset(norm(h) for h in heads), n) for key, (heads, n) in EXPORTS.items()}


def which(headers: list[str]) -> str | None:
    """The message key of the export these headers are, or None."""
    normed = {norm(h) for h in headers if h}
    return next((key for key, (heads, n) in _NORMED.items() if len(heads & normed) >= n), None)
