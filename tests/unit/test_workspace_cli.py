"""The workspace commands: add, datasets, remove, export, import, demo; and their texts."""

from __future__ import annotations

import json
from hashlib import sha256

from kpi_core.cli import main

CSV = "Date,Campaign,Clicks,Cost\n2025-01-01,A,10,5\n2025-01-02,A,20,7.5\n"
CSV2 = "Date,Campaign,Clicks,Cost\n2025-01-02,A,21,8\n2025-01-03,A,30,9\n"


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_datasets_remove(tmp_path, write, capsys):
    ws, a, b = tmp_path / "new" / "ws.duckdb", write("a.csv", CSV), write("b.csv", CSV2)
    assert cli(capsys, "add", "--workspace", ws, a, a, b) == (0, (
        "a.csv: added 2 days (1–2 Jan 2025) of Spreadsheet data, from 2 rows.\n"
        f"a.csv: this file is already in (dataset {sha256(CSV.encode()).hexdigest()[:12]}); nothing added.\n"
        "b.csv: replaced 1 day (2 Jan 2025) of Spreadsheet data; added 1 new day.\n"), "")
    code, out, _ = cli(capsys, "datasets", "--workspace", ws, "--json")
    rows = json.loads(out)["datasets"]
    assert code == 0 and [(d["file"], d["rows"], d["rows_now"]) for d in rows] == [("a.csv", 2, 1), ("b.csv", 2, 2)]
    code, out, _ = cli(capsys, "--lang", "nl", "datasets", "--workspace", ws)
    assert out.splitlines()[0] == f"{rows[0]['id']}  generic  2025-01-01 t/m 2025-01-02  1 van 2 rijen  a.csv"
    assert cli(capsys, "remove", "--workspace", ws, rows[0]["id"]) == (
        0, f"Removed dataset {rows[0]['id']} (1 row).\n", "")
    assert cli(capsys, "remove", "--workspace", ws, "nope") == (
        2, "", "No dataset with id nope in this workspace. `datasets` lists the ids.\n")


def test_add_json_is_one_object_per_run(tmp_path, write, capsys):
    code, out, _ = cli(capsys, "add", "--workspace", tmp_path / "ws.duckdb", write("a.csv", CSV),
                       tmp_path / "gone.csv", "--json")
    files = json.loads(out)["files"]
    assert code == 0 and [f["status"] for f in files] == ["added", "error"]
    assert set(files[0]) == set(files[1])  # keys always present


def test_export_then_import(tmp_path, write, capsys):
    ws = tmp_path / "ws.duckdb"
    cli(capsys, "add", "--workspace", ws, write("a.csv", CSV), "--keep-both")
    assert cli(capsys, "export", "--workspace", ws, "--to", tmp_path / "ws.zip") == (
        0, f"Exported the workspace to {tmp_path / 'ws.zip'}: 1 datasets, 2 rows, 0 targets.\n", "")
    code, out, _ = cli(capsys, "import", tmp_path / "ws.zip", "--workspace", tmp_path / "copy.duckdb", "--json")
    assert code == 0 and json.loads(out) == {"workspace": str(tmp_path / "copy.duckdb"),
                                             "file": str(tmp_path / "ws.zip"), "datasets": 1, "facts": 2, "targets": 0}
    code, _, err = cli(capsys, "import", tmp_path / "ws.zip", "--workspace", tmp_path / "copy.duckdb")
    assert code == 2 and "already exists" in err


def test_commands_other_than_add_need_an_existing_workspace(tmp_path, capsys):
    missing = tmp_path / "nope.duckdb"
    assert cli(capsys, "datasets", "--workspace", missing) == (
        2, "", f"{missing}: workspace not found. Check the path, or create it with `add`.\n")
    assert not missing.exists()


def test_demo(tmp_path, capsys):
    code, out, _ = cli(capsys, "demo", "--workspace", tmp_path / "demo.duckdb", "--json")
    out = json.loads(out)
    assert code == 0 and out["targets"] >= 1 and all(f["status"] != "error" for f in out["files"])
