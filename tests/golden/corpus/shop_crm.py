"""Shop and CRM record exports: Shopify orders, HubSpot contacts, Pipedrive deals, a Salesforce report."""

from __future__ import annotations

from pathlib import Path

from . import case, write


def minimal(cells) -> str:
    """RFC 4180 as Shopify and Pipedrive write it: quoted only for a comma, quote or line break."""
    return ",".join('"' + c.replace('"', '""') + '"' if any(ch in c for ch in ',"\n') else c for c in map(str, cells))


def quoted(cells) -> str:
    """HubSpot and Salesforce: every cell quoted, empty ones too."""
    return ",".join('"' + str(c).replace('"', '""') + '"' for c in cells)


# ---------------------------------------------------------------------------------------------------------------
# Shopify: Orders > Export, one row per line item

SHOPIFY = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
           "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,"
           "Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
           "Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,"
           "Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,"
           "Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,"
           "Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
           "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,"
           "Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,"
           "Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,"
           "Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,"
           "Payment References").split(",")
# The 2020-21 layout: no Outstanding Balance, Employee, Location, Device ID, Payment ID, Payment References.
LEGACY = [h for h in SHOPIFY if h not in ("Outstanding Balance", "Employee", "Location", "Device ID", "Payment ID",
                                          "Payment References")]
# Shopify writes an explicit "" for these when empty on an order's first row; later rows only repeat line items.
FIRST_EMPTY = {"Discount Code", "Shipping Method", "Notes", "Note Attributes", "Tags"}


def shopify(head: list[str], orders: list[dict]) -> list[str]:
    """Lines of an orders export: the order's fields on its first row, later rows only Name, Email, Created at,
    the line item, Vendor and Lineitem discount (compare-at price as an explicit "")."""
    out = [",".join(head)]
    for o in orders:
        items = o.pop("items")
        for n, (qty, name, price, sku) in enumerate(items):
            item = {"Lineitem quantity": qty, "Lineitem name": name, "Lineitem price": f"{price:.2f}",
                    "Lineitem sku": sku, "Lineitem requires shipping": o.get("ship", "false"),
                    "Lineitem taxable": "true", "Lineitem fulfillment status": o.get("item_status", "fulfilled"),
                    "Vendor": o.get("Vendor", "Example Watersports"), "Lineitem discount": "0.00"}
            if n == 0:
                row = {**o, **item}
                cells = [minimal([row.get(h, "")]) if row.get(h, "") != "" else ('""' if h in FIRST_EMPTY else "")
                         for h in head]
            else:
                row = {"Name": o["Name"], "Email": o["Email"], "Created at": o["Created at"], **item}
                cells = [minimal([row.get(h, "")]) if row.get(h, "") != "" else
                         ('""' if h == "Lineitem compare at price" else "") for h in head]
            out.append(",".join(cells))
    return out


def _order(name, email, status, created, fulfil, money, items, refunded="0.00", cancelled="", **more) -> dict:
    subtotal, shipping, taxes, total = money
    o = {"Name": name, "Email": email, "Financial Status": status, "Paid at": created,
         "Fulfillment Status": fulfil, "Accepts Marketing": more.pop("marketing", "no"),
         "Currency": more.pop("currency", "EUR"), "Subtotal": subtotal, "Shipping": shipping, "Taxes": taxes,
         "Total": total, "Discount Amount": more.pop("discount", "0.00"), "Created at": created,
         "Cancelled at": cancelled, "Refunded Amount": refunded, "Outstanding Balance": "0.00",
         "Id": f"70620000{name[1:]:0>5}", "Risk Level": "Low", "Source": "web",
         "Payment Method": more.pop("method", "Shopify Payments"), "items": items}
    o.update(more)
    return o


@case(id="shopify_orders/orders", origin="SuesteCreative/dna-crm orders_export_1.csv",
      filename="orders_export_1.csv", source="shopify_orders", rows=11,
      totals={"orders": 5, "revenue": 151.00 + 40.00 + (76.00 - 40.00) + 143.00 + 65.00},
      period=("2025-03-28", "2025-10-08", "rows"), currency="EUR")
def shopify_orders_79(path: Path) -> None:
    """Orders export, current 79-column layout, EUR shop: one row per line item with the order's fields on its first
    row only, newest first, `YYYY-MM-DD HH:MM:SS +HHMM` in the shop's zone (`+0000` before the summer-time switch,
    `+0100` after), explicit `""` for empty text fields, a line break inside quoted Notes, an apostrophe before a
    numeric zip. A refunded order, a cancelled zero-total order and a partially refunded order (its Total minus
    its Refunded Amount). Origin: SuesteCreative/dna-crm `orders_export_1.csv` (UTF-8 without BOM, LF)."""
    pt = {"Billing Country": "PT", "Billing Province": "PT-08", "Billing Province Name": "Faro",
          "Tax 1 Name": "PT VAT 23%"}
    orders = [
        _order("#1009", "ana@example.com", "paid", "2025-10-08 12:08:35 +0100", "fulfilled",
               ("151.00", "0.00", "28.24", "151.00"),
               [(1, "Kayak Rental - 30 minutes", 85.00, "001-004"), (2, "Paddle Board - 1 hour", 33.00, "003-001")],
               **{"Billing Name": "Ana Example", "Billing Street": "Rua Exemplo 1, 2 Esq",
                  "Billing Address1": "Rua Exemplo 1", "Billing Address2": "2 Esq", "Billing City": "Lagos",
                  "Billing Zip": "8600-000", **pt, "Tax 1 Value": "28.24", "Payment Reference": "rAbCdEf0001"}),
        _order("#1008", "bob@example.org", "paid", "2025-10-02 10:32:33 +0100", "fulfilled",
               ("40.00", "0.00", "7.48", "40.00"), [(1, "Jetski Rental - 20 minutes", 40.00, "001-002")],
               **{"Billing Name": "Bob Sample", "Billing City": "Berlin", "Billing Zip": "'10115",
                  "Billing Country": "DE", "Tax 1 Name": "DE MwSt 23%", "Tax 1 Value": "7.48",
                  "Phone": "'+49 30 0000000"}),
        _order("#1007", "cleo@example.net", "refunded", "2025-09-14 09:15:02 +0100", "unfulfilled",
               ("85.00", "0.00", "15.89", "85.00"), [(1, "Kayak Rental - 30 minutes", 85.00, "001-004")],
               refunded="85.00", item_status="pending", **pt),
        _order("#1006", "dirk@example.com", "partially_refunded", "2025-08-16 17:27:54 +0100", "fulfilled",
               ("76.00", "0.00", "14.21", "76.00"),
               [(2, "Inflatable Sofa - Towable", 18.00, "002-001"), (1, "Kayak Rental - 10 minutes", 40.00, "001-001")],
               refunded="40.00", **pt),
        _order("#1005", "eva@example.com", "paid", "2025-08-12 07:19:29 +0100", "restocked",
               ("0.00", "0.00", "0.00", "0.00"), [(1, "Jetski Rental - 15 minutes", 60.00, "001-003")],
               cancelled="2025-08-29 14:05:55 +0100", discount="60.00", item_status="restocked",
               **{"Discount Code": "STAFF100", "Employee": "Example Watersports Admin", "Source": "shopify_draft_order",
                  **pt}),
        _order("#1004", "fay@example.org", "paid", "2025-05-29 11:43:52 +0100", "fulfilled",
               ("143.00", "0.00", "26.74", "143.00"),
               [(1, "Jetski Rental - 30 minutes", 85.00, "001-004"), (1, "Kayak Rental - 10 minutes", 40.00, "001-001"),
                (1, "Inflatable Sofa - Towable", 18.00, "002-001")],
               marketing="yes", **{"Notes": "2 adults\n1 child", "Tags": "moloni", **pt}),
        _order("#1003", "gus@example.com", "paid", "2025-03-28 23:30:00 +0000", "fulfilled",
               ("65.00", "0.00", "12.15", "65.00"), [(1, "Jetski Rental - 15 minutes", 65.00, "001-003")],
               method="PayPal Express Checkout", **pt),
    ]
    write(path, shopify(SHOPIFY, orders))


@case(id="shopify_orders/abandoned_checkouts", source="shopify_orders", rows=0, totals={},
      origin="Steproac/Monfrere-Tactical-Audit Shopify_Abandoned checkouts_export_032026.csv",
      filename="Shopify_Abandoned checkouts_export_032026.csv", refused="ingest.shopify_abandoned_checkouts")
def shopify_abandoned_checkouts(path: Path) -> None:
    """Customers > Abandoned checkouts > Export: the orders export's columns, one checkout per row (line items on
    later rows), Name the checkout's long id, Financial Status and Paid at empty on every row, USD. Read as orders
    before: every checkout an order, its Total revenue."""
    checkouts = [
        _order("#38539795693818", "ana@example.com", "", "2026-03-29 10:26:33 -0700", "unfulfilled",
               ("279.20", "0.00", "0.00", "279.20"), [(1, "Sequin dress - S", 279.20, "942P105001")],
               currency="USD", item_status="pending"),
        _order("#38539795661050", "bob@example.org", "", "2026-03-28 18:02:10 -0700", "unfulfilled",
               ("120.00", "10.00", "0.00", "130.00"),
               [(1, "Silk scarf", 60.00, "551A"), (1, "Leather belt", 60.00, "551B")], currency="USD"),
    ]
    for c in checkouts:
        c["Paid at"] = ""
    write(path, shopify(SHOPIFY, checkouts))


@case(id="shopify_orders/orders_legacy_73", origin="oks234/customer_vip orders_export_1.csv",
      filename="orders_export_1.csv", source="shopify_orders", rows=7,
      totals={"orders": 4, "revenue": 125.40 + 509.00 + (152.00 - 30.00) + 91.00},
      period=("2021-10-30", "2022-01-11", "rows"), currency="USD")
def shopify_orders_73(path: Path) -> None:
    """Orders export, older 73-column layout (no Outstanding Balance, Employee, Location, Device ID, Payment ID,
    Payment References), USD shop whose offset changes inside the file (`-0400` to `-0500`), a paid order that was
    cancelled without a refund, a refunded and a partially refunded order, discount codes and compare-at prices.
    Origin: oks234/customer_vip `orders_export_1.csv`."""
    us = {"currency": "USD", "method": "Stripe", "ship": "true", "Billing Country": "US",
          "Vendor": "Example Outfitters"}
    orders = [
        _order("#1415", "hal@example.com", "paid", "2022-01-11 04:32:30 -0500", "unfulfilled",
               ("95.40", "30.00", "0.00", "125.40"), [(1, "Trail Jacket - Olive / M", 159.00, "TJ007OL")],
               discount="63.60", item_status="pending",
               **{**us, "Discount Code": "WINTER40", "Shipping Method": "Express Shipping",
                  "Lineitem compare at price": "198.00", "Billing Zip": "11457", "Billing Country": "SE"}),
        _order("#1414", "ida@example.org", "paid", "2022-01-04 01:08:35 -0500", "fulfilled",
               ("509.00", "0.00", "0.00", "509.00"),
               [(1, "Field Pant - Sand / 32", 91.00, "FP002SD"), (2, "Camp Boot - Brown / 10", 209.00, "CB010BR")],
               **{**us, "Shipping Method": "Free Shipping", "Billing City": "Los Angeles", "Billing Zip": "90066",
                  "Billing Province": "CA", "Billing Province Name": "California"}),
        _order("#1413", "jon@example.net", "refunded", "2021-12-20 18:40:11 -0500", "unfulfilled",
               ("79.00", "0.00", "0.00", "79.00"), [(1, "Wool Beanie - Grey", 79.00, "WB001GR")], refunded="79.00",
               **us),
        _order("#1412", "kim@example.com", "paid", "2021-11-16 09:02:44 -0500", "unfulfilled",
               ("98.00", "0.00", "0.00", "98.00"), [(1, "Field Shirt - Navy / L", 98.00, "FS004NV")],
               cancelled="2021-11-17 00:44:23 -0500", **{**us, "method": "manual"}),
        _order("#1411", "lou@example.org", "partially_refunded", "2021-11-05 21:30:00 -0400", "fulfilled",
               ("152.00", "0.00", "0.00", "152.00"), [(2, "Camp Mug - Enamel", 76.00, "CM001EN")], refunded="30.00",
               **{**us, "method": "PayPal Express Checkout"}),
        _order("#1410", "max@example.com", "paid", "2021-10-30 22:15:00 -0400", "fulfilled",
               ("91.00", "0.00", "0.00", "91.00"), [(1, "Field Pant - Sand / 34", 91.00, "FP002SD")], **us),
    ]
    write(path, shopify(LEGACY, orders))


# ---------------------------------------------------------------------------------------------------------------
# HubSpot: CRM > Contacts > Export (all properties)

STAGES = ("Customer", "Evangelist", "Lead", "Marketing Qualified Lead", "Opportunity", "Other", "Sales Qualified Lead",
          "Subscriber")
HUBSPOT = ["Record ID", "First Name", "Last Name", "Annual Revenue", "Average Pageviews", "Buying Role",
           "Campaign of last booking in meetings tool", "City", "Close Date", "Company Name", "Company size",
           "Contact owner", "Contact unworked", "Country/Region", "Country/Region Code", "Create Date",
           "Created by user ID", "Currently in Sequence",
           *(f'Date entered "{s} (Lifecycle Stage Pipeline)"' for s in STAGES),
           *(f'Date exited "{s} (Lifecycle Stage Pipeline)"' for s in STAGES),
           "Date of birth", "Email", "Email Domain", "Email hard bounce reason", "Last Modified Date",
           "Latest Traffic Source", "Latest Traffic Source Date", "Latest Traffic Source Drill-Down 1",
           "Lead Status", "Lifecycle Stage", "Marketing emails clicked", "Marketing emails delivered",
           "Marketing emails opened", "Number of Associated Deals", "Number of Pageviews", "Number of Sessions",
           "Original Traffic Source", "Original Traffic Source Drill-Down 1", "Original Traffic Source Drill-Down 2",
           "Phone Number", "Record source", "Total Revenue", "Unsubscribed from all email", "Associated Company",
           "Associated Deal", "Billing Contact", "Billing Contact", "Associated Company IDs", "Associated Deal IDs"]
# id, first name, email, created, current stage, {stage: date entered}, original source, drill-down 1
CONTACTS = [
    (440000000001, "Ana", "ana@example.com", "2026-01-05 09:12", "Lead", {}, "Organic Search", "google"),
    (440000000002, "Bram", "bram@example.org", "2026-01-06 14:03", "Marketing Qualified Lead",
     {"Marketing Qualified Lead": "2026-01-09 10:00"}, "Paid Social", "Facebook"),
    (440000000003, "Cas", "cas@example.net", "2026-01-08 11:45", "Sales Qualified Lead",
     {"Marketing Qualified Lead": "2026-01-08 11:45", "Sales Qualified Lead": "2026-01-15 16:20"}, "Paid Search",
     "google"),
    (440000000004, "Dana", "dana@example.com", "2026-01-12 08:30", "Customer",
     {"Marketing Qualified Lead": "2026-01-13 09:00", "Sales Qualified Lead": "2026-01-20 10:30",
      "Opportunity": "2026-01-27 15:00", "Customer": "2026-02-10 13:05"}, "Paid Search", "google"),
    (440000000005, "Eli", "eli@example.org", "2026-01-14 19:22", "Opportunity",
     {"Sales Qualified Lead": "2026-01-21 11:00", "Opportunity": "2026-01-28 09:40"}, "Direct Traffic", ""),
    (440000000006, "Fenna", "fenna@example.com", "2026-01-19 07:55", "Lead", {}, "Organic Social", "Facebook"),
    (440000000007, "Gijs", "gijs@example.net", "2026-01-22 16:10", "Other",
     {"Marketing Qualified Lead": "2026-01-23 08:00", "Other": "2026-02-02 12:00"}, "Referrals", "example.org"),
    (440000000008, "Hanna", "hanna@example.com", "2026-01-27 10:05", "Customer",
     {"Marketing Qualified Lead": "2026-01-28 10:06", "Sales Qualified Lead": "2026-02-03 14:00",
      "Customer": "2026-02-19 17:30"}, "Email Marketing", "newsletter"),
    (440000000009, "Ivo", "ivo@example.org", "2026-02-02 13:20", "Customer", {"Customer": "2026-02-02 13:20"},
     "Offline Sources", "CRM_UI"),
]


@case(id="hubspot_contacts/all_contacts", origin="aagii8999-glitch/vertmonhub all-contacts.csv",
      filename="all-contacts.csv", source="hubspot_contacts", rows=9,
      totals={"leads": 9, "mqls": 5, "sqls": 4, "new_customers": 3},
      period=("2026-01-05", "2026-02-19", "rows"))
def hubspot_all_contacts(path: Path) -> None:
    """Contacts export with all properties (a column subset here, in HubSpot's order: Record ID, First Name, Last
    Name, then labels alphabetically, then associations with a duplicated `Billing Contact`): every cell quoted,
    empty ones as `""`, `YYYY-MM-DD HH:MM`, integers as `1.0`. Lifecycle dates are the current `Date entered "<stage>
    (Lifecycle Stage Pipeline)"` columns (doubled quotes in the CSV), not the old `Became a … Date`: a contact counts
    as an MQL, SQL or customer on the day it entered that stage (one skipped MQL, one MQL now `Other`, one customer
    imported without a lead stage). Origin: aagii8999-glitch/vertmonhub `all-contacts.csv` (UTF-8 without BOM, LF)."""
    lines = [quoted(HUBSPOT)]
    for rid, first, email, created, stage, entered, source, drill in CONTACTS:
        imported = entered.get("Customer") == created  # an existing customer, never a lead
        entered = entered if imported else {"Lead": created} | entered
        order = [s for s in ("Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer",
                             "Other") if s in entered]
        exited = {a: entered[b] for a, b in zip(order, order[1:], strict=False)}
        row = {"Record ID": rid, "First Name": first, "Last Name": "Example", "Average Pageviews": "2.0",
               "Contact unworked": "true" if stage == "Lead" else "false", "Create Date": created,
               "Email": email, "Email Domain": email.split("@")[1], "Last Modified Date": "2026-02-25 22:36",
               "Latest Traffic Source": source, "Lead Status": "New" if stage == "Lead" else "In progress",
               "Lifecycle Stage": stage, "Marketing emails delivered": "3.0", "Number of Pageviews": "4.0",
               "Number of Sessions": "2.0", "Original Traffic Source": source,
               "Original Traffic Source Drill-Down 1": drill, "Record source": "CRM UI" if imported else "Forms",
               **{f'Date entered "{s} (Lifecycle Stage Pipeline)"': d for s, d in entered.items()},
               **{f'Date exited "{s} (Lifecycle Stage Pipeline)"': d for s, d in exited.items()}}
        lines.append(quoted(row.get(h, "") for h in HUBSPOT))
    write(path, lines)


# ---------------------------------------------------------------------------------------------------------------
# Pipedrive: Deals > Export

# id, title, value, organisation, contact, stage, status, created, won or lost at, lost reason, expected close
DEALS = [
    (101, "Website redesign", "4500", "Example Bakery Ltd", "Ann Example", 4, "won", "2024-03-04 10:12:55",
     "2024-04-02 16:40:03", "", "2024-04-30"),
    (102, "SEO audit", "1200.5", "Sample Studio", "Ben Sample", 3, "lost", "2024-03-11 09:01:17",
     "2024-03-29 11:20:00", 1, "2024-04-15"),
    (103, "Newsletter setup", "800", "Example Bakery Ltd", "Ann Example", 4, "won", "2024-03-15 14:30:00",
     "2024-03-22 10:00:00", "", "2024-03-31"),
    (104, "Brand workshop", "2500", "Demo & Co", "Cor Demo", 2, "open", "2024-03-20 11:05:42", "", "", "2024-05-15"),
    (105, "Shop migration", "9800", "Test Traders", "Dee Test", 4, "won", "2024-02-26 08:45:12",
     "2024-04-15 17:05:41", "", "2024-04-30"),
    (106, "Ads management", "1500", "Sample Studio", "Ben Sample", 3, "lost", "2024-04-01 13:13:13",
     "2024-04-10 09:30:00", 2, "2024-04-30"),
    (107, "Copywriting", "650", "Demo & Co", "Cor Demo", 1, "open", "2024-04-12 15:48:20", "", "", "2024-06-01"),
]
PIPEDRIVE = {
    "en": (["Deal - ID", "Deal - Title", "Deal - Creator", "Deal - Owner", "Deal - Value", "Deal - Currency of value",
            "Deal - Organization", "Deal - Contact person", "Deal - Pipeline", "Deal - Stage", "Deal - Status",
            "Deal - Deal created", "Deal - Update time", "Deal - Expected close date", "Deal - Won time",
            "Deal - Lost time", "Deal - Lost reason", "Deal - Total activities", "Organization - Name"],
           {"won": "Won", "lost": "Lost", "open": "Open"},
           ["Lead In", "Contact Made", "Proposal Made", "Negotiations Started"],
           ["Budget too low", "Chose competitor"]),
    "fr": (["Affaire - ID", "Affaire - Titre", "Affaire - Valeur", "Affaire - Organisation",
            "Affaire - Personne à contacter", "Affaire - Étape", "Affaire - Statut", "Affaire - Propriétaire",
            "Affaire - Pipeline", "Affaire - Affaire créée", "Affaire - Heure de mise à jour",
            "Affaire - Date de clôture prévue", "Affaire - Date de gain", "Affaire - Date de perte",
            "Affaire - Raison de la perte", "Organisation - Nom", "Organisation - Étiquettes"],
           {"won": "Gagnée", "lost": "Perdue", "open": "En cours"},
           ["Prospect qualifié", "Contact établi", "Proposition envoyée", "Négociation"],
           ["Budget insuffisant", "Concurrent choisi"]),
}


def pipedrive(lang: str) -> list[str]:
    head, statuses, stages, reasons = PIPEDRIVE[lang]
    lines = [minimal(head)]
    for did, title, value, org, person, stage, status, created, closed, reason, expected in DEALS:
        v = {"id": did, "title": title, "value": value, "org": org, "person": person, "stage": stages[stage - 1],
             "status": statuses[status], "created": created, "update": closed or created, "expected": expected,
             "won": closed if status == "won" else "", "lost": closed if status == "lost" else "",
             "reason": reasons[reason - 1] if reason else "", "owner": "Sales Example", "pipe": "Pipeline"}
        if lang == "en":
            cells = [v[k] for k in ("id", "title", "owner", "owner", "value")] + ["EUR"] + [
                v[k] for k in ("org", "person", "pipe", "stage", "status", "created", "update", "expected", "won",
                               "lost", "reason")] + [3, v["org"]]
        else:
            cells = [v[k] for k in ("id", "title", "value", "org", "person", "stage", "status", "owner", "pipe",
                                    "created", "update", "expected", "won", "lost", "reason", "org")] + [""]
        lines.append(minimal(cells))
    return lines


PIPEDRIVE_TOTALS = {"deals_created": 7, "deals_won": 3, "deals_lost": 2, "won_revenue": 4500 + 800 + 9800}


@case(id="pipedrive_deals/deals/en", origin="Pipedrive deals export headers as read by public importers (EN)",
      filename="deals-1234567-89.csv", source="pipedrive_deals", rows=7, totals=PIPEDRIVE_TOTALS,
      period=("2024-02-26", "2024-04-15", "rows"), currency="EUR")
def pipedrive_deals_en(path: Path) -> None:
    """Deals list export, English: `<Entity> - <field>` headers, `Won`/`Lost`/`Open`, `YYYY-MM-DD HH:MM:SS`
    timestamps, expected close dates as `YYYY-MM-DD` (no event), point decimals, the currency in its own column
    `Deal - Currency of value`. A deal counts as created on `Deal - Deal created`, won on `Deal - Won time`, lost on
    `Deal - Lost time`. Origin: the English column names used by public importers of Pipedrive exports (no
    committed export file exists; names are `deals-<company>-<export>.csv`)."""
    write(path, pipedrive("en"))


@case(id="pipedrive_deals/deals/fr", origin="Pipedrive deals export headers as read by public importers (FR)",
      filename="deals-1234567-90.csv", source="pipedrive_deals", rows=7, totals=PIPEDRIVE_TOTALS,
      period=("2024-02-26", "2024-04-15", "rows"), language="fr")
def pipedrive_deals_fr(path: Path) -> None:
    """The same deals exported from the French interface: `Affaire - …` headers (`Affaire - Valeur`, `Affaire -
    Statut`, `Affaire - Affaire créée`, `Affaire - Date de gain`, `Affaire - Date de perte`), statuses `Gagnée`,
    `Perdue`, `En cours`, no currency column, point decimals. Origin: French column names used by public importers of
    Pipedrive exports (a French user's script that parses `Affaire - Heure de l'échec` and maps `gagnée`/`perdue`)."""
    write(path, pipedrive("fr"))


@case(id="pipedrive_leads/leads/en", origin="Pipedrive leads export headers as a public importer of "
      "leads-<company>-<export>.csv reads them (Lead - Title, Lead - Value, Lead - Lead created, ...)",
      filename="leads-1234567-6.csv", source="pipedrive_leads", rows=4, totals={"leads": 4},
      period=("2025-03-03", "2025-03-10", "rows"))
def pipedrive_leads_en(path: Path) -> None:
    """Leads Inbox export, English: `Lead - <field>` headers, `YYYY-MM-DD HH:MM:SS` creation times, a value per lead
    (a guess of a deal, no revenue) and empty cells where a lead has no source channel. Origin: the column names a
    public importer of Pipedrive's leads download reads (no committed export file exists)."""
    head = ["Lead - ID", "Lead - Title", "Lead - Owner", "Lead - Creator", "Lead - Value", "Lead - Organization",
            "Lead - Contact person", "Lead - Lead created", "Lead - Update time", "Lead - Source channel",
            "Lead - Labels", "Lead - Next activity date"]
    rows = [["a1b2", "Bike shop", "Sales Example", "Sales Example", "1200", "Example BV", "Person A",
             "2025-03-03 09:12:44", "2025-03-05 10:00:00", "Website", "Hot", "2025-03-12"],
            ["c3d4", "Saddle", "Sales Example", "Sales Example", "", "Example VOF", "Person B",
             "2025-03-04 14:01:09", "2025-03-04 14:01:09", "", "", ""],
            ["e5f6", "Tyres", "Sales Example", "Sales Example", "350.50", "", "Person C",
             "2025-03-04 16:30:00", "2025-03-06 08:00:00", "Paid search", "Warm", ""],
            ["g7h8", "Lights", "Sales Example", "Sales Example", "80", "Example NV", "Person D",
             "2025-03-10 08:05:00", "2025-03-10 08:05:00", "Website", "", ""]]
    write(path, [minimal(head), *(minimal(r) for r in rows)])


DE_HEAD = ["Deal - ID", "Deal - Titel", "Deal - Besitzer", "Deal - Wert", "Deal - Organisation",
           "Deal - Kontaktperson", "Deal - Pipeline", "Deal - Phase", "Deal - Status", "Deal - Deal erstellt",
           "Deal - Zeit der Aktualisierung", "Deal - Letzte Phasenänderung", "Deal - Datum des gewonnenen Deals",
           "Deal - Datum des verlorenen Deals", "Deal - Deal abgeschlossen am", "Deal - Verlustgrund",
           "Deal - Wahrscheinlichkeit", "Deal - Gewichteter Wert", "Deal - Label", "Deal - Sichtbar für"]


@case(id="pipedrive_deals/deals/de", filename="deals-1234567-295.csv", source="pipedrive_deals", rows=4,
      origin="inevs/metabase-mongo-docker scripts/import_deals_csv.py, which reads a German deals export "
      "(deals-10118183-295.csv): 'Deal - Deal erstellt', 'Deal - Datum des gewonnenen Deals', 'Deal - Wert', "
      "statuses Gewonnen and Verloren, 'YYYY-MM-DD HH:MM:SS'",
      totals={"deals_created": 4, "deals_won": 2, "deals_lost": 1, "won_revenue": 4500 + 800},
      period=("2025-03-04", "2025-04-10", "rows"), language="de")
def pipedrive_deals_de(path: Path) -> None:
    """The deals export of the German interface: one deal open (`Offen`), one lost without value, two won."""
    def row(i, title, value, status, created, won="", lost="", closed="", reason=""):
        return [i, title, "Vertrieb Beispiel", value, "Beispiel GmbH", "Anna Beispiel", "Vertrieb", "Angebot",
                status, created, closed or created, created, won, lost, closed, reason, "", value, "", "Alle Benutzer"]
    rows = [row(11, "Website Relaunch", "4500", "Gewonnen", "2025-03-04 10:12:55", won="2025-04-02 16:40:03",
                closed="2025-04-02 16:40:03"),
            row(12, "SEO Audit", "1200.5", "Verloren", "2025-03-11 09:01:17", lost="2025-03-29 11:20:00",
                closed="2025-03-29 11:20:00", reason="Budget zu klein"),
            row(13, "Newsletter", "800", "Gewonnen", "2025-03-20 14:00:00", won="2025-04-10 09:30:00",
                closed="2025-04-10 09:30:00"),
            row(14, "Shop Pflege", "2000", "Offen", "2025-04-08 11:00:00")]
    write(path, [",".join(map(str, r)) for r in [DE_HEAD, *rows]])


# ---------------------------------------------------------------------------------------------------------------
# Salesforce: opportunity report, Export > Details Only

@case(id="salesforce_opportunities/report", origin="Salesforce report footer as stripped by public report cleaners",
      filename="report1711965000000.csv", source="salesforce_opportunities", rows=6,
      totals={"deals_created": 6, "deals_won": 2, "deals_lost": 1, "won_revenue": 12000.00 + 23400.00},
      period=("2024-01-02", "2024-03-28", "rows"), skipped={"blank": 3, "totals": 1, "note": 2})
def salesforce_report(path: Path) -> None:
    """Opportunity report exported as CSV (Details Only), US locale: every cell quoted, M/D/YYYY dates, raw amounts,
    closed deals by their standard stage names, open deals with future close dates (no event), and the footer below
    the data: two empty lines, `"Grand Totals (6 records)"`, an empty line, the confidentiality line and the
    copyright line as single quoted cells. Origin: the footer as several public cleaners of real Salesforce exports
    strip it (`Confidential Information - Do Not Distribute`, `Copyright (c) 2000-YYYY salesforce.com, inc.`)."""
    head = ["Opportunity Owner", "Account Name", "Opportunity Name", "Type", "Lead Source", "Amount",
            "Probability (%)", "Fiscal Period", "Age", "Close Date", "Created Date", "Stage"]
    rows = [
        ["Jane Example", "Example GmbH", "Example GmbH - Renewal", "Existing Business", "Web", "12000.00", "100",
         "Q1-2024", "73", "3/28/2024", "1/15/2024", "Closed Won"],
        ["John Sample", "Sample Ltd", "Sample Ltd - New Business", "New Business", "Partner Referral", "8500.00", "10",
         "Q2-2024", "59", "6/30/2024", "2/2/2024", "Prospecting"],
        ["Jane Example", "Demo BV", "Demo BV - Platform", "New Business", "Trade Show", "23400.00", "100", "Q1-2024",
         "38", "3/14/2024", "2/5/2024", "Closed Won"],
        ["John Sample", "Test SA", "Test SA - Pilot", "New Business", "Web", "4300.00", "0", "Q1-2024", "49",
         "2/20/2024", "1/2/2024", "Closed Lost"],
        ["Jane Example", "Acme Example Inc", "Acme Example - Expansion", "Existing Business", "Phone Inquiry",
         "15750.00", "60", "Q2-2024", "24", "5/31/2024", "3/8/2024", "Negotiation/Review"],
        ["John Sample", "Widget Example Co", "Widget Example - New Business", "New Business", "Web", "6100.00", "75",
         "Q2-2024", "14", "4/30/2024", "3/18/2024", "Proposal/Price Quote"],
    ]
    write(path, [quoted(head), *(quoted(r) for r in rows), "", "", quoted(["Grand Totals (6 records)"]), "",
                 quoted(["Confidential Information - Do Not Distribute"]),
                 quoted(["Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."])])


SF_NL = ["Opportunity Owner", "Opportunity Name", "Account Name", "City", "Stage", "Fiscal Period", "Amount Currency",
         "Amount", "Probability (%)", "Age", "Created Date", "Close Date", "Stage Duration", "Opportunity ID",
         "Agreed spots", "Country", "Dedicated Spots", "Lead Source", "Amount (converted) Currency",
         "Amount (converted)", "Fixed Fee Amount (Monthly) Currency", "Fixed Fee Amount (Monthly)",
         "Fixed Fee / Revenue Share", "GarageID", "Launch Date", "Total ParkBee Spots", "Location"]


def salesforce_multicurrency_rows(converted: bool) -> list[str]:
    """Lines of the report below, with or without its converted amount columns."""
    rows = [("Rep A", "Garage Utrecht", "Vastgoed BV", "Closed Won", "Q1-2017", "EUR", "10000,00", "5-1-2017",
             "31-3-2017", "10000,00"),
            ("Rep B", "House (London, W2)", "Hotel Ltd", "Closed Won", "Q2-2017", "GBP", "20000,00", "10-1-2017",
             "30-6-2017", "23529,41"),
            ("Rep A", "Garage Delft", "Parkeren BV", "Closed Won", "Q2-2017", "EUR", "135236,66", "2-2-2017",
             "15-4-2017", "135236,66"),
            ("Rep B", "Garage Leeds", "Leeds Ltd", "Closed Lost", "Q2-2017", "GBP", "5000,00", "3-2-2017",
             "1-5-2017", "5882,35")]
    keep = [h for h in SF_NL if converted or "(converted)" not in h]
    out = [";".join(f'"{h}"' for h in keep)]
    for n, (owner, name, account, stage, fiscal, cur, amount, created, close, conv) in enumerate(rows):
        cells = dict.fromkeys(SF_NL, "")
        cells.update({"Opportunity Owner": owner, "Opportunity Name": name, "Account Name": account, "Stage": stage,
                      "Fiscal Period": fiscal, "Amount Currency": cur, "Amount": amount, "Probability (%)": "100",
                      "Created Date": created, "Close Date": close, "Opportunity ID": f"00658000000TEST{n}",
                      "Amount (converted) Currency": "EUR", "Amount (converted)": conv, "Lead Source": "Cold Call"})
        out.append(";".join(f'"{cells[h]}"' for h in keep))
    return out


@case(id="salesforce_opportunities/report/nl-multicurrency",
      origin="Parkbee/data-binderhub salesforce_opportunities.csv", filename="salesforce_opportunities.csv",
      source="salesforce_opportunities", rows=4,
      totals={"deals_created": 4, "deals_won": 3, "deals_lost": 1, "won_revenue": 10000 + 23529.41 + 135236.66},
      period=("2017-01-05", "2017-06-30", "rows"), currency="EUR")
def salesforce_multicurrency(path: Path) -> None:
    """Opportunity report of a multi-currency org, Dutch locale: `;`, every cell quoted, decimal comma, D-M-YYYY
    dates without leading zeros, each amount in its own currency (`Amount Currency`: EUR and GBP) and again in the
    org's (`Amount (converted)`, `Amount (converted) Currency`). Won revenue adds up the converted amounts, never
    euros and pounds as one. Origin: Parkbee/data-binderhub `salesforce_opportunities.csv`."""
    write(path, salesforce_multicurrency_rows(converted=True))


@case(id="salesforce_opportunities/data_export", origin="WinkelDev/Salesforce-Data-Changelog `Opportunity.csv`",
      filename="Opportunity.csv", source="salesforce_opportunities", rows=4, currency="PEN",
      totals={"deals_created": 4, "deals_won": 2, "deals_lost": 1, "won_revenue": 9225.225 + 1500.0},
      period=("2023-02-07", "2023-06-30", "rows"))
def salesforce_data_export(path: Path) -> None:
    """The weekly Data Export (Setup > Data Export): API field names (`StageName`, `CloseDate`, `IsClosed`, `IsWon`,
    `CurrencyIsoCode`, `CreatedDate` with a time), every field quoted, flags as "1"/"0", Windows-1252 text
    ('Gestión directa'), and a NUL byte before a rich-text Description, as the real export writes it. Refused
    before: as no CSV for the NUL, and then for no column of figures. Origin: WinkelDev/Salesforce-Data-Changelog
    `Opportunity.csv`."""
    head = ["Id", "IsDeleted", "AccountId", "Name", "Description", "StageName", "Amount", "Probability", "CloseDate",
            "LeadSource", "IsClosed", "IsWon", "CurrencyIsoCode", "CreatedDate", "FiscalYear", "FiscalQuarter"]
    rows = [
        ["0061", "0", "0011", "Example-Interop-50", "", "Closed Won", "9225.225", "100", "2023-05-11 00:00:00",
         "Gestión directa", "1", "1", "PEN", "2023-02-07 20:47:49", "2023", "2"],
        ["0062", "0", "0012", "Example-Renewal", "\x00<p>Comentarios del cliente</p>", "Closed Won", "1500", "100",
         "2023-06-30 00:00:00", "Indirecto", "1", "1", "PEN", "2023-03-01 09:00:00", "2023", "2"],
        ["0063", "0", "0013", "Example-Pilot", "", "Closed Lost", "800", "0", "2023-04-20 00:00:00", "Web", "1",
         "0", "PEN", "2023-03-15 10:30:00", "2023", "2"],
        ["0064", "0", "0014", "Example-Platform", "", "Negotiation", "4000", "60", "2023-09-30 00:00:00", "Web", "0",
         "0", "PEN", "2023-04-02 11:00:00", "2023", "3"],
    ]
    write(path, [quoted(head), *(quoted(r) for r in rows)], encoding="cp1252", eol="\r\n")
