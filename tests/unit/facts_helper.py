"""A test helper: an in-memory Engine holding given fact rows, as a plain table or in the workspace's own layout.

LAYOUT "table": one `facts` table. LAYOUT "view": what a workspace holds, `facts` the view over `facts_base` and
one table per column set (store/facts.py: the `UNION ALL BY NAME` chain), the rows of each tool in a table of the
columns that tool has. Modules set it per test with the `layout` fixture, so KPIs are checked on both."""

import pandas as pd

from kpi_core import schema
from kpi_core.engine import Engine

LAYOUT = "table"


def engine_with(rows: list[dict]) -> Engine:
    """An in-memory Engine whose facts are these rows (missing columns NULL)."""
    df = pd.DataFrame([{c: r.get(c) for c in schema.FACT_COLUMNS} for r in rows], columns=schema.FACT_COLUMNS)
    df["dataset_id"] = df["dataset_id"].fillna("d")
    df["date"] = pd.to_datetime(df["date"])
    for m in schema.MEASURES:
        df[m] = df[m].astype("float64")
    for d in ("source_id", *schema.DIMENSIONS):
        df[d] = df[d].astype("object")
    e = Engine(None)
    if LAYOUT == "view":
        return _as_workspace(e, df)

    def insert(cur):
        cur.register("incoming", df)
        cur.execute("INSERT INTO facts SELECT * FROM incoming")

    e.write(insert)
    return e


def _as_workspace(e: Engine, df) -> Engine:
    from kpi_core.store import facts, migrations

    migrations.migrate(e)  # a new database: the current layout, `facts` a view

    def insert(cur):
        cur.register("incoming", df)
        for source in sorted(df["source_id"].dropna().unique()):
            mine = df[df["source_id"] == source]
            columns = [c for c in (*schema.DIMENSIONS, schema.PERIOD_END, *schema.MEASURES) if mine[c].notna().any()]
            for dataset in sorted(mine["dataset_id"].unique()):
                facts.append(cur, dataset, columns, f"SELECT dataset_id, source_id, date, {', '.join(columns)} "
                             "FROM incoming WHERE source_id = ? AND dataset_id = ?", [source, dataset])
        facts.rebuild_view(cur)

    e.write(insert)
    assert e.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'facts'") == [("VIEW",)]
    return e
