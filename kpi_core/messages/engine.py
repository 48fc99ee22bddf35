"""Texts for KPIs: the catalogue, formulas, the compiler and the compute/catalog commands."""

MESSAGES = {
    # Formulas (custom KPIs): point at the token
    "formula.invalid": {
        "nl": "Formule '{formula}' klopt niet.",
        "en": "Formula '{formula}' is not valid.",
    },
    "formula.unexpected_token": {
        "nl": "Formule '{formula}': onverwacht '{token}' op positie {position}. Gebruik maatstaven, getallen, "
              "+ − × ÷ en haakjes.",
        "en": "Formula '{formula}': unexpected '{token}' at position {position}. Use measures, numbers, "
              "+ − × ÷ and parentheses.",
    },
    "formula.unexpected_end": {
        "nl": "Formule '{formula}' houdt te vroeg op (positie {position}): vul de formule aan of sluit de haakjes.",
        "en": "Formula '{formula}' ends too early (position {position}): complete it or close the parentheses.",
    },
    "formula.unknown_measure": {
        "nl": "Formule '{formula}': '{token}' op positie {position} is geen bekende maatstaf. Kies bijvoorbeeld "
              "clicks, cost of revenue.",
        "en": "Formula '{formula}': '{token}' at position {position} is not a known measure. Use for example "
              "clicks, cost or revenue.",
    },
    "formula.not_a_ratio": {
        "nl": "Formule '{formula}' is geen deling van sommen. Schrijf haar als één breuk, bijvoorbeeld "
              "(conversion_value - cost) / cost.",
        "en": "Formula '{formula}' is not a ratio of sums. Write it as one fraction, for example "
              "(conversion_value - cost) / cost.",
    },
    # Catalogue and engine
    "catalogue.invalid": {
        "nl": "De KPI-catalogus klopt niet: {errors}",
        "en": "The KPI catalogue is not valid: {errors}",
    },
    "engine.unknown_kpi": {
        "nl": "KPI '{kpi}' bestaat niet. Bekijk de lijst met `catalog`.",
        "en": "KPI '{kpi}' does not exist. See the list with `catalog`.",
    },
    "engine.unknown_dimension": {
        "nl": "'{dimension}' is geen dimensie. Kies uit: {known}.",
        "en": "'{dimension}' is not a dimension. Choose from: {known}.",
    },
    "engine.unknown_grain": {
        "nl": "'{grain}' is geen periode. Kies uit: {known}.",
        "en": "'{grain}' is not a period. Choose from: {known}.",
    },
    "engine.missing_measures": {
        "nl": "KPI '{kpi}' kan niet berekend worden: de gegevens missen {measures}. Voeg een export toe die dit bevat.",
        "en": "KPI '{kpi}' cannot be computed: the data lacks {measures}. Add an export that has it.",
    },
    "engine.bad_date": {
        "nl": "'{value}' is geen datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2025-01-31.",
        "en": "'{value}' is not a date. Write YYYY-MM-DD, for example 2025-01-31.",
    },
    "engine.files_with_workspace": {
        "nl": "Geef bestanden óf --workspace, niet beide. Voeg de bestanden eerst toe met "
              "`add --workspace {workspace} BESTAND`.",
        "en": "Give files or --workspace, not both. Add the files first with `add --workspace {workspace} FILE`.",
    },
    "engine.mixed_currencies": {
        "nl": "Bedragen in {currencies} tellen niet zomaar op. Leg wisselkoersen vast naar {target} per maand, "
              "bijvoorbeeld `rates set --workspace W --from USD --to {target} --month 2025-01 --rate 0.92` "
              "(ontbreekt nog: {missing}).",
        "en": "Amounts in {currencies} do not simply add up. Record exchange rates to {target} per month, for "
              "example `rates set --workspace W --from USD --to {target} --month 2025-01 --rate 0.92` "
              "(still missing: {missing}).",
    },
    "engine.currencies_in_one_file": {
        "nl": "Bedragen in verschillende valuta staan in één bestand: {files}. Koers telt ze niet op en kan ze niet "
              "per rij omrekenen. Exporteer één valuta per bestand (filter op de valutakolom), of met een kolom "
              "omgerekende bedragen.",
        "en": "Amounts in several currencies stand in one file: {files}. Koers does not add them up and cannot "
              "convert them row by row. Export one currency per file (filter on the currency column), or with a "
              "column of converted amounts.",
    },
    "engine.converted": {
        "nl": "Bedragen in {currencies} zijn omgerekend naar {target} met de vastgelegde koersen per maand.",
        "en": "Amounts in {currencies} are converted to {target} with the recorded rates per month.",
    },
    "engine.bad_use": {
        "nl": "--use {value}: schrijf MEETWAARDE=BRON[,BRON], bijvoorbeeld cost=google_ads,meta_ads.",
        "en": "--use {value}: write MEASURE=SOURCE[,SOURCE], for example cost=google_ads,meta_ads.",
    },
    "engine.no_input": {
        "nl": "Geef één of meer exportbestanden, of een werkruimte met --workspace.",
        "en": "Give one or more export files, or a workspace with --workspace.",
    },
    # Notes beside the numbers
    "engine.note.source_of_truth": {
        "nl": "{measure}: geteld uit {used}; {left_out} laat hetzelfde nog eens zien en telt niet mee "
              "(kies een andere bron per maatstaf).",
        "en": "{measure}: counted from {used}; {left_out} reports the same again and is left out "
              "(pick another source per measure).",
    },
    "engine.note.kpi": {"nl": "{kpi}: {note}", "en": "{kpi}: {note}"},
    # CLI output
    "engine.table.kpi": {"nl": "KPI", "en": "KPI"},
    "engine.table.period": {"nl": "periode", "en": "period"},
    "engine.table.value": {"nl": "waarde", "en": "value"},
    "engine.table.numerator": {"nl": "teller", "en": "numerator"},
    "engine.table.denominator": {"nl": "noemer", "en": "denominator"},
    "engine.table.total": {"nl": "totaal", "en": "total"},
    "engine.table.none": {"nl": "(geen)", "en": "(none)"},
    "engine.currency_unnamed": {
        "nl": "{files} noemt geen valuta: het geld daarin is gelezen als {currency}, de valuta van de werkruimte. "
              "Klopt dat niet, exporteer dan met een valutakolom.",
        "en": "{files} names no currency: its money is read as {currency}, the workspace's currency. If that is wrong, "
              "export with a currency column.",
    },
    "engine.table.no_rows": {"nl": "Geen KPI's: geen enkele rij telt mee in een cijfer.",
                             "en": "No KPIs: no row counts in any figure."},
    "engine.catalog.header": {
        "nl": "{count} KPI's (id, naam, formule, eenheid, beter is, domein)",
        "en": "{count} KPIs (id, name, formula, unit, better is, domain)",
    },
}
