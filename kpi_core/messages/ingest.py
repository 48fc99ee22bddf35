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
    "ingest.period_report": {
        "nl": "Periodeoverzicht zonder datumkolom: alle rijen gelden voor {start} t/m {end} (uit {origin}); ze "
              "worden gelijk over die dagen verdeeld.",
        "en": "Period report without a date column: every row covers {start} to {end} (from {origin}); rows are "
              "spread evenly over those days.",
    },
    "ingest.mixed_currency": {
        "nl": "Deze export bevat bedragen in meerdere valuta ({currencies}); Koers telt ze op zoals ze er staan, "
              "zonder wisselkoers. Exporteer per valuta voor juiste totalen.",
        "en": "This export holds amounts in several currencies ({currencies}); Koers adds them as written, without "
              "an exchange rate. Export one currency at a time for right totals.",
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
    "ingest.no_date_column": {
        "nl": "{file}: geen datumkolom gevonden (kolommen: {columns}). Exporteer per dag, met een kolom Datum of Dag.",
        "en": "{file}: no date column found (columns: {columns}). Export by day, with a Date or Day column.",
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
    "ingest.derived_ignored": {
        "nl": "Afgeleide kolommen niet opgeteld, Koers berekent ze opnieuw: {columns}.",
        "en": "Derived columns not summed, Koers recomputes them: {columns}.",
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
}
