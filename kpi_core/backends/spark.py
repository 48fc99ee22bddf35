"""Spark: the compiler's queries, transpiled by sqlglot, over a workspace's facts as Parquet (store/parquet_layout.py).

Local by default (`local[N]`, N = cores; KOERS_SPARK_MASTER changes it), a cluster through Spark Connect when
KOERS_SPARK_REMOTE=sc://host:port is set. pyspark is imported here only, on first use: `import kpi_core` and a
DuckDB query never start Java. Results come back as Arrow (`toArrow`), never through pyspark's pandas conversion
(pyspark 4.3 does not fully support pandas 3). Nothing of Spark or Java reaches the command line's stderr: the JVM's
output goes to a log file, log4j logs errors only, and Python warnings raised while pyspark starts go to that file.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import tempfile
import threading
import uuid
import warnings
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from ..errors import error
from ..schema import FACT_COLUMNS
from ..store import parquet_layout
from .sql import facts_days_select, for_spark

REMOTE = "KOERS_SPARK_REMOTE"  # sc://host:port: a cluster through Spark Connect
MASTER = "KOERS_SPARK_MASTER"  # local[N] (default: every core) or a master URL for the local driver
FACTS = "KOERS_SPARK_FACTS"  # where Spark reads the facts; default: <workspace>.parquet beside the workspace file
MEMORY = "KOERS_SPARK_MEMORY"  # the local driver's memory (its executors run inside it), default 2g
LOG4J = Path(__file__).with_name("log4j2.properties")

AQE = "spark.sql.adaptive.enabled"
CODEGEN = "spark.sql.codegen.wholeStage"
SHUFFLE = "spark.sql.shuffle.partitions"
EXPRESSIONS = "spark.sql.codegen.factoryMode"
# Below this many fact rows a query's data is smaller than its plan: Spark compiling each plan to Java classes
# took longer than running it interpreted, both for whole stages and for single expressions (interpreted
# expressions: a third less time for fifty KPIs), every step after a shuffle is one task (four tasks per step
# cost a fifth more time than one), adaptive execution is off (with one task per step it has nothing to adapt, and
# re-planning after each stage cost the parity sequence a fifth of its time), and facts_days is kept in memory.
SMALL = 1_000_000
SMALL_SETTINGS = {CODEGEN: "false", EXPRESSIONS: "NO_CODEGEN", SHUFFLE: "1", AQE: "false"}
# A command asks a few queries and exits: its JVM compiles with C1 only (C2's optimising compiler spent more CPU than
# the queries saved) and collects with the serial collector. A command on the demo workspace took about two thirds
# of the wall time and half the CPU. A long-lived process (the app, the tests) keeps the JVM's defaults.
SHORT_LIVED_JAVA = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
_READS_FACTS = re.compile(r"\bfacts(_days)?\b")
_SHARED = "_koers_shared"  # stands for a per-call prefix in the names of materialised CTEs
_LOCK = threading.RLock()
_STATE: dict = {"session": None, "log": None, "views": None, "defaults": {}}


# Session settings, also on a cluster (Spark Connect sets them for this session only).
SESSION_CONF = {
    "spark.sql.session.timeZone": "UTC",  # date_trunc and day sequences as DuckDB has them
    # Constraint propagation multiplies the OR of "has any of these measures" through every alias of the
    # facts_days view: with fifty KPIs in one query the optimizer ran out of heap before running anything.
    "spark.sql.constraintPropagation.enabled": "false",
    # A plan's text is kept for every query (the SQL tab's history): wide KPI plans made megabytes of it.
    "spark.sql.maxPlanStringLength": "8192",
}


def master() -> str:
    return os.environ.get(MASTER) or f"local[{os.cpu_count() or 1}]"


def _cores(master_url: str) -> int:
    m = re.fullmatch(r"local\[(\d+|\*)(?:,\d+)?\]", master_url)
    return int(m.group(1)) if m and m.group(1) != "*" else os.cpu_count() or 1


def local_conf(master_url: str, short_lived: bool = False) -> dict[str, str]:
    """The settings of a local Spark: quiet, on the loopback address, days in UTC, few shuffle partitions."""
    java = f"-Dlog4j2.configurationFile={LOG4J.as_uri()}" + (f" {SHORT_LIVED_JAVA}" if short_lived else "")
    return {
        "spark.master": master_url,
        "spark.app.name": "koers",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        # On the loopback address: a local Spark never looks the host name up or listens on the network.
        "spark.driver.host": "127.0.0.1",
        "spark.driver.bindAddress": "127.0.0.1",
        "spark.driver.memory": os.environ.get(MEMORY) or "2g",
        # KPI results are small: Spark's 200 shuffle partitions would be 200 tasks per step on a laptop.
        "spark.sql.shuffle.partitions": str(2 * _cores(master_url)),
        "spark.sql.ui.retainedExecutions": "8",  # no UI here; the history of plans would only fill the heap
        "spark.ui.retainedJobs": "50",
        "spark.ui.retainedStages": "50",
        "spark.sql.session.timeZone": "UTC",
        "spark.driver.extraJavaOptions": java,
    }


def session(short_lived: bool = False):
    """This process's SparkSession, started on first use (Connect when KOERS_SPARK_REMOTE is set, else local; a
    local JVM tuned for a short life when the first caller says so)."""
    with _LOCK:
        if _STATE["session"] is None:
            remote = os.environ.get(REMOTE)
            _STATE["session"] = _connect(remote) if remote else _local(master(), short_lived)
            for k, v in SESSION_CONF.items():
                _STATE["session"].conf.set(k, v)
            # The session's own choices (a cluster's too), set back after each query that changed them.
            _STATE["defaults"] = {k: _STATE["session"].conf.get(k, d) for k, d in
                                  ((AQE, "true"), (CODEGEN, "true"), (EXPRESSIONS, "FALLBACK"), (SHUFFLE, "200"))}
            atexit.register(stop)
        return _STATE["session"]


def stop() -> None:
    """Stop the session (and the local JVM) and remove the log; called at exit."""
    with _LOCK:
        spark, log = _STATE["session"], _STATE["log"]
        _STATE.update(session=None, views=None, log=None)
        if spark is not None:
            spark.stop()
        if log is not None:
            log.close()
            Path(log.name).unlink(missing_ok=True)


@contextmanager
def _quietly(log):
    """Python warnings raised while pyspark starts go to the Spark log, not to stderr: its py4j converters import
    pyspark.testing, which warns about pandas 3 although Koers never hands Spark a pandas object."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            if not log.closed:  # closed when starting failed: the warnings go nowhere then
                for w in caught:
                    log.write(f"{w.category.__name__}: {w.message}\n".encode())
                log.flush()


def _open_log():
    fd, name = tempfile.mkstemp(prefix="koers-spark-", suffix=".log")
    os.close(fd)
    _STATE["log"] = open(name, "wb")  # noqa: SIM115 (kept open for the JVM's whole life)
    return _STATE["log"]


def _tail(log) -> str:
    log.flush()
    lines = [ln.strip() for ln in Path(log.name).read_text(errors="replace").splitlines() if ln.strip()]
    errors = [ln for ln in lines if "error" in ln.lower() or "exception" in ln.lower()]
    return (errors or lines or ["no output"])[-1][:300]


def _local(master_url: str, short_lived: bool = False):
    log = _open_log()
    with _quietly(log):
        from pyspark import SparkConf, SparkContext
        from pyspark.java_gateway import launch_gateway
        from pyspark.sql import SparkSession

        conf = SparkConf(loadDefaults=False)
        for k, v in local_conf(master_url, short_lived).items():
            conf.set(k, v)
        try:
            gateway = launch_gateway(conf, popen_kwargs={"stdout": log, "stderr": log})
        except Exception as e:  # no Java, or the JVM stopped at once
            reason = _tail(log)
            _STATE["log"] = None
            log.close()  # kept: the message names it
            raise error("engine.spark_unavailable", reason=reason, log=log.name) from e
        sc = SparkContext(conf=conf, gateway=gateway)
        sc.setLogLevel("ERROR")
        import pyspark.testing.utils  # noqa: F401  (imported now, so its warning is caught here, once)

        return SparkSession(sc)


def _connect(url: str):
    log = _open_log()
    with _quietly(log):
        from pyspark.sql import SparkSession
        from pyspark.sql.connect.client.retries import DefaultPolicy

        spark = None
        try:
            spark = SparkSession.builder.remote(url).getOrCreate()
            # Reach the server now, retrying a few seconds only: a wrong address is one line and exit 2, not ten
            # minutes of the client's default retries and then a traceback. Later calls retry as the client does.
            policies = spark.client.get_retry_policies()
            spark.client.set_retry_policies([DefaultPolicy(max_retries=3, max_backoff=2000)])
            spark.sql("SELECT 1").toArrow()
            spark.client.set_retry_policies(policies)
        except Exception as e:
            if spark is not None:
                _drop(spark)  # now, while warnings go to the log: at exit it would retry and warn on stderr
            _STATE["log"] = None
            log.close()
            Path(log.name).unlink(missing_ok=True)
            raise error("engine.spark_unreachable", url=url, reason=_reason(e)) from e
        import pyspark.testing.utils  # noqa: F401

        return spark


def _drop(spark) -> None:
    spark.client.set_retry_policies([])
    try:
        spark.stop()
    except Exception:  # the server was never reached: nothing to release
        pass


def _reason(e: Exception) -> str:
    """One line of a Spark Connect error: gRPC's `details`, else the message's first line."""
    text = str(e).strip()
    m = re.search(r'details = "([^"]*)"', text)
    return (m.group(1) if m else (text.splitlines() or [type(e).__name__])[0])[:300]


def _is_local(location: str) -> bool:
    return "://" not in location or location.startswith("file://")


def _local_path(location: str) -> Path:
    return Path(urlparse(location).path) if location.startswith("file://") else Path(location)


def read_manifest(spark, location: str) -> dict | None:
    """The manifest of a facts location: read from disk when local, through Spark when on shared storage."""
    if _is_local(location):
        return parquet_layout.read_manifest(_local_path(location))
    try:
        text = spark.read.text(f"{location.rstrip('/')}/{parquet_layout.MANIFEST}", wholetext=True).toArrow()
        manifest = json.loads(text.column(0)[0].as_py())
    except Exception:  # missing or unreadable: said as one line by the caller
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == parquet_layout.FORMAT else None


def register(spark, location: str) -> dict:
    """`facts` over the files at location and `facts_days` over it (schema.facts_days_ddl, transpiled), as temporary
    views of the session; returns the manifest."""
    manifest = read_manifest(spark, location)
    if manifest is None:
        raise error("engine.parquet_missing", folder=location)
    if manifest["rows"]:
        path = str(_local_path(location).resolve()) if _is_local(location) else location.rstrip("/")
        facts = spark.read.schema(parquet_layout.spark_schema()).parquet(f"{path}/{parquet_layout.FACTS}")
        facts = facts.select(*FACT_COLUMNS)
    else:
        typed = ", ".join(f"CAST(NULL AS {parquet_layout.column_type(c).replace('VARCHAR', 'STRING')}) AS {c}"
                          for c in FACT_COLUMNS)
        facts = spark.sql(f"SELECT {typed} WHERE FALSE")
    if spark.catalog.tableExists("facts_days") and spark.catalog.isCached("facts_days"):
        spark.catalog.uncacheTable("facts_days")  # another location's, kept in memory
    facts.createOrReplaceTempView("facts")
    days = spark.sql(facts_days_select())
    if manifest["rows"] < SMALL:
        days = days.cache()  # read and spread once, not once per query
    days.createOrReplaceTempView("facts_days")
    return manifest


class SparkBackend:
    """Runs compiled queries on Spark over the facts at `location`, with the `records`/`rows`/`query` of an Engine.

    Currencies and rates (kpis.money) are asked of `store`, the workspace's own DuckDB: writes stay there."""

    # Period rows are spread over their days at every grain (facts_days), never by the grain's periods as DuckDB
    # does: on Spark that made the bench's queries two to four times slower.
    spreads_by_day = True

    def __init__(self, location: str, store=None, spark=None):
        self.location = location
        self.spark = spark or session()
        self._store = store
        self.manifest = self._views()

    def _views(self) -> dict:
        # One session has one `facts` view: a second backend on another location takes it over, and back.
        with _LOCK:
            key = (id(self.spark), self.location)
            if _STATE["views"] is None or _STATE["views"][0] != key:
                _STATE["views"] = (key, register(self.spark, self.location))
            return _STATE["views"][1]

    def known_facts(self) -> tuple[dict[str, set[str]], set[str]] | None:
        """Which tools carry each measure and which hold period rows, as the export counted them (kpis.presence,
        kpis.has_periods): no Spark query for them. None for a manifest written before they were counted."""
        known, periods = self.manifest.get("presence"), self.manifest.get("period_rows")
        if not isinstance(known, dict) or not isinstance(periods, list):
            return None
        return {m: set(tools) for m, tools in known.items()}, set(periods)

    @property
    def version(self) -> int:
        return self._store.version if self._store is not None else 0

    def cursor(self):
        """A cursor on the workspace store (datasets, settings, rates); an empty one without a store."""
        from .duckdb_files import empty_engine

        return (self._store or empty_engine()).cursor()

    def arrow(self, sql: str, params: dict | list | None = None):
        """A compiled (DuckDB) query run on Spark; the result as a pyarrow Table.

        The UNION ALL of its KPIs is folded into one scan; CTEs the query then still reads more than once are
        computed once each, as cached views of this call (sql.for_spark)."""
        args = (dict(params) if isinstance(params, dict) else list(params or [])) or None
        steps, final = for_spark(sql, _SHARED)
        prefix = f"_koers_{uuid.uuid4().hex[:12]}"  # the views of this call only
        done = []
        with _LOCK:  # one query at a time per session: the settings of _sql are the session's
            self._views()
            try:
                for view, text in steps:
                    df = self._sql(text.replace(_SHARED, prefix), args).cache()
                    done.append((view.replace(_SHARED, prefix), df))
                    df.count()  # computed now, once
                    df.createOrReplaceTempView(done[-1][0])
                return self._sql(final.replace(_SHARED, prefix), args).toArrow()
            finally:
                for view, df in done:
                    self.spark.catalog.dropTempView(view)
                    df.unpersist()
                for k, v in _STATE["defaults"].items():
                    self.spark.conf.set(k, v)

    def _sql(self, text: str, args):
        # Adaptive execution re-plans after every stage: worth it where the facts are read (partition sizes, skew),
        # pure cost over the small views after that (a fifty-KPI query spent four fifths of its CPU re-planning).
        settings = dict(_STATE["defaults"], **(SMALL_SETTINGS if self.manifest["rows"] < SMALL else {}))
        if not _READS_FACTS.search(text):
            settings[AQE] = "false"
        for k, v in settings.items():
            self.spark.conf.set(k, v)
        return self.spark.sql(text, args=args)

    def records(self, sql: str, params: dict | list | None = None,
                facts: bool = False) -> tuple[list[str], list[tuple]]:
        table = self.arrow(sql, params)  # facts: Engine's; Spark keeps facts_days in memory itself
        return table.column_names, list(zip(*(c.to_pylist() for c in table.columns), strict=True))

    def rows(self, sql: str, params: dict | list | None = None, facts: bool = False) -> list[tuple]:
        return self.records(sql, params)[1]

    def query(self, sql: str, params: dict | list | None = None, facts: bool = False):
        """A pandas DataFrame typed as DuckDB's own results are (Koers's conversion, not pyspark's)."""
        from .duckdb_files import frame

        return frame(self.arrow(sql, params))


def location_for(ws) -> str:
    """Where Spark reads this workspace's facts: KOERS_SPARK_FACTS, else a folder beside the workspace file."""
    given = os.environ.get(FACTS)
    if given:
        return given
    if os.environ.get(REMOTE):
        raise error("engine.spark_needs_facts")  # a cluster cannot read a folder on this machine
    if ws.path is None:  # an in-memory workspace (compute FILE ...): its files live as long as the process
        folder = Path(tempfile.mkdtemp(prefix="koers-facts-"))
        atexit.register(shutil.rmtree, folder, True)
        return str(folder / "facts.parquet")
    return str(Path(ws.path).with_suffix(".parquet"))


def for_workspace(ws) -> SparkBackend:
    """A command's Spark backend over the workspace's facts (a local JVM started for a short life), the facts written
    (again) first when a local folder is behind."""
    location = location_for(ws)
    local = _is_local(location)
    if local and not parquet_layout.is_current(ws.engine, _local_path(location)):
        parquet_layout.export(ws.engine, _local_path(location))
    backend = SparkBackend(location, ws.engine, session(short_lived=True))
    if local:
        return backend
    with ws.engine.cursor() as cur:
        if backend.manifest.get("fingerprint") != parquet_layout.fingerprint(cur):
            raise error("engine.spark_facts_stale", location=location)
    return backend
