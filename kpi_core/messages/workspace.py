"""Texts for workspaces: upload reports, errors, CLI output."""

MESSAGES = {
    # Per-file upload reports
    "workspace.days": {"nl": "{n} dagen", "en": "{n} days"},
    "workspace.day": {"nl": "{n} dag", "en": "{n} day"},
    "workspace.days_new": {"nl": "{n} nieuwe dagen", "en": "{n} new days"},
    "workspace.day_new": {"nl": "{n} nieuwe dag", "en": "{n} new day"},
    "workspace.report.account": {"nl": " (account {account})", "en": ", account {account}"},
    "workspace.report.added": {
        "nl": "{file}: {days_added} ({range}) aan {source}-gegevens{account} toegevoegd, uit {rows} rijen.",
        "en": "{file}: added {days_added} ({range}) of {source} data{account}, from {rows} rows.",
    },
    "workspace.report.replaced": {
        "nl": "{file}: {days_replaced} ({replaced_range}) aan {source}-gegevens{account} vervangen; "
              "{days_added_new} toegevoegd.",
        "en": "{file}: replaced {days_replaced} ({replaced_range}) of {source} data{account}; "
              "added {days_added_new}.",
    },
    "workspace.report.replaced_lost": {
        "nl": "Let op: die dagen hadden ook {measures}, waarvoor dit bestand geen kolom heeft: die cijfers zijn weg. "
              "Is dit een ander rapport, verwijder het dan, verwijder ook de eerdere upload (nu zonder rijen) en voeg "
              "die opnieuw toe.",
        "en": "Note: those days also held {measures}, which this file has no column for: those figures are gone. If "
              "this is another report, remove it, remove the earlier upload (now without rows) too and add that "
              "again.",
    },
    "workspace.report.replaced_less": {
        "nl": "Let op: dit bestand heeft voor die dagen minder dan de helft van wat er stond: {measures}. Is het een "
              "deel van het account (zoektermen, één netwerk of campagne), verwijder het dan, verwijder ook de "
              "eerdere upload (nu zonder rijen) en voeg die opnieuw toe.",
        "en": "Note: this file holds less than half of what those days held: {measures}. If it is part of the "
              "account (search terms, one network or campaign), remove it, remove the earlier upload (now without "
              "rows) too and add that again.",
    },
    "workspace.report.kept_both": {
        "nl": "{file}: {days_added_new} ({range}) aan {source}-gegevens{account} toegevoegd; beide "
              "bewaard, dus {days_overlap} ({overlap_range}) staan er twee keer in.",
        "en": "{file}: added {days_added_new} ({range}) of {source} data{account}; kept both, so "
              "{days_overlap} ({overlap_range}) are in twice.",
    },
    "workspace.report.also_in": {
        "nl": "Let op: {campaigns} staat op dezelfde dag ook in {files}, onder een ander account. Is het dezelfde "
              "verzending, dan telt die twee keer: verwijder dan een van beide.",
        "en": "Note: {campaigns} is in {files} on the same day too, under another account. If it is the same "
              "send, it counts twice: remove one of the two.",
    },
    "workspace.report.channel_spelling": {
        "nl": "Kanalen die alleen in hoofdletters verschillen van een kanaal dat er al in staat, tellen onder die "
              "naam, als één kanaal: {values}.",
        "en": "Channels that differ only in letter case from a channel already in count under that name, as one "
              "channel: {values}.",
    },
    "workspace.report.duplicate": {
        "nl": "{file}: dit bestand staat er al in (dataset {dataset_id}); niets toegevoegd.",
        "en": "{file}: this file is already in (dataset {dataset_id}); nothing added.",
    },
    # Errors
    "workspace.locked": {
        "nl": "{file}: deze werkruimte is geopend in een ander programma (een ander Koers-venster of -proces). "
              "Sluit hem daar, of open een kopie.",
        "en": "{file}: this workspace is open in another program (another Koers window or process). "
              "Close it there, or open a copy.",
    },
    "workspace.not_a_workspace": {
        "nl": "{file}: dit is geen Koers-werkruimte. Kies een .duckdb-bestand dat Koers maakte.",
        "en": "{file}: this is not a Koers workspace. Choose a .duckdb file Koers made.",
    },
    "workspace.not_found": {
        "nl": "{file}: werkruimte niet gevonden. Controleer het pad, of maak hem met `add`.",
        "en": "{file}: workspace not found. Check the path, or create it with `add`.",
    },
    "workspace.exists": {
        "nl": "{file}: daar staat al een bestand. Kies een ander pad, of vervang het met --replace (de huidige "
              "werkruimte gaat eerst naar de back-ups).",
        "en": "{file}: a file already exists there. Choose another path, or replace it with --replace (the current "
              "workspace goes to the backups first).",
    },
    "workspace.bad_name": {
        "nl": "{name}: een werkruimtenaam mag alleen letters, cijfers, spaties, - en _ bevatten.",
        "en": "{name}: a workspace name may only contain letters, digits, spaces, - and _.",
    },
    "workspace.unknown_dataset": {
        "nl": "Geen dataset met id {dataset_id} in deze werkruimte. `datasets` toont de ids.",
        "en": "No dataset with id {dataset_id} in this workspace. `datasets` lists the ids.",
    },
    "workspace.unknown_target": {
        "nl": "Geen doel met id {target_id} in deze werkruimte.",
        "en": "No target with id {target_id} in this workspace.",
    },
    "workspace.unknown_setting": {
        "nl": "Onbekende instelling {key}. Bekend zijn: {known}.",
        "en": "Unknown setting {key}. Known ones: {known}.",
    },
    "workspace.bad_setting": {
        "nl": "Instelling {key} kan niet {value} zijn; verwacht: {expected}.",
        "en": "Setting {key} cannot be {value}; expected: {expected}.",
    },
    "workspace.bad_export": {
        "nl": "{file}: geen (complete) Koers-export. Exporteer de werkruimte opnieuw.",
        "en": "{file}: not a (complete) Koers export. Export the workspace again.",
    },
    "workspace.bad_column": {
        "nl": "{file}: tabel {table} heeft een kolom die Koers niet kent ({column}); dit is geen ongewijzigde "
              "Koers-export. Er is niets geïmporteerd.",
        "en": "{file}: table {table} has a column Koers does not know ({column}); this is not an unaltered Koers "
              "export. Nothing was imported.",
    },
    "workspace.too_new": {
        "nl": "{file}: gemaakt met een nieuwere Koers (werkruimteversie {version}; deze Koers leest tot "
              "{supported}). Werk Koers bij.",
        "en": "{file}: made by a newer Koers (workspace version {version}; this Koers reads up to {supported}). "
              "Update Koers.",
    },
    # CLI output
    "workspace.cli.no_datasets": {"nl": "Nog geen datasets.", "en": "No datasets yet."},
    "workspace.cli.dataset": {
        "nl": "{id}  {source}{account}  {date_min} t/m {date_max}  {rows_now} van {rows} rijen  {file}",
        "en": "{id}  {source}{account}  {date_min} to {date_max}  {rows_now} of {rows} rows  {file}",
    },
    "workspace.cli.removed": {
        "nl": "Dataset {dataset_id} verwijderd ({rows} rijen).",
        "en": "Removed dataset {dataset_id} ({rows} rows).",
    },
    "workspace.cli.exported": {
        "nl": "Werkruimte geëxporteerd naar {file}: {datasets} datasets, {facts} rijen, {targets} doelen.",
        "en": "Exported the workspace to {file}: {datasets} datasets, {facts} rows, {targets} targets.",
    },
    "workspace.cli.imported": {
        "nl": "Werkruimte {workspace} gemaakt uit {file}: {datasets} datasets, {facts} rijen, {targets} doelen.",
        "en": "Created workspace {workspace} from {file}: {datasets} datasets, {facts} rows, {targets} targets.",
    },
    "workspace.cli.demo": {
        "nl": "Demowerkruimte {workspace}: {targets} doelen.",
        "en": "Demo workspace {workspace}: {targets} targets.",
    },
    "workspace.bad_rate": {
        "nl": "Een koers vraagt --from en --to als valutacode (EUR, USD, ...), --month als JJJJ-MM en --rate als "
              "positief getal; kreeg {value}.",
        "en": "A rate needs --from and --to as currency codes (EUR, USD, ...), --month as YYYY-MM and --rate as a "
              "positive number; got {value}.",
    },
    "workspace.rate_set": {
        "nl": "1 {frm} = {rate} {to} in {month}.",
        "en": "1 {frm} = {rate} {to} in {month}.",
    },
    "workspace.no_rates": {
        "nl": "Nog geen wisselkoersen vastgelegd.",
        "en": "No exchange rates recorded yet.",
    },
    "workspace.split_period": {
        "nl": "{file} ({new}) overlapt deels met de periodecijfers van dataset {dataset_id} ({old}); die zijn niet "
              "eerlijk te splitsen. Verwijder die dataset eerst, upload een export over precies dezelfde periode, "
              "of voeg toe met 'beide houden' (de overlap telt dan dubbel).",
        "en": "{file} ({new}) partly overlaps the period figures of dataset {dataset_id} ({old}); those cannot be "
              "split honestly. Remove that dataset first, upload an export for exactly the same period, or add "
              "with 'keep both' (the overlap then counts twice).",
    },
    # Workspace files, imports and backups
    "workspace.damaged": {
        "nl": "{file}: dit werkruimtebestand is beschadigd (afgekapt of corrupt); Koers heeft het niet gewijzigd. "
              "Zet een back-up terug: `restore --workspace {file} --list`.",
        "en": "{file}: this workspace file is damaged (cut short or corrupted); Koers did not change it. "
              "Restore a backup: `restore --workspace {file} --list`.",
    },
    "workspace.export_onto_workspace": {
        "nl": "{file} is een werkruimtebestand; een export erop zou de werkruimte vervangen door de zip. Kies een "
              "andere naam, bijvoorbeeld export.zip.",
        "en": "{file} is a workspace file; exporting onto it would replace the workspace with the zip. Choose "
              "another name, such as export.zip.",
    },
    "workspace.import_too_large": {
        "nl": "{file}: uitgepakt groter dan {limit_mb} MB, of met meer rijen dan een werkruimte mag hebben. Er is "
              "niets geïmporteerd (de grens verhoog je met KOERS_MAX_IMPORT_MB).",
        "en": "{file}: larger than {limit_mb} MB unpacked, or with more rows than a workspace may hold. Nothing was "
              "imported (raise the limit with KOERS_MAX_IMPORT_MB).",
    },
    "workspace.non_finite": {
        "nl": "{file}: tabel {table}, kolom {column} bevat NaN of oneindig; een werkruimte bevat alleen getallen. "
              "Er is niets geïmporteerd.",
        "en": "{file}: table {table}, column {column} holds NaN or infinity; a workspace holds numbers only. "
              "Nothing was imported.",
    },
    "workspace.bad_item": {
        "nl": "{file}: {table} '{item}' wordt geweigerd, zoals bij gewoon opslaan: {reason} Er is niets "
              "geïmporteerd.",
        "en": "{file}: {table} '{item}' is refused, as it would be when saved the usual way: {reason} Nothing was "
              "imported.",
    },
    "workspace.no_backup": {
        "nl": "{file}: geen back-up '{name}' in {folder} ({count} back-ups). `restore --workspace {file} --list` "
              "toont ze.",
        "en": "{file}: no backup '{name}' in {folder} ({count} backups). `restore --workspace {file} --list` "
              "lists them.",
    },
    "workspace.cli.no_backups": {
        "nl": "Nog geen back-ups van {workspace} (ze komen in {folder}).",
        "en": "No backups of {workspace} yet (they go to {folder}).",
    },
    "workspace.cli.backup": {
        "nl": "{name}  {reason}  {created}  {size} bytes",
        "en": "{name}  {reason}  {created}  {size} bytes",
    },
    "workspace.cli.restored": {
        "nl": "{workspace} teruggezet uit {restored}; de vorige staat is bewaard als {saved}.",
        "en": "Restored {workspace} from {restored}; the previous state is kept as {saved}.",
    },
    "workspace.cli.restored_new": {
        "nl": "{workspace} teruggezet uit {restored}.",
        "en": "Restored {workspace} from {restored}.",
    },
    "workspace.nothing_added": {
        "nl": "Niets toegevoegd: {detail} (en {more} andere bestanden niet).",
        "en": "Nothing added: {detail} (and {more} other files not).",
    },
    "workspace.bad_value": {
        "nl": "{key} kan niet {value} zijn; verwacht: {expected}.",
        "en": "{key} cannot be {value}; expected: {expected}.",
    },
}
