"""Streamlit helpers for the pages: session state, caches, charts and formatting."""
