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

# A KPI query over a workspace file's `facts_days` and `facts_spans` views (a union of every column-set table, with the
# spread of period rows) takes DuckDB 10-15 ms to plan, whatever the rows: on a small workspace most of its time. An
# engine that keeps a copy (`Workspace.shared`, the app's) answers such queries from a copy of the two views made in
# memory once per version, while they hold at most COPY_ROWS rows: about a third of the time (bench/README.md).
COPY_ROWS = 50_000
COPY = "koers_copy"  # the in-memory database the copy stands in


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
        self.keeps_copy = False  # set by Workspace.shared: KPI queries read a copy in memory while it is small
        self._copied: tuple[int, bool] | None = None  # (version, whether there is a copy) of the last look
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

    def query(self, sql: str, params: dict | list | None = None, facts: bool = False):
        """Run a read query; returns a pandas DataFrame. `facts`: a compiled KPI query (see _read_copy)."""
        with self._con.cursor() as cur:
            self._read_copy(cur, facts)
            return cur.execute(sql, params or {}).df()

    def rows(self, sql: str, params: dict | list | None = None, facts: bool = False) -> list[tuple]:
        """Run a read query; returns plain tuples."""
        with self._con.cursor() as cur:
            self._read_copy(cur, facts)
            return cur.execute(sql, params or {}).fetchall()

    def records(self, sql: str, params: dict | list | None = None,
                facts: bool = False) -> tuple[list[str], list[tuple]]:
        """Run a read query; returns (column names, plain tuples): no pandas needed."""
        with self._con.cursor() as cur:
            self._read_copy(cur, facts)
            cur.execute(sql, params or {})
            return [d[0] for d in cur.description], cur.fetchall()

    def _read_copy(self, cur, facts: bool) -> None:
        """A compiled KPI query (`facts`, reading only facts_days and facts_spans of the facts) on an engine that
        keeps a copy: this cursor reads those two from the copy, made first when a write came after the last one.
        The copy is made under the write lock, from one state of the file; tables it does not hold are read from
        the file as before."""
        if not (facts and self.keeps_copy):
            return
        if self._copied is None or self._copied[0] != self.version:
            with self._lock:  # a write holds it until its version is counted: the copy is never older than that
                if self._copied is None or self._copied[0] != self.version:
                    self._copied = (self.version, self._make_copy())
        if self._copied[1]:
            cur.execute(f"SET search_path = '{COPY}.main,main'")

    def _make_copy(self) -> bool:
        """facts_days and facts_spans in memory; False (and no copy) above COPY_ROWS rows of facts_days. Without
        period rows the two hold the same rows (facts_days adds two empty columns): one table and a view over it."""
        with self._con.cursor() as cur:
            cur.execute(f"ATTACH IF NOT EXISTS ':memory:' AS {COPY}")
            end = schema.PERIOD_END
            days, spans = cur.execute(f"SELECT coalesce(sum(CASE WHEN {end} > date THEN date_diff('day', date, {end}) "
                                      f"+ 1 ELSE 1 END), 0), count(*) FILTER (WHERE {end} > date) "
                                      "FROM main.facts").fetchone()
            for (kind,) in cur.execute("SELECT table_type FROM information_schema.tables WHERE table_catalog = ? "
                                       "AND table_name = 'facts_spans'", [COPY]).fetchall():
                cur.execute(f"DROP {'VIEW' if kind == 'VIEW' else 'TABLE'} {COPY}.main.facts_spans")
            if days > COPY_ROWS:
                cur.execute(f"DROP TABLE IF EXISTS {COPY}.main.facts_days")
                return False
            cur.begin()
            cur.execute(f"CREATE OR REPLACE TABLE {COPY}.main.facts_days AS SELECT * FROM main.facts_days")
            if spans:
                cur.execute(f"CREATE TABLE {COPY}.main.facts_spans AS SELECT * FROM main.facts_spans")
            else:
                cur.execute(f"CREATE VIEW {COPY}.main.facts_spans AS "
                            f"SELECT * EXCLUDE (_p_start, _p_end) FROM {COPY}.main.facts_days")
            cur.commit()
            return True

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
