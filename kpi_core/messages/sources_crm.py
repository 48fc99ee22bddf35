"""Warnings of the email, CRM and shop tool rules (see kpi_core/ingest/sources)."""

MESSAGES = {
    "source.email.delivered_computed": {
        "nl": "Het bestand heeft geen kolom Afgeleverd: afgeleverd is berekend als verzonden min bounces.",
        "en": "The file has no Delivered column: delivered is computed as sent minus bounces.",
    },
    "source.email.sms_apart": {
        "nl": "{count} rijen zijn geen e-mails (sms, push): ze tellen niet mee in de e-mailcijfers (verzonden, "
              "afgeleverd, opens, kliks), wel in de toegeschreven conversies en conversiewaarde.",
        "en": "{count} rows are no emails (SMS, push): they do not count in the email figures (sent, delivered, "
              "opens, clicks), only in the attributed conversions and conversion value.",
    },
    "source.brevo.opened_not_delivered": {
        "nl": "{count} adressen hebben een openingsdatum maar geen afleverdatum: ze tellen als geopend, niet als "
              "afgeleverd, zoals het bestand zegt. De openratio kan daardoor boven 100% komen.",
        "en": "{count} addresses have an open date but no delivery date: they count as opened, not as delivered, as "
              "the file says. The open rate can therefore pass 100%.",
    },
    "source.email.ab_parts": {
        "nl": "{count} rijen zijn delen van een A/B-test (Combo, Winner) waarvan de campagne zelf ook een rij heeft: "
              "ze tellen via die rij, één keer.",
        "en": "{count} rows are parts of an A/B test (Combo, Winner) whose campaign has a row of its own: they count "
              "through that row, once.",
    },
    "source.email.attributed_sales": {
        "nl": "Bestellingen en omzet die de e-mailtool aan zichzelf toeschrijft, tellen als conversies en "
              "conversiewaarde, niet als omzet.",
        "en": "Orders and sales the email tool attributes to itself count as conversions and conversion value, "
              "not as revenue.",
    },
    "source.hubspot.customer_without_close_date": {
        "nl": "{count} klanten hebben geen Close Date (klant gemaakt zonder gewonnen deal): ze tellen op hun "
              "aanmaakdatum.",
        "en": "{count} customers have no Close Date (made customers without a won deal): they count on their create "
              "date.",
    },
    "source.hubspot.stage_without_dates": {
        "nl": "Voor fasen zonder datumkolom heeft de export alleen de huidige levenscyclusfase: MQL's, SQL's of "
              "klanten zonder hun kolom 'Became a ... Date' tellen op de aanmaakdatum. Exporteer die kolommen voor de "
              "juiste datums.",
        "en": "For stages without a date column the export has only the current lifecycle stage: MQLs, SQLs or "
              "customers without their 'Became a ... Date' column count on the create date. Export those columns for "
              "the right dates.",
    },
    "source.deals.open_ignored": {
        "nl": "{count} open deals: hun verwachte sluitingsdatum telt nergens voor mee.",
        "en": "{count} open deals: their expected close date counts for nothing.",
    },
    "source.stripe.paid_only": {
        "nl": "Alleen betalingen met status Paid tellen als bestelling; omzet is het omgerekende bedrag min wat "
              "ervan is terugbetaald, in de uitbetalingsvaluta.",
        "en": "Only payments with status Paid count as orders; revenue is the converted amount minus what was "
              "refunded of it, in the settlement currency.",
    },
    "source.stripe.not_paid_excluded": {
        "nl": "{count} betalingen zonder status Paid (mislukt, terugbetaald, in behandeling) tellen niet mee.",
        "en": "{count} payments without status Paid (failed, refunded, pending) are not counted.",
    },
    "source.stripe.disputes_lost": {
        "nl": "{count} betalingen verloren een betwisting (Dispute Status 'lost'): het betwiste bedrag gaat van de "
              "omzet af, op de dag van de betaling.",
        "en": "{count} payments lost a dispute (Dispute Status 'lost'): the disputed amount comes off revenue, on the "
              "payment's day.",
    },
    "source.stripe.balance": {
        "nl": "Stripe-saldohistorie: charges en payments tellen als bestelling met hun bedrag als omzet; "
              "terugbetalingen en betwistingen (disputes) gaan er op hun eigen datum af. Bedragen in de valuta van "
              "het saldo.",
        "en": "Stripe balance history: charges and payments count as orders with their amount as revenue; refunds "
              "and disputes come off it on their own dates. Amounts in the balance's currency.",
    },
    "source.stripe.balance_other": {
        "nl": "{count} regels van het saldo zijn geen verkoop (kosten, uitbetalingen, correcties) en tellen niet mee.",
        "en": "{count} balance rows are no sales (fees, payouts, adjustments) and are not counted.",
    },
    "source.woocommerce.order_once": {
        "nl": "Elke bestelling telt één keer, op haar besteldatum; regels per artikel worden niet opgeteld. Alleen "
              "voltooide en in behandeling zijnde bestellingen tellen, min wat is terugbetaald.",
        "en": "Every order counts once, on its order date; line item rows are not added up. Only completed and "
              "processing orders count, minus what was refunded.",
    },
    "source.woocommerce.not_sold_excluded": {
        "nl": "{count} bestellingen die niet voltooid of in behandeling zijn (geannuleerd, terugbetaald, in "
              "afwachting) tellen niet mee.",
        "en": "{count} orders that are neither completed nor processing (cancelled, refunded, pending) are not "
              "counted.",
    },
    "source.mailchimp_audience.members_in_file": {
        "nl": "Nieuwe abonnees tellen op hun aanmelddatum (OPTIN_TIME, anders CONFIRM_TIME), voor de leden in dit "
              "bestand: de export van ingeschreven leden laat weg wie zich sindsdien afmeldde; die staan in de "
              "export van afgemelde leden.",
        "en": "New subscribers count on their opt-in date (OPTIN_TIME, else CONFIRM_TIME), for the members in this "
              "file: the export of subscribed members leaves out whoever left since; they are in the export of "
              "unsubscribed members.",
    },
    "source.mailchimp_audience.unsubscribed": {
        "nl": "{count} leden in dit bestand hebben zich afgemeld (UNSUB_TIME): ze tellen als nieuwe abonnee op hun "
              "aanmelddatum, zoals in de export van ingeschreven leden. Hun afmeldingen tellen in de rapporten van "
              "de campagnes, niet hier, zodat niemand twee keer telt.",
        "en": "{count} members in this file have unsubscribed (UNSUB_TIME): they count as new subscribers on the day "
              "they joined, as in the export of subscribed members. Their unsubscribes count in the campaigns' "
              "reports, not here, so that no one counts twice.",
    },
    "source.mailchimp_audience.cleaned": {
        "nl": "{count} leden in dit bestand zijn opgeschoond (CLEAN_TIME, na harde bounces): ze tellen als nieuwe "
              "abonnee op hun aanmelddatum; hun bounces tellen in de rapporten van de campagnes, niet hier.",
        "en": "{count} members in this file were cleaned (CLEAN_TIME, after hard bounces): they count as new "
              "subscribers on the day they joined; their bounces count in the campaigns' reports, not here.",
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
    "source.shopify.unpaid_counted": {
        "nl": "{count} bestellingen zijn nog niet (helemaal) betaald (pending, authorized, partially_paid: rembours, "
              "overboeking) en tellen mee als bestelling en omzet, zoals Shopify ze als verkoop telt; wordt er een "
              "geannuleerd, exporteer dan opnieuw.",
        "en": "{count} orders are not (fully) paid yet (pending, authorized, partially_paid: cash on delivery, bank "
              "transfer) and count as orders and revenue, as Shopify counts them as sales; if one is cancelled, "
              "export again.",
    },
    "source.shopify.partial_refunds": {
        "nl": "{count} deels terugbetaalde bestellingen tellen met hun totaal min het terugbetaalde bedrag, op hun "
              "besteldatum.",
        "en": "{count} partially refunded orders count with their total minus the refunded amount, on their order "
              "date.",
    },
}
