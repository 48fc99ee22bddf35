"""Koers core: read exports, compute KPIs, track targets. Knows nothing of the UI."""
