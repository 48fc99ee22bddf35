"""A workspace's facts as open files: Parquet partitioned by tool and month, read alike by DuckDB and Spark.

    DIR/manifest.json                                  what the files hold (below)
    DIR/facts/source_id=<tool>/month=<YYYY-MM>/*.parquet   the fact rows, every column of schema.FACT_COLUMNS

Rows are written as KPI queries read them before spreading: money already in the currency results are in (through
`facts_money` when rates convert a dataset's money, store/money.py), so a reader needs neither datasets nor rates;
the manifest names that currency, which tools carry each measure and which hold period rows (so an engine need not
count them). A period row stays one row (date .. date_end): each engine spreads it with the same view,
schema.facts_days_ddl. The manifest's fingerprint (datasets, rates, currency setting) says whether the files still
match the workspace; a change of rates or uploads means writing them again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from .. import compiler
from ..errors import error
from ..schema import FACT_COLUMNS, MEASURES, PERIOD_END, facts_days_ddl, facts_spans_ddl
from . import migrations

FORMAT = "koers-facts"
VERSION = 1
MANIFEST = "manifest.json"
FACTS = "facts"
PARTITIONS = ("source_id", "month")  # month: 'YYYY-MM' of the row's first day


def column_type(column: str) -> str:
    """The SQL type of a fact column (or partition key) in the files."""
    if column in ("date", PERIOD_END):
        return "DATE"
    return "DOUBLE" if column in MEASURES else "VARCHAR"


def _literal(path: Path | str) -> str:
    # A folder the user names goes into COPY/read_parquet, which take no parameters: quoted as a string literal.
    return "'" + str(path).replace("'", "''") + "'"


def _has_table(cur, name: str) -> bool:
    return bool(cur.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                            "AND table_name = ?", [name]).fetchone()[0])


def fingerprint(cur) -> str:
    """What the facts files depend on, hashed: the schema version, every dataset row, the rates and the currency."""
    parts: list = [migrations.version(cur) if _has_table(cur, "schema_version") else 0]
    for table, order in (("datasets", "id"), ("rates", "1, 2, 3"), ("settings", "key")):
        if _has_table(cur, table):
            where = " WHERE key = 'currency'" if table == "settings" else ""
            parts.append(cur.execute(f"SELECT * FROM {table}{where} ORDER BY {order}").fetchall())
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:16]


def read_manifest(folder: Path | str) -> dict | None:
    """The manifest of a facts folder, or None when the folder holds none (or not Koers's)."""
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def is_current(engine, folder: Path | str) -> bool:
    """Whether the folder holds this workspace's facts as they are now."""
    manifest = read_manifest(folder)
    if manifest is None or manifest.get("version") != VERSION:
        return False
    with engine.cursor() as cur:
        return manifest.get("fingerprint") == fingerprint(cur)


def export(engine, folder: Path | str) -> dict:
    """Write the workspace's facts to folder (replacing an earlier export there); returns the manifest.

    A folder that holds anything but a Koers facts export is refused, never emptied."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or (any(folder.iterdir()) and read_manifest(folder) is None)):
        raise error("engine.parquet_not_ours", folder=str(folder))
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        manifest = _write(engine, tmp)
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(tmp, folder)  # readers never see half the files under the real name
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return manifest


def export_workspace(ws, folder: Path | str) -> dict:
    """`export --parquet`: the workspace's facts to folder; returns the manifest."""
    return export(ws.engine, folder)


def _write(engine, tmp: Path) -> dict:
    from .money import state, view_source

    cols = ", ".join(c for c in FACT_COLUMNS if c != "source_id")
    with engine.cursor() as cur:
        cur.begin()  # one snapshot; view_source may (re)create facts_money, which the rollback undoes
        try:
            source = view_source(cur) if _has_table(cur, "rates") else "facts"
            money = state(cur) if _has_table(cur, "datasets") else None
            rows, days = cur.execute(f"SELECT count(*), count(DISTINCT date) FROM {source}").fetchone()
            totals = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in MEASURES)} FROM {source}").fetchone()
            q = compiler.compile_presence(source)
            counts = cur.execute(q.sql, q.params).fetchall()
            if rows:
                cur.execute(
                    f"COPY (SELECT source_id, strftime(date, '%Y-%m') AS month, {cols} FROM {source}) "
                    f"TO {_literal(tmp / FACTS)} (FORMAT parquet, PARTITION_BY ({', '.join(PARTITIONS)}))"
                )
            stamp = fingerprint(cur)
        finally:
            cur.rollback()
    files = sorted(str(p.relative_to(tmp)) for p in (tmp / FACTS).rglob("*.parquet")) if rows else []
    presence, periods = compiler.presence_of(counts)
    return {
        "format": FORMAT, "version": VERSION, "fingerprint": stamp, "rows": rows, "days": days,
        "currency": money.currency if money else None, "converted": list(money.converted) if money else [],
        "mixed": list(money.mixed) if money else [], "partitions": list(PARTITIONS), "files": len(files),
        "columns": {c: column_type(c) for c in FACT_COLUMNS},
        "totals": dict(zip(MEASURES, totals, strict=True)),
        # kpis.presence and kpis.has_periods as counted here: an engine over these files need not count them again.
        "presence": {m: sorted(tools) for m, tools in presence.items()},
        "period_rows": sorted(periods),
    }


def create_views(cur, folder: Path | str) -> None:
    """On a DuckDB cursor: `facts` over the folder's files and `facts_days` over it, as a workspace has them."""
    manifest = read_manifest(folder)
    if manifest is None:
        raise error("engine.parquet_missing", folder=str(folder))
    cur.execute("DROP VIEW IF EXISTS facts_days")
    cur.execute("DROP VIEW IF EXISTS facts_spans")
    cur.execute("DROP TABLE IF EXISTS facts")
    cur.execute("DROP VIEW IF EXISTS facts")
    cols = ", ".join(FACT_COLUMNS)
    if manifest["rows"]:
        files = _literal(Path(folder) / FACTS / "*" / "*" / "*.parquet")
        types = ", ".join(f"'{p}': {column_type(p)}" for p in PARTITIONS)
        cur.execute(f"CREATE VIEW facts AS SELECT {cols} FROM read_parquet({files}, hive_partitioning = true, "
                    f"hive_types = {{{types}}})")
    else:  # nothing exported: an empty typed relation, as an empty workspace has
        typed = ", ".join(f"CAST(NULL AS {column_type(c)}) AS {c}" for c in FACT_COLUMNS)
        cur.execute(f"CREATE VIEW facts AS SELECT {typed} WHERE FALSE")
    cur.execute(facts_days_ddl())
    cur.execute(facts_spans_ddl())


def spark_schema() -> str:
    """The files' columns as a Spark DDL schema string (partition keys last, as Spark reads them)."""
    cols = [c for c in FACT_COLUMNS if c != "source_id"] + list(PARTITIONS)
    return ", ".join(f"`{c}` {'STRING' if column_type(c) == 'VARCHAR' else column_type(c)}" for c in cols)

