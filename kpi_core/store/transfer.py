"""A workspace as one portable file: a zip with one Parquet file per table and a manifest.

Parquet rather than a copy of the DuckDB file: it is read in one snapshot from a live (or in-memory) workspace,
does not depend on DuckDB's storage version, and the manifest lets an import check it got everything.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from ..errors import error
from ..schema import MEASURES
from . import facts, migrations

FORMAT = "koers-workspace"
TABLES = ("settings", "datasets", "mapping_overrides", "targets", "checkins", "custom_kpis", "facts")
SINCE = {"custom_kpis": 3}  # tables an export of an older schema version does not have


def snapshot(engine) -> tuple[dict, dict]:
    """(manifest, {table: pyarrow.Table}) read in one transaction, so a concurrent write is all in or all out."""
    with engine.cursor() as cur:
        cur.begin()
        try:
            tables = {name: cur.execute(f"SELECT * FROM {name}").fetch_arrow_table() for name in TABLES}
            totals = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in MEASURES)} FROM facts").fetchone()
            version = migrations.version(cur)
        finally:
            cur.rollback()  # read only
    manifest = {
        "format": FORMAT, "schema_version": version,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": {name: tbl.num_rows for name, tbl in tables.items()},
        "totals": dict(zip(MEASURES, totals, strict=True)),
    }
    return manifest, tables


def export_to(engine, path: Path) -> dict:
    """Write the workspace to one zip file at path; returns the manifest."""
    import pyarrow.parquet as pq

    manifest, tables = snapshot(engine)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    # Parquet is compressed already; the zip only bundles.
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
        for name, tbl in tables.items():
            buf = io.BytesIO()
            pq.write_table(tbl, buf)
            zf.writestr(f"{name}.parquet", buf.getvalue())
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
    os.replace(tmp, path)  # never a half-written export under the real name
    return manifest


def read_export(file: Path) -> tuple[dict, dict]:
    """(manifest, {table: pyarrow.Table}) from an export file, checked against its manifest."""
    import pyarrow.parquet as pq

    bad = error("workspace.bad_export", file=str(file))
    try:
        with zipfile.ZipFile(file) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise bad
            if manifest["schema_version"] > migrations.CURRENT:
                raise error("workspace.too_new", file=str(file), version=manifest["schema_version"],
                            supported=migrations.CURRENT)
            tables = {name: pq.read_table(io.BytesIO(zf.read(f"{name}.parquet"))) for name in manifest["tables"]}
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise bad from e
    expected = {n for n in TABLES if SINCE.get(n, 1) <= manifest["schema_version"]}
    if set(tables) != expected or any(tables[n].num_rows != k for n, k in manifest["tables"].items()):
        raise bad
    return manifest, tables


def load(engine, file: Path, manifest: dict, tables: dict) -> None:
    """Insert exported tables into a fresh workspace at the manifest's schema version, then check the totals."""

    def fn(cur):
        for name, tbl in tables.items():
            cur.register("incoming", tbl)
            try:
                if name == "facts" and manifest["schema_version"] >= migrations.FACTS_VIEW:
                    facts.split(cur, "incoming")  # a table per column set again (older exports: migrations do it)
                else:
                    cols = ", ".join(f'"{c}"' for c in tbl.column_names)
                    cur.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM incoming")
            finally:
                cur.unregister("incoming")
        got = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in MEASURES)} FROM facts").fetchone()
        for m, g in zip(MEASURES, got, strict=True):
            want = manifest["totals"].get(m)
            same = g is None if want is None else g is not None and math.isclose(g, want, rel_tol=1e-9, abs_tol=1e-6)
            if not same:
                raise error("workspace.bad_export", file=str(file))

    engine.write(fn)
