"""A workspace's own choices as stored: settings, column mappings remembered per tool and header set, custom KPIs.

Values are JSON text. Every function runs in the caller's cursor; checking a value is the caller's work
(workspace.check_setting, catalogue.custom_kpi, the tool's field list)."""

from __future__ import annotations

import json


def settings(cur) -> dict:
    """The settings that were set, by key."""
    return {k: json.loads(v) for k, v in cur.execute("SELECT key, value FROM settings").fetchall()}


def set_setting(cur, key: str, value) -> None:
    cur.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)])


def remember_mapping(cur, source_id: str, key: str, headers: list[str], mapping: dict, at) -> None:
    cur.execute("""INSERT INTO mapping_overrides VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id, header_key)
                   DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at""",
                [source_id, key, json.dumps(headers), json.dumps(mapping), at])


def mapping(cur, source_id: str, key: str) -> dict | None:
    row = cur.execute("SELECT mapping FROM mapping_overrides WHERE source_id = ? AND header_key = ?",
                      [source_id, key]).fetchone()
    return json.loads(row[0]) if row else None


def save_custom_kpi(cur, kpi_id: str, body: dict, at) -> None:
    cur.execute("""INSERT INTO custom_kpis VALUES (?, ?, ?, ?) ON CONFLICT (id)
                   DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""",
                [kpi_id, json.dumps(body), at, at])


def custom_kpi_bodies(cur) -> list[dict]:
    return [json.loads(b) for (b,) in cur.execute("SELECT body FROM custom_kpis ORDER BY id").fetchall()]


def delete_custom_kpi(cur, kpi_id: str) -> None:
    cur.execute("DELETE FROM custom_kpis WHERE id = ?", [kpi_id])
