"""Warnings of the email, CRM and shop tool rules (see kpi_core/ingest/sources)."""

MESSAGES = {
    "source.email.delivered_computed": {
        "nl": "Het bestand heeft geen kolom Afgeleverd: afgeleverd is berekend als verzonden min bounces.",
        "en": "The file has no Delivered column: delivered is computed as sent minus bounces.",
    },
    "source.email.attributed_sales": {
        "nl": "Bestellingen en omzet die de e-mailtool aan zichzelf toeschrijft, tellen als conversies en "
              "conversiewaarde, niet als omzet.",
        "en": "Orders and sales the email tool attributes to itself count as conversions and conversion value, "
              "not as revenue.",
    },
    "source.hubspot.stage_without_dates": {
        "nl": "De export heeft alleen de huidige levenscyclusfase, geen fasedatums: MQL's, SQL's en klanten tellen "
              "op de aanmaakdatum. Exporteer de kolommen 'Became a ... Date' voor de juiste datums.",
        "en": "The export has only the current lifecycle stage, no stage dates: MQLs, SQLs and customers count on "
              "the create date. Export the 'Became a ... Date' columns for the right dates.",
    },
    "source.deals.open_ignored": {
        "nl": "{count} open deals: hun verwachte sluitingsdatum telt nergens voor mee.",
        "en": "{count} open deals: their expected close date counts for nothing.",
    },
    "source.shopify.order_once": {
        "nl": "Elke bestelling telt één keer, op de datum van 'Created at' in de tijdzone van de winkel; "
              "regels per artikel worden niet opgeteld.",
        "en": "Every order counts once, on the date of 'Created at' in the shop's time zone; line item rows are "
              "not added up.",
    },
    "source.shopify.cancelled_excluded": {
        "nl": "{count} geannuleerde bestellingen niet meegeteld.",
        "en": "{count} cancelled orders not counted.",
    },
    "source.shopify.refunded_excluded": {
        "nl": "{count} volledig terugbetaalde of vervallen bestellingen niet meegeteld.",
        "en": "{count} fully refunded or voided orders not counted.",
    },
}
