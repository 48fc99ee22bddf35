"""DuckDB over a workspace's facts as Parquet: the same files and views Spark reads, for parity and scale checks."""

from __future__ import annotations

import threading
from pathlib import Path

from ..engine import Engine, registered
from ..store import parquet_layout

_EMPTY: dict = {}
_LOCK = threading.Lock()


def empty_engine() -> Engine:
    """An in-memory DuckDB without datasets: metadata questions of a backend without a store, result conversion."""
    with _LOCK:
        if "engine" not in _EMPTY:
            _EMPTY["engine"] = Engine(None)
        return _EMPTY["engine"]


def frame(table):
    """A pyarrow Table as the pandas DataFrame DuckDB gives for the same result (dates, booleans, strings typed
    alike), so code after `query()` cannot tell the engines apart."""
    with empty_engine().cursor() as cur, registered(cur, "result", table):
        return cur.execute("SELECT * FROM result").df()


class DuckDBFiles:
    """Compiled queries on an in-memory DuckDB whose `facts` and `facts_days` read the Parquet files at folder.

    Currencies and rates (kpis.money) are asked of `store`, the workspace's own DuckDB, when given."""

    def __init__(self, folder: Path | str, store=None):
        self.location = str(folder)
        self._engine = Engine(None)
        self._store = store
        self._engine.write(lambda cur: parquet_layout.create_views(cur, folder))

    @property
    def version(self) -> int:
        return self._store.version if self._store is not None else self._engine.version

    def cursor(self):
        return (self._store or self._engine).cursor()

    # `facts` as Engine's (the views here read the Parquet files; no copy is kept)
    def records(self, sql: str, params: dict | list | None = None,
                facts: bool = False) -> tuple[list[str], list[tuple]]:
        return self._engine.records(sql, params)

    def rows(self, sql: str, params: dict | list | None = None, facts: bool = False) -> list[tuple]:
        return self._engine.rows(sql, params)

    def query(self, sql: str, params: dict | list | None = None, facts: bool = False):
        return self._engine.query(sql, params)

    def close(self) -> None:
        self._engine.close()
