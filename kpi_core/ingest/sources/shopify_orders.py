"""Shopify: Orders > Export. One row per line item; order fields on the order's first row only."""

from .base import Event, source

ONCE = "source.shopify.order_once"
CANCELLED = "source.shopify.cancelled_excluded"
REFUNDED = "source.shopify.refunded_excluded"

# The order's first row: order fields are filled there, later rows repeat Name and list more line items.
FIRST = ("total IS NOT NULL AND rowid = (SELECT min(f.rowid) FROM t AS f WHERE f._kind = 'data' "
         "AND f.order_name = t.order_name)")
# Revenue is what the shop receives or is still to receive for orders that stand: a refunded or voided order counts
# for nothing, a partially refunded one for its Total minus its Refunded Amount. An order not paid yet (pending: cash
# on delivery, bank transfer; authorized) is a sale made and counts in full until it is cancelled or voided.
GONE = "('refunded', 'voided', 'expired')"  # expired: an authorization never captured, no money taken
PAID = f"lower(coalesce(financial_status, '')) NOT IN {GONE}"
PARTIAL = "source.shopify.partial_refunds"
UNPAID = "source.shopify.unpaid_counted"  # said: a shop of cash on delivery has most of its revenue still to come
PENDING = "lower(coalesce(financial_status, '')) IN ('pending', 'authorized', 'partially_paid')"


def _events() -> tuple[Event, ...]:
    """An order once, on its first row, for exports with and without Refunded Amount and Cancelled at (older
    exports lack Cancelled at: a cancelled order is refunded or voided there too)."""
    out = []
    for has in ({"refunded", "cancelled_at"}, {"refunded"}, {"cancelled_at"}, set()):
        where = f"{FIRST} AND {PAID}" + (" AND cancelled_at IS NULL" if "cancelled_at" in has else "")
        revenue = "total - coalesce(refunded, 0)" if "refunded" in has else "total"
        out.append(Event("created", {"orders": "1", "revenue": revenue}, where=where,
                         needs=("order_name", "total", "financial_status", *sorted(has)),
                         unless=tuple(sorted({"refunded", "cancelled_at"} - has))))
    return tuple(out)


SOURCE = source(
    id="shopify_orders",
    name="Shopify orders",
    columns={
        # The date part as written: Shopify writes the shop's local time with its offset.
        "Created at": "created",
        "Name": "order_name",
        "Total": "total",
        "Financial Status": "financial_status",
        "Cancelled at": "cancelled_at",
        "Refunded Amount": "refunded",
        "Email": "customer_id",
        # Lineitem name is not the product dimension: order revenue sits on the first line item's row, so a
        # product split would credit the whole order to one product.
    },
    markers=["Financial Status", "Fulfillment Status", "Lineitem name", "Lineitem quantity", "Lineitem price",
             "Lineitem sku", "Paid at", "Fulfilled at", "Billing Name", "Shipping Name", "Accepts Marketing"],
    required=[{"created"}, {"total"}, {"order_name"}],
    fields={"created": "date", "order_name": "text", "total": "number", "financial_status": "text",
            "cancelled_at": "date", "refunded": "number"},
    events=_events(),
    # The abandoned checkouts export has the orders export's columns, one row per checkout never paid: no row has a
    # Financial Status, and Name is the checkout's long id (Steproac/Monfrere-Tactical-Audit
    # `Shopify_Abandoned checkouts_export_032026.csv`: 252 checkouts were read as 252 orders). An order always has one.
    refusals=(("ingest.shopify_abandoned_checkouts",
               "count(*) > 0 AND count(*) FILTER (WHERE trim(coalesce(financial_status, '')) <> '') = 0",
               ("financial_status",)),),
    warnings=(ONCE,),
    checks=(
        (CANCELLED, f"count(*) FILTER (WHERE {FIRST} AND cancelled_at IS NOT NULL)"),
        (REFUNDED, f"count(*) FILTER (WHERE {FIRST} AND cancelled_at IS NULL "
                   f"AND lower(coalesce(financial_status, '')) IN {GONE})"),
        (PARTIAL, f"count(*) FILTER (WHERE {FIRST} AND cancelled_at IS NULL AND {PAID} AND refunded > 0)"),
        # said with the cancelled orders left out where the file has their column, of every order where it has not
        (UNPAID, f"count(*) FILTER (WHERE {FIRST} AND cancelled_at IS NULL AND {PENDING})", (), ("cancelled_at",)),
        (UNPAID, f"count(*) FILTER (WHERE {FIRST} AND {PENDING})", ("cancelled_at",)),
    ),
)
