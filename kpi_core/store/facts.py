"""Where fact rows live: one table per set of columns, and `facts`, a view over all of them.

A dataset's rows go to `facts_cs_<8 hex>`, the table of exactly the columns it has (the hex is a hash of the sorted
column names), made when the first dataset with that set arrives; `facts_base` is an empty table with every column
of schema.FACT_COLUMNS; and the view is `SELECT * FROM facts_base UNION ALL BY NAME SELECT * FROM facts_cs_... ...`,
so every column exists (NULL where a table does not have it) and readers never see the split. A workspace has about
one table per tool format however many files it holds, which keeps the view (planned by every query) short.
`fact_tables` records which table holds each dataset's rows; it is layout, not data: exports leave it out, and
import rebuilds it. The only module that knows these tables; every function runs in the caller's transaction.

In a database in memory (`compute FILE`), the first dataset of a column set may stand as a view over the rows the
reader left in the same database (adopt): nothing is copied. Before any rows of such a set change, the view becomes
a table (_settle), and the reader's schema goes.
"""

from __future__ import annotations

import hashlib
import json

from ..schema import DIMENSIONS, FACT_COLUMNS, MEASURES, PERIOD_END, facts_days_ddl, facts_ddl, facts_spans_ddl

BASE = "facts_base"
PREFIX = "facts_cs_"
RECORD = "fact_tables"
KEYS = "dataset_id VARCHAR NOT NULL, source_id VARCHAR NOT NULL, date DATE NOT NULL"
KEY_COLUMNS = ("dataset_id", "source_id", "date")


def type_of(column: str) -> str:
    return "VARCHAR" if column in DIMENSIONS else "DATE" if column == PERIOD_END else "DOUBLE"


def name_for(columns) -> str:
    """The table for this set of dimensions/measures (order does not matter)."""
    return PREFIX + hashlib.sha256(json.dumps(sorted(columns)).encode()).hexdigest()[:8]


def tables(cur) -> list[str]:
    """The names of the column-set tables (and adopted views), sorted."""
    rows = cur.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' "
        "AND starts_with(table_name, $p) UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND "
        "database_name = current_database() AND schema_name = 'main' AND starts_with(view_name, $p) ORDER BY 1",
        {"p": PREFIX},
    ).fetchall()
    return [name for (name,) in rows]


def adopt(cur, dataset_id: str, columns: list[str], select: str, keys: list, rows: str, schema: str) -> bool:
    """Show a dataset's rows as the view of its column set, over the reader's tables in `schema` (dropped once the
    view is settled); True when it could: only in memory, and only for the first dataset of its column set.

    `select` names the result's columns like append's, over `rows` AS r and the dataset's keys AS k (dataset_id,
    source_id, account: `keys`, kept in a table of `schema`, as a view takes no parameters)."""
    name = name_for(columns)
    (path,) = cur.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    if path is not None or name in tables(cur):
        return False
    cur.execute(f"CREATE TABLE {schema}.facts_keys (dataset_id VARCHAR, source_id VARCHAR, account VARCHAR)")
    cur.execute(f"INSERT INTO {schema}.facts_keys VALUES (?, ?, ?)", keys)
    cur.execute(f"CREATE VIEW {name} AS SELECT {select} FROM ({rows}) AS r CROSS JOIN {schema}.facts_keys AS k")
    cur.execute(f"COMMENT ON VIEW {name} IS '{schema}'")
    cur.execute(f"INSERT INTO {RECORD} VALUES (?, ?)", [dataset_id, name])
    return True


def _settle(cur, names) -> None:
    """Make tables of those of these names that are adopted views, and drop the reader's schemas behind them."""
    if not names:
        return
    views = dict(cur.execute(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND database_name = current_database() "
        "AND schema_name = 'main' AND starts_with(view_name, ?)", [PREFIX]).fetchall())
    for name in [n for n in names if n in views]:
        cols = [d[0] for d in cur.execute(f"SELECT * FROM {name} LIMIT 0").description]
        cur.execute(f"ALTER VIEW {name} RENAME TO {name}_v")
        _table_for(cur, [c for c in cols if c not in KEY_COLUMNS])
        cur.execute(f"INSERT INTO {name} ({', '.join(cols)}) SELECT * FROM {name}_v")
        cur.execute(f"DROP VIEW {name}_v")
        cur.execute(f"DROP SCHEMA IF EXISTS {views[name]} CASCADE")


def rebuild_view(cur) -> None:
    """(Re)create the `facts` view over facts_base and every column-set table."""
    # A flat chain: DuckDB 1.4.1 (threads > 1) lost rows of `SELECT *` over a union whose right-hand side was itself a
    # union. Re-checked on 2.0.1 (2M rows over four tables, nested and flat give the same rows); the chain stays, as it
    # is the plainest form. It costs every query about 0.25 ms per table, hence a table per column set, not per file.
    parts = [f"SELECT * FROM {BASE}", *(f"SELECT * FROM {name}" for name in tables(cur))]
    have = {d[0] for d in cur.execute(f"SELECT * FROM {BASE} LIMIT 0").description}
    # Columns in the schema's order, whatever order older workspaces gained them in.
    ordered = ", ".join([c for c in FACT_COLUMNS if c in have] + sorted(have - set(FACT_COLUMNS)))
    cur.execute(f"CREATE OR REPLACE VIEW facts AS SELECT {ordered} FROM (" + " UNION ALL BY NAME ".join(parts) + ")")
    if PERIOD_END in have:  # from schema v5 on
        from .money import view_source

        source = view_source(cur)  # (re)makes facts_money when money converts: once for both views
        cur.execute(facts_days_ddl([m for m in MEASURES if m in have], source))
        cur.execute(facts_spans_ddl(source))


def append(cur, dataset_id: str, columns: list[str], select: str, params: list | None = None) -> bool:
    """Insert a dataset's rows into the table of its column set; True when that table had to be made.

    `select` yields dataset_id, source_id, date and then `columns` (dimensions/measures), in that order. The caller
    rebuilds the view when this returns True (after any other table changes of the same write)."""
    _settle(cur, [name_for(columns)])
    name, created = _table_for(cur, columns)
    cur.execute(f"INSERT INTO {name} ({', '.join([*KEY_COLUMNS, *columns])}) {select}", params or [])
    cur.execute(f"INSERT INTO {RECORD} VALUES (?, ?)", [dataset_id, name])
    return created


def respell_channel(cur, dataset_id: str, columns: list[str], was: str, now: str) -> None:
    """A dataset's channel `was` written as `now` in the table of its column set (datasets._channel_spellings)."""
    cur.execute(f"UPDATE {name_for(columns)} SET channel = $now WHERE dataset_id = $ds AND channel = $was",
                {"now": now, "ds": dataset_id, "was": was})


def _table_for(cur, columns) -> tuple[str, bool]:
    """(name, made now) of the table for this column set, made when missing."""
    name = name_for(columns)
    have = [c for (c,) in cur.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' "
        "AND table_name = ?", [name]).fetchall()]
    wanted = [c for c in FACT_COLUMNS if c in KEY_COLUMNS or c in columns]  # one order, whoever made the table
    if have and sorted(have) != sorted(wanted):
        raise RuntimeError(f"{name} holds columns {have}, not {wanted}")  # a hash collision: never seen
    if not have:
        cur.execute(f"CREATE TABLE {name} ({', '.join([KEYS, *(f'{c} {type_of(c)}' for c in wanted[3:])])})")
    return name, not have


def _holding(cur, dataset_ids) -> dict[str, list[str]]:
    """{table: [dataset ids]}: where the record says these datasets' rows went."""
    if not dataset_ids:
        return {}
    marks = ", ".join("?" * len(dataset_ids))
    rows = cur.execute(
        f"SELECT table_name, list(DISTINCT dataset_id ORDER BY dataset_id) FROM {RECORD} "
        f"WHERE dataset_id IN ({marks}) GROUP BY 1 ORDER BY 1", list(dataset_ids)
    ).fetchall()
    return dict(rows)


def delete_days(cur, dataset_ids, lo, hi, scope: dict | None = None) -> list[str]:
    """Delete these datasets' rows dated lo..hi, only those of `scope` ({dimension: values}, a report of some
    campaigns) when given; returns the tables it deleted from (for drop_empty())."""
    held = _holding(cur, dataset_ids)
    _settle(cur, held)
    dims = sorted((scope or {}).items())  # dimensions of the schema (datasets._scope checked them)
    within = "".join(f" AND list_contains(?, {dim})" for dim, _ in dims)
    for name, ids in held.items():
        cur.execute(f"DELETE FROM {name} WHERE dataset_id IN ({', '.join('?' * len(ids))}) AND date BETWEEN ? AND ?"
                    f"{within}", [*ids, lo, hi, *(list(values) for _, values in dims)])
    return list(held)


def remove(cur, dataset_id: str) -> int:
    """Delete every row of a dataset and its record, drop a table left empty (rebuilding the view); rows deleted."""
    held = _holding(cur, [dataset_id])
    _settle(cur, held)
    n = sum(cur.execute(f"DELETE FROM {name} WHERE dataset_id = ?", [dataset_id]).fetchone()[0] for name in held)
    cur.execute(f"DELETE FROM {RECORD} WHERE dataset_id = ?", [dataset_id])
    if drop_empty(cur, held):
        rebuild_view(cur)
    return n


def drop_empty(cur, names) -> bool:
    """Drop those of these tables that hold no rows (each table costs every query a little); True when one went.

    Datasets whose rows were all in a dropped table lose their record. The caller rebuilds the view."""
    gone = [name for name in names if not cur.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone()]
    for name in gone:
        cur.execute(f"DROP TABLE {name}")
        cur.execute(f"DELETE FROM {RECORD} WHERE table_name = ?", [name])
    return bool(gone)


def split(cur, relation: str) -> None:
    """Add the rows of a wide relation (dataset_id, source_id, date and any fact columns); then rebuild the view.

    Each dataset goes to the table of the columns it has a value in, one INSERT per table. Used by import (an
    exported `facts` is one wide table)."""
    names = [d[0] for d in cur.execute(f"SELECT * FROM {relation} LIMIT 0").description]
    optional = [c for c in names if c in DIMENSIONS or c in MEASURES or c == PERIOD_END]
    counts = cur.execute(
        f"SELECT {', '.join(['dataset_id', *(f'count({c})' for c in optional)])} FROM {relation} GROUP BY 1 ORDER BY 1"
    ).fetchall()
    by_columns: dict[tuple, list[str]] = {}
    for dataset_id, *n in counts:
        by_columns.setdefault(tuple(c for c, k in zip(optional, n, strict=True) if k), []).append(dataset_id)
    for cols, ids in by_columns.items():
        name, _ = _table_for(cur, cols)
        listed = ", ".join([*KEY_COLUMNS, *cols])
        cur.execute(f"INSERT INTO {name} ({listed}) SELECT {listed} FROM {relation} "
                    f"WHERE dataset_id IN ({', '.join('?' * len(ids))})", ids)
        cur.execute(f"INSERT INTO {RECORD} SELECT unnest(?::VARCHAR[]), ?", [ids, name])
    rebuild_view(cur)


def create_base(cur) -> None:
    """The empty table that gives the view every column of the schema, typed."""
    cur.execute(facts_ddl(BASE))


def create_record(cur) -> None:
    """The table that says which column-set table holds each dataset's rows."""
    cur.execute(f"CREATE TABLE {RECORD} (dataset_id VARCHAR NOT NULL, table_name VARCHAR NOT NULL)")
