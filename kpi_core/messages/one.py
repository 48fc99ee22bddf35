"""The words of a message for a count of one, and the forms of a message said in the form its case needs (FORMS).

For a count of one: `<code>.one` is said instead of `<code>` when its count is 1
('1 row has a negative Cost (row 7)', never '1 rows have ... '). Each holds its message's placeholders but `count`,
written out, and those a count of one makes needless (the number of rows of one character)."""

# The count of messages whose count is not their `count` parameter.
COUNTS = {"ui.data.rows_all": "rows", "workspace.report.added": "rows", "ui.data.all_columns": "n",
          "workspace.cli.removed": "rows"}

# Messages said in one of several forms, by the value of the parameter named here: `<code>.<value>` where there is
# one ('this export holds no data rows' without '(totals rows: 0; the file says: -)' when there is nothing to say).
FORMS = {"ingest.no_data_rows": "form", "ingest.tool_lacks": "form"}

_KEPT = ("overgenomen zoals het bestand zegt. Controleer hem in de tool.",
         "kept as the file says. Check it in the tool.")


def _check(nl: str, en: str) -> dict[str, str]:
    """A plausibility check's warning about one row: what the row has, then the same advice as for several."""
    return {"nl": f"1 rij heeft {nl} (rij {{rows}}); {_KEPT[0]}", "en": f"1 row has {en} (row {{rows}}); {_KEPT[1]}"}


MESSAGES = {
    "ingest.schedule_spread.one": {
        "nl": "1 rij heeft een eigen looptijd ({columns}) die korter is dan de periode van het rapport: haar cijfers "
              "zijn verdeeld over de dagen van die looptijd binnen de periode (per dag of week een schatting).",
        "en": "1 row has a schedule of its own ({columns}) shorter than the report's period: its figures are spread "
              "over the days of that schedule within the period (by day or week, an estimate).",
    },
    "ingest.tables_left_out.one": {
        "nl": "Na de gegevens staat nog een tabel (rijen {first}-{last}): {tables}. Die is niet meegeteld: Koers leest "
              "één tabel per bestand, de eerste. Download een rapport met alleen die tabel om hem toe te voegen.",
        "en": "After the data stands one more table (rows {first}-{last}): {tables}. It was left out: Koers reads one "
              "table per file, the first. Download a report of that table alone to add it.",
    },
    # A sheet that lacks only its tool's date column is read as a sheet of one period once that period is given
    "ingest.tool_lacks.date": {
        "nl": "{file} lijkt een export van {tool}, maar de datumkolom ontbreekt: {needs}. Exporteer opnieuw met die "
              "kolom erbij, of, is het een rapport over één periode, geef die dan op: in het periodeveld bij het "
              "uploaden, of met --period 2025-01-01..2025-01-31.",
        "en": "{file} looks like a {tool} export, but it lacks the date column: {needs}. Export again with that "
              "column, or, if it is a report of one period, give that period: in the period field when you upload, "
              "or with --period 2025-01-01..2025-01-31.",
    },
    "ingest.no_data_rows.totals": {
        "nl": "{file}: deze export bevat geen gegevensrijen, alleen {totals} totaalrij(en). Kies in de tool een "
              "periode of weergave met gegevens en exporteer opnieuw.",
        "en": "{file}: this export holds no data rows, only {totals} totals row(s). Choose a period or view with "
              "data in the tool and export again.",
    },
    "ingest.no_data_rows.note": {
        "nl": "{file}: deze export bevat geen gegevensrijen (het bestand zegt: {note}). Kies in de tool een periode "
              "of weergave met gegevens en exporteer opnieuw.",
        "en": "{file}: this export holds no data rows (the file says: {note}). Choose a period or view with data in "
              "the tool and export again.",
    },
    "ingest.no_data_rows.empty": {
        "nl": "{file}: deze export bevat alleen kolomnamen, geen gegevensrijen. Kies in de tool een periode of "
              "weergave met gegevens en exporteer opnieuw.",
        "en": "{file}: this export holds column names alone, no data rows. Choose a period or view with data in the "
              "tool and export again.",
    },
    "ui.data.rows_all.one": {"nl": "1 rij, in gebruik", "en": "1 row, in use"},
    "workspace.report.added.one": {
        "nl": "{file}: {days_added} ({range}) aan {source}-gegevens{account} toegevoegd, uit 1 rij.",
        "en": "{file}: added {days_added} ({range}) of {source} data{account}, from 1 row.",
    },
    "ui.data.all_columns.one": {"nl": "De overige kolom", "en": "The other column"},
    "workspace.cli.removed.one": {"nl": "Dataset {dataset_id} verwijderd (1 rij).",
                                  "en": "Removed dataset {dataset_id} (1 row)."},
    "ingest.decimal_mixed.one": {
        "nl": "Kolom '{column}' schrijft getallen met '{usual}' als decimaalteken, maar 1 cel duidelijk met "
              "'{mark}' (rij {rows}); die is zo gelezen. Controleer hem in het bestand.",
        "en": "Column '{column}' writes numbers with '{usual}' as decimal mark, but 1 cell clearly with "
              "'{mark}' (row {rows}); it was read that way. Check it in the file.",
    },
    "ingest.months_outside_range.one": {
        "nl": "1 rij geldt voor een maand buiten de periode die het bestand noemt ({start} t/m {end}): hij telt voor "
              "die hele maand. Klopt de periode bovenaan niet, exporteer dan opnieuw.",
        "en": "1 row is for a month outside the period the file states ({start} to {end}): it counts for that "
              "whole month. If the period at the top is wrong, export again.",
    },
    "ingest.channel_named.one": {
        "nl": "1 rij noemt zijn kanaal anders dan {tool} het in het Engels toont (in een andere taal of met de naam "
              "uit de API: {values}): hij telt onder die Engelse naam, zodat beide soorten exports één kanaal geven.",
        "en": "1 row names its channel otherwise than {tool} shows it in English (in another language or by its API "
              "name: {values}): it counts under that English name, so that both kinds of export give one channel.",
    },
    "ingest.other_items.one": {
        "nl": "De rij 'Totaal: Overige …' (rij {rows}) telt mee als gegevens: hij bevat de cijfers van wat het rapport "
              "niet apart noemt (overige zoektermen of locaties), geen som van de rijen erboven.",
        "en": "The row 'Total: Other …' (row {rows}) counts as data: it holds the figures of what the report does not "
              "list on its own (other search terms or locations), not a sum of the rows above.",
    },
    "ingest.deleted_records.one": {
        "nl": "1 record is als verwijderd gemarkeerd (IsDeleted): het telt niet mee.",
        "en": "1 record is marked deleted (IsDeleted): it counts for nothing.",
    },
    "ingest.nul_removed.one": {
        "nl": "1 NUL-teken (een binaire nul, geen tekst) stond in een cel (regel {rows}); het is weggelaten, de cel "
              "gelezen zonder.",
        "en": "1 NUL character (a binary zero, no text) stood in a cell (line {rows}); it was left out, the cell read "
              "without it.",
    },
    "ingest.grouped_filled.one": {
        "nl": "1 rij had geen {column}: in dit gegroepeerde rapport staat die alleen op de eerste rij van elke groep, "
              "dus telt hij met de waarde erboven.",
        "en": "1 row had no {column}: this grouped report writes it on each group's first row only, so it counts "
              "with the value above it.",
    },
    "ingest.censored.one": {
        "nl": "1 cel met '< 10' (door de tool afgeschermd) is als leeg gelezen.",
        "en": "1 cell with '< 10' (withheld by the tool) was read as empty.",
    },
    "ingest.date_ranges.one": {
        "nl": "1 rij beslaat meer dan één dag; Koers verdeelt hem gelijk over zijn dagen, dus cijfers per dag of week "
              "binnen die periode zijn schattingen (gemarkeerd). Exporteer per dag voor precieze cijfers per dag.",
        "en": "1 row covers more than one day; Koers spreads it evenly over its days, so figures per day or week "
              "inside that period are estimates (marked). Export by day for exact daily figures.",
    },
    "source.tiktok.skan_apart.one": {
        "nl": "1 conversie in 'Conversions (SKAN)' telt niet mee: TikTok meldt die iOS-conversies (Apple's "
              "SKAdNetwork) apart en dagen later. Conversies zijn alleen de kolom Conversions.",
        "en": "1 conversion in 'Conversions (SKAN)' is not counted: TikTok reports those iOS conversions (Apple's "
              "SKAdNetwork) apart and days late. Conversions are the Conversions column alone.",
    },
    "source.hubspot.customer_without_close_date.one": {
        "nl": "1 klant heeft geen Close Date (klant gemaakt zonder gewonnen deal): die telt op zijn aanmaakdatum.",
        "en": "1 customer has no Close Date (made a customer without a won deal): it counts on its create date.",
    },
    "ingest.undated_rows.one": {
        "nl": "1 rij telt niet mee voor {measures}: zijn kolom '{column}' is leeg, dus Koers weet niet op welke dag "
              "hij valt. Vul de datum aan in de tool en exporteer opnieuw.",
        "en": "1 row is not counted in {measures}: its '{column}' is empty, so Koers cannot tell which day it falls "
              "on. Fill in the date in the tool and export again.",
    },
    "ingest.counted_without_money.one": {
        "nl": "1 rij telt mee in {counted} zonder bedrag: hij brengt niets in {money}, en een gemiddelde per stuk "
              "(zoals de gemiddelde dealwaarde) telt hem mee als 0. Vul het bedrag aan in de tool en exporteer "
              "opnieuw.",
        "en": "1 row counts in {counted} without an amount: it brings nothing to {money}, and an average per one "
              "(such as the average deal size) counts it as 0. Fill in the amount in the tool and export again.",
    },
    "ingest.beyond_header.one": {
        "nl": "{file}, rij {row}: de cel '{value}' staat voorbij de laatste van de {columns} kolommen van de "
              "kopregel. De cellen van deze rij staan niet onder hun kolomnaam: meestal bevat een waarde het "
              "scheidingsteken zonder aanhalingstekens eromheen. Corrigeer de rij of exporteer opnieuw.",
        "en": "{file}, row {row}: the cell '{value}' stands past the last of the header's {columns} columns. The "
              "cells of this row do not stand under their column names: most often a value holds the delimiter "
              "without quotes around it. Fix the row or export again.",
    },
    "ingest.encoding_mixed.one": {
        "nl": "1 teken op rij {rows} was geen UTF-8 en is als Windows-1252 gelezen. Controleer die rij, of sla de "
              "export op als UTF-8.",
        "en": "1 character on row {rows} was not UTF-8 and was read as Windows-1252. Check that row, or save the "
              "export as UTF-8.",
    },
    "ingest.dates_out_of_range.one": {
        "nl": "1 rij met een datum buiten {min}–{max} is overgeslagen (rij {rows}); zo'n datum is meestal een "
              "plaatshouder of tikfout. Corrigeer hem in het bestand om hem mee te tellen.",
        "en": "1 row with a date outside {min}–{max} was set aside (row {rows}); such a date is usually a "
              "placeholder or a typo. Fix it in the file to count it.",
    },
    "ingest.undated_set_aside.one": {
        "nl": "1 rij met cijfers maar zonder datum in kolom '{column}' is overgeslagen (rij {rows}): hij valt op geen "
              "dag. Is het een subtotaal, dan klopt dat; anders vul je de datum aan in de tool en exporteer je "
              "opnieuw.",
        "en": "1 row with figures but no date in column '{column}' was set aside (row {rows}): it falls on no day. "
              "If it is a subtotal, that is right; otherwise fill in the date in the tool and export again.",
    },
    "ingest.all_undated.one": {
        "nl": "{file}: de enige rij heeft geen datum in kolom '{column}' (rij {rows}). Vul de datum aan in de tool en "
              "exporteer opnieuw, of koppel de juiste datumkolom op de pagina Gegevens.",
        "en": "{file}: the only row has no date in column '{column}' (row {rows}). Fill in the date in the tool and "
              "export again, or map the right date column on the Data page.",
    },
    "ingest.all_dates_out_of_range.one": {
        "nl": "{file}: de enige rij heeft een datum buiten {min}–{max} (rij {rows}). Controleer de datumkolom of "
              "exporteer opnieuw.",
        "en": "{file}: the only row has a date outside {min}–{max} (row {rows}). Check the date column or export "
              "again.",
    },
    "ingest.check_negative.one": _check("een negatieve waarde voor {measure}", "a negative {measure}"),
    "ingest.check_clicks_over_impressions.one": _check("meer klikken dan vertoningen", "more clicks than impressions"),
    "ingest.check_reach_over_impressions.one": _check("een groter bereik dan vertoningen",
                                                      "a reach above its impressions"),
    "ingest.check_delivered_over_sent.one": _check("meer afgeleverde dan verzonden e-mails",
                                                   "more emails delivered than sent"),
    "ingest.check_bounces_over_sent.one": _check("meer bounces dan verzonden e-mails", "more bounces than emails sent"),
    "ingest.check_opens_over_delivered.one": _check("meer unieke opens dan afgeleverde e-mails",
                                                    "more unique opens than emails delivered"),
    "ingest.check_opens_over_sent.one": _check("meer unieke opens dan verzonden e-mails",
                                               "more unique opens than emails sent"),
    "ingest.check_clicks_over_opens.one": _check("meer unieke klikken dan unieke opens",
                                                 "more unique clicks than unique opens"),
    "ingest.check_conversions_over_clicks.one": {
        "nl": "1 rij heeft meer conversies dan klikken (rij {rows}); dat kan bij conversies na weergave, maar is vaak "
              "een fout. Overgenomen zoals het bestand zegt.",
        "en": "1 row has more conversions than clicks (row {rows}); view-through conversions can do that, but it is "
              "often an error. Kept as the file says.",
    },
    "rule.meta_custom_conversions.one": {
        "nl": "1 rij heeft aangepaste conversies als resultaat (resultaatindicator 'offsite_conversion.custom'): die "
              "tellen als conversies, wat de conversie ook meet (een lead, een aankoop).",
        "en": "1 row has custom conversions as its results (result indicator 'offsite_conversion.custom'): they count "
              "as conversions, whatever the conversion stands for (a lead, a purchase).",
    },
    "rule.meta_other_results.one": {
        "nl": "1 rij heeft resultaten van een andere soort dan aankopen of leads; die tellen niet mee.",
        "en": "1 row has results of another kind than purchases or leads; they are not counted.",
    },
    "source.email.sms_apart.one": {
        "nl": "1 rij is geen e-mail (sms, push): hij telt niet mee in de e-mailcijfers (verzonden, afgeleverd, opens, "
              "kliks), wel in de toegeschreven conversies en conversiewaarde.",
        "en": "1 row is no email (SMS, push): it does not count in the email figures (sent, delivered, opens, "
              "clicks), only in the attributed conversions and conversion value.",
    },
    "source.brevo.opened_not_delivered.one": {
        "nl": "1 adres heeft een openingsdatum maar geen afleverdatum: het telt als geopend, niet als afgeleverd, "
              "zoals het bestand zegt. De openratio kan daardoor boven 100% komen.",
        "en": "1 address has an open date but no delivery date: it counts as opened, not as delivered, as the file "
              "says. The open rate can therefore pass 100%.",
    },
    "source.email.ab_parts.one": {
        "nl": "1 rij is een deel van een A/B-test (Combo, Winner) waarvan de campagne zelf ook een rij heeft: hij "
              "telt via die rij, één keer.",
        "en": "1 row is a part of an A/B test (Combo, Winner) whose campaign has a row of its own: it counts through "
              "that row, once.",
    },
    "source.deals.open_ignored.one": {
        "nl": "1 open deal: zijn verwachte sluitingsdatum telt nergens voor mee.",
        "en": "1 open deal: its expected close date counts for nothing.",
    },
    "source.stripe.not_paid_excluded.one": {
        "nl": "1 betaling zonder status Paid (mislukt, terugbetaald, in behandeling) telt niet mee.",
        "en": "1 payment without status Paid (failed, refunded, pending) is not counted.",
    },
    "source.stripe.disputes_lost.one": {
        "nl": "1 betaling verloor een betwisting (Dispute Status 'lost'): het betwiste bedrag gaat van de omzet af, "
              "op de dag van de betaling.",
        "en": "1 payment lost a dispute (Dispute Status 'lost'): the disputed amount comes off revenue, on the "
              "payment's day.",
    },
    "source.stripe.balance_other.one": {
        "nl": "1 regel van het saldo is geen verkoop (kosten, uitbetaling, correctie) en telt niet mee.",
        "en": "1 balance row is no sale (a fee, payout or adjustment) and is not counted.",
    },
    "source.woocommerce.not_sold_excluded.one": {
        "nl": "1 bestelling die niet voltooid of in behandeling is (geannuleerd, terugbetaald, in afwachting) telt "
              "niet mee.",
        "en": "1 order that is neither completed nor processing (cancelled, refunded, pending) is not counted.",
    },
    "source.mailchimp_audience.unsubscribed.one": {
        "nl": "1 lid in dit bestand heeft zich afgemeld (UNSUB_TIME): het telt als nieuwe abonnee op zijn "
              "aanmelddatum, zoals in de export van ingeschreven leden. Zijn afmelding telt in de rapporten van de "
              "campagnes, niet hier, zodat niemand twee keer telt.",
        "en": "1 member in this file has unsubscribed (UNSUB_TIME): they count as a new subscriber on the day they "
              "joined, as in the export of subscribed members. Their unsubscribe counts in the campaigns' reports, "
              "not here, so that no one counts twice.",
    },
    "source.mailchimp_audience.cleaned.one": {
        "nl": "1 lid in dit bestand is opgeschoond (CLEAN_TIME, na harde bounces): het telt als nieuwe abonnee op "
              "zijn aanmelddatum; zijn bounces tellen in de rapporten van de campagnes, niet hier.",
        "en": "1 member in this file was cleaned (CLEAN_TIME, after hard bounces): they count as a new subscriber "
              "on the day they joined; their bounces count in the campaigns' reports, not here.",
    },
    "source.shopify.cancelled_excluded.one": {
        "nl": "1 geannuleerde bestelling niet meegeteld.",
        "en": "1 cancelled order not counted.",
    },
    "source.shopify.refunded_excluded.one": {
        "nl": "1 volledig terugbetaalde of vervallen bestelling niet meegeteld.",
        "en": "1 fully refunded or voided order not counted.",
    },
    "source.shopify.unpaid_counted.one": {
        "nl": "1 bestelling is nog niet (helemaal) betaald (pending, authorized, partially_paid: rembours, "
              "overboeking) en telt mee als bestelling en omzet, zoals Shopify haar als verkoop telt; wordt ze "
              "geannuleerd, exporteer dan opnieuw.",
        "en": "1 order is not (fully) paid yet (pending, authorized, partially_paid: cash on delivery, bank "
              "transfer) and counts as an order and revenue, as Shopify counts it as a sale; if it is cancelled, "
              "export again.",
    },
    "source.shopify.partial_refunds.one": {
        "nl": "1 deels terugbetaalde bestelling telt met haar totaal min het terugbetaalde bedrag, op haar "
              "besteldatum.",
        "en": "1 partially refunded order counts with its total minus the refunded amount, on its order date.",
    },
}
