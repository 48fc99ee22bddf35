"""Message tables, one module per area; each exports MESSAGES = {code: {"nl": ..., "en": ...}}."""
