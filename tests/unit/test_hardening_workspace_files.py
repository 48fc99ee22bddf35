"""Workspace files: never exported onto, checked read-only before any write, backed up, and restored."""

from __future__ import annotations

import ast
import hashlib
import os
from pathlib import Path

import pytest

from kpi_core import workspace_file
from kpi_core.errors import KoersError
from kpi_core.store import migrations
from kpi_core.workspace import Workspace, backup_list, restore

ROOT = Path(__file__).resolve().parents[2]
CSV = "Date,Campaign,Clicks,Cost\n2025-01-01,A,10,5\n2025-01-02,A,20,7.5\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ws_file(tmp_path) -> Path:
    """A closed workspace file with one dataset."""
    (tmp_path / "a.csv").write_text(CSV)
    path = tmp_path / "w.duckdb"
    ws = Workspace(path)
    ws.add_files([tmp_path / "a.csv"])
    ws.close()
    return path


def opened_fails(path: Path) -> KoersError:
    with pytest.raises(KoersError) as e:
        Workspace(path)
    return e.value


# Exporting onto itself

def test_export_onto_its_own_file_is_refused_and_the_workspace_is_kept(ws_file, tmp_path, run):
    before = digest(ws_file)
    os.symlink(ws_file, tmp_path / "link.duckdb")
    for target in (ws_file, tmp_path / "." / "w.duckdb", tmp_path / "link.duckdb", tmp_path / "w.duckdb.wal"):
        code, out, err = run("export", "--workspace", ws_file, "--to", target)
        assert (code, out) == (2, "") and "is a workspace file" in err and err.count("\n") == 1, target
    assert digest(ws_file) == before and not (tmp_path / "w.duckdb.wal").exists()
    assert [d["file"] for d in Workspace(ws_file).datasets()] == ["a.csv"]


def test_export_onto_another_workspace_file_is_refused(ws_file, tmp_path, run):
    other = tmp_path / "other.duckdb"
    Workspace(other).close()
    before = digest(other)
    code, _, err = run("export", "--workspace", ws_file, "--to", other)
    assert code == 2 and digest(other) == before


# Damaged and foreign files: one line, never written to

def fill(path: Path, rows: int) -> None:
    """Add a dataset of `rows` fact rows (enough to fill many storage blocks)."""
    from kpi_core import schema
    from kpi_core.store import facts

    def write(cur):
        cur.execute(schema.facts_ddl("new_rows").replace("CREATE TABLE", "CREATE TEMP TABLE"))
        cur.execute("INSERT INTO new_rows (dataset_id, source_id, date, campaign, clicks, cost) SELECT 'big', "
                    "'google_ads', DATE '2024-01-01' + (i % 700)::INT, 'c' || (i % 977), i % 13, (i % 101) / 3 "
                    f"FROM range({rows}) t(i)")
        facts.split(cur, "new_rows")

    ws = Workspace(path)
    ws.engine.write(write)
    ws.close()


def data_block(path: Path) -> int:
    """Where in the file a block of fact values starts (not the catalogue: the file still opens without it)."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        (table,) = con.execute("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'facts_cs_%' "
                               "ORDER BY estimated_size DESC LIMIT 1").fetchone()
        (block,) = con.execute(f"SELECT max(block_id) FROM pragma_storage_info('{table}') "
                               "WHERE column_name = 'cost'").fetchone()
        (size,) = con.execute("SELECT block_size FROM pragma_database_size()").fetchone()
    finally:
        con.close()
    return 3 * 4096 + block * size


def damaged(path: Path, kind: str) -> bytes:
    data = path.read_bytes()
    at = data_block(path) + 1000 if kind == "garbage_in_the_data" else 0
    return {
        "half": data[: len(data) // 2],
        "header_only": data[:4096],
        "headers_only": data[:12288],
        "zeros_in_a_block": data[:20000] + bytes(50_000) + data[70_000:],  # checksum error "... in block ..."
        "garbage_in_the_data": data[:at] + os.urandom(1000) + data[at + 1000:],  # opens; a read fails
    }[kind]


@pytest.mark.parametrize("kind", ["half", "header_only", "headers_only", "zeros_in_a_block", "garbage_in_the_data"])
def test_a_damaged_workspace_is_one_line_and_never_written(ws_file, tmp_path, run, kind):
    fill(ws_file, 300_000)
    ws_file.write_bytes(damaged(ws_file, kind))
    before = digest(ws_file)
    if kind == "garbage_in_the_data":  # the catalogue is intact: only reading every value finds the damage
        import duckdb

        duckdb.connect(str(ws_file), read_only=True).close()
    e = opened_fails(ws_file)
    assert e.code == "workspace.damaged"  # 'block' in a checksum message once read as 'locked'
    for argv in (["datasets", "--workspace", ws_file], ["targets", "status", "--workspace", ws_file],
                 ["compute", "--workspace", ws_file, "--kpi", "ctr"],
                 ["add", "--workspace", ws_file, tmp_path / "a.csv"]):
        code, out, err = run(*argv)
        assert (code, err.count("\n")) == (2, 1) and "damaged" in err, argv
    assert digest(ws_file) == before and not Path(f"{ws_file}.wal").exists()
    assert not workspace_file.folder(ws_file).exists()  # nothing migrated, nothing copied


def test_a_duckdb_file_that_is_no_workspace_is_never_written(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE notes (text VARCHAR)")
    con.execute("INSERT INTO notes VALUES ('mine')")
    con.close()
    before = digest(path)
    assert opened_fails(path).code == "workspace.not_a_workspace"
    assert digest(path) == before and duckdb.connect(str(path)).execute("SHOW TABLES").fetchall() == [("notes",)]


def test_a_workspace_from_a_newer_koers_is_refused_unchanged(ws_file):
    import duckdb

    con = duckdb.connect(str(ws_file))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [migrations.CURRENT + 1])
    con.close()
    before = digest(ws_file)
    assert opened_fails(ws_file).code == "workspace.too_new" and digest(ws_file) == before


def test_errors_are_never_told_apart_by_their_text():
    """No module that opens DuckDB reads an exception's message (str(e), e.args) to decide what went wrong."""
    for module in ("workspace.py", "workspace_file.py", "engine.py"):
        tree = ast.parse((ROOT / "kpi_core" / module).read_text())
        for handler in (n for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler) and n.name):
            for node in ast.walk(handler):
                uses_text = (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("str", "repr")
                             and any(getattr(a, "id", None) == handler.name for a in node.args))
                uses_args = isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == handler.name \
                    and node.attr in ("args", "msg")
                assert not (uses_text or uses_args), f"{module}:{node.lineno}"


# Backups and restore

def test_a_migration_is_preceded_by_a_copy(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    Workspace(path).close()
    con = duckdb.connect(str(path))
    con.execute("DELETE FROM schema_version WHERE version = ?", [migrations.CURRENT])  # one step behind
    con.close()
    before = path.read_bytes()
    ws = Workspace(path)
    assert ws.engine.rows("SELECT max(version) FROM schema_version") == [(migrations.CURRENT,)]
    [b] = backup_list(path)
    assert b["reason"] == "migration" and b["kind"] == "copy" and b["path"].read_bytes() == before
    ws.close()


def test_exports_are_kept_as_backups_the_newest_few(ws_file, tmp_path, monkeypatch, run):
    monkeypatch.setenv("KOERS_BACKUPS", "2")
    for i in range(3):
        assert run("export", "--workspace", ws_file, "--to", tmp_path / f"e{i}.zip")[0] == 0
    kept = backup_list(ws_file)
    assert [b["reason"] for b in kept] == ["export", "export"]
    assert [b["path"].read_bytes() for b in kept] == [(tmp_path / f"e{i}.zip").read_bytes() for i in (2, 1)]


def test_import_replaces_an_existing_workspace_only_when_asked_and_keeps_a_copy(ws_file, tmp_path, run):
    donor = Workspace(tmp_path / "donor.duckdb")
    donor.set_setting("name", "Donor")
    donor.export_to(tmp_path / "donor.zip")
    donor.close()
    before = digest(ws_file)
    code, _, err = run("import", tmp_path / "donor.zip", "--workspace", ws_file)
    assert code == 2 and "--replace" in err and digest(ws_file) == before
    assert run("import", tmp_path / "donor.zip", "--workspace", ws_file, "--replace")[0] == 0
    assert Workspace(ws_file).settings()["name"] == "Donor" and Workspace(ws_file).datasets() == []
    [copy] = [b for b in backup_list(ws_file) if b["kind"] == "copy"]
    assert copy["reason"] == "import"
    assert run("restore", "--workspace", ws_file, "--from", copy["name"])[0] == 0
    assert [d["file"] for d in Workspace(ws_file).datasets()] == ["a.csv"]


def test_restore_brings_back_a_damaged_workspace_and_keeps_the_damaged_one(ws_file, tmp_path, run):
    assert run("export", "--workspace", ws_file, "--to", tmp_path / "e.zip")[0] == 0
    ws_file.write_bytes(damaged(ws_file, "half"))
    broken = ws_file.read_bytes()
    code, out, _ = run("restore", "--workspace", ws_file, "--list")
    assert code == 0 and ".export.zip  export" in out
    code, out, _ = run("restore", "--workspace", ws_file, "--from", "latest")
    assert code == 0 and out.startswith(f"Restored {ws_file} from w.")
    assert [d["file"] for d in Workspace(ws_file).datasets()] == ["a.csv"]
    saved = [b for b in backup_list(ws_file) if b["reason"] == "restore"]
    assert len(saved) == 1 and saved[0]["path"].read_bytes() == broken  # a restore can be undone too


def test_restore_refuses_names_that_are_not_its_backups(ws_file, tmp_path, run):
    run("export", "--workspace", ws_file, "--to", tmp_path / "e.zip")
    before = digest(ws_file)
    for name in ("nope", "../w.duckdb", str(tmp_path / "e.zip")):
        code, _, err = run("restore", "--workspace", ws_file, "--from", name)
        assert code == 2 and "no backup" in err and err.count("\n") == 1, name
    assert digest(ws_file) == before


def test_restore_of_a_damaged_backup_changes_nothing(ws_file, tmp_path):
    run_export = Workspace(ws_file)
    run_export.export_to(tmp_path / "e.zip")
    run_export.close()
    [b] = backup_list(ws_file)
    b["path"].write_bytes(b["path"].read_bytes()[:500])
    before = digest(ws_file)
    with pytest.raises(KoersError) as e:
        restore(ws_file, b["name"])
    assert e.value.code == "workspace.bad_export" and digest(ws_file) == before
    assert [x["reason"] for x in backup_list(ws_file)] == ["export"]  # no copy made for nothing


def test_restore_without_backups_lists_none(ws_file, run):
    code, out, _ = run("restore", "--workspace", ws_file)
    assert code == 0 and out == f"No backups of {ws_file} yet (they go to {workspace_file.folder(ws_file)}).\n"


def test_no_nan_or_infinity_gets_into_a_workspace_the_usual_ways():
    ws = Workspace(None)
    ws.save_target({"id": "t1", "kpi": "ctr", "target": 0.05})
    for value in (float("nan"), float("inf"), "12"):
        with pytest.raises(KoersError) as e:
            ws.add_checkin("t1", "2025-01-01", "note", value=value)
        assert e.value.code == "workspace.bad_value"
    assert ws.checkins("t1") == []
    with pytest.raises(ValueError):
        ws.save_target({"id": "t2", "kpi": "ctr", "target": float("nan")})  # the pages check first; never stored
    assert [t["id"] for t in ws.targets()] == ["t1"]
    ws.close()


def test_restore_and_replace_refuse_a_workspace_open_in_another_process(ws_file, tmp_path):
    import subprocess
    import sys

    Workspace(ws_file).export_to(tmp_path / "e.zip")
    Workspace(ws_file).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " time.sleep(60)", str(ws_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = digest(ws_file)
        for attempt in (lambda: restore(ws_file, "latest"),
                        lambda: Workspace.import_from(tmp_path / "e.zip", ws_file, replace=True)):
            with pytest.raises(KoersError) as e:
                attempt()
            assert e.value.code == "workspace.locked"
        assert digest(ws_file) == before and [b["reason"] for b in backup_list(ws_file)] == ["export"]
    finally:
        holder.kill()
        holder.wait()
