"""No SQL from data: every route by which a name from a file could reach SQL is refused before SQL is built."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kpi_core.errors import KoersError
from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def payload(target: Path) -> str:
    """A column name that, pasted into an INSERT, would close it and write a file."""
    return f"x\"); COPY (SELECT 1) TO '{target}'; --"


@pytest.fixture
def export(tmp_path):
    """A real export of a small workspace with data, a target and a remembered mapping."""
    ws = Workspace(tmp_path / "src.duckdb")
    ws.add_files([ROOT / "sample_data" / "mailchimp_campaigns.csv"])
    ws.save_target({"id": "t1", "kpi": "open_rate", "target": 0.4})
    ws.remember_mapping("generic", ["Dag", "Kosten"], {"Dag": "date", "Kosten": "cost"})
    ws.export_to(tmp_path / "good.zip")
    ws.close()
    return tmp_path / "good.zip"


def rewrite(src: Path, dst: Path, table: str | None = None, change=None, manifest=None) -> Path:
    """A copy of an export with one table's Arrow table changed by `change`, or the manifest replaced."""
    import pyarrow.parquet as pq

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == f"{table}.parquet" and change is not None:
                buf = io.BytesIO()
                pq.write_table(change(pq.read_table(io.BytesIO(data))), buf)
                data = buf.getvalue()
            if name == "manifest.json" and manifest is not None:
                data = json.dumps(manifest(json.loads(data))).encode()
            zout.writestr(name, data)
    return dst


def renamed(column: str, to: str):
    return lambda tbl: tbl.rename_columns([to if c == column else c for c in tbl.column_names])


@pytest.mark.parametrize("table, column", [("facts", "unique_opens"), ("settings", "value"),
                                           ("targets", "body"), ("datasets", "file")])
def test_a_parquet_column_name_never_reaches_sql(export, tmp_path, table, column):
    pwned = tmp_path / "pwned"
    bad = rewrite(export, tmp_path / "bad.zip", table, renamed(column, payload(pwned)))
    with pytest.raises(KoersError) as e:
        Workspace.import_from(bad, tmp_path / "new.duckdb")
    assert e.value.code == "workspace.bad_column" and e.value.info["table"] == table
    assert not pwned.exists() and not (tmp_path / "new.duckdb").exists()
    assert len(e.value.info["column"]) <= 60  # never echoed whole


def test_an_extra_column_is_refused_even_with_a_harmless_name(export, tmp_path):
    import pyarrow as pa

    bad = rewrite(export, tmp_path / "bad.zip", "settings",
                  lambda t: t.append_column("extra", pa.array(["x"] * t.num_rows, pa.string())))
    with pytest.raises(KoersError) as e:
        Workspace.import_from(bad)
    assert e.value.code == "workspace.bad_column" and e.value.info["column"] == "extra"


def test_load_checks_names_itself(export, tmp_path):
    """transfer.load is public: given tables straight, it still refuses an unknown column before any SQL."""
    from kpi_core.engine import Engine
    from kpi_core.store import migrations, transfer

    manifest, tables = transfer.read_export(export)
    pwned = tmp_path / "pwned"
    tables["checkins"] = renamed("note", payload(pwned))(tables["checkins"])
    engine = Engine()
    migrations.migrate(engine, upto=manifest["schema_version"])
    with pytest.raises(KoersError) as e:
        transfer.load(engine, export, manifest, tables)
    assert e.value.code == "workspace.bad_column" and not pwned.exists()
    tables["checkins; DROP TABLE targets"] = tables.pop("checkins")
    with pytest.raises(KoersError) as e:
        transfer.load(engine, export, manifest, tables)
    assert e.value.code == "workspace.bad_export"
    assert engine.rows("SELECT count(*) FROM targets") == [(0,)]
    engine.close()


@pytest.mark.parametrize("change", [
    lambda m: [m],  # a list
    lambda m: {k: v for k, v in m.items() if k != "totals"},  # totals missing
    lambda m: dict(m, totals=None),
    lambda m: dict(m, schema_version=str(m["schema_version"])),  # a version as a string
    lambda m: dict(m, schema_version=True),
    lambda m: dict(m, tables=dict(m["tables"], **{"settings; DROP TABLE facts": 1})),
    lambda m: dict(m, tables={("x" if k == "settings" else k): v for k, v in m["tables"].items()}),
    lambda m: dict(m, tables=dict(m["tables"], settings="3")),
    lambda m: dict(m, totals=dict(m["totals"], **{"cost); DROP TABLE facts; --": 1.0})),
    lambda m: dict(m, totals=dict(m["totals"], unique_opens="1")),
], ids=["list", "no-totals", "null-totals", "version-str", "version-bool", "table-name", "missing-table",
        "count-str", "totals-name", "total-str"])
def test_a_manifest_of_the_wrong_shape_is_one_line(export, tmp_path, change):
    bad = rewrite(export, tmp_path / "bad.zip", manifest=change)
    proc = subprocess.run([sys.executable, "-m", "kpi_core", "import", "--workspace", str(tmp_path / "n.duckdb"),
                           str(bad)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "not a (complete) Koers export" in proc.stderr
    assert not (tmp_path / "n.duckdb").exists()


def test_an_imported_mapping_override_cannot_name_sql(export, tmp_path):
    """A remembered mapping travels in exports; its field names are checked before a later upload uses them."""
    pwned = tmp_path / "pwned"

    def evil(tbl):
        import pyarrow as pa

        body = json.dumps({"Dag": "date", "Kosten": payload(pwned)})
        return tbl.set_column(tbl.column_names.index("mapping"), "mapping", pa.array([body] * tbl.num_rows))

    bad = rewrite(export, tmp_path / "bad.zip", "mapping_overrides", evil)
    ws = Workspace.import_from(bad)  # the override is data until it is used
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Dag,Kosten\n2025-01-01,12.5\n2025-01-02,3\n", encoding="utf-8")
    [report] = ws.add_files([sheet], lang="en")
    assert report["status"] == "error" and "a field Koers does not know" in report["message"]
    assert not pwned.exists()
    assert [d["file"] for d in ws.datasets()] == ["mailchimp_campaigns.csv"]


def test_remember_mapping_refuses_unknown_fields(tmp_path):
    ws = Workspace()
    with pytest.raises(KoersError) as e:
        ws.remember_mapping("generic", ["Dag"], {"Dag": 'date"); DROP TABLE facts; --'})
    assert e.value.code == "ingest.bad_override"
    with pytest.raises(KoersError):
        ws.remember_mapping("no_such_tool", ["Dag"], {"Dag": "date"})


def test_header_text_is_data_not_sql(tmp_path):
    """A header holding SQL is an unmapped column; the file reads and nothing runs."""
    from kpi_core.ingest import read_export

    pwned = tmp_path / "pwned"
    f = tmp_path / "h.csv"
    f.write_text(f"Date,Clicks,\"{payload(pwned).replace(chr(34), chr(34) * 2)}\"\n2025-01-01,3,x\n", encoding="utf-8")
    res = read_export(f)
    assert res.info["unmapped"] == [payload(pwned)]
    assert res.rows.column("clicks").to_pylist() == [3.0] and not pwned.exists()
