"""The one place that holds a DuckDB connection: reads on a cursor per call, writes in one locked transaction."""

from __future__ import annotations

import threading
import weakref
from contextlib import contextmanager
from pathlib import Path

import duckdb

from . import schema

# Every DuckDB failure is one of these. Callers tell a locked file from a damaged one by where the failure happened
# and by the file itself (workspace.py), never by the text of the message.
Error = duckdb.Error
_OPEN: weakref.WeakSet = weakref.WeakSet()  # engines on a file not closed yet; close_all() before the process ends

# The storage format DuckDB writes new files in. A workspace file in an older format (DuckDB 1.x wrote
# 'v1.0.0+') is rebuilt once in this one on first open (workspace.py), keeping the old file as a backup: the step
# is one-way, an older Koers cannot read the new file. tests/unit/test_upgrade.py fails when a DuckDB upgrade
# changes this, which is the moment to decide on the next rebuild.
STORAGE_VERSION = "v2.0.0+"


class Engine:
    """One DuckDB database (a workspace file, or in memory when path is None)."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False, facts: bool = True):
        """`facts`: make the empty `facts` table (and, in memory, its views) on connecting; False for a database the
        caller lays out itself (store/migrations.create)."""
        self.path = None if path is None else Path(path)
        target = ":memory:" if path is None else str(path)
        self._con = duckdb.connect(target, read_only=read_only)
        if path is not None:
            _OPEN.add(self)
        self._lock = threading.RLock()
        self.version = 0  # bumped on every write; part of every cache key
        if facts and not read_only:
            try:
                self._con.execute(schema.facts_ddl())
                if path is None:  # facts was made just now, in the current layout; a file's view: migrations
                    self._con.execute(schema.facts_days_ddl())
                    self._con.execute(schema.facts_spans_ddl())
            except BaseException:
                self.close()
                raise

    def storage_version(self) -> str | None:
        """The storage format of the database file (None in memory)."""
        (tags,) = self.rows("SELECT tags FROM duckdb_databases() WHERE database_name = current_database()")[0]
        return (tags or {}).get("storage_version")

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
        _OPEN.discard(self)


def close_all() -> None:
    """Close every engine on a file still open: the file is checkpointed and unlocked, and no connection is left to
    the interpreter's shutdown (which a DuckDB connection can abort). In-memory engines (caches) stay."""
    for engine in list(_OPEN):
        engine.close()


@contextmanager
def registered(cur, name: str, table):
    """`table` (Arrow or pandas) visible as `name` on this cursor for the block.

    DuckDB 2.0 refuses to unregister while a result is half read (a `fetchone()`); reads are done by the end of
    the block, so what is left of such a result is cancelled first. Rows already in this database (an object with
    `sql` and `schema`, see ingest.result.Resident) are shown as a view over them instead: nothing is copied."""
    resident = getattr(table, "sql", None) if hasattr(table, "schema") else None
    if resident is not None:
        cur.execute(f"CREATE TEMP VIEW {name} AS {resident}")
        try:
            yield name
        finally:
            try:
                cur.execute(f"DROP VIEW IF EXISTS {name}")
            except duckdb.Error:  # in a failed transaction; the cursor goes, and the view with it
                pass
        return
    cur.register(name, table)
    try:
        yield name
    except BaseException:
        try:  # in a failed transaction DuckDB refuses even this; the cursor goes, and the view with it
            cur.unregister(name)
        except duckdb.Error:
            pass
        raise
    cur.abort()
    cur.unregister(name)


def arrow(cur, sql: str):
    """A query's whole result as a pyarrow Table, read without the extra copy a DB-API result makes.

    A relation cannot start while a result on the cursor is half read (a `fetchone()`), so that is cancelled first."""
    cur.abort()
    return cur.sql(sql).to_arrow_table()
