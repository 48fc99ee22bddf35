"""WooCommerce orders: the order export plugins' CSV (one row per line item) and WooCommerce Analytics > Orders.

Why the shapes: a real export's header from 'Advanced Order Export For WooCommerce' (pasted in a receipt script):
"Order Number","Order Status","Order Date",...,"Order Total Amount","Order Refund Amount",... with order fields
repeated on every line item row and statuses as labels (Completed, Processing, On hold, Refunded, Cancelled);
other plugins write slugs ('wc-completed', 'processing'). Analytics > Orders downloads one row per order: Date,
Order #, Status, Customer, ..., Net Sales. Completed and processing orders are sales; the others are not yet or no
longer. Revenue is the order total minus what was refunded of it."""

from .base import Event, source

SOLD = ("regexp_replace(lower(coalesce(status, '')), '^wc-', '') IN "
        "('completed', 'processing', 'voltooid', 'verwerken', 'in behandeling')")
# An order's line items share its number: the order counts once, on its first row.
FIRST = "rowid = (SELECT min(f.rowid) FROM t AS f WHERE f._kind = 'data' AND f.order_no = t.order_no)"
ONCE = "source.woocommerce.order_once"
NOT_SOLD = "source.woocommerce.not_sold_excluded"

SOURCE = source(
    id="woocommerce_orders",
    name="WooCommerce orders",
    columns={
        "Order Date": "ordered", "Date": "ordered", "Date created": "ordered",
        "Order Number": "order_no", "Order #": "order_no", "Order ID": "order_no",
        "Order Status": "status", "Status": "status",
        "Order Total Amount": "total", "Order Total": "total", "Net Sales": "total",
        "Order Refund Amount": "refunded",
    },
    markers=["Order Number", "Order Status", "Order Date", "Order Total Amount", "Order Refund Amount",
             "Order Subtotal Amount", "Order Shipping Amount", "Order Total Tax Amount", "Payment Method Title",
             "Coupons Used", "Item #", "Order #", "Net Sales", "Items sold", "Customer type", "Coupon(s)",
             "Product(s)"],
    required=[{"ordered"}, {"order_no"}, {"status"}, {"total"}],
    fields={"ordered": "date", "order_no": "text", "status": "text", "total": "number", "refunded": "number"},
    events=(
        Event("ordered", {"orders": "1", "revenue": "total - coalesce(refunded, 0)"}, where=f"{FIRST} AND {SOLD}",
              needs=("order_no", "status", "total", "refunded")),
        Event("ordered", {"orders": "1", "revenue": "total"}, where=f"{FIRST} AND {SOLD}",
              needs=("order_no", "status", "total"), unless=("refunded",)),
    ),
    warnings=(ONCE,),
    checks=((NOT_SOLD, f"count(DISTINCT order_no) FILTER (WHERE NOT {SOLD})"),),
)
