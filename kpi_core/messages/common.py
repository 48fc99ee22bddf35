MESSAGES = {
    "error": {"nl": "Er ging iets mis: {detail}", "en": "Something went wrong: {detail}"},
    "cli.file_not_found": {
        "nl": "{file}: bestand niet gevonden. Controleer het pad.",
        "en": "{file}: file not found. Check the path.",
    },
    "cli.not_a_file": {
        "nl": "{file} is een map, geen bestand. Geef een exportbestand op (CSV, TSV, XLSX of XLS).",
        "en": "{file} is a folder, not a file. Give an export file (CSV, TSV, XLSX or XLS).",
    },
}
