"""Where fact rows live: one table per dataset with only the columns it has, and `facts`, a view over all of them.

`facts_base` is an empty table with every column of schema.FACT_COLUMNS; the view is
`SELECT * FROM facts_base UNION ALL BY NAME SELECT * FROM facts_<id> ...`, so every column exists (NULL where a
dataset does not have it) and readers never see the split. The only module that knows the table names; every
function runs in the caller's transaction, and whatever adds or drops a dataset table rebuilds the view there.
"""

from __future__ import annotations

from ..schema import DIMENSIONS, MEASURES, facts_ddl

BASE = "facts_base"
PREFIX = "facts_"
KEYS = "dataset_id VARCHAR NOT NULL, source_id VARCHAR NOT NULL, date DATE NOT NULL"


def table(dataset_id: str) -> str:
    """The quoted name of a dataset's table."""
    return '"' + f"{PREFIX}{dataset_id}".replace('"', '""') + '"'


def type_of(column: str) -> str:
    return "VARCHAR" if column in DIMENSIONS else "DOUBLE"


def ids(cur) -> list[str]:
    """The dataset ids that have a table, sorted."""
    rows = cur.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' "
        "AND starts_with(table_name, ?) AND table_name <> ? ORDER BY 1", [PREFIX, BASE]
    ).fetchall()
    return [name[len(PREFIX):] for (name,) in rows]


def rebuild_view(cur) -> None:
    """(Re)create the `facts` view over facts_base and every dataset table."""
    # A flat chain on purpose: DuckDB 1.4.1 (threads > 1) loses rows of `SELECT *` over a union whose right-hand side
    # is itself a union, so no balanced tree, though a chain costs every query about 0.25 ms per dataset table.
    parts = [f"SELECT * FROM {BASE}", *(f"SELECT * FROM {table(i)}" for i in ids(cur))]
    cur.execute("CREATE OR REPLACE VIEW facts AS " + " UNION ALL BY NAME ".join(parts))


def create(cur, dataset_id: str, columns: list[str]) -> str:
    """Create the dataset's table with the key columns and these dimensions/measures; returns its name.

    The caller inserts the rows and then calls rebuild_view()."""
    name = table(dataset_id)
    cur.execute(f"CREATE TABLE {name} ({', '.join([KEYS, *(f'{c} {type_of(c)}' for c in columns)])})")
    return name


def delete_days(cur, dataset_id: str, lo, hi) -> None:
    """Delete a dataset's rows dated lo..hi; a table left empty is dropped (every table costs each query a little)."""
    name = table(dataset_id)
    cur.execute(f"DELETE FROM {name} WHERE date BETWEEN ? AND ?", [lo, hi])
    if not cur.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone():
        drop(cur, dataset_id)


def drop(cur, dataset_id: str) -> None:
    """Drop a dataset's table (if it has one) and rebuild the view."""
    cur.execute(f"DROP TABLE IF EXISTS {table(dataset_id)}")
    rebuild_view(cur)


def split(cur, relation: str) -> None:
    """Move the rows of a wide relation (dataset_id, source_id, date and any fact columns) into new dataset tables.

    Each dataset gets the columns it has a value in; then the view is rebuilt. Used by the v4 migration (the old wide
    table) and by import (an exported `facts`)."""
    names = [d[0] for d in cur.execute(f"SELECT * FROM {relation} LIMIT 0").description]
    optional = [c for c in names if c in DIMENSIONS or c in MEASURES]
    counts = cur.execute(
        f"SELECT {', '.join(['dataset_id', *(f'count({c})' for c in optional)])} FROM {relation} GROUP BY 1"
    ).fetchall()
    for dataset_id, *n in counts:
        cols = ["dataset_id", "source_id", "date", *(c for c, k in zip(optional, n, strict=True) if k)]
        name = create(cur, dataset_id, cols[3:])
        cur.execute(f"INSERT INTO {name} SELECT {', '.join(cols)} FROM {relation} WHERE dataset_id = ?", [dataset_id])
    rebuild_view(cur)


def create_base(cur) -> None:
    """The empty table that gives the view every column of the schema, typed."""
    cur.execute(facts_ddl(BASE))
