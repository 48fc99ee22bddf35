"""WooCommerce orders: the order export plugins' CSV (one row per line item) and WooCommerce Analytics > Orders.

Why the shapes: a real export's header from 'Advanced Order Export For WooCommerce' (pasted in a receipt script):
"Order Number","Order Status","Order Date",...,"Order Total Amount","Order Refund Amount",... with order fields
repeated on every line item row and statuses as labels (Completed, Processing, On hold, Refunded, Cancelled);
other plugins write slugs ('wc-completed', 'processing'). Analytics > Orders downloads one row per order: Date,
Order #, Status, Customer, ..., Net Sales ('N. Revenue' in WooCommerce Admin before it). WebToffee's Order Export
writes snake_case fields (order_id, order_date, status, order_total, order_currency) and the refunds of an order in
one cell, 'amount:20.00|reason:...|date:...' (vinigarcia87/storms-order-import-export-for-woocommerce
Sample_Order.csv). Completed and processing orders are sales; the others are not yet or no longer. Revenue is the
order total minus what was refunded of it."""

from .base import Event, source

# The amounts of every refund in a WebToffee refund_items cell, added up.
REFUNDS = ("list_sum(list_transform(regexp_extract_all(refund_items, 'amount:\\s*(-?[0-9.]+)', 1), "
           "lambda x: TRY_CAST(x AS DOUBLE)))")

# Status labels in the shop's language: Dutch, and German as WooCommerce's de_DE names them (Abgeschlossen, In
# Bearbeitung; Storniert and Erstattet are no sales).
SOLD = ("regexp_replace(lower(coalesce(status, '')), '^wc-', '') IN "
        "('completed', 'processing', 'voltooid', 'verwerken', 'in behandeling', 'abgeschlossen', 'in bearbeitung')")
# An order's line items share its number: the order counts once, on its first row.
FIRST = "rowid = (SELECT min(f.rowid) FROM t AS f WHERE f._kind = 'data' AND f.order_no = t.order_no)"
ONCE = "source.woocommerce.order_once"
NOT_SOLD = "source.woocommerce.not_sold_excluded"

SOURCE = source(
    id="woocommerce_orders",
    name="WooCommerce orders",
    columns={
        "Order Date": "ordered", "Date": "ordered", "Date created": "ordered", "order_date": "ordered",
        "Order Number": "order_no", "Order #": "order_no", "Order ID": "order_no", "order_id": "order_no",
        "order_number": "order_no",
        "Order Status": "status", "Status": "status",
        "Order Total Amount": "total", "Order Total": "total", "Net Sales": "total", "N. Revenue": "total",
        "order_total": "total",
        "Order Refund Amount": "refunded", "refund_items": "refund_items",
        # Metorik's order export of a WooCommerce shop (Andylol111/Data-analysis-legoat orders_export_no_pii.csv):
        # one row per order, Total with shipping and tax as WooCommerce's order total, Total Refunds beside it.
        "Order Created At": "ordered", "Total": "total", "Total Refunds": "refunded",
    },
    markers=["Order Number", "Order Status", "Order Date", "Order Total Amount", "Order Refund Amount",
             "Order Subtotal Amount", "Order Shipping Amount", "Order Total Tax Amount", "Payment Method Title",
             "Coupons Used", "Item #", "Order #", "Net Sales", "Items sold", "Customer type", "Coupon(s)",
             "Product(s)", "N. Revenue", "N. Revenue (formatted)", "order_currency", "refund_items", "shipping_total",
             "line_item_1", "order_total", "Order Created At", "Order Paid At", "Total After Refunds",
             "Customer Link ID"],
    required=[{"ordered"}, {"order_no"}, {"status"}, {"total"}],
    fields={"ordered": "date", "order_no": "text", "status": "text", "total": "number", "refunded": "number",
            "refund_items": "text"},
    events=(
        Event("ordered", {"orders": "1", "revenue": "total - coalesce(refunded, 0)"}, where=f"{FIRST} AND {SOLD}",
              needs=("order_no", "status", "total", "refunded")),
        Event("ordered", {"orders": "1", "revenue": f"total - coalesce({REFUNDS}, 0)"}, where=f"{FIRST} AND {SOLD}",
              needs=("order_no", "status", "total", "refund_items"), unless=("refunded",)),
        Event("ordered", {"orders": "1", "revenue": "total"}, where=f"{FIRST} AND {SOLD}",
              needs=("order_no", "status", "total"), unless=("refunded", "refund_items")),
    ),
    warnings=(ONCE,),
    checks=((NOT_SOLD, f"count(DISTINCT order_no) FILTER (WHERE NOT {SOLD})"),),
    currency_from=("order_currency",),
)
