"""Pipedrive: Deals list > Export. Headers are '<Entity> - <field>' in the user's language; status decides."""

from .base import Event, source

OPEN_IGNORED = "source.deals.open_ignored"
# Status words of the English, Dutch and French interfaces (French as a French user's script of the deals export
# maps them: 'gagnée', 'perdue'; open deals are 'En cours').
WON = "lower(status) IN ('won', 'gewonnen', 'gagnée')"  # 'Gewonnen' and 'Verloren' in German too
LOST = "lower(status) IN ('lost', 'verloren', 'perdue')"
OPEN = "lower(status) IN ('open', 'en cours', 'offen')"

SOURCE = source(
    id="pipedrive_deals",
    name="Pipedrive deals",
    columns={
        "Deal - Deal created": "created", "Deal - Add time": "created", "Deal - Deal aangemaakt": "created",
        "Deal - Won time": "won_time", "Deal - Tijdstip gewonnen": "won_time", "Deal - Gewonnen op": "won_time",
        "Deal - Lost time": "lost_time", "Deal - Tijdstip verloren": "lost_time", "Deal - Verloren op": "lost_time",
        "Deal - Deal closed on": "closed_on", "Deal - Close time": "closed_on", "Deal - Closed on": "closed_on",
        "Deal - Value": "amount", "Deal - Waarde": "amount",
        "Deal - Status": "status",
        "Deal - Stage": "stage", "Deal - Fase": "stage",
        "Deal - Organization": "customer_id", "Deal - Organisatie": "customer_id",
        "Deal - Source channel": "channel", "Deal - Bronkanaal": "channel",
        # French interface ('Affaire - …') as public importers of French exports read it; a French user's script
        # reads a lost deal's time from 'Heure de l'échec', others from 'Date de perte'.
        "Affaire - Affaire créée": "created", "Affaire - Date de gain": "won_time",
        "Affaire - Date de perte": "lost_time", "Affaire - Heure de l'échec": "lost_time",
        "Affaire - Valeur": "amount", "Affaire - Statut": "status", "Affaire - Étape": "stage",
        "Affaire - Organisation": "customer_id",
        # German interface, as inevs/metabase-mongo-docker scripts/import_deals_csv.py reads its export
        # (deals-10118183-295.csv): 'Deal - Deal erstellt', 'Datum des gewonnenen/verlorenen Deals', 'Deal - Wert'.
        "Deal - Deal erstellt": "created", "Deal - Datum des gewonnenen Deals": "won_time",
        "Deal - Datum des verlorenen Deals": "lost_time", "Deal - Deal abgeschlossen am": "closed_on",
        "Deal - Wert": "amount", "Deal - Phase": "stage",
        # Exports of deals alone name the fields without their entity (GetupAgency/ingemedia-data-marketing
        # `deals-pipedrive.csv`, French: 'ID, Titre, ..., Valeur, Devise de Valeur, ..., Étape, Statut, ..., Affaire
        # créée, ..., Date de gain, ..., Date de perte, Affaire fermée le'); English as Pipedrive names the fields.
        "Affaire créée": "created", "Date de gain": "won_time", "Date de perte": "lost_time",
        "Affaire fermée le": "closed_on", "Valeur": "amount", "Statut": "status", "Étape": "stage",
        "Organisation": "customer_id", "Canal d'origine": "channel",
        "Deal created": "created", "Won time": "won_time", "Lost time": "lost_time", "Deal closed on": "closed_on",
        "Value": "amount", "Status": "status", "Stage": "stage", "Organization": "customer_id",
        "Source channel": "channel",
    },
    markers=["Deal - ID", "Deal - Title", "Deal - Titel", "Deal - Status", "Deal - Value", "Deal - Waarde",
             "Deal - Deal created", "Deal - Add time", "Deal - Won time", "Deal - Pipeline", "Deal - Owner",
             "Deal - Expected close date", "Deal - Deal aangemaakt",
             "Affaire - ID", "Affaire - Titre", "Affaire - Statut", "Affaire - Valeur", "Affaire - Affaire créée",
             "Affaire - Date de gain", "Affaire - Pipeline", "Affaire - Propriétaire",
             "Deal - Deal erstellt", "Deal - Wert", "Deal - Besitzer", "Deal - Datum des gewonnenen Deals",
             "Affaire créée", "Date de gain", "Date de perte", "Affaire fermée le", "Raison de la perte",
             "Devise de Valeur", "Valeur pondérée",
             "Deal created", "Won time", "Lost time", "Deal closed on", "Lost reason", "Currency of Value",
             "Weighted value"],
    required=[{"created"}, {"status"}],
    # Times in UTC: in a French account's export of 7,478 deals (GetupAgency/ingemedia-data-marketing) 564 win times
    # are 22:00:00 from April to October and 23:00:00 from November to March, midnight in Paris in summer and in
    # winter time: a won date picked in the app. Counted on the workspace's own day (schema.DEFAULT_ZONE).
    utc=("created", "won_time", "lost_time", "closed_on"),
    fields={"created": "date", "won_time": "date", "lost_time": "date", "closed_on": "date", "amount": "number",
            "status": "text"},
    events=(
        Event("created", {"deals_created": "1"}),
        Event("won_time", {"deals_won": "1", "won_revenue": "amount"}, where=WON, needs=("status", "amount"),
              outcome=True),
        Event("lost_time", {"deals_lost": "1"}, where=LOST, needs=("status",), outcome=True),
        # Older or trimmed exports: only the closing date, status says which way it went.
        Event("closed_on", {"deals_won": "1", "won_revenue": "amount"}, where=WON, needs=("status", "amount"),
              unless=("won_time",), outcome=True),
        Event("closed_on", {"deals_lost": "1"}, where=LOST, needs=("status",), unless=("lost_time",), outcome=True),
    ),
    checks=((OPEN_IGNORED, f"count(*) FILTER (WHERE {OPEN})"),),
    # The value's currency in its own column ('Deal - Currency of value' in the English export).
    currency_from=("Deal - Currency of value", "Deal - Currency", "Obchod - Měna hodnoty", "Devise de Valeur",
                   "Currency of Value"),
)
