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
