"""Targets and their check-ins as stored: a target is its JSON body; check-ins are numbered per target.

Every function runs in the caller's cursor (a write in the caller's transaction); checking a target's content is
targets.py's work, not this module's."""

from __future__ import annotations

import json


def body_json(body: dict) -> str:
    """A target body as stored: JSON, dates as text; NaN and infinity refused (ValueError)."""
    return json.dumps(body, ensure_ascii=False, default=str, allow_nan=False)


def save(cur, target_id: str, body: str, at) -> None:
    """Insert a target or replace its body (its check-ins stay)."""
    cur.execute("""INSERT INTO targets VALUES (?, ?, ?, ?) ON CONFLICT (id)
                   DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""",
                [target_id, body, at, at])


def save_many(cur, table) -> None:
    """Insert or replace many targets from an Arrow table (id, body, created_at, updated_at) in one statement."""
    from ..engine import registered

    with registered(cur, "incoming", table):
        cur.execute("""INSERT INTO targets SELECT id, body, created_at, updated_at FROM incoming
                       ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""")


def bodies(cur) -> list[dict]:
    """Every target body, in the order they were created."""
    return [json.loads(b) for (b,) in cur.execute("SELECT body FROM targets ORDER BY created_at, id").fetchall()]


def body(cur, target_id: str) -> dict | None:
    row = cur.execute("SELECT body FROM targets WHERE id = ?", [target_id]).fetchone()
    return json.loads(row[0]) if row else None


def exists(cur, target_id: str) -> bool:
    return cur.execute("SELECT 1 FROM targets WHERE id = ?", [target_id]).fetchone() is not None


def delete(cur, target_id: str) -> None:
    """Delete a target and its check-ins."""
    cur.execute("DELETE FROM checkins WHERE target_id = ?", [target_id])
    cur.execute("DELETE FROM targets WHERE id = ?", [target_id])


def add_checkin(cur, target_id: str, day, note: str, value, at) -> int:
    """Add a check-in as the target's next number; returns that number."""
    (n,) = cur.execute("SELECT coalesce(max(n), 0) + 1 FROM checkins WHERE target_id = ?", [target_id]).fetchone()
    cur.execute("INSERT INTO checkins (target_id, n, date, note, value, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [target_id, n, day, note, value, at])
    return n


def checkins(cur, target_id: str) -> list[dict]:
    """A target's check-ins by date."""
    rows = cur.execute("SELECT n, date, note, value FROM checkins WHERE target_id = ? ORDER BY date, n",
                       [target_id]).fetchall()
    return [{"target_id": target_id, "n": n, "date": d.isoformat(), "note": note, "value": v}
            for n, d, note, v in rows]
