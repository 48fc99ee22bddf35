"""Workspace storage internals: migrations, adding datasets, export/import, the demo. Use kpi_core.workspace."""
