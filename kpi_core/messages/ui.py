"""Text of the Streamlit app (pages, sidebar, charts); every key in nl and en with the same placeholders."""


def _m(nl: str, en: str) -> dict:
    return {"nl": nl, "en": en}


MESSAGES = {
    # navigation and sidebar
    "ui.nav.dashboard": _m("Dashboard", "Dashboard"),
    "ui.nav.goal_vs_actual": _m("Doel vs. realisatie", "Goal vs actual"),
    "ui.nav.targets": _m("Doelen (SMART)", "Targets (SMART)"),
    "ui.nav.funnel": _m("Funnelplanner", "Funnel planner"),
    "ui.nav.catalogue": _m("KPI-catalogus", "KPI catalogue"),
    "ui.nav.data": _m("Gegevens", "Data"),
    "ui.side.language": _m("Taal", "Language"),
    "ui.side.workspace": _m("Werkruimte", "Workspace"),
    "ui.side.no_workspace": _m("Kies een werkruimte", "Choose a workspace"),
    "ui.side.load_demo": _m("Demo laden", "Load demo"),
    "ui.side.demo_loaded": _m("Demowerkruimte geladen.", "Demo workspace loaded."),
    "ui.side.new_workspace": _m("Nieuwe werkruimte", "New workspace"),
    "ui.side.new_name": _m("Naam (bijv. klantnaam)", "Name (e.g. the client's)"),
    "ui.side.create": _m("Aanmaken", "Create"),
    "ui.side.created": _m("Werkruimte {name} aangemaakt.", "Workspace {name} created."),
    "ui.side.rename": _m("Naam wijzigen", "Rename"),
    "ui.side.rename_field": _m("Nieuwe naam", "New name"),
    "ui.side.rename_save": _m("Opslaan", "Save"),
    "ui.side.renamed": _m("De werkruimte heet nu {name}.", "The workspace is now called {name}."),
    "ui.side.bad_name": _m("Geef de werkruimte een naam.", "Give the workspace a name."),
    "ui.side.first_name": _m("Mijn werkruimte", "My workspace"),
    "ui.side.presenting": _m("Klant", "Client"),
    "ui.side.present": _m("Presentatiemodus", "Presentation mode"),
    "ui.side.present_help": _m("Verbergt uploaden en bewerken, voor een klantgesprek.",
                               "Hides upload and edit controls, for a client meeting."),
    "ui.no_data": _m("(geen gegevens)", "(no data)"),
    # empty states
    "ui.empty.no_workspace": _m(
        "Nog geen werkruimte gekozen. Sleep een export in het uploadvak op de pagina **Gegevens**, of klik links op "
        "**Demo laden** om met voorbeeldgegevens te beginnen.",
        "No workspace chosen yet. Drop an export into the upload box on the **Data** page, or click **Load demo** "
        "on the left to start with sample data."),
    "ui.empty.no_data": _m(
        "Deze werkruimte heeft nog geen gegevens. Upload op de pagina **Gegevens** de exports van je "
        "advertentie-, e-mail- of CRM-tools.",
        "This workspace has no data yet. Upload your ad, email or CRM exports on the **Data** page."),
    "ui.empty.no_datasets": _m(
        "Nog geen datasets. Sleep hierboven een of meer exports (CSV of Excel) in het uploadvak.",
        "No datasets yet. Drop one or more exports (CSV or Excel) into the upload box above."),
    "ui.empty.no_kpis": _m(
        "Met deze gegevens is nog geen enkele KPI te berekenen. Upload een export met bijvoorbeeld klikken, "
        "kosten, leads of omzet.",
        "No KPI can be computed from this data yet. Upload an export with, for example, clicks, cost, leads or "
        "revenue."),
    "ui.empty.no_kpis_chosen": _m("Kies hierboven 2 à 3 KPI's per domein om te volgen.",
                                  "Choose 2 or 3 KPIs per domain above to follow."),
    "ui.empty.no_targets": _m(
        "Nog geen doelen. Stel hierboven een SMART-doel op: kies een KPI, een getal, een eigenaar en een deadline.",
        "No targets yet. Set a SMART target above: pick a KPI, a number, an owner and a deadline."),
    "ui.empty.no_targets_goal": _m(
        "Nog geen doelen om te volgen. Maak er een aan op de pagina **Doelen (SMART)**.",
        "No targets to follow yet. Create one on the **Targets (SMART)** page."),
    "ui.empty.go_data": _m("Naar de volgende stap", "Go to the next step"),
    "ui.empty.no_data_here": _m(
        "Deze werkruimte heeft nog geen gegevens. Sleep hierboven een export in het vak: Koers leest hem meteen en "
        "toont de KPI's die hij kan beantwoorden.",
        "This workspace has no data yet. Drop an export into the box above: Koers reads it at once and shows the "
        "KPIs it can answer."),
    "ui.empty.first_upload": _m(
        "Begin hier: sleep een export van je advertentie-, e-mail- of CRM-tool in het vak hierboven. Koers maakt er "
        "meteen een werkruimte voor en toont de KPI's die je gegevens kunnen beantwoorden. Eerst rondkijken? Klik "
        "links op **Demo laden**.",
        "Start here: drop an export of your ad, email or CRM tool into the box above. Koers makes a workspace for it "
        "at once and shows the KPIs your data can answer. Want to look around first? Click **Load demo** on the "
        "left."),
    # data page
    "ui.data.title": _m("Gegevens", "Data"),
    "ui.data.upload": _m("Sleep exports hierheen (meerdere tegelijk mag)", "Drop exports here (several at once)"),
    "ui.data.upload_help": _m(
        "Exports zoals de tool ze schrijft: Google Ads, Meta, Mailchimp, HubSpot, Shopify, ... Niets opschonen.",
        "Exports as the tool wrote them: Google Ads, Meta, Mailchimp, HubSpot, Shopify, ... No clean-up needed."),
    "ui.data.rates": _m("Wisselkoersen naar {target}", "Exchange rates to {target}"),
    "ui.data.zone": _m("Tijdzone: {zone}", "Time zone: {zone}"),
    "ui.data.zone_pick": _m("Tijdzone van de werkruimte", "The workspace's time zone"),
    "ui.data.zone_help": _m("Pipedrive en Stripe schrijven tijden in UTC. Koers telt elke rij op haar dag in deze "
                            "tijdzone, zoals je ze zelf ziet: een deal gewonnen om 23:30 UTC op 31 januari valt in "
                            "Amsterdam op 1 februari. Geldt voor bestanden die je hierna toevoegt; een bestand dat "
                            "er al in staat houdt zijn dagen: verwijder het en voeg het opnieuw toe.",
                            "Pipedrive and Stripe write times in UTC. Koers counts each row on its day in this time "
                            "zone, as you see them yourself: a deal won at 23:30 UTC on 31 January falls on 1 February "
                            "in Amsterdam. Applies to files you add from now on; a file already in keeps its days: "
                            "remove it and add it again."),
    "ui.data.zone_saved": _m("Tijdzone {zone} bewaard.", "Time zone {zone} saved."),
    "ui.data.rates_needed": _m("Bedragen in {currencies} tellen pas op met een koers voor elke maand (ontbreekt: "
                               "{missing}).", "Amounts in {currencies} add up only with a rate for every month "
                               "(missing: {missing})."),
    "ui.data.rate_from": _m("Valuta", "Currency"),
    "ui.data.rate_month": _m("Maand", "Month"),
    "ui.data.rate_value": _m("1 eenheid = … {target}", "1 unit = … {target}"),
    "ui.data.rates_save": _m("Koersen opslaan", "Save rates"),
    "ui.data.rate_for": _m("1 {currency} in {month} = … {target}", "1 {currency} in {month} = … {target}"),
    "ui.data.rate_ph": _m("bijv. 0,92", "e.g. 0.92"),
    "ui.data.rate_other": _m("Een andere koers invoeren", "Enter another rate"),
    "ui.data.period_field": _m("Periode van rapporten zonder datums", "Period of reports without dates"),
    "ui.data.period_help": _m("Alleen nodig voor een export die 'Hele periode' zegt of geen periode noemt: kies de "
                              "eerste en laatste dag die hij beslaat.",
                              "Only needed for an export that says 'All time' or names no period: pick the first "
                              "and last day it covers."),
    "ui.data.keep_both": _m("Overlappende dagen niet vervangen (beide bewaren)", "Keep both for overlapping days"),
    "ui.data.keep_both_help": _m(
        "Standaard vervangt een nieuwere export van dezelfde tool en account de overlappende dagen.",
        "By default a newer export of the same tool and account replaces the overlapping days."),
    "ui.data.add": _m("Toevoegen", "Add"),
    "ui.data.progress": _m("Bestanden verwerkt: {done} van {total}", "Files processed: {done} of {total}"),
    "ui.data.reading": _m("{file} lezen...", "Reading {file}..."),
    "ui.data.results": _m("Resultaat van de upload", "Upload result"),
    "ui.data.status.added": _m("toegevoegd", "added"),
    "ui.data.status.replaced": _m("vervangen", "replaced"),
    "ui.data.status.kept_both": _m("beide bewaard", "kept both"),
    "ui.data.status.duplicate": _m("al aanwezig", "already there"),
    "ui.data.status.error": _m("niet gelezen", "not read"),
    "ui.data.tool": _m("Herkende tool", "Detected tool"),
    "ui.data.rows": _m("Rijen", "Rows"),
    "ui.data.period": _m("Periode", "Period"),
    "ui.data.skipped": _m("Overgeslagen rijen", "Rows skipped"),
    "ui.data.skipped_why": _m("Waarom overgeslagen:", "Why skipped:"),
    "ui.data.reason.preamble": _m("kopregels boven de tabel", "lines above the table"),
    "ui.data.reason.totals": _m("totaalrijen", "totals rows"),
    "ui.data.reason.blank": _m("lege rijen", "blank rows"),
    "ui.data.reason.repeated_header": _m("herhaalde kopregels", "repeated headers"),
    "ui.data.reason.note": _m("notities", "notes"),
    "ui.data.reason.out_of_range": _m("datum buiten bereik", "dates out of range"),
    "ui.data.reason.undated": _m("zonder datum", "without a date"),
    "ui.data.reason.extra_table": _m("tabellen naast de gegevens", "tables beside the data"),
    "ui.data.reason.in_total": _m("al in het totaal van het rapport", "already in the report's total"),
    "ui.data.mapping": _m("Kolomindeling: {n} herkend, {unmapped} niet gebruikt",
                          "Column mapping: {n} recognised, {unmapped} not used"),
    "ui.data.columns.one": _m("{n} kolom", "{n} column"),
    "ui.data.columns.other": _m("{n} kolommen", "{n} columns"),
    "ui.data.col.header": _m("Kolom in het bestand", "Column in the file"),
    "ui.data.col.field": _m("Betekenis in Koers", "Meaning in Koers"),
    "ui.data.col.confidence": _m("Zekerheid", "Confidence"),
    "ui.data.unmapped": _m("Niet gebruikt: {columns}", "Not used: {columns}"),
    "ui.data.fix_title": _m("Klopt dit? Een paar kolommen zijn onzeker", "Is this right? Some columns are uncertain"),
    "ui.data.fix_help": _m(
        "Kies wat elke kolom betekent. Koers onthoudt dit voor volgende exports met dezelfde kolommen.",
        "Choose what each column means. Koers remembers it for future exports with the same columns."),
    "ui.data.fix_save": _m("Opslaan en opnieuw inlezen", "Save and read again"),
    "ui.data.drop_hint": _m("CSV, TSV of Excel (ook in een zip), tot {mb} MB per bestand. Toevoegen gaat vanzelf.",
                            "CSV, TSV or Excel (also in a zip), up to {mb} MB per file. Files are added as soon as "
                            "they are in."),
    "ui.data.browse": _m("Bestanden kiezen", "Browse files"),
    "ui.data.first_ws": _m("Je gegevens staan in een nieuwe werkruimte, {name}. De naam wijzig je links.",
                           "Your data is in a new workspace, {name}. You can rename it on the left."),
    "ui.data.status.pending": _m("wacht op je bevestiging", "waiting for your confirmation"),
    "ui.data.pending_help": _m(
        "Nog niet toegevoegd: Koers is niet zeker van een paar kolommen. Kies wat elke kolom betekent en voeg het "
        "bestand dan toe. Koers onthoudt het voor volgende exports met dezelfde kolommen.",
        "Not added yet: Koers is unsure about some columns. Choose what each column means, then add the file. "
        "Koers remembers it for future exports with the same columns."),
    "ui.data.confirm": _m("Toevoegen", "Add"),
    "ui.data.discard": _m("Niet toevoegen", "Don't add"),
    "ui.data.retry": _m("Opnieuw lezen", "Read again"),
    "ui.data.adjust": _m("Kolommen aanpassen", "Adjust columns"),
    "ui.data.adjust_help": _m("Kies wat elke kolom betekent; het bestand wordt opnieuw ingelezen en vervangt de "
                              "eerste lezing.", "Choose what each column means; the file is read again and "
                              "replaces the first reading."),
    "ui.data.open_columns": _m("Kolommen om na te lopen", "Columns to check"),
    "ui.data.all_columns": _m("De overige {n} kolommen", "The other {n} columns"),
    "ui.data.ignore": _m("— niet gebruiken —", "— don't use —"),
    "ui.data.unsure": _m("onzeker", "unsure"),
    "ui.data.unused": _m("niet herkend", "not recognised"),
    "ui.data.done": _m("Klaar", "Done"),
    "ui.data.done_help": _m("Sluit dit overzicht; de kopieën van de bestanden worden gewist.",
                            "Closes this overview; the copies of the files are deleted."),
    "ui.data.to_dashboard": _m("Naar het dashboard", "Go to the dashboard"),
    "ui.data.waiting.one": _m("Een bestand wacht op je bevestiging op de pagina Gegevens.",
                              "A file waits for your confirmation on the Data page."),
    "ui.data.waiting.other": _m("{n} bestanden wachten op je bevestiging op de pagina Gegevens.",
                                "{n} files wait for your confirmation on the Data page."),
    "field.date": _m("Datum", "Date"),
    "field.amount": _m("Bedrag", "Amount"),
    "field.amount_company": _m("Bedrag (bedrijfsvaluta)", "Amount (company currency)"),
    "field.amount_refunded": _m("Terugbetaald bedrag", "Amount refunded"),
    "field.breakdown": _m("Uitsplitsing", "Breakdown"),
    "field.cancelled_at": _m("Geannuleerd op", "Cancelled at"),
    "field.close_date": _m("Sluitdatum", "Close date"),
    "field.clicked_links": _m("Aangeklikte links", "Links clicked"),
    "field.closed": _m("Gesloten", "Closed"),
    "field.deleted": _m("Verwijderd (record)", "Deleted (record)"),
    "field.closed_on": _m("Gesloten op", "Closed on"),
    "field.confirmed": _m("Bevestigd op", "Confirmed at"),
    "field.converted": _m("Omgerekend bedrag", "Converted amount"),
    "field.converted_refunded": _m("Omgerekend terugbetaald", "Converted refunded"),
    "field.created": _m("Aangemaakt op", "Created at"),
    "field.customer_date": _m("Klant geworden op", "Became a customer on"),
    "field.customer_email": _m("E-mailadres van de klant (waar een klant-ID ontbreekt)",
                               "Customer's email (where the customer ID is empty)"),
    "field.date_end": _m("Einddatum", "End date"),
    "field.delivered_date": _m("Afgeleverd op", "Delivered at"),
    "field.financial_status": _m("Betaalstatus", "Financial status"),
    "field.hard_bounce_date": _m("Harde bounce op", "Hard bounce at"),
    "field.hard_bounces": _m("Harde bounces", "Hard bounces"),
    "field.placed_orders": _m("Geplaatste bestellingen", "Placed orders"),
    "field.row_day": _m("Dag van de rij", "The row's day"),
    "field.row_month": _m("Maand van de rij", "The row's month"),
    "field.unsubscribed_at": _m("Afgemeld op", "Unsubscribed at"),
    "field.cleaned_at": _m("Opgeschoond op", "Cleaned at"),
    "field.disputed": _m("Betwist bedrag", "Disputed amount"),
    "field.dispute_status": _m("Status betwisting", "Dispute status"),
    "field.segment": _m("Uitsplitsing (land, apparaat)", "Breakdown (country, device)"),
    "field.appearance": _m("Zoekopmaak", "Search appearance"),
    "field.is_closed": _m("Is gesloten", "Is closed"),
    "field.is_won": _m("Is gewonnen", "Is won"),
    "field.lead_count": _m("Aantal leads", "Lead count"),
    "field.skan_conversions": _m("Conversies (SKAN, iOS)", "Conversions (SKAN, iOS)"),
    "field.meta_leads": _m("Leads via Meta-formulieren", "Leads from Meta forms"),
    "field.lost_time": _m("Verloren op", "Lost at"),
    "field.member": _m("Lid", "Member"),
    "field.mql_date": _m("MQL geworden op", "Became an MQL on"),
    "field.open_date": _m("Geopend op", "Opened at"),
    "field.optin": _m("Aangemeld op", "Opted in at"),
    "field.order_name": _m("Ordernummer", "Order name"),
    "field.order_no": _m("Ordernummer", "Order number"),
    "field.ordered": _m("Besteld op", "Ordered at"),
    "field.purchases": _m("Aankopen", "Purchases"),
    "field.recipient": _m("Ontvanger (niet bewaard)", "Recipient (not kept)"),
    "field.refund_items": _m("Terugbetaalde artikelen", "Refunded items"),
    "field.refunded": _m("Terugbetaald", "Refunded"),
    "field.result_indicator": _m("Soort resultaat", "Result indicator"),
    "field.results": _m("Resultaten", "Results"),
    "field.soft_bounce_date": _m("Zachte bounce op", "Soft bounce at"),
    "field.soft_bounces": _m("Zachte bounces", "Soft bounces"),
    "field.sql_date": _m("SQL geworden op", "Became an SQL on"),
    "field.status": _m("Status", "Status"),
    "field.total": _m("Totaal", "Total"),
    "field.txn_type": _m("Soort transactie", "Transaction type"),
    "field.unsubscribe_date": _m("Afgemeld op", "Unsubscribed at"),
    "field.won": _m("Gewonnen", "Won"),
    "field.won_time": _m("Gewonnen op", "Won at"),
    "tool.amazon_ads": _m("Amazon Ads (gesponsorde producten)", "Amazon Ads (sponsored products)"),
    "tool.mailchimp_audience": _m("Mailchimp-publiek", "Mailchimp audience"),
    "tool.hubspot_contacts": _m("HubSpot-contacten", "HubSpot contacts"),
    "tool.hubspot_deals": _m("HubSpot-deals", "HubSpot deals"),
    "tool.pipedrive_deals": _m("Pipedrive-deals", "Pipedrive deals"),
    "tool.pipedrive_leads": _m("Pipedrive-leads", "Pipedrive leads"),
    "tool.salesforce_opportunities": _m("Salesforce-opportunities", "Salesforce opportunities"),
    "tool.shopify_orders": _m("Shopify-bestellingen", "Shopify orders"),
    "tool.woocommerce_orders": _m("WooCommerce-bestellingen", "WooCommerce orders"),
    "tool.stripe": _m("Stripe-betalingen", "Stripe payments"),
    "tool.generic": _m("Spreadsheet", "Spreadsheet"),
    "ui.data.datasets": _m("Datasets in deze werkruimte", "Datasets in this workspace"),
    "ui.data.rows_all": _m("{rows} rijen, alle in gebruik", "{rows} rows, all in use"),
    "ui.data.rows_now": _m("{rows} van {total} rijen in gebruik", "{rows} of {total} rows in use"),
    "ui.data.remove": _m("Verwijderen", "Remove"),
    "ui.data.remove_help": _m("{file} en al zijn rijen uit deze werkruimte verwijderen?",
                              "Remove {file} and all its rows from this workspace?"),
    # dashboard
    "ui.dash.title": _m("Dashboard", "Dashboard"),
    "ui.dash.kpis": _m("KPI's op het dashboard", "KPIs on the dashboard"),
    "ui.dash.kpis_help": _m("Houd het bij 2 à 3 per domein. Koers onthoudt je keuze voor deze werkruimte.",
                            "Keep it to 2 or 3 per domain. Koers remembers your choice for this workspace."),
    "ui.dash.dates": _m("Periode", "Period"),
    "ui.dash.grain": _m("Per", "Per"),
    "ui.dash.source": _m("Tool", "Tool"),
    "ui.dash.channel": _m("Kanaal", "Channel"),
    "ui.dash.campaign": _m("Campagne", "Campaign"),
    "ui.dash.all": _m("Alle", "All"),
    "ui.dash.pick_end": _m("Kies een begin- en een einddatum; het einde ligt niet voor het begin.",
                           "Pick a start and an end date; the end is not before the start."),
    "ui.dash.compared": _m("{period}, vergeleken met {previous}.", "{period}, compared with {previous}."),
    "ui.dash.period_only": _m("{period}.", "{period}."),
    "ui.dash.compare": _m("Vergelijken met", "Compare with"),
    "ui.dash.from": _m("Van", "From"),
    "ui.dash.to": _m("Tot en met", "Through"),
    "ui.dash.cmp_value.previous": _m("Ervoor: {value}", "Before: {value}"),
    "ui.dash.cmp_value.last_year": _m("Vorig jaar: {value}", "Last year: {value}"),
    "ui.dash.cmp_value.none": _m("", ""),
    "ui.dash.goal": _m("Doel: {cmp} {target} t/m {deadline}  \nVerwacht tot nu {expected}, gerealiseerd {actual}",
                       "Target: {cmp} {target} by {deadline}  \nDue by now {expected}, actual {actual}"),
    "ui.period.last_month": _m("Vorige volle maand", "Last full month"),
    "ui.period.this_month": _m("Deze maand tot nu", "This month so far"),
    "ui.period.last_quarter": _m("Vorig vol kwartaal", "Last full quarter"),
    "ui.period.this_quarter": _m("Dit kwartaal tot nu", "This quarter so far"),
    "ui.period.ytd": _m("Dit jaar tot nu", "Year to date"),
    "ui.period.last_12m": _m("Laatste 12 maanden", "Last 12 months"),
    "ui.period.all": _m("Alle gegevens", "All data"),
    "ui.period.custom": _m("Zelf kiezen…", "Custom…"),
    "ui.compare.previous": _m("de periode ervoor", "the period before"),
    "ui.compare.last_year": _m("dezelfde periode vorig jaar", "the same period last year"),
    "ui.compare.none": _m("niets", "nothing"),
    "ui.span.to": _m("{a} t/m {b}", "{a} to {b}"),
    "ui.span.quarter": _m("{n}e kwartaal {year}", "Q{n} {year}"),
    "ui.dash.jungle": _m(
        "{n} KPI's in {domain}: dat wordt een KPI-jungle. Kies de 2 à 3 die het meest zeggen over je doel.",
        "{n} KPIs in {domain}: that is a KPI jungle. Keep the 2 or 3 that say most about your goal."),
    "ui.chart.days": _m("Dagen", "Days"),
    "ui.chart.days_in": _m("{n} van {total} dagen in de gekozen periode", "{n} of {total} days in the chosen period"),
    "ui.dash.partial_help": _m("Een open punt is een periode die maar voor een deel binnen de gekozen dagen valt "
                               "(zoals een week die in de maand ervoor begon): de muis erop zegt hoeveel dagen "
                               "meetellen.", "An open point is a period only partly within the chosen days (such "
                               "as a week that began in the month before): hover over it to see how many days count."),
    # "why?" on a dashboard tile: what moved the number (kpi_core.explain)
    "ui.why.button": _m("Waarom?", "Why?"),
    "ui.why.help": _m("Wat deze verandering veroorzaakte, uitgesplitst naar kanaal, campagne, tool of een andere "
                      "indeling.", "What caused this change, broken down by channel, campaign, tool or another "
                      "dimension."),
    "ui.why.title": _m("Waarom veranderde {kpi}?", "Why did {kpi} change?"),
    "ui.why.by": _m("Uitgesplitst naar", "Broken down by"),
    "ui.why.change": _m("{before} in {previous}, {after} in {period}: een verandering van {change}.",
                        "{before} in {previous}, {after} in {period}: a change of {change}."),
    "ui.why.value": _m("Waarde", "Value"),
    "ui.why.own": _m("Eigen {kpi}", "Own {kpi}"),
    "ui.why.shift": _m("Verschuiving in de mix", "Shift in the mix"),
    "ui.why.diff": _m("Verandering", "Change"),
    "ui.why.total": _m("Bijdrage", "Contribution"),
    "ui.why.sum": _m("Samen", "Together"),
    "ui.why.parts": _m("**Eigen {kpi}**: de {kpi} van dat onderdeel zelf veranderde. **Verschuiving in de mix**: "
                       "zijn aandeel in het geheel veranderde, en het ligt boven of onder het gemiddelde. De "
                       "bijdragen tellen samen op tot de verandering.",
                       "**Own {kpi}**: that part's own {kpi} moved. **Shift in the mix**: its share of the whole "
                       "moved, and it sits above or below the average. The contributions add up to the change."),
    "ui.why.parts_sum": _m("Elke regel is de eigen verandering van dat onderdeel; samen vormen ze de verandering.",
                           "Each line is that part's own change; together they make up the change."),
    "ui.why.filtered": _m("Binnen de filters van het dashboard (tool, kanaal, campagne).",
                          "Within the dashboard's filters (tool, channel, campaign)."),
    "ui.why.nothing": _m("Er is geen verandering om te verklaren: een van beide periodes heeft geen waarde.",
                         "There is no change to explain: one of the two periods has no value."),
    "ui.why.one_part": _m("Naar deze indeling is er maar één onderdeel; kies een andere om de verandering te "
                          "verdelen.", "This dimension has a single part; choose another to split the change."),
    "ui.why.dim.source_id": _m("Tool", "Tool"),
    "ui.why.dim.source": _m("Verkeersbron", "Traffic source"),
    "ui.dash.tab_trends": _m("Trends", "Trends"),
    "ui.dash.tab_speed": _m("Snelheid en versnelling", "Speed and acceleration"),
    "ui.dash.tab_learn": _m("Welke KPI's kies ik?", "Which KPIs do I choose?"),
    "ui.dash.no_values": _m("Geen waarden in deze periode en selectie.", "No values in this period and selection."),
    "ui.dash.speed_kpi": _m("KPI", "KPI"),
    "ui.dash.speed_help": _m(
        "Is de maandomzet de snelheid, dan is de stijging of daling daarvan de versnelling. Balken: verandering "
        "per periode; lijn: verandering van die verandering.",
        "If monthly sales are the speed, their rise or fall is the acceleration. Bars: change per period; line: "
        "change of that change."),
    "ui.dash.speed_empty": _m("Te weinig perioden om snelheid te berekenen; kies een fijnere indeling.",
                              "Too few periods to compute speed; choose a finer grain."),
    "ui.grain.total": _m("totaal", "total"),
    "ui.grain.day": _m("dag", "day"),
    "ui.grain.week": _m("week", "week"),
    "ui.grain.month": _m("maand", "month"),
    "ui.grain.quarter": _m("kwartaal", "quarter"),
    "ui.grain.year": _m("jaar", "year"),
    "ui.domain.marketing": _m("Marketing", "Marketing"),
    "ui.domain.sales": _m("Sales", "Sales"),
    "ui.domain.email": _m("E-mail", "Email"),
    "ui.domain.ecommerce": _m("E-commerce", "E-commerce"),
    "ui.domain.finance": _m("Financieel", "Finance"),
    "ui.kind.leading": _m("Voorspellend (leading)", "Leading"),
    "ui.kind.leading_help": _m("Beweegt vóór het resultaat: stuur hierop bij.",
                               "Moves before the result: steer on these."),
    "ui.kind.lagging": _m("Resultaat (lagging)", "Lagging"),
    "ui.kind.lagging_help": _m("Legt vast wat er gebeurd is: hier meet je het doel mee.",
                               "Records what happened: this is how you measure the goal."),
    "ui.kind.other": _m("Overig", "Other"),
    "ui.kind.other_help": _m("Input-, proces- of financiële KPI's.", "Input, process or financial KPIs."),
    "ui.kindname.quantitative": _m("kwantitatief", "quantitative"),
    "ui.kindname.qualitative": _m("kwalitatief", "qualitative"),
    "ui.kindname.leading": _m("leading", "leading"),
    "ui.kindname.lagging": _m("lagging", "lagging"),
    "ui.kindname.input": _m("input", "input"),
    "ui.kindname.output": _m("output", "output"),
    "ui.kindname.process": _m("proces", "process"),
    "ui.kindname.financial": _m("financieel", "financial"),
    "ui.kindname.outcome": _m("uitkomst", "outcome"),
    "ui.kindname.directional": _m("richting", "directional"),
    "ui.unit.count": _m("Aantal", "Count"),
    "ui.unit.currency": _m("Bedrag ({currency})", "Amount ({currency})"),
    "ui.unit.percent": _m("Percentage", "Percentage"),
    "ui.unit.multiplier": _m("Factor", "Multiple"),
    "ui.unitname.count": _m("aantal", "count"),
    "ui.unitname.currency": _m("bedrag", "amount"),
    "ui.unitname.percent": _m("percentage", "percentage"),
    "ui.unitname.multiplier": _m("factor", "multiple"),
    "ui.good.higher": _m("hoger is beter", "higher is better"),
    "ui.good.lower": _m("lager is beter", "lower is better"),
    # charts
    "ui.chart.period": _m("Periode", "Period"),
    "ui.chart.date": _m("Datum", "Date"),
    "ui.chart.value": _m("Waarde", "Value"),
    "ui.chart.numerator": _m("Teller", "Numerator"),
    "ui.chart.denominator": _m("Noemer", "Denominator"),
    "ui.chart.actual": _m("Realisatie", "Actual"),
    "ui.chart.pacing_line": _m("Koers naar doel", "Pace to target"),
    "ui.chart.forecast": _m("Prognose", "Forecast"),
    "ui.chart.band": _m("Bandbreedte (95%)", "Range (95%)"),
    "ui.chart.target": _m("Doel", "Target"),
    "ui.chart.status": _m("Status", "Status"),
    "ui.chart.expected": _m("Verwacht tot nu", "Expected to date"),
    "ui.chart.performance": _m("Ten opzichte van verwacht", "Against expected"),
    "ui.chart.performance_axis": _m("Realisatie als deel van wat nu verwacht mag worden",
                                    "Actual as a share of what is due by now"),
    "ui.chart.speed": _m("Snelheid", "Speed"),
    "ui.chart.acceleration": _m("Versnelling", "Acceleration"),
    # targets
    "ui.targets.title": _m("Doelen (SMART)", "Targets (SMART)"),
    "ui.targets.new": _m("Nieuw doel", "New target"),
    "ui.smart.s": _m("Specifiek", "Specific"),
    "ui.smart.m": _m("Meetbaar", "Measurable"),
    "ui.smart.a": _m("Acceptabel", "Agreed"),
    "ui.smart.r": _m("Realistisch", "Realistic"),
    "ui.smart.t": _m("Tijdgebonden", "Time-bound"),
    "ui.smart.s_help": _m("Welke KPI, en voor welk kanaal, welke campagne of tool?",
                          "Which KPI, and for which channel, campaign or tool?"),
    "ui.smart.m_help": _m("Een getal dat Koers uit je gegevens kan berekenen: \"CTR van 3% naar 5%\".",
                          "A number Koers can compute from your data: \"CTR from 3% to 5%\"."),
    "ui.smart.a_help": _m("Wie is eigenaar en met wie is het afgesproken?", "Who owns it and who agreed to it?"),
    "ui.smart.r_help": _m(
        "Koers vergelijkt de benodigde groei per maand met wat deze KPI eerder liet zien (rechts).",
        "Koers compares the monthly growth needed with what this KPI has shown before (on the right)."),
    "ui.smart.t_help": _m("Een start, een deadline en hoe vaak je het bespreekt.",
                          "A start, a deadline and how often you review it."),
    "ui.targets.f_title": _m("Titel", "Title"),
    "ui.targets.f_title_ph": _m("bijv. ROAS van minimaal 4 op Shopping in Q4",
                                "e.g. ROAS of at least 4 on Shopping in Q4"),
    "ui.targets.f_kpi": _m("KPI", "KPI"),
    "ui.targets.f_value": _m("Doelwaarde", "Target value"),
    "ui.targets.f_value_pct": _m("Doelwaarde (%)", "Target value (%)"),
    "ui.targets.f_value_money": _m("Doelwaarde ({currency})", "Target value ({currency})"),
    "ui.targets.f_value_times": _m("Doelwaarde (×)", "Target value (×)"),
    "ui.targets.f_value_ph_count": _m("bijv. 150.000", "e.g. 150,000"),
    "ui.targets.f_value_ph_currency": _m("bijv. 1.234,56", "e.g. 1,234.56"),
    "ui.targets.f_value_ph_percent": _m("bijv. 2,5", "e.g. 2.5"),
    "ui.targets.f_value_ph_multiplier": _m("bijv. 4,5", "e.g. 4.5"),
    "ui.targets.thresholds": _m("Wanneer is een doel op koers?", "When is a target on track?"),
    "ui.targets.f_on_track": _m("Op koers vanaf (% van verwacht)", "On track from (% of expected)"),
    "ui.targets.f_on_track_help": _m("Realisatie als deel van wat op dat moment verwacht mag worden; standaard 100.",
                                     "The actual as a share of what is due by then; 100 by default."),
    "ui.targets.f_at_risk": _m("Risico vanaf (% van verwacht)", "At risk from (% of expected)"),
    "ui.targets.f_at_risk_help": _m("Daaronder is het doel achter; standaard 90.",
                                    "Below this the target is behind; 90 by default."),
    "ui.targets.bad_thresholds": _m("'Risico vanaf' moet boven 0 liggen en niet boven 'Op koers vanaf'.",
                                    "'At risk from' must be above 0 and not above 'On track from'."),
    "ui.targets.f_comparison": _m("Richting", "Direction"),
    "ui.targets.f_owner": _m("Eigenaar", "Owner"),
    "ui.targets.f_agreed_by": _m("Afgesproken met", "Agreed with"),
    "ui.targets.f_agreed_on": _m("Afgesproken op", "Agreed on"),
    "ui.targets.f_stakeholders": _m("Belanghebbenden", "Stakeholders"),
    "ui.targets.f_stakeholders_ph": _m("Sales, Marketing", "Sales, Marketing"),
    "ui.targets.f_pacing": _m("Verloop", "Pacing"),
    "ui.targets.f_start": _m("Start", "Start"),
    "ui.targets.f_deadline": _m("Deadline", "Deadline"),
    "ui.targets.f_cadence": _m("Bespreken", "Review"),
    "ui.cmp.at_least": _m("minimaal", "at least"),
    "ui.cmp.at_most": _m("maximaal", "at most"),
    "ui.pacing.linear": _m("gelijkmatig", "evenly"),
    "ui.pacing.seasonal": _m("seizoenspatroon van vorig jaar", "last year's seasonal pattern"),
    "ui.cadence.weekly": _m("wekelijks", "weekly"),
    "ui.cadence.monthly": _m("maandelijks", "monthly"),
    "ui.cadence.quarterly": _m("per kwartaal", "quarterly"),
    "ui.targets.check": _m("SMART-check", "SMART check"),
    "ui.targets.need_value": _m("Vul een doelwaarde in; de check loopt mee terwijl je typt.",
                                "Enter a target value; the check updates as you type."),
    "ui.level.pass": _m("in orde", "ok"),
    "ui.level.warn": _m("let op", "check"),
    "ui.level.fail": _m("ontbreekt", "missing"),
    "ui.targets.realism": _m("Realisme", "Realism"),
    "ui.targets.baseline": _m("Uitgangswaarde", "Baseline"),
    "ui.targets.target": _m("Doel", "Target"),
    "ui.targets.required": _m("Nodig per maand", "Needed per month"),
    "ui.targets.median": _m("Mediaan tot nu", "Median so far"),
    "ui.targets.best": _m("Beste maand", "Best month"),
    "ui.targets.save": _m("Doel opslaan", "Save target"),
    "ui.targets.saved": _m("Doel opgeslagen: {title}.", "Target saved: {title}."),
    "ui.targets.list": _m("Alle doelen", "All targets"),
    "ui.targets.as_of": _m("Stand per {date}.", "Status as of {date}."),
    "ui.targets.line": _m("{kpi} {cmp} {target} · {start} t/m {deadline} · eigenaar {owner}",
                          "{kpi} {cmp} {target} · {start} to {deadline} · owner {owner}"),
    "ui.targets.checkins": _m("Check-ins ({n})", "Check-ins ({n})"),
    "ui.targets.guards": _m("Aandachtspunten bij deze doelen ({n})", "Points to watch in these targets ({n})"),
    "ui.targets.ci_date": _m("Datum", "Date"),
    "ui.targets.ci_value": _m("Gemeten waarde (optioneel)", "Measured value (optional)"),
    "ui.targets.ci_value_pct": _m("Gemeten waarde in % (optioneel)", "Measured value in % (optional)"),
    "ui.targets.ci_note": _m("Notitie", "Note"),
    "ui.targets.ci_add": _m("Check-in toevoegen", "Add check-in"),
    "ui.targets.ci_empty": _m("Schrijf eerst een notitie.", "Write a note first."),
    "ui.targets.delete": _m("Doel verwijderen", "Delete target"),
    "ui.targets.delete_help": _m("Dit doel en zijn check-ins verwijderen?", "Delete this target and its check-ins?"),
    # numbers typed by a person
    "ui.num.meant": _m(
        "'{typed}' is in het Nederlands geen getal. Bedoel je {meant}? (Nederlands: een komma voor decimalen, een "
        "punt tussen duizendtallen.)",
        "'{typed}' is not a number in English notation. Did you mean {meant}? (English: a point for decimals, a "
        "comma between thousands.)"),
    "ui.num.use": _m("Ja, {meant}", "Yes, {meant}"),
    "ui.num.bad": _m("'{typed}' is geen getal. Schrijf bijvoorbeeld {example}.",
                     "'{typed}' is not a number. Write for example {example}."),
    # the SMART check (smart.py) and target scopes
    "smart.r_already_met": _m(
        "Te makkelijk? De uitgangswaarde {baseline} haalt het doel {target} al. Een doel dat niets vraagt, stuurt "
        "niets: kies een doel boven wat er nu al gebeurt.",
        "Too easy? The baseline {baseline} already meets the target {target}. A target that asks nothing steers "
        "nothing: choose one beyond what already happens."),
    "dim.channel": _m("Kanaal", "Channel"),
    "dim.campaign": _m("Campagne", "Campaign"),
    "dim.ad_group": _m("Advertentiegroep", "Ad group"),
    "dim.source": _m("Tool", "Tool"),
    "dim.source_id": _m("Tool", "Tool"),
    "dim.medium": _m("Medium", "Medium"),
    "dim.product": _m("Product", "Product"),
    "dim.customer_id": _m("Klant", "Customer"),
    "dim.stage": _m("Fase", "Stage"),
    "dim.account": _m("Account", "Account"),
    # goal vs actual
    "ui.goal.title": _m("Doel vs. realisatie", "Goal vs actual"),
    "ui.goal.as_of": _m("Stand per", "As of"),
    "ui.goal.as_of_help": _m("Standaard vandaag, of de laatste dag met gegevens als die eerder ligt.",
                             "Today by default, or the last day with data when that is earlier."),
    "ui.goal.overview": _m("Alle doelen in één oogopslag", "All targets at a glance"),
    "ui.goal.bullet_help": _m(
        "De balk is de realisatie als deel van wat op deze datum verwacht mag worden; de streep is 100%. "
        "Rood: achter, geel: risico, groen: op koers.",
        "The bar is the actual as a share of what is due by this date; the line is 100%. Red: behind, "
        "amber: at risk, green: on track."),
    "ui.goal.pick": _m("Doel", "Target"),
    "ui.goal.line": _m("**{kpi}** {cmp} **{target}** · {start} t/m {deadline}",
                       "**{kpi}** {cmp} **{target}** · {start} to {deadline}"),
    "ui.goal.actual": _m("Realisatie", "Actual to date"),
    "ui.goal.expected": _m("Verwacht tot nu", "Expected by now"),
    "ui.goal.forecast": _m("Prognose", "Forecast"),
    "ui.goal.band": _m("95%-bandbreedte: {low} – {high}. Bij het tempo tot nu: {run_rate}.",
                       "95% range: {low} – {high}. At the pace so far: {run_rate}."),
    "ui.goal.method.run_rate": _m(
        "Prognose: het tempo tot nu ({rate} per dag) doorgetrokken tot de deadline. {why}",
        "Forecast: the pace so far ({rate} a day) carried on to the deadline. {why}"),
    "ui.goal.method.seasonal": _m(
        "Prognose: het tempo tot nu, verdeeld zoals dezelfde periode vorig jaar liep; toen was op deze dag "
        "{share} van de periode gedaan.",
        "Forecast: the pace so far, spread as the same period went last year; by this day {share} of the period "
        "was done then."),
    "ui.goal.method.trend": _m(
        "Prognose: de dagcijfers {direction} duidelijk en die lijn hield stand, dus de rest gaat in het tempo van "
        "de laatste {days} dagen ({rate} per dag).",
        "Forecast: the daily figures {direction} clearly and the line held, so the rest goes at the pace of the "
        "last {days} days ({rate} a day)."),
    "ui.goal.method_help": _m(
        "Koers toetste de methoden terug op de voorbeeldexports: het tempo tot nu doorgetrokken zat er het minst "
        "naast; een trend doortrekken liep vaak naar nul of de lucht in. Een trend telt alleen mee als hij duidelijk "
        "is en op je eigen gegevens standhield.",
        "Koers back-tested the methods on the sample exports: the pace so far, carried on, missed least; extending "
        "a trend often ran into zero or away. A trend only counts when it is clear and held on your own data."),
    "ui.goal.method.final": _m("De deadline is voorbij: dit is de eindstand.",
                               "The deadline has passed: this is the final figure."),
    "ui.goal.method.ratio": _m(
        "Prognose: de verhouding tot nu ({rate}) over de rest van de periode.",
        "Forecast: the ratio so far ({rate}) over the rest of the period."),
    "ui.goal.why.short": _m("Na {days} dagen is een trend nog niet van ruis te onderscheiden.",
                            "After {days} days a trend cannot be told from noise yet."),
    "ui.goal.why.noise": _m("De dagcijfers schommelen meer dan ze stijgen of dalen (t = {t}); een trend "
                            "doortrekken zou gokken zijn.",
                            "The daily figures swing more than they rise or fall (t = {t}); extending a trend would "
                            "be a guess."),
    "ui.goal.why.not_held": _m("De dagcijfers {direction} wel, maar zo'n lijn hield op je eigen gegevens geen "
                               "stand: het tempo tot nu voorspelde de laatste weken beter.",
                               "The daily figures do {direction}, but such a line did not hold on your own data: the "
                               "pace so far predicted the latest weeks better."),
    "ui.goal.why.rise": _m("stijgen", "rise"),
    "ui.goal.why.fall": _m("dalen", "fall"),
    "ui.goal.required_weekly": _m("Nodig per week", "Needed per week"),
    "ui.goal.required_monthly": _m("Nodig per maand", "Needed per month"),
    "ui.goal.required_help": _m("Vanaf nu: wat er gemiddeld nodig is om het doel nog te halen.",
                                "From now on: what it takes on average to still reach the target."),
    "ui.goal.days_left": _m("Dagen te gaan", "Days left"),
    "ui.goal.no_chart": _m("Voor deze KPI is er geen verloop per dag om te volgen.",
                           "This KPI has no day-by-day course to follow."),
    "ui.goal.pacing_help": _m(
        "Groen: cumulatieve realisatie. Grijs gestreept: waar je moet zitten om het doel te halen. Blauw: "
        "prognose tot de deadline met 95%-bandbreedte. Zwarte lijn: het doel.",
        "Green: cumulative actual. Grey dashed: where you need to be to reach the target. Blue: forecast to the "
        "deadline with its 95% range. Black line: the target."),
    "ui.goal.pacing_help_ratio": _m(
        "Groen: de KPI over de periode tot nu (som van teller gedeeld door som van noemer). Blauw: prognose tot de "
        "deadline met 95%-bandbreedte. Zwarte lijn: het doel.",
        "Green: the KPI over the period so far (sum of numerator over sum of denominator). Blue: forecast to the "
        "deadline with its 95% range. Black line: the target."),
    "ui.goal.leading": _m("Voorspellende KPI's voor dit doel", "Leading KPIs for this target"),
    "ui.goal.leading_line.one": _m("{kpi}: loopt {weeks} week voor, {strength} verband (r = {r})",
                                   "{kpi}: runs {weeks} week ahead, {strength} relation (r = {r})"),
    "ui.status.not_started": _m("nog niet begonnen", "not started yet"),
    "ui.goal.not_started": _m("Dit doel begint op {start}; op {as_of} was er nog niets te halen. Kies een latere "
                              "datum bij 'Stand per' om de voortgang te zien.",
                              "This target starts on {start}; on {as_of} nothing was due yet. Choose a later date "
                              "under 'As of' to see its progress."),
    "ui.goal.leading_same": _m("{kpi}: beweegt in dezelfde week mee, {strength} verband (r = {r})",
                               "{kpi}: moves in the same week, {strength} relation (r = {r})"),
    "ui.goal.leading_line.other": _m("{kpi}: loopt {weeks} weken voor, {strength} verband (r = {r})",
                                     "{kpi}: runs {weeks} weeks ahead, {strength} relation (r = {r})"),
    # funnel
    "ui.funnel.title": _m("Funnelplanner", "Funnel planner"),
    "ui.funnel.intro": _m(
        "Reken terug van een doel naar wat ervoor nodig is: hoeveel MQL's, leads, klikken en budget, op basis van "
        "je eigen verhoudingen van het afgelopen jaar. Pas een verhouding aan om te zien wat er verandert.",
        "Work back from a target to what it takes: how many MQLs, leads, clicks and budget, from your own ratios "
        "over the past year. Change a ratio to see what changes."),
    "ui.funnel.outcome": _m("Doel-KPI", "Outcome"),
    "ui.funnel.target": _m("Aantal of bedrag", "Number or amount"),
    "ui.funnel.start": _m("Van", "From"),
    "ui.funnel.end": _m("Tot en met", "Through"),
    "ui.funnel.bad_period": _m("De einddatum ligt voor de startdatum.", "The end date is before the start date."),
    "ui.funnel.ratios": _m("Verhoudingen", "Ratios"),
    "ui.funnel.ratios_help": _m("Uit je gegevens van {start} t/m {end}; pas een verhouding aan om te zien wat "
                                "er verandert (in procenten of euro's, zoals getoond).",
                                "From your data from {start} to {end}; change a ratio to see what changes (in "
                                "percent or money, as shown)."),
    "ui.funnel.col_ratio": _m("Verhouding", "Ratio"),
    "ui.funnel.col_history": _m("Historie", "History"),
    "ui.funnel.col_value": _m("Gebruikt", "Used"),
    "ui.funnel.needs": _m("{kpi}: {target}. Wat is daarvoor nodig?", "{kpi}: {target}. What does it take?"),
    "ui.funnel.chart_help": _m(
        "Elke stap is een balk; de schaal loopt per factor tien (logaritmisch), zodat ook de kleine stappen onderaan "
        "de funnel te zien zijn.",
        "One bar per step; the scale grows by factors of ten (logarithmic), so the small steps at the bottom of the "
        "funnel show too."),
    "ui.funnel.per_week": _m("{value} per week", "{value} per week"),
    "ui.funnel.nothing": _m(
        "Nog niets te berekenen: de gegevens hebben geen verhoudingen voor deze funnel. Vul ze hierboven in.",
        "Nothing to compute yet: the data has no ratios for this funnel. Fill them in above."),
    "ui.funnel.missing": _m("Ontbrekende verhoudingen: {ratios}. Vul ze hierboven in.",
                            "Missing ratios: {ratios}. Fill them in above."),
    "ui.funnel.missing_present": _m("Uit deze gegevens niet te berekenen: {ratios}. Het plan toont de stappen "
                                    "die wel bekend zijn.", "This data cannot give: {ratios}. The plan shows the "
                                    "steps that are known."),
    "ui.unexpected": _m("Dit onderdeel kon niet worden getoond. Je gegevens zijn veilig; probeer een andere "
                        "filter of pagina. De details staan in het logboek van de server.",
                        "This part could not be shown. Your data is safe; try another filter or page. The details "
                        "are in the server log."),
    "ui.cat.save": _m("Opslaan als eigen KPI", "Save as own KPI"),
    "ui.cat.saved": _m("{name} is opgeslagen: je vindt hem op het dashboard en bij de doelen.",
                       "{name} is saved: you find it on the dashboard and in targets."),
    "ui.cat.custom": _m("Eigen KPI's in deze werkruimte", "Own KPIs in this workspace"),
    "ui.cat.delete": _m("Verwijderen", "Remove"),
    "ui.cat.delete_help": _m("Deze eigen KPI verwijderen? Doelen die hem gebruiken, vinden hem dan niet meer.",
                             "Remove this own KPI? Targets that use it will no longer find it."),
    "ui.ratio.lead_to_customer": _m("Lead → klant", "Lead → customer"),
    "ui.ratio.mql_to_customer": _m("MQL → klant", "MQL → customer"),
    "ui.ratio.lead_to_deal": _m("Lead → gewonnen deal", "Lead → won deal"),
    "ui.ratio.cvr": _m("Conversieratio (klik → conversie)", "Conversion rate (click → conversion)"),
    "ui.ratio.cpc": _m("Kosten per klik", "Cost per click"),
    "ui.ratio.cost_per_lead": _m("Kosten per lead", "Cost per lead"),
    "ui.ratio.aov": _m("Gemiddelde orderwaarde", "Average order value"),
    "ui.ratio.ctr": _m("Vertoning → klik (CTR)", "Impression → click (CTR)"),
    "ui.ratio.click_to_lead": _m("Klik → lead", "Click → lead"),
    "ui.ratio.lead_to_mql": _m("Lead → MQL", "Lead → MQL"),
    "ui.ratio.click_to_order": _m("Klik → bestelling", "Click → order"),
    "ui.funnel.budget": _m("Budget", "Budget"),
    "ui.funnel.route.clicks": _m("{clicks} klikken × {cpc} per klik", "{clicks} clicks × {cpc} a click"),
    "ui.funnel.route.leads": _m("{leads} leads × {cpl} per lead", "{leads} leads × {cpl} a lead"),
    "ui.funnel.route_help": _m(
        "Eén budget: de betaalde klikken die het doel vraagt maal wat een klik kostte. Met je eigen verhoudingen "
        "komt {leads} leads × {cpl} per lead op hetzelfde uit.",
        "One budget: the paid clicks the target takes times what a click cost. With your own ratios, {leads} leads "
        "× {cpl} a lead comes to the same."),
    "ui.funnel.route_differs": _m(
        "Met de aangepaste verhoudingen kost een lead {cpl} via de klikken, tegen {cpl_hist} in je gegevens.",
        "With the changed ratios a lead costs {cpl} through the clicks, against {cpl_hist} in your data."),
    "ui.funnel.no_data": _m("(geen gegevens)", "(no data)"),
    "ui.funnel.step_help": _m("Per week: {value}", "Per week: {value}"),
    "ui.need.mqls": _m("MQL's", "MQLs"),
    "ui.need.leads": _m("Leads", "Leads"),
    "ui.need.orders": _m("Bestellingen", "Orders"),
    "ui.need.clicks": _m("Klikken", "Clicks"),
    "ui.need.budget": _m("Budget (via klikken)", "Budget (via clicks)"),
    "ui.need.budget_via_cost_per_lead": _m("Budget (via kosten per lead)", "Budget (via cost per lead)"),
    # catalogue
    "ui.cat.title": _m("KPI-catalogus", "KPI catalogue"),
    "ui.cat.intro": _m(
        "Elke KPI met definitie, formule over de basismaten, eenheid, goede richting en soort. Een ratio is altijd "
        "de som van de teller gedeeld door de som van de noemer over de periode.",
        "Every KPI with its definition, formula over base measures, unit, good direction and kind. A ratio is "
        "always the sum of the numerator over the sum of the denominator for the period."),
    "ui.cat.search": _m("Zoeken", "Search"),
    "ui.cat.search_ph": _m("bijv. ROAS of lead", "e.g. ROAS or lead"),
    "ui.cat.col_name": _m("KPI", "KPI"),
    "ui.cat.col_definition": _m("Definitie", "Definition"),
    "ui.cat.col_formula": _m("Formule", "Formula"),
    "ui.cat.col_unit": _m("Eenheid", "Unit"),
    "ui.cat.col_good": _m("Goed is", "Good is"),
    "ui.cat.col_kinds": _m("Soort", "Kind"),
    "ui.cat.col_data": _m("Gegevens", "Data"),
    "ui.cat.none": _m("Geen KPI's gevonden.", "No KPIs found."),
    "ui.cat.builder": _m("Eigen KPI bouwen", "Build your own KPI"),
    "ui.cat.builder_help": _m("Een formule over basismaten met + - * / en haakjes, met de Nederlandse of Engelse "
                              "namen. Basismaten: {measures}.",
                              "A formula over base measures with + - * / and brackets, in English or Dutch names. "
                              "Base measures: {measures}."),
    "ui.cat.formula_ph": _m("bijv. (Omzet - Inkoopwaarde) / Advertentiekosten",
                            "e.g. (Revenue - Cost of goods sold) / Ad spend"),
    "ui.cat.err.unexpected_token": _m(
        "Onverwacht '{token}' op positie {position}. Gebruik basismaten, getallen, + - * / en haakjes.",
        "Unexpected '{token}' at position {position}. Use base measures, numbers, + - * / and brackets."),
    "ui.cat.err.unexpected_end": _m(
        "De formule houdt te vroeg op (positie {position}): vul haar aan of sluit de haakjes.",
        "The formula ends too early (position {position}): complete it or close the brackets."),
    "ui.cat.err.unknown_measure": _m(
        "'{token}' op positie {position} is geen basismaat. Kies er een uit de lijst hierboven, bijvoorbeeld "
        "Klikken, Advertentiekosten of Omzet.",
        "'{token}' at position {position} is not a base measure. Choose one from the list above, for example "
        "Clicks, Ad spend or Revenue."),
    "ui.cat.err.not_a_ratio": _m(
        "Dit is geen deling van sommen. Schrijf de formule als één breuk, bijvoorbeeld (Conversiewaarde - "
        "Advertentiekosten) / Advertentiekosten.",
        "This is not a ratio of sums. Write the formula as one fraction, for example (Conversion value - Ad "
        "spend) / Ad spend."),
    "ui.cat.formula": _m("Formule", "Formula"),
    "ui.cat.name": _m("Naam", "Name"),
    "ui.cat.name_ph": _m("bijv. Marge-ROAS", "e.g. Margin ROAS"),
    "ui.cat.unit": _m("Eenheid", "Unit"),
    "ui.cat.good": _m("Goed is", "Good is"),
    "ui.cat.domain": _m("Domein", "Domain"),
    "ui.cat.kinds": _m("Soort", "Kind"),
    "ui.cat.start": _m("Typ een formule, bijvoorbeeld *(Omzet - Inkoopwaarde) / Advertentiekosten*; Koers "
                       "controleert haar meteen.",
                       "Type a formula, for example *(Revenue - Cost of goods sold) / Ad spend*; Koers checks it at "
                       "once."),
    "ui.cat.valid": _m("Geldige formule over: {measures}.", "Valid formula over: {measures}."),
    "ui.cat.missing": _m("Geldig, maar deze werkruimte heeft geen {measures}: upload een export met die kolommen.",
                         "Valid, but this workspace has no {measures}: upload an export with those columns."),
    # teaching
    "ui.teach.kpis_title": _m("Welke KPI's kies ik?", "Which KPIs do I choose?"),
    "ui.teach.kpis": _m(
        "**Kies 2 à 3 KPI's per domein** (marketing, sales, e-mail, ...). Een KPI is een meetbare indicator die "
        "aan een doel hangt; het doel zelf is geen KPI. Te veel KPI's maken een jungle zonder overzicht, en KPI's "
        "kunnen elkaar tegenwerken (volume tegenover efficiëntie). Combineer ze voor inzicht: veel nieuwe orders "
        "maar een lage marge vraagt om actie.",
        "**Choose 2 or 3 KPIs per domain** (marketing, sales, email, ...). A KPI is a measurable indicator tied "
        "to a goal; the goal itself is not a KPI. Too many KPIs make a jungle without overview, and KPIs can work "
        "against each other (volume versus efficiency). Combine them for insight: many new orders but a low margin "
        "calls for action."),
    "ui.teach.leading": _m(
        "**Leading en lagging.** Een *lagging* KPI legt vast wat er gebeurd is (omzet, nieuwe klanten). Een "
        "*leading* KPI voorspelt het (MQL's vóór orders, dalende reviewscores vóór klantverloop). Meet je doel met "
        "een lagging KPI en stuur bij op de leading KPI's.",
        "**Leading and lagging.** A *lagging* KPI records what happened (revenue, new customers). A *leading* KPI "
        "predicts it (MQLs before orders, falling review scores before churn). Measure your goal with a lagging KPI "
        "and steer on the leading ones."),
    "ui.teach.smart_title": _m("Wat maakt een doel SMART?", "What makes a target SMART?"),
    "ui.teach.smart": _m(
        "- **Specifiek**: welke KPI, welk kanaal of welke campagne.\n"
        "- **Meetbaar**: er zijn gegevens en een getal (\"CTR van 3% naar 5%\").\n"
        "- **Acceptabel**: er is een eigenaar en het is afgesproken.\n"
        "- **Realistisch**: haalbaar gezien eerdere resultaten.\n"
        "- **Tijdgebonden**: een deadline en een periode.\n\n"
        "\"Meer leads\" is te vaag; \"+20% leads in zes maanden\" is een KPI-doel.",
        "- **Specific**: which KPI, which channel or campaign.\n"
        "- **Measurable**: there is data and a number (\"CTR from 3% to 5%\").\n"
        "- **Agreed**: there is an owner and it was agreed.\n"
        "- **Realistic**: achievable given past results.\n"
        "- **Time-bound**: a deadline and a period.\n\n"
        "\"More leads\" is too vague; \"+20% leads in six months\" is a KPI target."),
}
