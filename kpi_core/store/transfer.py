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
from functools import cache
from pathlib import Path

from ..engine import Engine, arrow, registered
from ..errors import error, shown
from ..schema import MEASURES
from . import facts, migrations

FORMAT = "koers-workspace"
TABLES = ("settings", "datasets", "mapping_overrides", "targets", "checkins", "custom_kpis", "rates", "facts")
SINCE = {"custom_kpis": 3, "rates": 6}  # tables an export of an older schema version does not have


def snapshot(engine) -> tuple[dict, dict]:
    """(manifest, {table: pyarrow.Table}) read in one transaction, so a concurrent write is all in or all out."""
    with engine.cursor() as cur:
        cur.begin()
        try:
            version = migrations.version(cur)  # an older workspace (a storage upgrade) has fewer tables
            tables = {name: arrow(cur, f"SELECT * FROM {name}") for name in TABLES if SINCE.get(name, 1) <= version}
            have = [d[0] for d in cur.execute("SELECT * FROM facts LIMIT 0").description]
            measures = [m for m in MEASURES if m in have]  # a not yet migrated workspace may lack newer measures
            totals = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in measures)} FROM facts").fetchone()
        finally:
            cur.rollback()  # read only
    manifest = {
        "format": FORMAT, "schema_version": version,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": {name: tbl.num_rows for name, tbl in tables.items()},
        "totals": dict(zip(measures, totals, strict=True)),
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
    """(manifest, {table: pyarrow.Table}) from an export file, checked against its manifest.

    Everything a file names (tables, columns, totals) is checked against the known schema before any of it is read
    further, let alone reaches SQL: a crafted export is refused with one line."""
    import pyarrow.parquet as pq

    bad = error("workspace.bad_export", file=str(file))
    try:
        with zipfile.ZipFile(file) as zf:
            manifest = _checked_manifest(json.loads(zf.read("manifest.json")), file)
            tables = {}
            for name in manifest["tables"]:
                pf = pq.ParquetFile(io.BytesIO(zf.read(f"{name}.parquet")))
                _check_columns(file, name, pf.schema_arrow.names, manifest["schema_version"])
                tables[name] = pf.read()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise bad from e
    if any(tables[n].num_rows != k for n, k in manifest["tables"].items()):
        raise bad
    return manifest, tables


def _checked_manifest(manifest, file: Path) -> dict:
    """The manifest when it has the shape Koers writes; else one line (too new, or not a Koers export)."""
    bad = error("workspace.bad_export", file=str(file))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise bad
    version = manifest.get("schema_version")
    if type(version) is not int or version < 1:
        raise bad
    if version > migrations.CURRENT:
        raise error("workspace.too_new", file=str(file), version=version, supported=migrations.CURRENT)
    counts, totals = manifest.get("tables"), manifest.get("totals")
    expected = {n for n in TABLES if SINCE.get(n, 1) <= version}
    if not isinstance(counts, dict) or set(counts) != expected:
        raise bad
    if any(type(k) is not int or k < 0 for k in counts.values()):
        raise bad
    if not isinstance(totals, dict) or not set(totals) <= set(MEASURES):
        raise bad
    if any(v is not None and (type(v) not in (int, float) or not math.isfinite(v)) for v in totals.values()):
        raise bad
    return manifest


def _check_columns(file: Path, table: str, names: list[str], version: int) -> None:
    """Refuse a table whose columns are not all columns of that table at that schema version."""
    allowed = known_columns(version)[table]
    for name in names:
        if name not in allowed:
            raise error("workspace.bad_column", file=str(file), table=table, column=shown(name))


@cache
def known_columns(version: int) -> dict[str, frozenset[str]]:
    """{table: its column names} of a workspace at this schema version, read off an empty one built in memory."""
    engine = Engine()
    try:
        migrations.migrate(engine, upto=version)
        out = {}
        for name in TABLES:
            if SINCE.get(name, 1) > version:
                continue
            cols, _ = engine.records(f"SELECT * FROM {name} LIMIT 0")  # name: one of TABLES, never from a file
            out[name] = frozenset(cols)
        return out
    finally:
        engine.close()


def load(engine, file: Path, manifest: dict, tables: dict) -> None:
    """Insert exported tables into a fresh workspace at the manifest's schema version, then check the totals."""

    if set(tables) - set(TABLES):
        raise error("workspace.bad_export", file=str(file))
    for name, tbl in tables.items():  # read_export checked these already; load is public, so again
        _check_columns(file, name, tbl.column_names, manifest["schema_version"])

    def fn(cur):
        for name, tbl in tables.items():
            with registered(cur, "incoming", tbl):
                if name == "facts" and manifest["schema_version"] >= migrations.FACTS_VIEW:
                    facts.split(cur, "incoming")  # a table per column set again (older exports: migrations do it)
                else:
                    cols = ", ".join(f'"{c}"' for c in tbl.column_names)
                    cur.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM incoming")
        if manifest["schema_version"] >= migrations.FACTS_VIEW:
            facts.rebuild_view(cur)  # with every table in: the rates decide whether money converts
        got = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in MEASURES)} FROM facts").fetchone()
        for m, g in zip(MEASURES, got, strict=True):
            want = manifest["totals"].get(m)
            same = g is None if want is None else g is not None and math.isclose(g, want, rel_tol=1e-9, abs_tol=1e-6)
            if not same:
                raise error("workspace.bad_export", file=str(file))

    engine.write(fn)
