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
newer export of the same tool, replace the days of payments made without an invoice.

Lists of records (RECORD_LISTS) hold figures, but each is a record's total so far, not what happened on a day: summed
on the day each record was made, a person's won deals or a customer's spend would all count on the day they signed
up. Pipedrive's persons and organizations ('Person - Won deals', 'Person - Person created'; the headers a public
importer's tests quote from a Pipedrive export), WooCommerce Analytics' customers ('Name, Username, Last active, Date
registered, Email, Orders, Total spend, AOV, Country / Region, City, Region, Postal code', as its download writes
them) and HubSpot's companies ('Company name, Company owner, Create Date, ..., Annual Revenue, Total Revenue, Number
of Associated Deals')."""

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
    "ingest.unread.pipedrive_persons": (("Person - Person created", "Person - Won deals", "Person - Lost deals",
                                         "Person - Open deals", "Person - Closed deals", "Person - Organization",
                                         "Person - Name"), 3),
    "ingest.unread.pipedrive_organizations": (("Organization - Organization created", "Organization - Won deals",
                                               "Organization - Lost deals", "Organization - Open deals",
                                               "Organization - Closed deals", "Organization - People",
                                               "Organization - Name"), 3),
    "ingest.unread.woocommerce_customers": (("Date registered", "Last active", "Total spend", "AOV", "Username",
                                             "Country / Region", "Postal code"), 4),
    # Google Ads' asset reports (vida-sys/vida-gcd-agent `Asset association report.csv`, DanielTheC/
    # internal-lnking-tool `Ad asset report.xlsx`): an ad's figures once per asset it showed; summed, 3.2 times the
    # account's cost. Refused whatever figures they hold (OVERLAPPING).
    "ingest.unread.google_ads_assets": (("Asset status", "Asset type", "Level", "Asset", "Added by",
                                         "Structured snippet header", "Asset source"), 3),
    # Google Ads' Overview cards by age and by gender (londonclean01-site/site `Demographics(Age_2026.02.05-2026.02.10)
    # .csv`: 'Age Range, Impressions, Percent of known total'): only the impressions of people whose age or gender is
    # known, 49 of the account's 299 on those days. As the newer Google Ads export of those days it would replace the
    # campaign report's. Refused whatever figures they hold (OVERLAPPING).
    "ingest.unread.google_ads_demographics": (("Percent of known total",), 1),
    # Search Console's page indexing chart ('Date, Non indexées, Dans l'index, Impressions' and the like: the
    # hackathon, vestiaire and recanto repositories' `Graphique.csv`/`Gráfico.csv` in French, Spanish and Portuguese;
    # the English and Dutch names as Search Console's help gives them): pages counted by whether Google indexed them,
    # beside the site's impressions that the performance report's chart holds with its clicks. Read as the newer
    # Search Console export of its days it would replace that chart's clicks; read as ads, its impressions went into
    # the ads' CTR and CPM. Refused whatever figures it holds (OVERLAPPING).
    "ingest.unread.search_console_indexing": (("Non valide", "Valides", "Non indexées", "Dans l'index", "Sin indexar",
                                               "Indexadas", "Não indexadas", "Indexados", "Not indexed", "Indexed",
                                               "Niet geïndexeerd", "Geïndexeerd"), 2),
    # Google Business Profile's performance report (DanielTheC/internal-lnking-tool `GMB insights (Performance
    # Report) - 2024-11-5 - 2024-11-11 - <id>.csv`: 'Store code, Business name, Address, Labels, Google Search -
    # Mobile, ..., Calls, Messages, Bookings, Directions, Website clicks, Food orders, ...', a row describing each
    # column under the header): a profile's views and its buttons' clicks per location. 'Website clicks' are no ad
    # clicks; read as clicks, they went into the ads' CTR and CPC. Refused unless the user maps it (NOT_COUNTED).
    "ingest.unread.google_business_profile": (("Store code", "Business name", "Google Search - Mobile",
                                               "Google Search - Desktop", "Google Maps - Mobile",
                                               "Google Maps - Desktop", "Directions", "Website clicks",
                                               "Food menu clicks", "Hotel bookings"), 5),
    # Shopify's customers export (oks234/customer_vip `customers_export_1.csv`: 'First Name, Last Name, Email, Accepts
    # Email Marketing, Company, Address1, ..., Total Spent, Total Orders, Tags, Note, Tax Exempt'): each customer's
    # orders and spend so far. Read with a period, its orders fell on no day of theirs, and customers without an
    # e-mail address were set aside as totals rows.
    "ingest.unread.shopify_customers": (("Accepts Email Marketing", "Accepts SMS Marketing", "Total Spent",
                                         "Total Orders", "Tax Exempt", "Province Code", "Country Code"), 4),
    "ingest.unread.hubspot_companies": (("Company name", "Company owner", "Company Domain Name",
                                         "Number of Associated Deals", "Number of Associated Contacts",
                                         "Total Revenue", "Annual Revenue", "Number of Employees",
                                         "Record ID - Company"), 4),
}
RECORD_LISTS = frozenset(k for k in EXPORTS if k.rsplit(".", 1)[1] in (
    "pipedrive_persons", "pipedrive_organizations", "woocommerce_customers", "shopify_customers", "hubspot_companies"))
# Refused even where their columns have names Koers reads as figures: exports whose rows overlap or leave out part of
# the account, and exports whose figures are none of Koers's measures under a measure's name (read only as the user
# maps them).
OVERLAPPING = frozenset({"ingest.unread.google_ads_assets", "ingest.unread.google_ads_demographics",
                         "ingest.unread.search_console_indexing"})
NOT_COUNTED = frozenset({"ingest.unread.google_business_profile"})
_NORMED = {key: (frozenset(norm(h) for h in heads), n) for key, (heads, n) in EXPORTS.items()}
# Exports known by their whole header alone, two words any sheet may use. The Filters sheet of every Search Console
# download ('Filter,Waarde' then 'Zoektype,Web', 'Datum,Afgelopen 3 maanden': stijnvandepol/SuperScout; 'Filtre,Valeur'
# in French, 'Filtrar,Valor' in Spanish): the download's filters, no figures.
WHOLE = {"ingest.unread.search_console_filters": [("Filter", "Value"), ("Filter", "Waarde"), ("Filtre", "Valeur"),
                                                  ("Filtrar", "Valor"), ("Filter", "Wert"), ("Filtro", "Valore")]}
_WHOLE = {tuple(norm(h) for h in heads): key for key, all_heads in WHOLE.items() for heads in all_heads}


def which(headers: list[str]) -> str | None:
    """The message key of the export these headers are, or None."""
    if whole := _WHOLE.get(tuple(norm(h) for h in headers if h)):
        return whole
    normed = {norm(h) for h in headers if h}
    return next((key for key, (heads, n) in _NORMED.items() if len(heads & normed) >= n), None)
