"""Amazon Ads sponsored products campaign report (XLSX or CSV): attributed sales are conversion value."""

from .base import source

SOURCE = source(
    id="amazon_ads",
    name="Amazon Ads (sponsored products)",
    columns={
        # Amazon writes some headers with a trailing space ('7 Day Total Sales '); norm() strips it.
        # Start Date and End Date are a summary report's rows' first and last day (Mannyvv/Amazon_FBA_Report_Analyzer
        # `Sponsored Products Search term report.xlsx`: rows from 30 July to 3 August). A daily report's Date comes
        # first and wins (of two columns for one field the first is read); End Date is then the campaign's own end,
        # not the row's (umairnsr87/amazon_product_optimiztion `Sponsored Products Campaign report.csv`: 'Mar 31,
        # 2020' or empty on daily rows of February), and is not read (`ends`).
        "Date": "date", "Start Date": "date", "End Date": "date_end",
        "Campaign Name": "campaign", "Campaigns": "campaign", "Ad Group Name": "ad_group",
        "Advertised SKU": "product", "Advertised ASIN": "product",
        "Impressions": "impressions",
        "Clicks": "clicks",
        "Spend": "cost",
        "7 Day Total Orders (#)": "conversions", "14 Day Total Orders (#)": "conversions",
        # Sales the ad platform attributes to its ads: conversion value, never revenue.
        "7 Day Total Sales": "conversion_value", "14 Day Total Sales": "conversion_value",
        # The campaign manager's grid download (xvr/datasciencecoursera Campaigns_Nov_21_2019.csv): no date at all,
        # 'Spend(USD)', 'Orders', 'Sales(USD)' over the range chosen on screen, which the file does not state.
        "Orders": "conversions", "Sales": "conversion_value",
        # amazon.es, as a public test fixture of an Amazon Ads reader holds its search term report (said by its
        # author to match the download byte for byte; the index names no repository): ';', '€0,30', 'ago 04, 2025',
        # a trailing space in the ACOS header, rows of one day and of several.
        "Fecha de inicio": "date", "Fecha de finalización": "date_end",
        "Nombre de campaña": "campaign", "Nombre del grupo de anuncios": "ad_group",
        "Impresiones": "impressions", "Clics": "clicks", "Gasto": "cost",
        "Pedidos totales de 7 días (#)": "conversions", "Ventas totales de 7 días (€)": "conversion_value",
    },
    markers=["7 Day Total Sales", "7 Day Total Orders (#)", "7 Day Total Units (#)", "14 Day Total Sales",
             "14 Day Total Orders (#)", "Total Advertising Cost of Sales (ACOS)",
             "Total Return on Advertising Spend (ROAS)", "Click-Thru Rate (CTR)", "Cost Per Click (CPC)",
             "7 Day Conversion Rate", "Portfolio name", "7 Day Advertised SKU Sales", "Campaign bidding strategy",
             "ACOS(%)", "Nombre de la cartera", "Ventas totales de 7 días (€)", "Pedidos totales de 7 días (#)",
             "Coste publicitario de las ventas (ACOS) total", "Índice de clics (CTR)", "Coste por clic (CPC)",
             "Customer search term",
             # The campaign manager's ad group tabs (xvr/datasciencecoursera
             # `Sponsored_Products_adgroup_ads_Dec_28_2019.csv`: State, Products, Status, SKU, ASIN, Impressions, ...;
             # `..._adgroup_targeting_...`: Keyword, Match type, Suggested bid (low)(USD), ..., Keyword bid(USD))
             "ASIN", "Suggested bid (low)", "Suggested bid (median)", "Suggested bid (high)", "Keyword bid"],
    # No date required: the campaign manager's tabs (campaigns, search terms) are tables of the range chosen on
    # screen (xvr/datasciencecoursera `31 x 19 - key words 1 manual-Bathroom mat.csv`: Customer search term,
    # Keywords, Match type, Impressions, Clicks, CTR(%), Spend(USD), CPC(USD), Orders, Sales(USD), ACOS(%), RoAS).
    required=[{"impressions", "clicks", "cost"}],
    derived=["Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Total Advertising Cost of Sales (ACOS)",
             "Total Return on Advertising Spend (ROAS)", "7 Day Conversion Rate", "14 Day Conversion Rate",
             "Índice de clics (CTR)", "Coste por clic (CPC)", "Coste publicitario de las ventas (ACOS) total",
             "Retorno de la inversión publicitaria (ROAS) total", "Tasa de conversión de 7 días"],
    fields={"date_end": "date"},
    ends={"End Date": "Start Date", "Fecha de finalización": "Fecha de inicio"},
    settings=["Campaign bidding strategy"],  # the grid's own column; a report says 'Bidding strategy'
    channel="Amazon Ads",
    # Sponsored Brands and Sponsored Display reports hold other ads than Sponsored Products': told by the name Amazon
    # gives the download, each stands beside the others instead of replacing their days.
    parts=(("sponsored_brands", (), r"sponsored[ _-]?brands"), ("sponsored_display", (), r"sponsored[ _-]?display")),
    # The file name Amazon gives a report ('Sponsored Products Performance Over Time report.xlsx', the same
    # repository): its columns alone (Date, Clicks, Cost Per Click (CPC), Spend) name no tool. The campaign
    # manager's downloads join the words by '_' ('Sponsored_Products_adgroup_ads_Dec_28_2019.csv').
    hints=(r"^sponsored[ _](products|brands|display)(?![a-z])",),
    warnings=("rule.ad_sales_are_conversion_value", "rule.amazon_orders_are_conversions"),
    warns_about={"rule.ad_sales_are_conversion_value": ("conversion_value",),
                 "rule.amazon_orders_are_conversions": ("conversions",)},
)
