"""A test helper: an in-memory Engine holding given fact rows."""

import pandas as pd

from kpi_core import schema
from kpi_core.engine import Engine


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

    def insert(cur):
        cur.register("incoming", df)
        cur.execute("INSERT INTO facts SELECT * FROM incoming")

    e.write(insert)
    return e
