MESSAGES = {
    "error": {"nl": "Er ging iets mis: {detail}", "en": "Something went wrong: {detail}"},
    "cli.file_not_found": {
        "nl": "{file}: bestand niet gevonden. Controleer het pad.",
        "en": "{file}: file not found. Check the path.",
    },
}
