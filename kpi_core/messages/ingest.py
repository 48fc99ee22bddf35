MESSAGES = {
    "ingest.all_time": {
        "nl": "Dit rapport beslaat 'Hele periode' zonder datums: totalen kloppen, maar om het aan een werkruimte toe "
              "te voegen of per periode te bekijken, geef je de dagen op (--period VAN..TOT, of het datumveld).",
        "en": "This report covers 'All time' without dates: totals are right, but to add it to a workspace or see "
              "it by period, give its days (--period FROM..TO, or the date field).",
    },
    "ingest.no_data_rows": {
        "nl": "{file}: deze export bevat geen gegevensrijen (totaalrijen: {totals}; het bestand zegt: {note}). "
              "Kies in de tool een periode of weergave met gegevens en exporteer opnieuw.",
        "en": "{file}: this export holds no data rows (totals rows: {totals}; the file says: {note}). "
              "Choose a period or view with data in the tool and export again.",
    },
    "ingest.decimal_mixed": {
        "nl": "Kolom '{column}' schrijft getallen met '{usual}' als decimaalteken, maar {count} cellen duidelijk met "
              "'{mark}' (rij {rows}); die zijn zo gelezen. Controleer ze in het bestand.",
        "en": "Column '{column}' writes numbers with '{usual}' as decimal mark, but {count} cells clearly with "
              "'{mark}' (row {rows}); those were read that way. Check them in the file.",
    },
    "ingest.bad_override": {
        "nl": "{file}: de bewaarde koppeling zet kolom '{column}' op '{field}', een veld dat Koers niet kent. "
              "Koppel de kolom opnieuw op de pagina Gegevens.",
        "en": "{file}: the remembered mapping puts column '{column}' on '{field}', a field Koers does not know. "
              "Map the column again on the Data page.",
    },
    "ingest.empty_file": {
        "nl": "{file}: het bestand is leeg. Exporteer het rapport opnieuw, met minstens één rij gegevens.",
        "en": "{file}: the file is empty. Export the report again, with at least one row of data.",
    },
    "ingest.not_a_table": {
        "nl": "{file}: dit is geen CSV-, TSV- of Excel-bestand. Upload de export zoals de tool hem downloadt.",
        "en": "{file}: this is not a CSV, TSV or Excel file. Upload the export as the tool downloads it.",
    },
    "ingest.no_header": {
        "nl": "{file}: geen kopregel met kolomnamen gevonden. Controleer of de export kolomkoppen heeft.",
        "en": "{file}: no header row with column names found. Check that the export has column headers.",
    },
    "ingest.one_column": {
        "nl": "{file} heeft één kolom ('{header}'): een lijst, zonder cijfers die Koers per dag kan tellen. Exporteer "
              "een tabel met datums en cijfers (klikken, kosten, bestellingen).",
        "en": "{file} has one column ('{header}'): a list, with no figures Koers can count by day. Export a table with "
              "dates and figures (clicks, costs, orders).",
    },
    "ingest.heading_only": {
        "nl": "{file} bevat alleen de kopregels van een rapport ('{line}' …) en geen tabel: de periode had geen "
              "gegevens, of de download is afgebroken. Kies een periode met gegevens en exporteer opnieuw.",
        "en": "{file} holds only a report's heading lines ('{line}' …) and no table: the period had no data, or the "
              "download stopped. Choose a period with data and export again.",
    },
    "ingest.period_report": {
        "nl": "Periodeoverzicht zonder datumkolom: alle rijen gelden voor {start} t/m {end} ({origin}); ze "
              "worden gelijk over die dagen verdeeld.",
        "en": "Period report without a date column: every row covers {start} to {end} ({origin}); rows are "
              "spread evenly over those days.",
    },
    "ingest.period_report_dated": {
        "nl": "Periodeoverzicht: elke rij heeft in '{column}' {start}, de eerste dag van de periode die het bestand "
              "noemt; elke rij geldt dus voor {start} t/m {end} en wordt gelijk over die dagen verdeeld.",
        "en": "Period report: every row's '{column}' is {start}, the first day of the period the file states; each "
              "row covers {start} to {end} and is spread evenly over those days.",
    },
    "ingest.period_report.origin.file": {"nl": "zoals het bestand zegt", "en": "as the file states"},
    "ingest.period_report.origin.name": {"nl": "zoals de bestandsnaam zegt", "en": "as the file's name states"},
    "ingest.period_report.origin.given": {"nl": "zoals opgegeven", "en": "as given"},
    "ingest.converted_ignored": {
        "nl": "Koers leest {columns} in {currency}, de valuta van het account; de omgerekende kopieën ({others}) "
              "zijn niet meegeteld.",
        "en": "Koers reads {columns} in {currency}, the account's currency; the converted copies ({others}) are "
              "not counted.",
    },
    "ingest.converted_used": {
        "nl": "De accounts in deze export rekenen in verschillende valuta: Koers leest de omgerekende bedragen "
              "({columns}, in {currency}) in plaats van {others}.",
        "en": "The accounts in this export are billed in different currencies: Koers reads the converted amounts "
              "({columns}, in {currency}) instead of {others}.",
    },
    "ingest.currency_from_marks": {
        "nl": "De bedragen staan in {currency}, zoals het teken bij de getallen zegt ({marks}). Klopt dat niet, "
              "exporteer dan met een valutakolom of met de valuta in de kolomnaam, zoals 'Kosten (CAD)'.",
        "en": "The amounts are in {currency}, as the mark beside the figures says ({marks}). If that is wrong, "
              "export with a currency column or with the currency in the column name, such as 'Cost (CAD)'.",
    },
    "ingest.unread.shopify_payouts": {
        "nl": "{file} is de lijst van uitbetalingen van Shopify Payments: een uitbetaling is geen verkoop, dus Koers "
              "leest er geen cijfers uit. Exporteer voor omzet en bestellingen de bestellingen (Bestellingen > "
              "Exporteren).",
        "en": "{file} is Shopify Payments' list of payouts: a payout is no sale, so Koers reads no figures from it. "
              "For revenue and orders, export the orders (Orders > Export).",
    },
    "ingest.unread.shopify_transactions": {
        "nl": "{file} is de lijst van transacties van Shopify Payments: betalingen en uitbetalingen, geen "
              "bestellingen, dus Koers leest er geen cijfers uit. Exporteer voor omzet en bestellingen de "
              "bestellingen (Bestellingen > Exporteren).",
        "en": "{file} is Shopify Payments' list of transactions: payments and payouts, not orders, so Koers reads "
              "no figures from it. For revenue and orders, export the orders (Orders > Export).",
    },
    "ingest.unread.stripe_payouts": {
        "nl": "{file} is de lijst van uitbetalingen van Stripe: een uitbetaling gaat van je saldo naar de bank en is "
              "geen verkoop, dus Koers leest er geen cijfers uit. Exporteer voor omzet en bestellingen de betalingen "
              "(Payments > Exporteren) of de saldohistorie.",
        "en": "{file} is Stripe's list of payouts: a payout moves your balance to the bank and is no sale, so Koers "
              "reads no figures from it. For revenue and orders, export the payments (Payments > Export) or the "
              "balance history.",
    },
    "ingest.unread.stripe_subscriptions": {
        "nl": "{file} is de lijst van abonnementen van Stripe zoals ze nu staan, zonder betalingen: die leest Koers "
              "niet. Exporteer voor omzet de betalingen (Payments > Exporteren).",
        "en": "{file} is Stripe's list of subscriptions as they stand now, without payments, which Koers does not "
              "read. For revenue, export the payments (Payments > Export).",
    },
    "ingest.unread.stripe_invoices": {
        "nl": "{file} is de lijst van facturen van Stripe. De betaling van een factuur staat ook in de export van "
              "de betalingen, naast betalingen zonder factuur: exporteer voor omzet en bestellingen de betalingen "
              "(Payments > Exporteren), dan telt elke betaling één keer.",
        "en": "{file} is Stripe's list of invoices. An invoice's payment is in the payments export too, beside "
              "payments without an invoice: for revenue and orders, export the payments (Payments > Export), so that "
              "each payment counts once.",
    },
    "ingest.unread.google_ads_words": {
        "nl": "{file} is de kaart Zoekopdrachten per woord van Google Ads: elke zoekopdracht telt daarin mee voor elk "
              "woord dat erin staat, dus de rijen overlappen en tellen nooit op. Neem de kaart per zoekopdracht of het "
              "rapport met zoektermen.",
        "en": "{file} is Google Ads' Searches card by word: each search counts there once for every word it holds, so "
              "its rows overlap and never add up. Take the card by search or the search terms report.",
    },
    "ingest.unread.google_ads_changes": {
        "nl": "{file} is de kaart Grootste wijzigingen van Google Ads: die noemt alleen de campagnes waarvan de "
              "cijfers het meest veranderden, naast hun cijfers van de periode ervoor; de som is niet die van het "
              "account. Neem het rapport per campagne of de kaart Campagnes.",
        "en": "{file} is Google Ads' Biggest changes card: it lists only the campaigns whose figures moved most, "
              "beside their figures of the period before, so its sum is not the account's. Take the campaign report "
              "or the Campaigns card.",
    },
    "ingest.unread.google_ads_geographic": {
        "nl": "{file} is de kaart Locaties per geografisch rapport van Google Ads: die telt alleen de vertoningen die "
              "Google op die plaats kon vastleggen, dus de som is niet die van het account. Neem de kaart per "
              "getargete locatie (Targeting) of het rapport per campagne.",
        "en": "{file} is Google Ads' Locations card by geographic report: it counts only the impressions Google could "
              "place at that level, so its sum is not the account's. Take the card by targeted location (Targeting) "
              "or the campaign report.",
    },
    "ingest.unread.google_ads_demographics": {
        "nl": "{file} is een demografische kaart van Google Ads (per leeftijd of geslacht): die telt alleen de "
              "vertoningen van mensen van wie de leeftijd of het geslacht bekend is ('Percent of known total'), dus "
              "de som is niet die van het account. Neem het rapport per campagne, of het demografische rapport met "
              "de rij 'Onbekend'.",
        "en": "{file} is a Google Ads demographics card (by age or gender): it counts only the impressions of people "
              "whose age or gender is known ('Percent of known total'), so its sum is not the account's. Take the "
              "campaign report, or the demographics report with its 'Unknown' row.",
    },
    "ingest.unread.search_console_filters": {
        "nl": "{file} is het blad Filters van een Search Console-download: het noemt de filters van de download "
              "(zoektype, datums), geen cijfers. Voeg de tabellen van dezelfde download toe, zoals die per datum "
              "(Diagram/Datums) voor totalen.",
        "en": "{file} is the Filters sheet of a Search Console download: it names the download's filters (search "
              "type, dates), no figures. Add the tables of the same download, such as the one by date (Chart/Dates) "
              "for totals.",
    },
    "ingest.unread.search_console_indexing": {
        "nl": "{file} is de grafiek van het indexeringsrapport van Search Console: pagina's per dag geteld naar of "
              "Google ze indexeerde, naast de vertoningen die ook in het prestatierapport staan. Neem voor klikken en "
              "vertoningen het prestatierapport (de tabel per datum, Diagram/Datums).",
        "en": "{file} is the chart of Search Console's page indexing report: pages per day counted by whether Google "
              "indexed them, beside the impressions the performance report holds too. For clicks and impressions, "
              "take the performance report (its table by date, Chart/Dates).",
    },
    "ingest.unread.google_ads_assets": {
        "nl": "{file} is een assetrapport van Google Ads: een advertentie telt daarin mee voor elke asset die ze "
              "toonde (sitelinks, highlights, afbeeldingen, op campagne- en advertentiegroepniveau), dus de rijen "
              "overlappen en tellen op tot een veelvoud van het account. Neem het rapport per campagne of "
              "advertentiegroep.",
        "en": "{file} is a Google Ads asset report: an ad counts there once for every asset it showed (sitelinks, "
              "callouts, images, at campaign and ad group level), so its rows overlap and add up to several times the "
              "account. Take the campaign or ad group report.",
    },
    "ingest.unread.kit_subscribers": {
        "nl": "{file} is de lijst van abonnees van Kit: die leest Koers nog niet. Exporteer voor verzonden mails, "
              "opens en kliks het overzicht van de broadcasts.",
        "en": "{file} is Kit's list of subscribers, which Koers does not read yet. For emails sent, opens and clicks, "
              "export the broadcasts.",
    },
    "ingest.unread.pipedrive_persons": {
        "nl": "{file} is de lijst van personen van Pipedrive: de deals daarin zijn het totaal van elke persoon tot nu "
              "toe, geen deals van een dag. Exporteer voor gewonnen deals en omzet de deals (Deals > Exporteren).",
        "en": "{file} is Pipedrive's list of persons: its deals are each person's total so far, not deals of a day. "
              "For deals won and revenue, export the deals (Deals > Export).",
    },
    "ingest.unread.pipedrive_organizations": {
        "nl": "{file} is de lijst van organisaties van Pipedrive: de deals daarin zijn het totaal van elke "
              "organisatie tot nu toe, geen deals van een dag. Exporteer voor gewonnen deals en omzet de deals "
              "(Deals > Exporteren).",
        "en": "{file} is Pipedrive's list of organizations: its deals are each organization's total so far, not "
              "deals of a day. For deals won and revenue, export the deals (Deals > Export).",
    },
    "ingest.unread.shopify_customers": {
        "nl": "{file} is de klantenexport van Shopify: bestellingen en besteed bedrag zijn het totaal van elke klant "
              "tot nu toe, geen verkoop van een dag. Exporteer voor omzet en bestellingen de bestellingen.",
        "en": "{file} is Shopify's customers export: its orders and total spent are each customer's total so far, not "
              "sales of a day. For revenue and orders, export the orders.",
    },
    "ingest.unread.woocommerce_customers": {
        "nl": "{file} is de klantenlijst van WooCommerce Analytics: bestellingen en besteed bedrag zijn het totaal "
              "van elke klant tot nu toe, geen verkoop van een dag. Exporteer voor omzet en bestellingen de "
              "bestellingen.",
        "en": "{file} is WooCommerce Analytics' list of customers: its orders and total spend are each customer's "
              "total so far, not sales of a day. For revenue and orders, export the orders.",
    },
    "ingest.unread.google_business_profile": {
        "nl": "{file} is een prestatierapport van Google Bedrijfsprofiel: weergaven van het profiel en klikken op zijn "
              "knoppen (bellen, route, website) per vestiging. Dat zijn geen advertentiekliks: Koers telt ze niet, "
              "zodat ze niet in de CTR of CPC van je advertenties belanden. Het bezoek dat het profiel je website "
              "brengt, staat in GA4.",
        "en": "{file} is a Google Business Profile performance report: the profile's views and the clicks on its "
              "buttons (call, directions, website) per location. These are no ad clicks: Koers does not count them, "
              "so that they cannot end up in your ads' CTR or CPC. The visits the profile brings your website are in "
              "GA4.",
    },
    "ingest.unread.hubspot_companies": {
        "nl": "{file} is de lijst van bedrijven van HubSpot: de omzet daarin is het totaal van elk bedrijf tot nu toe "
              "(of per jaar), geen omzet van een dag. Exporteer voor gewonnen deals en omzet de deals.",
        "en": "{file} is HubSpot's list of companies: its revenue is each company's total so far (or per year), not "
              "revenue of a day. For deals won and revenue, export the deals.",
    },
    "ingest.months_outside_range": {
        "nl": "{count} rijen gelden voor een maand buiten de periode die het bestand noemt ({start} t/m {end}): ze "
              "tellen voor die hele maand. Klopt de periode bovenaan niet, exporteer dan opnieuw.",
        "en": "{count} rows are for a month outside the period the file states ({start} to {end}): they count for that "
              "whole month. If the period at the top is wrong, export again.",
    },
    "ingest.utc_days": {
        "nl": "Tijden in {columns} staan in UTC: elke rij telt op haar dag in tijdzone {zone}, soms de dag na of voor "
              "de datum in het bestand. Werk je in een andere tijdzone, stel die dan in voor de werkruimte.",
        "en": "Times in {columns} are in UTC: each row counts on its day in time zone {zone}, at times the day after "
              "or before the date in the file. If you work in another time zone, set it for the workspace.",
    },
    "ingest.months_by_first_day": {
        "nl": "Kolom '{column}' dateert elke rij op de eerste dag van een maand: elke rij is gelezen als die hele "
              "maand, verdeeld over haar dagen (per dag of week is dat een schatting). Zijn het losse dagen, "
              "exporteer dan per dag.",
        "en": "Column '{column}' dates every row on the first day of a month: each row is read as that whole month, "
              "spread over its days (by day or week, an estimate). If they are single days, export by day.",
    },
    "ingest.years_outside_range": {
        "nl": "{count} rijen gelden voor een jaar buiten de periode die het bestand noemt ({start} t/m {end}): ze "
              "tellen voor dat hele jaar. Klopt de periode niet, exporteer dan opnieuw.",
        "en": "{count} rows are for a year outside the period the file states ({start} to {end}): they count for that "
              "whole year. If the period is wrong, export again.",
    },
    "ingest.weeks_outside_range": {
        "nl": "{count} rijen gelden voor een week buiten de periode die het bestand noemt ({start} t/m {end}): ze "
              "tellen voor die hele week. Klopt de periode bovenaan niet, exporteer dan opnieuw.",
        "en": "{count} rows are for a week outside the period the file states ({start} to {end}): they count for that "
              "whole week. If the period at the top is wrong, export again.",
    },
    "ingest.lower_levels": {
        "nl": "De kolom '{column}' geeft elke rij een niveau: alleen de rijen van het bovenste niveau ({level}) "
              "tellen; {count} rijen van lagere niveaus zitten al in hun totalen en zijn apart gezet.",
        "en": "Column '{column}' gives each row a level: only the rows of the top level ({level}) count; {count} rows "
              "of lower levels are already in their totals and were set aside.",
    },
    "ingest.week_numbers": {
        "nl": "De kolom '{column}' telt de weken van het jaar zoals {tool} dat doet (zondag tot en met zaterdag; week "
              "01 begint op 1 januari): elke rij telt voor de dagen van zijn week binnen {start} t/m {end}.",
        "en": "Column '{column}' numbers the weeks of the year as {tool} does (Sunday to Saturday; week 01 begins on "
              "1 January): each row counts for its week's days within {start} to {end}.",
    },
    "ingest.channel_named": {
        "nl": "{count} rijen noemen hun kanaal anders dan {tool} het in het Engels toont (in een andere taal of met "
              "de naam uit de API: {values}): ze tellen onder die Engelse naam, zodat beide soorten exports één kanaal "
              "geven.",
        "en": "{count} rows name their channel otherwise than {tool} shows it in English (in another language or by "
              "its API name: {values}): they count under that English name, so that both kinds of export give one "
              "channel.",
    },
    "ingest.other_period_left_out": {
        "nl": "Na de gegevens staat een tweede tabel, over een andere periode ({start} t/m {end}, rijen "
              "{first}-{last}; een vergelijking met een eerdere periode). Die is niet meegeteld: Koers leest één tabel "
              "per bestand. Exporteer die periode apart om hem toe te voegen.",
        "en": "After the data stands a second table, of another period ({start} to {end}, rows {first}-{last}; a "
              "comparison with an earlier period). It was left out: Koers reads one table per file. Export that "
              "period on its own to add it.",
    },
    "ingest.schedule_spread": {
        "nl": "{count} rijen hebben een eigen looptijd ({columns}) die korter is dan de periode van het rapport: hun "
              "cijfers zijn verdeeld over de dagen van die looptijd binnen de periode (per dag of week een schatting).",
        "en": "{count} rows have a schedule of their own ({columns}) shorter than the report's period: their figures "
              "are spread over the days of that schedule within the period (by day or week, an estimate).",
    },
    "ingest.tables_left_out": {
        "nl": "Na de gegevens staan nog {count} tabellen (rijen {first}-{last}): {tables}. Die zijn niet meegeteld: "
              "Koers leest één tabel per bestand, de eerste. Download een rapport met alleen die tabel om hem toe te "
              "voegen.",
        "en": "After the data stand {count} more tables (rows {first}-{last}): {tables}. They were left out: Koers "
              "reads one table per file, the first. Download a report of that table alone to add it.",
    },
    "ingest.other_items": {
        "nl": "{count} rijen 'Totaal: Overige …' (rij {rows}) tellen mee als gegevens: ze bevatten de cijfers van wat "
              "het rapport niet apart noemt (overige zoektermen of locaties), geen som van de rijen erboven.",
        "en": "{count} rows 'Total: Other …' (rows {rows}) count as data: they hold the figures of what the report "
              "does not list on its own (other search terms or locations), not a sum of the rows above.",
    },
    "ingest.grouped_filled": {
        "nl": "{count} rijen hadden geen {column}: in dit gegroepeerde rapport staat die alleen op de eerste rij "
              "van elke groep, dus tellen ze met de waarde erboven.",
        "en": "{count} rows had no {column}: this grouped report writes it on each group's first row only, so they "
              "count with the value above them.",
    },
    "ingest.mixed_currency": {
        "nl": "Deze export bevat bedragen in meerdere valuta ({currencies}): Koers telt ze niet op, dus KPI's met "
              "geld worden over dit bestand geweigerd. Exporteer per valuta voor juiste totalen.",
        "en": "This export holds amounts in several currencies ({currencies}): Koers does not add them up, so KPIs "
              "of money are refused over this file. Export one currency at a time for right totals.",
    },
    "ingest.needs_period": {
        "nl": "{file}: deze export heeft geen datumkolom en noemt geen periode ('{stated}'). Geef de periode op, "
              "bijvoorbeeld --period 2025-01-01..2025-01-31, of exporteer met een vast datumbereik.",
        "en": "{file}: this export has no date column and states no period ('{stated}'). Give its period, for "
              "example --period 2025-01-01..2025-01-31, or export it with a fixed date range.",
    },
    "ingest.bad_period": {
        "nl": "Periode '{value}' is niet te lezen. Schrijf VAN..TOT, bijvoorbeeld 2025-01-01..2025-01-31.",
        "en": "Period '{value}' cannot be read. Write FROM..TO, for example 2025-01-01..2025-01-31.",
    },
    "ingest.bad_zone": {
        "nl": "Tijdzone '{value}' is onbekend. Schrijf de naam zoals Europe/Amsterdam, Europe/Brussels of UTC.",
        "en": "Time zone '{value}' is unknown. Write its name as in Europe/Amsterdam, Europe/Brussels or UTC.",
    },
    "ingest.no_date_column": {
        "nl": "{file}: geen datumkolom gevonden (kolommen: {columns}). Exporteer opnieuw met een datumkolom: de dag "
              "bij cijfers per dag (Datum, Dag), of bij deals, orders en contacten de dag van aanmaken of sluiten "
              "(Aanmaakdatum, Sluitingsdatum). Is het een rapport over één periode, geef die dan op: in het "
              "periodeveld bij het uploaden, of met --period 2025-01-01..2025-01-31.",
        "en": "{file}: no date column found (columns: {columns}). Export again with a date column: the day for "
              "figures by day (Date, Day), or for deals, orders and contacts the day each was created or closed "
              "(Create Date, Close Date). If it is a report of one period, give that period: in the period field "
              "when you upload, or with --period 2025-01-01..2025-01-31.",
    },
    "ingest.deleted_records": {
        "nl": "{count} records zijn als verwijderd gemarkeerd (IsDeleted): ze tellen niet mee.",
        "en": "{count} records are marked deleted (IsDeleted): they count for nothing.",
    },
    "ingest.people_segment": {
        "nl": "Dit rapport is opgesplitst naar '{segment}': dezelfde mensen staan in veel rijen (elke gebruiker heeft "
              "meerdere gebeurtenissen), dus '{column}' telt niet op en blijft ongelezen. Exporteer voor gebruikers "
              "een rapport per dag of per kanaal.",
        "en": "This report is split by '{segment}': the same people stand in many rows (every user has several "
              "events), so '{column}' does not add up and stays unread. For users, export a report by day or by "
              "channel.",
    },
    "ingest.people_segment_only": {
        "nl": "{file} is opgesplitst naar '{segment}': dezelfde mensen staan in veel rijen, dus '{column}' telt niet "
              "op, en andere cijfers heeft het bestand niet. Exporteer voor gebruikers een rapport per dag of per "
              "kanaal.",
        "en": "{file} is split by '{segment}': the same people stand in many rows, so '{column}' does not add up, and "
              "the file has no other figures. For users, export a report by day or by channel.",
    },
    "ingest.conversion_segment": {
        "nl": "Dit rapport is opgesplitst naar '{segment}': {tool} zet dan vertoningen, klikken en kosten op elke rij "
              "op 0 en geeft de echte alleen in de totaalrijen. Koers leest uit dit bestand alleen de conversies en "
              "hun waarde; {columns} blijven ongelezen. Exporteer hetzelfde rapport zonder die opsplitsing voor "
              "kosten, klikken en vertoningen.",
        "en": "This report is split by '{segment}': {tool} then writes 0 for impressions, clicks and cost on every "
              "row and the real figures only in its totals rows. Koers reads only the conversions and their value "
              "from this file; {columns} stay unread. Export the same report without that segment for cost, clicks "
              "and impressions.",
    },
    "ingest.compare_export": {
        "nl": "Deze export vergelijkt twee periodes ('{current}' en '{previous}'). Koers leest de cijfers van "
              "'{current}' en laat die van '{previous}' liggen: {columns}. Upload de export van die periode apart "
              "om ze ook te tellen.",
        "en": "This export compares two periods ('{current}' and '{previous}'). Koers reads the figures of "
              "'{current}' and sets those of '{previous}' aside: {columns}. Upload that period's own export to count "
              "them too.",
    },
    "ingest.conversion_segment_only": {
        "nl": "{file} is opgesplitst naar '{segment}': {tool} zet dan vertoningen, klikken en kosten op elke rij op 0 "
              "({columns}), en Koers vindt in dit bestand geen conversies om te lezen. Exporteer hetzelfde rapport "
              "zonder die opsplitsing.",
        "en": "{file} is split by '{segment}': {tool} then writes 0 for impressions, clicks and cost on every row "
              "({columns}), and Koers finds no conversions to read in this file. Export the same report without "
              "that segment.",
    },
    "ingest.table_needs_period": {
        "nl": "{file}: deze tabel van {tool} heeft geen datums en noemt niet welke periode ze beslaat. Geef die "
              "periode op: in het periodeveld bij het uploaden, of met --period 2025-01-01..2025-01-31.",
        "en": "{file}: this {tool} table has no dates and does not say which period it covers. Give that period: in "
              "the period field when you upload, or with --period 2025-01-01..2025-01-31.",
    },
    "ingest.label_lines": {
        "nl": "{file} is het rapport van één campagne of item, met per regel een label en een waarde ('{label}'), "
              "geen tabel met een rij per campagne of dag. Exporteer de lijst van campagnen (bij Mailchimp: Reports, "
              "Export as CSV) en upload die.",
        "en": "{file} is the report of one campaign or item, a label and a value per line ('{label}'), not a table "
              "with a row per campaign or day. Export the list of campaigns (in Mailchimp: Reports, Export as CSV) "
              "and upload that.",
    },
    "ingest.too_many_blank_lines": {
        "nl": "{file} bevat meer dan {limit} lege regels (tot regel {row}): geen export schrijft die. Exporteer "
              "opnieuw of verwijder de lege regels.",
        "en": "{file} holds more than {limit} empty lines (up to line {row}): no export writes those. Export again "
              "or remove the empty lines.",
    },
    "ingest.wrapped_lines": {
        "nl": "Elke regel van dit bestand stond als één cel tussen aanhalingstekens (zoals een spreadsheet die het "
              "opnieuw opslaat kan schrijven): gelezen als de export die erin staat. Exporteer het liefst opnieuw uit "
              "de tool zelf.",
        "en": "Each line of this file stood as one cell in quotes (as a spreadsheet saving it again may write it): "
              "read as the export inside. Best export it again from the tool itself.",
    },
    "ingest.label_report": {
        "nl": "Gelezen als het rapport van één campagne: {labels} regels met een label en een waarde werden {rows} "
              "rij(en); de tabellen erna ({tables} regels, zoals de kliks per URL) zijn niet meegeteld.",
        "en": "Read as the report of one campaign: {labels} lines of a label and a value became {rows} row(s); the "
              "tables after them ({tables} lines, such as the clicks by URL) are not counted.",
    },
    "ingest.shopify_abandoned_checkouts": {
        "nl": "{file} is Shopify's export van verlaten checkouts, geen bestellingen: geen enkele rij heeft een "
              "betaalstatus (Financial Status), want niemand heeft betaald. Exporteer voor je verkopen Bestellingen > "
              "Exporteren.",
        "en": "{file} is Shopify's abandoned checkouts export, not orders: no row has a Financial Status, as nobody "
              "paid. For your sales, export Orders > Export.",
    },
    "ingest.nameless_part": {
        "nl": "Rij {row} heeft cijfers maar geen naam; met {value} {measure} is ze geen totaal van de andere rijen "
              "(samen {rows_sum}): Koers telt haar als een rij van zichzelf (wat de tool geen naam kon geven, zoals "
              "sessies zonder landingspagina).",
        "en": "Row {row} has figures but no name; at {value} {measure} it is no total of the other rows (together "
              "{rows_sum}): Koers counts it as a row of its own (what the tool could give no name, such as sessions "
              "without a landing page).",
    },
    "ingest.short_of_total": {
        "nl": "De {count} rijen tellen op tot {rows_sum} {measure}, maar de totaalrij van het bestand zegt {total} "
              "({percent}% meer): het bestand toont maar een deel van wat het totaal telt (een GA4-verkenning "
              "downloadt alleen de rijen die ze laat zien). Koers telt de rijen; download alle rijen om alles te "
              "tellen.",
        "en": "The {count} rows add up to {rows_sum} {measure}, but the file's total row says {total} ({percent}% "
              "more): the file lists only part of what its total counts (a GA4 exploration downloads only the rows it "
              "shows). Koers counts the rows; download all rows to count everything.",
    },
    "ingest.tool_lacks": {
        "nl": "{file} lijkt een export van {tool}, maar er ontbreekt een kolom die Koers nodig heeft om die te lezen: "
              "{needs}. Exporteer opnieuw met die kolom erbij, of wijs de kolommen zelf toe.",
        "en": "{file} looks like a {tool} export, but it lacks a column Koers needs to read one: {needs}. Export "
              "again with that column, or map the columns yourself.",
    },
    "ingest.headers_unread_script": {
        "nl": "{file}: de meeste kolomnamen zijn in een schrift dat Koers (nog) niet leest ({examples}), dus zijn de "
              "kolommen niet te herkennen. Exporteer opnieuw met de tool in het Engels of Nederlands, of wijs de "
              "kolommen toe.",
        "en": "{file}: most column names are in a script Koers does not read (yet) ({examples}), so its columns "
              "cannot be recognised. Export again with the tool in English or Dutch, or map the columns.",
    },
    "ingest.no_measure_column": {
        "nl": "{file}: geen kolom met cijfers herkend (kolommen: {columns}). Voeg bijvoorbeeld Klikken, Kosten of "
              "Omzet toe aan de export, of wijs de kolommen toe.",
        "en": "{file}: no column with figures recognised (columns: {columns}). Add e.g. Clicks, Cost or Revenue to "
              "the export, or map the columns.",
    },
    "ingest.too_large": {
        "nl": "{file}: het bestand is {size_mb} MB, de grens is {limit_mb} MB. Exporteer een kortere periode of "
              "minder kolommen.",
        "en": "{file}: the file is {size_mb} MB, the limit is {limit_mb} MB. Export a shorter period or fewer "
              "columns.",
    },
    "ingest.archive_search_console": {
        "nl": "Uit het zip-bestand van Search Console is {member} gelezen: klikken en vertoningen per dag. De andere "
              "tabellen ({others}) verdelen dezelfde klikken over zoekopdrachten, pagina's, landen en apparaten; "
              "opgeteld zouden ze ze nog eens tellen.",
        "en": "Read {member} from Search Console's zip file: clicks and impressions by day. Its other tables "
              "({others}) split the same clicks by query, page, country and device; added, they would count them "
              "again.",
    },
    "ingest.archive_one": {
        "nl": "{member} gelezen, de tabel in het zip-bestand.",
        "en": "Read {member}, the table inside the zip file.",
    },
    "ingest.archive_choose": {
        "nl": "{file} is een zip-bestand met meerdere bestanden ({files}) en Koers weet niet welke tabel je bedoelt. "
              "Pak het uit en upload de tabellen die je wilt lezen; meerdere bestanden tegelijk kan.",
        "en": "{file} is a zip file of several files ({files}) and Koers cannot tell which table you mean. Unzip it "
              "and upload the tables you want read; several files at once is fine.",
    },
    "ingest.archive_audience": {
        "nl": "{file} is Mailchimp's export van een doelgroep: een bestand per soort leden ({files}). Voeg het "
              "zip-bestand toe (op de pagina Data of met add): dan gaat elk bestand erin als een eigen upload. Pak "
              "het uit om één bestand te bekijken.",
        "en": "{file} is Mailchimp's audience export: a file per kind of member ({files}). Add the zip file (on the "
              "Data page or with add) and each file goes in as an upload of its own. Unzip it to inspect one file.",
    },
    "ingest.unescaped_quotes": {
        "nl": "De tekst in de eerste kolom bevat aanhalingstekens die niet verdubbeld zijn zoals CSV vraagt (rijen: "
              "{count}, de eerste rij {row}); zo schrijft Bing Webmaster Tools zijn zoekwoordrapporten. Koers las elke "
              "regel van rechts: de cellen na de eerste zijn cijfers tussen aanhalingstekens, en de tekst ervoor is de "
              "eerste cel, met zijn aanhalingstekens.",
        "en": "The first column's text holds quotes that were not doubled as CSV asks (rows: {count}, the first row "
              "{row}); Bing Webmaster Tools writes its keyword reports so. Koers read each line from the right: the "
              "cells after the first are quoted figures, and the text before them is the first cell, quotes and all.",
    },
    "ingest.archive_member_empty": {
        "nl": "{file} bevat geen leden, alleen de kopregel: er is niets van toe te voegen.",
        "en": "{file} holds no members, its header alone: there is nothing in it to add.",
    },
    "ingest.archive_no_members": {
        "nl": "{file} is Mailchimp's export van een doelgroep, maar geen van zijn bestanden bevat leden die zich "
              "aanmeldden ({files}). Exporteer de doelgroep opnieuw zodra er leden zijn.",
        "en": "{file} is Mailchimp's audience export, but none of its files holds members who joined ({files}). "
              "Export the audience again once it has members.",
    },
    "ingest.archive_members": {
        "nl": "{member} gelezen uit Mailchimp's export van een doelgroep, {file}. De andere bestanden erin ({others}) "
              "gaan erin als eigen uploads: elk houdt andere leden.",
        "en": "Read {member} from Mailchimp's audience export, {file}. Its other files ({others}) go in as uploads of "
              "their own: each holds other members.",
    },
    "ingest.archive_no_table": {
        "nl": "{file} is een zip-bestand zonder CSV- of Excel-tabel ({files}). Upload de export zelf.",
        "en": "{file} is a zip file without a CSV or Excel table ({files}). Upload the export itself.",
    },
    "ingest.archive_workspace": {
        "nl": "{file} is een export van een Koers-werkruimte, geen export van een tool. Zet hem terug als werkruimte "
              "(python -m kpi_core import {file} --workspace PAD) in plaats van hem als data te uploaden.",
        "en": "{file} is a Koers workspace export, not an export of a tool. Restore it as a workspace (python -m "
              "kpi_core import {file} --workspace PATH) instead of uploading it as data.",
    },
    "ingest.archive_too_many": {
        "nl": "{file} is een zip-bestand met meer dan {limit} bestanden; Koers opent er een met ten hoogste {limit}. "
              "Pak het uit en upload de tabel die je wilt lezen.",
        "en": "{file} is a zip file of more than {limit} files; Koers opens one of at most {limit}. Unzip it and "
              "upload the table you want read.",
    },
    "ingest.archive_packing": {
        "nl": "{file}: {member} is gepakt met bzip2 of LZMA, wat geen exporttool doet; Koers pakt het niet uit. "
              "Pak het zelf uit en upload de tabel.",
        "en": "{file}: {member} is packed with bzip2 or LZMA, which no export tool does; Koers does not unpack it. "
              "Unzip it yourself and upload the table.",
    },
    "ingest.unread.mailchimp_nonsubscribed": {
        "nl": "{file} is Mailchimp's lijst van niet-geabonneerde contacten: mensen die zich nooit aanmeldden, dus geen "
              "nieuwe abonnees; het is niet toegevoegd. De bestanden van de geabonneerde, afgemelde en opgeschoonde "
              "leden zijn samen iedereen die zich aanmeldde.",
        "en": "{file} is Mailchimp's list of non-subscribed contacts: people who never subscribed, so no new "
              "subscribers; it is not added. The files of the subscribed, unsubscribed and cleaned members are "
              "everyone who joined.",
    },
    "ingest.archive_encrypted": {
        "nl": "{file}: {member} in het zip-bestand is met een wachtwoord beveiligd. Pak het uit en upload de tabel.",
        "en": "{file}: {member} in the zip file is password-protected. Unzip it and upload the table.",
    },
    "ingest.archive_nested": {
        "nl": "{file}: {member} is zelf weer een zip-bestand. Pak het uit en upload de tabel erin.",
        "en": "{file}: {member} is a zip file itself. Unzip it and upload the table inside.",
    },
    "ingest.archive_corrupt": {
        "nl": "{file}: het zip-bestand is beschadigd en kan niet worden gelezen ({detail}). Download het opnieuw.",
        "en": "{file}: the zip file is damaged and cannot be read ({detail}). Download it again.",
    },
    "ingest.excel_corrupt": {
        "nl": "{file}: het Excel-bestand is beschadigd en kan niet worden gelezen. Download het opnieuw of "
              "sla het op als CSV.",
        "en": "{file}: the Excel file is damaged and cannot be read. Download it again or save it as CSV.",
    },
    "ingest.excel_encrypted": {
        "nl": "{file}: het Excel-bestand is met een wachtwoord beveiligd. Verwijder het wachtwoord in Excel "
              "(Bestand > Info > Werkmap beveiligen) of sla het op als CSV.",
        "en": "{file}: the Excel file is password-protected. Remove the password in Excel "
              "(File > Info > Protect Workbook) or save it as CSV.",
    },
    "ingest.bad_number": {
        "nl": "{file}, rij {row}, kolom '{column}': '{value}' is geen getal. Corrigeer de cel of exporteer opnieuw.",
        "en": "{file}, row {row}, column '{column}': '{value}' is not a number. Fix the cell or export again.",
    },
    "ingest.bad_date": {
        "nl": "{file}, rij {row}, kolom '{column}': '{value}' is geen datum die Koers kan lezen. "
              "Gebruik bijvoorbeeld 2025-01-31 of 31-01-2025.",
        "en": "{file}, row {row}, column '{column}': '{value}' is not a date Koers can read. "
              "Use e.g. 2025-01-31 or 31-01-2025.",
    },
    "ingest.mixed_dates": {
        "nl": "{file}, kolom '{column}': de datums mengen dag-maand en maand-dag (zowel 31/01 als 01/31). "
              "Exporteer opnieuw met één datumnotatie.",
        "en": "{file}, column '{column}': the dates mix day-month and month-day (both 31/01 and 01/31). "
              "Export again with one date format.",
    },
    "ingest.dates_read_month_first": {
        "nl": "Kolom '{column}': elke datum is te lezen als dag-maand en als maand-dag (geen getal boven 12). "
              "Koers las de maand eerst, zoals {tool} datums schrijft: '{example}' is {read}. Klopt dat niet, "
              "exporteer dan opnieuw met het jaar voorop (2025-12-31).",
        "en": "Column '{column}': every date reads as day-month and as month-day (no number above 12). Koers read the "
              "month first, as {tool} writes dates: '{example}' is {read}. If that is wrong, export again with the "
              "year first (2025-12-31).",
    },
    "ingest.dates_read_month_first_dollars": {
        "nl": "Kolom '{column}': elke datum is te lezen als dag-maand en als maand-dag (geen getal boven 12). "
              "Koers las de maand eerst, zoals in de Verenigde Staten, want alle bedragen zijn in USD: '{example}' is "
              "{read}. Klopt dat niet, exporteer dan opnieuw met het jaar voorop (2025-12-31).",
        "en": "Column '{column}': every date reads as day-month and as month-day (no number above 12). Koers read the "
              "month first, as the United States write dates, since every amount is in USD: '{example}' is {read}. "
              "If that is wrong, export again with the year first (2025-12-31).",
    },
    "ingest.dates_read_day_first": {
        "nl": "Kolom '{column}': elke datum is te lezen als dag-maand en als maand-dag (geen getal boven 12). "
              "Koers las de dag eerst, zoals in Nederland en België: '{example}' is {read}. Klopt dat niet, "
              "exporteer dan opnieuw met het jaar voorop (2025-12-31).",
        "en": "Column '{column}': every date reads as day-month and as month-day (no number above 12). Koers read the "
              "day first, as most of Europe writes dates: '{example}' is {read}. If that is wrong, export again with "
              "the year first (2025-12-31).",
    },
    "ingest.censored": {
        "nl": "{count} cellen met '< 10' (door de tool afgeschermd) zijn als leeg gelezen.",
        "en": "{count} cells with '< 10' (withheld by the tool) were read as empty.",
    },
    "ingest.non_additive": {
        "nl": "{measures}: opgeteld zoals het bestand ze geeft; rijen kunnen dezelfde personen bevatten, "
              "dus het totaal kan te hoog zijn.",
        "en": "{measures}: summed as the file states them; rows may count the same people, so the total may "
              "be too high.",
    },
    "ingest.date_ranges": {
        "nl": "{count} rijen beslaan meer dan één dag; Koers verdeelt ze gelijk over hun dagen, dus cijfers per "
              "dag of week binnen zo'n periode zijn schattingen (gemarkeerd). Exporteer per dag voor precieze "
              "cijfers per dag.",
        "en": "{count} rows cover more than one day; Koers spreads them evenly over their days, so figures per day "
              "or week inside such a period are estimates (marked). Export by day for exact daily figures.",
    },
    "ingest.undated_rows": {
        "nl": "{count} rijen tellen niet mee voor {measures}: hun kolom '{column}' is leeg, dus Koers weet niet op "
              "welke dag ze vallen. Vul de datum aan in de tool en exporteer opnieuw.",
        "en": "{count} rows are not counted in {measures}: their '{column}' is empty, so Koers cannot tell which "
              "day they fall on. Fill in the date in the tool and export again.",
    },
    "ingest.derived_ignored": {
        "nl": "Afgeleide kolommen niet opgeteld (een ratio of gemiddelde per rij telt niet op): {columns}. Koers "
              "berekent zulke KPI's uit de aantallen.",
        "en": "Derived columns not summed (a rate or average per row does not add up): {columns}. Koers computes "
              "such KPIs from the counts.",
    },
    "ingest.counted_without_money": {
        "nl": "{count} rijen tellen mee in {counted} zonder bedrag: ze brengen niets in {money}, en een gemiddelde "
              "per stuk (zoals de gemiddelde dealwaarde) telt ze mee als 0. Vul het bedrag aan in de tool en "
              "exporteer opnieuw.",
        "en": "{count} rows count in {counted} without an amount: they bring nothing to {money}, and an average per "
              "one (such as the average deal size) counts them as 0. Fill in the amount in the tool and export again.",
    },
    "ingest.derived_without_counts": {
        "nl": "Niet gelezen: {columns}. Een ratio of gemiddelde per rij telt niet op, en dit bestand mist de aantallen "
              "waaruit Koers het berekent ({measures}). Exporteer ook die aantallen om deze KPI's te zien.",
        "en": "Not read: {columns}. A rate or average per row does not add up, and this file lacks the counts Koers "
              "computes it from ({measures}). Export those counts too to see these KPIs.",
    },
    "ingest.excel_unpacks_too_large": {
        "nl": "{file}: het Excel-bestand pakt uit tot {size_mb} MB, de grens is {limit_mb} MB. Exporteer een kortere "
              "periode of minder kolommen, of sla het op als CSV.",
        "en": "{file}: the Excel file unpacks to {size_mb} MB, the limit is {limit_mb} MB. Export a shorter period or "
              "fewer columns, or save it as CSV.",
    },
    "ingest.excel_packed_too_tightly": {
        "nl": "{file}: het Excel-bestand is {ratio} keer samengeperst, meer dan de {limit} keer van een echte export; "
              "Koers opent het niet. Sla het opnieuw op in Excel, of als CSV.",
        "en": "{file}: the Excel file is packed {ratio} times, more than the {limit} times of a real export; Koers "
              "does not open it. Save it again in Excel, or as CSV.",
    },
    "ingest.excel_sheet_too_large": {
        "nl": "{file}: een werkblad heeft minstens {rows} rijen en {columns} kolommen; Koers leest ten hoogste "
              "{max_rows} rijen en {max_columns} kolommen. Exporteer een kortere periode of minder kolommen, of sla "
              "het blad op als CSV.",
        "en": "{file}: a sheet has at least {rows} rows and {columns} columns; Koers reads at most {max_rows} rows "
              "and {max_columns} columns. Export a shorter period or fewer columns, or save the sheet as CSV.",
    },
    "ingest.excel_too_many_cells": {
        "nl": "{file}: de werkbladen beslaan samen {cells} cellen (rijen × kolommen), meer dan de {limit} die Koers "
              "leest. Verwijder lege of verre cellen, of sla het blad met de gegevens op als CSV.",
        "en": "{file}: the sheets span {cells} cells together (rows × columns), more than the {limit} Koers reads. "
              "Delete empty or far-off cells, or save the sheet with the data as CSV.",
    },
    "ingest.excel_text_too_long": {
        "nl": "{file}: het Excel-bestand bevat een tekst van meer dan {limit_mb} MB, langer dan een cel kan zijn. "
              "Download het opnieuw of sla het op als CSV.",
        "en": "{file}: the Excel file holds a text of more than {limit_mb} MB, longer than a cell can be. Download it "
              "again or save it as CSV.",
    },
    "ingest.excel_too_much_text": {
        "nl": "{file}: de cellen herhalen samen meer dan {limit_mb} MB tekst. Sla het blad met de gegevens op als CSV.",
        "en": "{file}: the cells repeat more than {limit_mb} MB of text together. Save the sheet with the data as CSV.",
    },
    "ingest.excel_too_many_rows": {
        "nl": "{file}: werkblad '{sheet}' heeft meer dan {limit} rijen, de grens van Koers. Exporteer een kortere "
              "periode of sla het blad op als CSV.",
        "en": "{file}: sheet '{sheet}' has more than {limit} rows, the limit of Koers. Export a shorter period or "
              "save the sheet as CSV.",
    },
    "ingest.excel_no_data": {
        "nl": "{file}: werkblad '{sheet}' heeft kolomnamen maar geen rijen met gegevens. Exporteer een periode "
              "waarin er gegevens zijn.",
        "en": "{file}: sheet '{sheet}' has column names but no rows of data. Export a period that has data.",
    },
    "ingest.line_too_long": {
        "nl": "{file}, regel {row}: deze regel (of cel tussen aanhalingstekens) is langer dan {limit_kb} kB; een "
              "export heeft regels van hooguit enkele kB. Controleer de regel in het bestand (een aanhalingsteken dat "
              "nooit sluit?) of exporteer opnieuw.",
        "en": "{file}, line {row}: this line (or quoted cell) is longer than {limit_kb} kB; an export has lines of a "
              "few kB at most. Check the line in the file (a quote that never closes?) or export again.",
    },
    "ingest.unnamed_column": {
        "nl": "Kolom {column} heeft geen naam; de waarden ervan (zoals '{value}') zijn niet gelezen. Geef de kolom een "
              "naam in het bestand als Koers ze moet gebruiken.",
        "en": "Column {column} has no name; its values (such as '{value}') were not read. Give the column a name in "
              "the file if Koers should use them.",
    },
    "ingest.beyond_header": {
        "nl": "{file}, rij {row}: de cel '{value}' staat voorbij de laatste van de {columns} kolommen van de kopregel "
              "({count} rij(en) zo). De cellen van zo'n rij staan niet onder hun kolomnaam: meestal bevat een waarde "
              "het scheidingsteken zonder aanhalingstekens eromheen. Corrigeer de rij of exporteer opnieuw.",
        "en": "{file}, row {row}: the cell '{value}' stands past the last of the header's {columns} columns ({count} "
              "row(s) like this). The cells of such a row do not stand under their column names: most often a value "
              "holds the delimiter without quotes around it. Fix the row or export again.",
    },
    "ingest.too_many_columns": {
        "nl": "{file}, regel {row}: {columns} kolommen, Koers leest er ten hoogste {limit}. Exporteer minder "
              "kolommen of controleer het scheidingsteken.",
        "en": "{file}, line {row}: {columns} columns, Koers reads at most {limit}. Export fewer columns or check the "
              "delimiter.",
    },
    "ingest.nul_removed": {
        "nl": "{count} NUL-tekens (binaire nullen, geen tekst) stonden in cellen (regel {rows}); ze zijn weggelaten, "
              "de cellen gelezen zonder ze.",
        "en": "{count} NUL characters (binary zeros, no text) stood in cells (lines {rows}); they were left out, the "
              "cells read without them.",
    },
    "ingest.nul_byte": {
        "nl": "{file}, regel {row}: een NUL-byte, binaire gegevens in plaats van tekst; het bestand is beschadigd of "
              "geen CSV. Download de export opnieuw.",
        "en": "{file}, line {row}: a NUL byte, binary data instead of text; the file is damaged or not a CSV. "
              "Download the export again.",
    },
    "ingest.unclosed_quote": {
        "nl": "{file}, regel {row}: hier opent een aanhalingsteken dat nooit sluit, zodat de volgende regels in één "
              "cel belanden. Sluit het aanhalingsteken in het bestand of exporteer opnieuw.",
        "en": "{file}, line {row}: a quote opens here and never closes, so the lines after it end up in one cell. "
              "Close the quote in the file or export again.",
    },
    "ingest.bad_quote": {
        "nl": "{file}, rij {row}: een cel tussen aanhalingstekens gaat na het sluitende aanhalingsteken nog door "
              "(zoals \"ab\"cd), of het aanhalingsteken sluit nooit. Zet de hele waarde tussen aanhalingstekens en "
              "verdubbel elk aanhalingsteken erin, of exporteer opnieuw.",
        "en": "{file}, row {row}: a quoted cell goes on after its closing quote (as in \"ab\"cd), or the quote never "
              "closes. Put the whole value between quotes and double every quote inside it, or export again.",
    },
    "ingest.bad_encoding": {
        "nl": "{file}, regel {row}: bytes die geen {encoding}-tekst zijn (is het bestand afgebroken of uit twee "
              "bestanden samengevoegd?). Download de export opnieuw of sla hem op als UTF-8.",
        "en": "{file}, line {row}: bytes that are not {encoding} text (was the file cut off, or glued from two "
              "files?). Download the export again or save it as UTF-8.",
    },
    "ingest.encoding_changes": {
        "nl": "{file}, regel {row}: de tekencodering wisselt hier van {was} naar {now}; Koers raadt niet welke "
              "klopt. Sla de export opnieuw op als UTF-8.",
        "en": "{file}, line {row}: the character encoding changes here from {was} to {now}; Koers does not guess "
              "which is right. Save the export again as UTF-8.",
    },
    "ingest.encoding_mixed": {
        "nl": "{count} tekens op {lines} rijen waren geen UTF-8 en zijn als Windows-1252 gelezen (rij {rows}). "
              "Controleer die rijen, of sla de export op als UTF-8.",
        "en": "{count} characters on {lines} rows were not UTF-8 and were read as Windows-1252 (row {rows}). "
              "Check those rows, or save the export as UTF-8.",
    },
    "ingest.dates_out_of_range": {
        "nl": "{count} rijen met een datum buiten {min}–{max} zijn overgeslagen (rijen {rows}); zo'n datum is meestal "
              "een plaatshouder of tikfout. Corrigeer ze in het bestand om ze mee te tellen.",
        "en": "{count} rows with a date outside {min}–{max} were set aside (rows {rows}); such a date is usually a "
              "placeholder or a typo. Fix them in the file to count them.",
    },
    "ingest.undated_set_aside": {
        "nl": "{count} rijen met cijfers maar zonder datum in kolom '{column}' zijn overgeslagen (rijen {rows}): ze "
              "vallen op geen dag. Is het een subtotaal, dan klopt dat; anders vul je de datum aan in de tool en "
              "exporteer je opnieuw.",
        "en": "{count} rows with figures but no date in column '{column}' were set aside (rows {rows}): they fall on "
              "no day. If they are subtotals, that is right; otherwise fill in the date in the tool and export "
              "again.",
    },
    "ingest.all_undated": {
        "nl": "{file}: geen enkele rij heeft een datum in kolom '{column}' (rijen {rows}). Vul de datums aan in de "
              "tool en exporteer opnieuw, of koppel de juiste datumkolom op de pagina Gegevens.",
        "en": "{file}: no row has a date in column '{column}' (rows {rows}). Fill in the dates in the tool and export "
              "again, or map the right date column on the Data page.",
    },
    "ingest.no_row_dated_in_range": {
        "nl": "{file}: geen enkele rij valt te tellen. Een datum buiten {min}–{max}: rijen {rows}; geen datum in kolom "
              "'{column}': rijen {undated_rows}. Controleer de datumkolom in de tool en exporteer opnieuw.",
        "en": "{file}: no row can be counted. A date outside {min}–{max}: rows {rows}; no date in column '{column}': "
              "rows {undated_rows}. Check the date column in the tool and export again.",
    },
    "ingest.all_dates_out_of_range": {
        "nl": "{file}: alle {count} rijen hebben een datum buiten {min}–{max} (rijen {rows}). Controleer de datumkolom "
              "of exporteer opnieuw.",
        "en": "{file}: all {count} rows have a date outside {min}–{max} (rows {rows}). Check the date column or "
              "export again.",
    },
    "ingest.period_out_of_range": {
        "nl": "{file}: de periode {start} t/m {end} valt buiten {min}–{max}. Geef de juiste periode op "
              "(--period VAN..TOT).",
        "en": "{file}: the period {start} to {end} lies outside {min}–{max}. Give the right period "
              "(--period FROM..TO).",
    },
    "ingest.check_negative": {
        "nl": "{count} rijen hebben een negatieve waarde voor {measure} (rijen {rows}); overgenomen zoals het bestand "
              "zegt. Controleer ze in de tool.",
        "en": "{count} rows have a negative {measure} (rows {rows}); kept as the file says. Check them in the tool.",
    },
    "ingest.check_clicks_over_impressions": {
        "nl": "{count} rijen hebben meer klikken dan vertoningen (rijen {rows}); overgenomen zoals het bestand zegt. "
              "Controleer ze in de tool.",
        "en": "{count} rows have more clicks than impressions (rows {rows}); kept as the file says. Check them in "
              "the tool.",
    },
    "ingest.check_reach_over_impressions": {
        "nl": "{count} rijen hebben een groter bereik dan vertoningen (rijen {rows}); overgenomen zoals het bestand "
              "zegt. Controleer ze in de tool.",
        "en": "{count} rows have a reach above their impressions (rows {rows}); kept as the file says. Check them in "
              "the tool.",
    },
    "ingest.check_delivered_over_sent": {
        "nl": "{count} rijen hebben meer afgeleverde dan verzonden e-mails (rijen {rows}); overgenomen zoals het "
              "bestand zegt. Controleer ze in de tool.",
        "en": "{count} rows have more emails delivered than sent (rows {rows}); kept as the file says. Check them in "
              "the tool.",
    },
    "ingest.check_bounces_over_sent": {
        "nl": "{count} rijen hebben meer bounces dan verzonden e-mails (rijen {rows}); overgenomen zoals het bestand "
              "zegt. Controleer ze in de tool.",
        "en": "{count} rows have more bounces than emails sent (rows {rows}); kept as the file says. Check them in "
              "the tool.",
    },
    "ingest.check_opens_over_delivered": {
        "nl": "{count} rijen hebben meer unieke opens dan afgeleverde e-mails (rijen {rows}); overgenomen zoals het "
              "bestand zegt. Controleer ze in de tool.",
        "en": "{count} rows have more unique opens than emails delivered (rows {rows}); kept as the file says. Check "
              "them in the tool.",
    },
    "ingest.check_opens_over_sent": {
        "nl": "{count} rijen hebben meer unieke opens dan verzonden e-mails (rijen {rows}); overgenomen zoals het "
              "bestand zegt. Controleer ze in de tool.",
        "en": "{count} rows have more unique opens than emails sent (rows {rows}); kept as the file says. Check them "
              "in the tool.",
    },
    "ingest.check_clicks_over_opens": {
        "nl": "{count} rijen hebben meer unieke klikken dan unieke opens (rijen {rows}); overgenomen zoals het bestand "
              "zegt. Controleer ze in de tool.",
        "en": "{count} rows have more unique clicks than unique opens (rows {rows}); kept as the file says. Check "
              "them in the tool.",
    },
    "ingest.check_conversions_over_clicks": {
        "nl": "{count} rijen hebben meer conversies dan klikken (rijen {rows}); dat kan bij conversies na weergave, "
              "maar is vaak een fout. Overgenomen zoals het bestand zegt.",
        "en": "{count} rows have more conversions than clicks (rows {rows}); view-through conversions can do that, "
              "but it is often an error. Kept as the file says.",
    },
}
