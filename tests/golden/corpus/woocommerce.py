"""WooCommerce order exports (Advanced Order Export For WooCommerce, default CSV profile)."""

from ..corpus import case, write

HEADER = ('"Order Number","Order Status","Order Date","Customer Note","First Name (Billing)","Last Name (Billing)",'
          '"City (Billing)","Country Code (Billing)","Email (Billing)","Item #",SKU,Name,"Product Variation",Quantity,'
          '"Item Cost","Order Line Total","Coupon Code","Discount Amount","Payment Method Title",'
          '"Order Subtotal Amount","Order Shipping Amount","Order Refund Amount","Order Total Amount",'
          '"Total items","Total products"')


@case(id="woocommerce_orders/orders/plugin-default", source="woocommerce_orders", filename="orders-2024-03-05.csv",
      rows=6, origin="Advanced Order Export For WooCommerce default profile: header pasted from a real export in an "
      "orders.pl receipt script (quote iff space, one row per line item, order fields on every row)",
      totals={"orders": 2, "revenue": 45.00 + (30.00 - 5.00)}, period=("2024-03-02", "2024-03-04", "rows"))
def plugin_default(path):
    """1001 completed (two items), 1002 refunded, 1003 processing with 5.00 refunded, 1004 cancelled (two items)."""
    write(path, [
        HEADER,
        '1001,Completed,"2024-03-02 14:05",,Ana,Example,Springfield,US,ana@example.com,1,TSHIRT-M,"Club T-Shirt",'
        '"Size: Medium",2,10,20,,0,"Credit Card",40,5,0,45,3,2',
        '1001,Completed,"2024-03-02 14:05",,Ana,Example,Springfield,US,ana@example.com,2,MUG,Mug,,1,20,20,,0,'
        '"Credit Card",40,5,0,45,3,2',
        '1002,Refunded,"2024-03-03 09:12",,Bob,Sample,Shelbyville,US,bob@example.org,1,REG-2024,"Event Registration",'
        ',1,60,60,SAVE10,6,PayPal,54,0,54,54,1,1',
        '1003,Processing,"2024-03-04 18:40","Leave at the door",Cy,Test,Capital,US,cy@example.net,1,CAP,"Club Cap",'
        '"Colour: Blue | Size: L",1,25,25,,0,"Credit Card",25,5,5,30,1,1',
        '1004,Cancelled,"2024-03-04 19:02",,Di,Demo,Ogdenville,US,di@example.com,1,TSHIRT-S,"Club T-Shirt",'
        '"Size: Small",1,10,10,,0,"Credit Card",20,5,0,25,2,2',
        '1004,Cancelled,"2024-03-04 19:02",,Di,Demo,Ogdenville,US,di@example.com,2,PIN,"Club Pin",,1,10,10,,0,'
        '"Credit Card",20,5,0,25,2,2',
    ])


WEBTOFFEE = ("order_id,order_number,order_date,status,shipping_total,shipping_tax_total,fee_total,fee_tax_total,"
             "tax_total,cart_discount,order_discount,discount_total,order_total,order_currency,payment_method,"
             "shipping_method,customer_id,customer_user,customer_email,billing_first_name,billing_last_name,"
             "billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,billing_postcode,"
             "billing_city,billing_state,billing_country,shipping_first_name,shipping_last_name,shipping_company,"
             "shipping_address_1,shipping_address_2,shipping_postcode,shipping_city,shipping_state,shipping_country,"
             "customer_note,shipping_items,fee_items,tax_items,coupon_items,refund_items,order_notes,"
             "download_permissions,customer_ip_address,paid_date,completed_date,line_item_1,line_item_2,line_item_3")


@case(id="woocommerce_orders/orders/webtoffee", source="woocommerce_orders", filename="Sample_Order.csv", rows=5,
      origin="vinigarcia87/storms-order-import-export-for-woocommerce Sample_Order.csv (WebToffee Order Export)",
      totals={"orders": 3, "revenue": 50.00 + (80.00 - 20.00) + 120.00}, currency="EUR",
      period=("2025-02-03", "2025-02-14", "rows"))
def webtoffee(path):
    """One row per order in snake_case fields, DD-MM-YYYY HH:MM:SS, items and refunds each in one cell
    ('name:...|quantity:1|total:45.00', 'amount:20.00|reason:...|date:...'), a shipping item's text broken over two
    lines in its quotes. 2001 completed, 2002 processing with 20.00 refunded, 2003 on hold, 2004 completed, 2005
    cancelled."""
    blank = [""] * 22

    def row(oid, day, status, total, refunds="", items="name:Demo shoe|product_id:13|sku:A12|quantity:1|total:45.00"):
        return ",".join([oid, oid, day, status, "5", "0", "0", "0", "0", "0", "0", "0", total, "EUR", "cod",
                         "Flat rate", "3", "3", *blank, '"item:Items|value:Demo shoe X 1\n"', "", "", "",
                         refunds, "Order status changed.", "1", "::1", "", "", items, "", ""])

    write(path, [WEBTOFFEE,
                 row("2001", "03-02-2025 10:00:00", "completed", "50.00"),
                 row("2002", "10-02-2025 09:30:00", "processing", "80.00",
                     "amount:20.00|reason:refund|date:2025-02-20 12:00:00"),
                 row("2003", "12-02-2025 08:00:00", "on-hold", "30.00"),
                 row("2004", "14-02-2025 16:45:10", "completed", "120.00"),
                 row("2005", "01-03-2025 11:11:11", "cancelled", "40.00")])


@case(id="woocommerce_orders/analytics/n-revenue", source="woocommerce_orders", filename="wc-orders-report.csv",
      rows=3, origin="WooCommerce Admin's Orders report export before 'Net Sales' (its get_export_columns: Date, "
      "Order #, N. Revenue (formatted), Status, Customer, Customer type, Product(s), Items sold, Coupon(s), "
      "N. Revenue)",
      totals={"orders": 2, "revenue": 3000 + 4009}, period=("2025-01-20", "2025-02-02", "rows"))
def analytics_n_revenue(path):
    """One row per order, BOM, the formatted revenue with the shop's currency sign beside the plain figure."""
    write(path, ['\ufeffDate,"Order #","N. Revenue (formatted)",Status,Customer,"Customer type",Product(s),'
                 '"Items sold",Coupon(s),"N. Revenue"',
                 '"2025-02-02 10:05:44",1005,"৳3,120",completed,"Buyer Five",returning,"2× Diffuser, 1× Candle",'
                 '3,,3000',
                 '"2025-01-28 18:40:02",1004,৳800,on-hold,"Buyer Four",new,"1× Candle",1,WELCOME10,680',
                 '"2025-01-20 09:00:00",1003,"৳4,209",processing,"Buyer Three",new,"3× Candle",3,,4009'])


METORIK = ('"Order ID","Order Number","Order Created At",Status,Currency,Total,"Total Shipping","Total Discount",'
           '"Shipping Tax","Total Tax","Total Items","Cart Tax","Discount Tax","Total Fees","Total Refunds",'
           '"Total After Refunds",Net,"Billing Address First Name","Billing Address Email","Order Updated At",'
           '"Order Completed At","Order Paid At","Payment Method","Customer Note","Customer ID","Customer Link ID",'
           '"UTM Source","Line Items",Cogs,"Transaction Cost"')


@case(id="woocommerce_orders/orders/metorik", source="woocommerce_orders", filename="orders_export.csv", rows=5,
      origin="Andylol111/Data-analysis-legoat orders_export_no_pii.csv (Metorik's order export of a WooCommerce "
             "shop: one row per order, 'Order Created At', Total with shipping, 'Total Refunds', a line items cell "
             "broken over lines, lower-case statuses, no quotes but where needed)",
      # 3001 completed, 3002 completed with 12.50 refunded, 3003 failed, 3004 processing, 3005 refunded
      totals={"orders": 3, "revenue": 101.33 + (60.00 - 12.50) + 20.00}, currency="USD",
      period=("2026-03-02", "2026-03-14", "rows"))  # the refunded order of 1 March counts on no day
def metorik(path):
    """Read as a sheet of no tool before: its Transaction Cost was taken as cost, no order or revenue counted."""
    def row(no, at, status, total, refunds, after, items):
        return (f'{no},#{no},"{at}",{status},USD,{total},10.00,,,,1,0.00,,,{refunds},{after},{after},A,'
                f'a{no}@example.com,"{at}","{at}","{at}",stripe,,7,g-1,email,"{items}",4.28,1.20')
    write(path, [METORIK,
                 row(3001, "2026-03-14 16:50:20", "completed", "101.33", "", "101.33", "Round x1\nBlue x2"),
                 row(3002, "2026-03-10 09:00:00", "completed", "60.00", "12.50", "47.50", "Round x2"),
                 row(3003, "2026-03-09 10:00:00", "failed", "", "", "", "Round x1"),
                 row(3004, "2026-03-02 11:00:00", "processing", "20.00", "", "20.00", "Blue x1"),
                 row(3005, "2026-03-01 12:00:00", "refunded", "30.00", "30.00", "0.00", "Round x1")])
