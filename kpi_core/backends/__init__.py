"""Where KPI queries run. `duckdb` (default): the workspace's own DuckDB file. `spark`: Apache Spark over the
workspace's facts as Parquet (store/parquet_layout.py), the compiler's SQL transpiled by sqlglot (backends/sql.py).

A backend has the read methods of an Engine that kpis.py uses (`records`, `rows`, `query`, `cursor`, `version`), so
kpis.py and tracking.py run on either unchanged; writes always go to the workspace store. Chosen by `--engine` or
KOERS_ENGINE. Spark is imported only when chosen.
"""

from __future__ import annotations

import os

from ..errors import error

ENGINES = ("duckdb", "spark")
ENV = "KOERS_ENGINE"


def add_argument(p) -> None:
    """The `--engine` option of a command that reads KPIs."""
    p.add_argument("--engine", choices=ENGINES, default=None,
                   help="where KPI queries run: duckdb (default) or spark (env KOERS_ENGINE; Spark: "
                        "KOERS_SPARK_REMOTE=sc://host:port for a cluster, else local)")


def chosen(name: str | None = None) -> str:
    """The engine asked for: the option, else KOERS_ENGINE, else duckdb."""
    name = name or os.environ.get(ENV) or "duckdb"
    if name not in ENGINES:
        raise error("engine.unknown_engine", engine=name, known=", ".join(ENGINES))
    return name


def for_workspace(ws, name: str | None = None):
    """What a command runs this workspace's KPI queries on: its own Engine, or a Spark backend over its facts."""
    if chosen(name) == "duckdb":
        return ws.engine
    from . import spark

    return spark.for_workspace(ws)


class _On:
    """A workspace whose KPI queries run on another backend; everything else (targets, settings) is its own."""

    def __init__(self, ws, engine):
        self._ws = ws
        self.engine = engine

    def __getattr__(self, name):
        return getattr(self._ws, name)


def on_engine(ws, name: str | None = None):
    """The workspace itself for DuckDB; for Spark, the workspace with its KPI queries on Spark (tracking.py)."""
    engine = for_workspace(ws, name)
    return ws if engine is ws.engine else _On(ws, engine)


def open_files(folder, name: str = "duckdb", store=None):
    """A backend over a facts folder written by `export --parquet` (parity tests, benchmarks)."""
    if chosen(name) == "duckdb":
        from .duckdb_files import DuckDBFiles

        return DuckDBFiles(folder, store)
    from .spark import SparkBackend

    return SparkBackend(str(folder), store)
