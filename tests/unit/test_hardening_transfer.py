"""Workspace imports trust nothing: sizes from the zip directory and the Parquet footers are checked before reading,
every value is checked as its normal way in would check it, and a refused import leaves no file behind."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from kpi_core.errors import KoersError
from kpi_core.store import transfer
from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    """A real export with data, a full target, a custom KPI, a check-in with a value and a rate."""
    tmp = tmp_path_factory.mktemp("export")
    ws = Workspace(tmp / "src.duckdb")
    ws.add_files([ROOT / "sample_data" / "mailchimp_campaigns.csv"])
    ws.save_target({"id": "t1", "kpi": "open_rate", "target": 0.4, "start": "2025-01-01", "deadline": "2025-06-30"})
    ws.save_custom_kpi({"id": "opens_per_send", "formula": "unique_opens / emails_sent"})
    ws.add_checkin("t1", "2025-02-01", "fine", value=0.38)
    ws.set_rate("USD", "EUR", "2025-01", 0.9)
    ws.set_setting("name", "Client")
    ws.export_to(tmp / "good.zip")
    ws.close()
    return tmp / "good.zip"


def table(export: Path, name: str) -> pa.Table:
    with zipfile.ZipFile(export) as z:
        return pq.read_table(io.BytesIO(z.read(f"{name}.parquet")))


def rewrite(src: Path, dst: Path, tables: dict | None = None, manifest=None, members: dict | None = None,
            **write_options) -> Path:
    """A copy of an export with tables replaced (the manifest's row counts follow), the manifest changed, or raw
    members replaced or added."""
    tables, members = tables or {}, members or {}
    with zipfile.ZipFile(src) as zin:
        m = json.loads(zin.read("manifest.json"))
        m["tables"].update({name: t.num_rows for name, t in tables.items()})
        m = manifest(m) if manifest else m
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in zin.namelist():
                data = zin.read(name)
                if name[: -len(".parquet")] in tables:
                    buf = io.BytesIO()
                    pq.write_table(tables[name[: -len(".parquet")]], buf, **write_options)
                    data = buf.getvalue()
                if name == "manifest.json":
                    data = json.dumps(m).encode()
                zout.writestr(name, members.pop(name, data))
            for name, data in members.items():
                zout.writestr(name, data)
    return dst


def refused(bad: Path, tmp_path: Path) -> KoersError:
    with pytest.raises(KoersError) as e:
        Workspace.import_from(bad, tmp_path / "new.duckdb")
    left = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".zip")
    assert left == [], left  # no workspace, no half-built file
    return e.value


@pytest.fixture
def watch(monkeypatch):
    """watch() -> what is read from then on: zip members, and Parquet tables read in full (not just a footer)."""
    got = {"members": [], "tables": 0}
    real_read, real_table = zipfile.ZipFile.read, pq.ParquetFile.read

    def read(self, name, *a, **k):
        got["members"].append(name if isinstance(name, str) else name.filename)
        return real_read(self, name, *a, **k)

    def read_table(self, *a, **k):
        got["tables"] += 1
        return real_table(self, *a, **k)

    def start():
        monkeypatch.setattr(zipfile.ZipFile, "read", read)
        monkeypatch.setattr(pq.ParquetFile, "read", read_table)
        return got
    return start


def test_a_good_export_still_imports(export, tmp_path):
    ws = Workspace.import_from(export, tmp_path / "w.duckdb")
    assert ws.custom_kpi_bodies()[0]["id"] == "opens_per_send" and ws.targets()[0]["id"] == "t1"
    assert ws.rates()[0]["rate"] == 0.9
    ws.close()


def test_a_member_too_large_unpacked_is_refused_from_the_directory(export, tmp_path, monkeypatch, watch):
    monkeypatch.setenv("KOERS_MAX_IMPORT_MB", "1")
    bomb = rewrite(export, tmp_path / "bomb.zip", members={"facts.parquet": bytes(3 * 2**20)})  # 3 MB of zeros
    assert bomb.stat().st_size < 2**20  # deflated: small on disk, large once read
    reads = watch()
    e = refused(bomb, tmp_path)
    assert (e.code, e.info["limit_mb"]) == ("workspace.import_too_large", 1)
    assert reads["members"] == []  # not even the manifest was read


def test_members_that_are_each_small_but_too_large_together_are_refused(export, tmp_path, monkeypatch, watch):
    monkeypatch.setenv("KOERS_MAX_IMPORT_MB", "1")
    parts = {f"extra{i}.bin": bytes(400_000) for i in range(3)}
    bad = rewrite(export, tmp_path / "many.zip", members=parts)
    reads = watch()
    e = refused(bad, tmp_path)
    assert e.code == "workspace.import_too_large" and reads["members"] == []


def test_a_manifest_over_one_megabyte_is_refused_unread(export, tmp_path, watch):
    bad = rewrite(export, tmp_path / "m.zip", members={"manifest.json": b" " * (2**20 + 1)})
    reads = watch()
    assert refused(bad, tmp_path).code == "workspace.import_too_large" and reads["members"] == []


def test_row_counts_are_checked_from_the_footer_before_reading(export, tmp_path, watch):
    def wrong(m):
        m["tables"]["facts"] += 1
        return m

    bad = rewrite(export, tmp_path / "n.zip", manifest=wrong)
    reads = watch()
    assert refused(bad, tmp_path).code == "workspace.bad_export"
    assert reads["tables"] == 7  # the seven tables before facts were read; facts itself never was


def test_too_many_row_groups_or_rows_are_refused_before_reading(export, tmp_path, monkeypatch, watch):
    facts = table(export, "facts")
    bad = rewrite(export, tmp_path / "g.zip", tables={"facts": facts}, row_group_size=1)
    reads = watch()
    monkeypatch.setattr(transfer, "MAX_ROW_GROUPS", facts.num_rows - 1)
    assert refused(bad, tmp_path).code == "workspace.import_too_large"
    monkeypatch.setattr(transfer, "MAX_ROW_GROUPS", 10_000)
    monkeypatch.setattr(transfer, "MAX_ROWS", {"facts": facts.num_rows - 1})
    assert refused(bad, tmp_path).code == "workspace.import_too_large"
    assert reads["tables"] == 2 * 7  # facts was never read


def test_strings_that_would_unfold_to_gigabytes_are_refused(export, tmp_path):
    facts = table(export, "facts")
    n = 12_000  # one 100 kB campaign name, 12,000 times: 1.2 GB as plain strings, a few kB as a dictionary
    rows = pa.concat_tables([facts.slice(0, 1)] * n)
    i = rows.column_names.index("campaign")
    rows = rows.set_column(i, "campaign", pa.array(["x" * 100_000] * n).dictionary_encode())
    bad = rewrite(export, tmp_path / "s.zip", tables={"facts": rows})
    assert bad.stat().st_size < 5 * 2**20
    assert refused(bad, tmp_path).code == "workspace.import_too_large"


def test_an_encoding_koers_never_writes_is_refused(export, tmp_path):
    facts = table(export, "facts")
    bad = rewrite(export, tmp_path / "e.zip", tables={"facts": facts}, use_dictionary=False,
                  column_encoding={"campaign": "DELTA_BYTE_ARRAY"})
    assert refused(bad, tmp_path).code == "workspace.bad_export"


def test_a_column_of_the_wrong_type_is_refused_before_sql(export, tmp_path):
    facts = table(export, "facts")
    i = facts.column_names.index("date")
    bad = rewrite(export, tmp_path / "t.zip",
                  tables={"facts": facts.set_column(i, "date", pa.array(["x"] * facts.num_rows))})
    e = refused(bad, tmp_path)
    assert (e.code, e.info["table"], e.info["column"]) == ("workspace.bad_column", "facts", "date: string")


@pytest.mark.parametrize("name, column, value", [
    ("facts", "emails_sent", float("nan")), ("facts", "unique_opens", float("inf")),
    ("checkins", "value", float("-inf")), ("rates", "rate", float("nan")),
])
def test_nan_or_infinity_anywhere_is_refused(export, tmp_path, name, column, value):
    t = table(export, name)
    i = t.column_names.index(column)
    values = t.column(column).to_pylist()
    values[0] = value
    bad = rewrite(export, tmp_path / "nan.zip", tables={name: t.set_column(i, column, pa.array(values, pa.float64()))})
    e = refused(bad, tmp_path)
    assert (e.code, e.info["table"], e.info["column"]) == ("workspace.non_finite", name, column)


def body_table(export: Path, name: str, body: dict) -> pa.Table:
    t = table(export, name)
    return t.set_column(t.column_names.index("body"), "body", pa.array([json.dumps(body)]))


def test_a_custom_kpi_that_saving_would_refuse_refuses_the_import(export, tmp_path):
    body = {"id": "opens_per_send", "formula": "(" * 100 + "unique_opens" + ")" * 100}
    e = refused(rewrite(export, tmp_path / "k.zip", tables={"custom_kpis": body_table(export, "custom_kpis", body)}),
                tmp_path)
    assert (e.code, e.info["table"], e.info["item"]) == ("workspace.bad_item", "custom_kpis", "opens_per_send")
    assert "nests too deeply" in e.message("en") and "te diep genest" in e.message("nl")
    body = {"id": "opens_per_send", "formula": "unique_opens / nonsense"}
    e = refused(rewrite(export, tmp_path / "k.zip", tables={"custom_kpis": body_table(export, "custom_kpis", body)}),
                tmp_path)
    assert e.code == "workspace.bad_item" and "'nonsense'" in e.message("en")


@pytest.mark.parametrize("change, code, key", [
    ({"start": "2025-13-45"}, "targets.bad_value", "start"),
    ({"target": "lots"}, "targets.bad_value", "target"),
    ({"owner": ["a", "list"]}, "targets.bad_value", "owner"),
    ({"colour": "red"}, "targets.unknown_key", "colour"),
    ({"kpi": None}, "targets.missing_key", "kpi"),
    ({"deadline": "2024-01-01"}, "targets.deadline_before_start", "deadline"),
])
def test_a_target_that_a_targets_file_could_not_hold_refuses_the_import(export, tmp_path, change, code, key):
    body = {"id": "t1", "kpi": "open_rate", "target": 0.4, "start": "2025-01-01", "deadline": "2025-06-30", **change}
    bad = rewrite(export, tmp_path / "t.zip", tables={"targets": body_table(export, "targets", body)})
    e = refused(bad, tmp_path)
    assert (e.code, e.info["key"], e.info["line"]) == (code, key, 1)
    assert e.message("en").startswith(f"{bad} (targets.parquet), line 1: target 't1'")


def test_nan_or_infinity_inside_a_stored_body_is_refused(export, tmp_path):
    t = table(export, "targets")
    text = '{"id": "t1", "kpi": "open_rate", "target": Infinity}'
    bad = rewrite(export, tmp_path / "i.zip", tables={"targets": t.set_column(1, "body", pa.array([text]))})
    assert refused(bad, tmp_path).code == "workspace.bad_export"


def test_a_setting_set_setting_would_refuse_refuses_the_import(export, tmp_path):
    t = pa.table({"key": ["currency"], "value": [json.dumps("euro")]})
    e = refused(rewrite(export, tmp_path / "s.zip", tables={"settings": t}), tmp_path)
    assert (e.code, e.info["item"]) == ("workspace.bad_item", "currency")


def test_rows_that_break_the_schema_are_a_bad_export_not_a_bug(export, tmp_path):
    settings = table(export, "settings")
    twice = pa.concat_tables([settings, settings])  # the same key twice
    assert refused(rewrite(export, tmp_path / "d.zip", tables={"settings": twice}), tmp_path).code == \
        "workspace.bad_export"
    datasets = table(export, "datasets")
    i = datasets.column_names.index("rows")
    nulls = datasets.set_column(i, "rows", pa.array([None] * datasets.num_rows, pa.int64()))
    assert refused(rewrite(export, tmp_path / "n.zip", tables={"datasets": nulls}), tmp_path).code == \
        "workspace.bad_export"


def test_duplicate_or_encrypted_members_are_refused(export, tmp_path):
    with zipfile.ZipFile(export) as z:
        manifest = z.read("manifest.json")
    dup = rewrite(export, tmp_path / "dup.zip")
    with zipfile.ZipFile(dup, "a") as z, pytest.warns(UserWarning):
        z.writestr("manifest.json", manifest)  # a second entry of the same name
    assert refused(dup, tmp_path).code == "workspace.bad_export"


def failing_imports(export: Path, tmp_path: Path) -> list[Path]:
    """Exports that fail only after their Parquet files were read: a bad target, NaN, a key twice."""
    body = {"id": "t1", "kpi": "open_rate", "target": 0.4, "start": "2025-13-45", "deadline": "2025-06-30"}
    settings = table(export, "settings")
    facts = table(export, "facts")
    i = facts.column_names.index("emails_sent")
    nan = facts.set_column(i, "emails_sent", pa.array([float("nan")] * facts.num_rows, pa.float64()))
    return [rewrite(export, tmp_path / "target.zip", tables={"targets": body_table(export, "targets", body)}),
            rewrite(export, tmp_path / "nan.zip", tables={"facts": nan}),
            rewrite(export, tmp_path / "twice.zip", tables={"settings": pa.concat_tables([settings, settings])})]


def test_failed_imports_exit_2_with_one_line_every_time(export, tmp_path):
    env = {k: v for k, v in __import__("os").environ.items() if k != "KOERS_STRICT"}
    for bad in failing_imports(export, tmp_path) * 3:
        proc = subprocess.run([sys.executable, "-m", "kpi_core", "import", str(bad), "--workspace",
                               str(tmp_path / "new.duckdb")], capture_output=True, text=True, cwd=ROOT, env=env,
                              timeout=300)
        assert (proc.returncode, proc.stdout, proc.stderr.count("\n")) == (2, "", 1), (bad.name, proc.stderr)
        assert "Traceback" not in proc.stderr and not (tmp_path / "new.duckdb").exists()


def test_read_export_is_public_and_checks_values_itself(export, tmp_path):
    body = {"id": "t1", "kpi": "open_rate", "target": 0.4, "start": "2025-13-45", "deadline": "2025-06-30"}
    bad = rewrite(export, tmp_path / "t.zip", tables={"targets": body_table(export, "targets", body)})
    with pytest.raises(KoersError):
        transfer.read_export(bad)
    assert transfer.read_export(bad, trusted=True)[1]["targets"].num_rows == 1  # a storage upgrade takes its own
