"""The one place that holds a DuckDB connection: reads on a cursor per call, writes in one locked transaction."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from . import schema


class Engine:
    """One DuckDB database (a workspace file, or in memory when path is None)."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = None if path is None else Path(path)
        target = ":memory:" if path is None else str(path)
        self._con = duckdb.connect(target, read_only=read_only)
        self._lock = threading.RLock()
        self.version = 0  # bumped on every write; part of every cache key
        if not read_only:
            self._con.execute(schema.facts_ddl())

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor for this thread (DuckDB connections are not thread-safe)."""
        return self._con.cursor()

    def query(self, sql: str, params: dict | list | None = None):
        """Run a read query; returns a pandas DataFrame."""
        with self._con.cursor() as cur:
            return cur.execute(sql, params or {}).df()

    def rows(self, sql: str, params: dict | list | None = None) -> list[tuple]:
        """Run a read query; returns plain tuples."""
        with self._con.cursor() as cur:
            return cur.execute(sql, params or {}).fetchall()

    def records(self, sql: str, params: dict | list | None = None) -> tuple[list[str], list[tuple]]:
        """Run a read query; returns (column names, plain tuples): no pandas needed."""
        with self._con.cursor() as cur:
            cur.execute(sql, params or {})
            return [d[0] for d in cur.description], cur.fetchall()

    def write(self, fn):
        """Run fn(cursor) in one transaction; all or nothing."""
        with self._lock, self._con.cursor() as cur:
            cur.begin()
            try:
                out = fn(cur)
                cur.commit()
            except BaseException:
                cur.rollback()
                raise
            self.version += 1
            return out

    def close(self) -> None:
        self._con.close()
