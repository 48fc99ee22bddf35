MESSAGES = {
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
}
