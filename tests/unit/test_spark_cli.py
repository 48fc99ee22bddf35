"""The command line on Spark: chosen by `--engine` or KOERS_ENGINE, the same numbers as DuckDB, nothing of Spark or
Java on stderr; a wrong cluster address is one line and exit 2; `export --parquet` writes the layout both engines read.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kpi_core.store import parquet_layout

ROOT = Path(__file__).resolve().parents[2]
KPIS = ["ctr", "roas", "cac"]  # cac: two tools' sums (every KPI at every grain: test_spark_parity.py)
# Nothing listens on port 9 (discard) here: a refused connection, as from a wrong host or port.
WRONG_REMOTE = "sc://127.0.0.1:9"


def start(*argv, env=None) -> subprocess.Popen:
    base = {k: v for k, v in os.environ.items() if not k.startswith("KOERS_")}
    return subprocess.Popen([sys.executable, "-m", "kpi_core", *map(str, argv)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**base, **(env or {})})


def done(proc: subprocess.Popen) -> subprocess.CompletedProcess:
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def cli(*argv, env=None) -> subprocess.CompletedProcess:
    return done(start(*argv, env=env))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.duckdb"
    out = cli("demo", "--workspace", path)
    assert out.returncode == 0, out.stderr
    return path


def close(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return (a is None) == (b is None) and (a is None or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9))
    return a == b


def copy(workspace: Path, folder: Path) -> Path:
    return Path(shutil.copy(workspace, folder / workspace.name))


def test_compute_on_spark_by_koers_engine_prints_duckdb_numbers_and_nothing_on_stderr(demo, tmp_path):
    args = ["compute", "--workspace", demo, "--by", "month", "--dim", "channel", "--json", "--kpi", *KPIS]
    twin = copy(demo, tmp_path)  # a workspace file is opened by one process at a time: DuckDB reads a copy
    runs = [start(*args[:2], twin, *args[3:]),
            start(*args, env={"KOERS_ENGINE": "spark", "KOERS_SPARK_MASTER": "local[2]"})]
    duck, spark = map(done, runs)  # side by side, as they are independent
    assert (duck.returncode, duck.stderr) == (0, "")
    assert (spark.returncode, spark.stderr) == (0, "")
    a, b = json.loads(duck.stdout), json.loads(spark.stdout)
    rows_a, rows_b = a.pop("rows"), b.pop("rows")
    assert len(rows_a) == len(rows_b) > 30
    assert {r["kpi"] for r in rows_b} == set(KPIS)
    for ra, rb in zip(rows_a, rows_b, strict=True):
        assert ra.keys() == rb.keys() and all(close(ra[k], rb[k]) for k in ra), (ra, rb)
    assert a == b
    # Spark read the facts from the folder written beside the workspace, which now matches it.
    from kpi_core.workspace import Workspace

    ws = Workspace(demo)
    try:
        assert parquet_layout.is_current(ws.engine, demo.with_suffix(".parquet"))
    finally:
        ws.close()


def test_a_wrong_spark_remote_is_one_line_and_exit_2(demo, tmp_path):
    env = {"KOERS_SPARK_REMOTE": WRONG_REMOTE, "KOERS_SPARK_FACTS": str(tmp_path / "facts.parquet")}
    runs = [start("compute", "--workspace", demo, "--kpi", "ctr", "--engine", "spark", env=env),
            start("compute", "--workspace", copy(demo, tmp_path), "--kpi", "ctr", "--lang", "nl",
                  env={**env, "KOERS_ENGINE": "spark"})]
    out, nl = map(done, runs)  # side by side: each waits on the refused address
    assert (out.returncode, out.stdout) == (2, "")
    assert out.stderr.count("\n") == 1 and out.stderr.startswith(
        f"Could not reach Spark Connect at {WRONG_REMOTE} (KOERS_SPARK_REMOTE): "), out.stderr
    assert "Connection refused" in out.stderr
    assert (nl.returncode, nl.stderr.count("\n")) == (2, 1)
    assert nl.stderr.startswith(f"Spark Connect op {WRONG_REMOTE} (KOERS_SPARK_REMOTE) is niet bereikbaar"), nl.stderr


def test_a_cluster_without_shared_facts_is_one_line(demo):
    out = cli("compute", "--workspace", demo, "--kpi", "ctr", "--engine", "spark",
              env={"KOERS_SPARK_REMOTE": WRONG_REMOTE})
    assert (out.returncode, out.stderr.count("\n")) == (2, 1)
    assert "KOERS_SPARK_FACTS" in out.stderr


def test_the_engine_option_wins_over_koers_engine(demo):
    env = {"KOERS_ENGINE": "spark", "KOERS_SPARK_REMOTE": WRONG_REMOTE}  # Spark would fail: DuckDB ran
    out = cli("compute", "--workspace", demo, "--kpi", "ctr", "--json", "--engine", "duckdb", env=env)
    assert (out.returncode, out.stderr) == (0, "")
    assert json.loads(out.stdout)["rows"]


def test_an_unknown_koers_engine_is_one_line(demo):
    out = cli("compute", "--workspace", demo, "--kpi", "ctr", env={"KOERS_ENGINE": "flink"})
    assert (out.returncode, out.stdout) == (2, "")
    assert out.stderr == "Engine 'flink' (KOERS_ENGINE) is unknown; choose one of: duckdb, spark.\n"


def test_export_parquet_writes_files_by_tool_and_month(demo, tmp_path):
    from kpi_core.backends.duckdb_files import DuckDBFiles
    from kpi_core.workspace import Workspace

    folder = tmp_path / "out"
    out = cli("export", "--workspace", demo, "--parquet", folder, "--json")
    assert (out.returncode, out.stderr) == (0, "")
    info = json.loads(out.stdout)
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.parquet"))
    assert info["files"] == len(files) > 10 and info["currency"] == "EUR"
    assert all(len(f.split("/")) == 4 and f.split("/")[1].startswith("source_id=")
               and len(f.split("/")[2]) == len("month=2025-01") for f in files), files
    assert "facts/source_id=google_ads/month=2025-01/data_0.parquet" in files
    ws = Workspace(demo)
    try:
        files_db = DuckDBFiles(folder)
        sql = "SELECT source_id, count(*), sum(clicks), round(sum(cost), 6) FROM facts GROUP BY ALL ORDER BY 1"
        assert files_db.rows(sql) == ws.engine.rows(sql)
        assert files_db.rows("SELECT count(*) FROM facts")[0][0] == info["rows"]
    finally:
        ws.close()


def test_duckdb_compute_never_imports_spark(demo, tmp_path):
    path = str(copy(demo, tmp_path))
    code = ("import sys; from kpi_core.cli import main; import kpi_core; "
            f"main(['compute', '--workspace', {path!r}, '--by', 'month']); "
            f"main(['targets', 'status', '--workspace', {path!r}]); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyspark', 'py4j', 'sqlglot'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.stdout.splitlines()[-1] == "[]", out.stderr


def test_a_command_starts_spark_for_a_short_life_and_a_long_lived_process_does_not(monkeypatch, tmp_path):
    """A command's backend (spark.for_workspace) asks for a JVM tuned for a short life (C1 only, serial collector);
    a long-lived process (open_files: the parity test, the bench) keeps the JVM's defaults, which its many queries
    are faster on."""
    from kpi_core.backends import open_files
    from kpi_core.backends import spark as spark_mod
    from kpi_core.workspace import Workspace

    opts = lambda short: spark_mod.local_conf("local[2]", short)["spark.driver.extraJavaOptions"].split()
    short = spark_mod.SHORT_LIVED_JAVA.split()
    assert opts(True) == [*opts(False), *short] and not set(short) & set(opts(False))
    asked = []
    monkeypatch.setattr(spark_mod, "session", lambda short_lived=False: asked.append(short_lived) or object())
    monkeypatch.setattr(spark_mod, "register", lambda spark, location: {"rows": 0})
    monkeypatch.setitem(spark_mod._STATE, "views", None)
    for name in (spark_mod.FACTS, spark_mod.REMOTE):
        monkeypatch.delenv(name, raising=False)
    ws = Workspace(tmp_path / "w.duckdb")
    try:
        spark_mod.for_workspace(ws)  # compute, explain and targets status run on this one
        open_files(tmp_path / "w.parquet", "spark", ws.engine)
    finally:
        ws.close()
    assert asked == [True, False]
