"""A workspace written by the DuckDB 1.4.1 build opens after the upgrade with the same datasets, KPIs and targets.

The fixture was made with Koers at commit 2164567 (DuckDB 1.4.1, pandas 2.3.3) from four sample_data exports, the
demo targets, a custom KPI and a check-in; the expected figures are what that build printed for it. The same exports
loaded fresh into a new workspace must give the same numbers too, so the fixture is checked two ways.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from kpi_core import engine as engine_mod
from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "workspace_v4_duckdb141.duckdb.gz"
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "workspace_v4_duckdb141.expected.json").read_text())
FILES = ["google_ads_daily_en.csv", "hubspot_contacts.csv", "mailchimp_campaigns.csv", "shopify_orders.csv"]


@pytest.fixture
def old_ws(tmp_path):
    path = tmp_path / "client.duckdb"
    with gzip.open(FIXTURE) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def run(*args) -> dict:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "kpi_core", *args, "--json"], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_old_file_is_rebuilt_once_with_a_backup(old_ws):
    before = old_ws.read_bytes()
    assert b"v1.4.1" in before[:64]
    ws = Workspace(old_ws)
    assert ws.engine.storage_version() == engine_mod.STORAGE_VERSION
    backup = old_ws.with_name("client.duckdb.v1.0.0.bak")
    assert backup.read_bytes() == before  # the old file, untouched, next to the new one
    assert [d["file"] for d in ws.datasets()] == FILES
    assert [d["rows"] for d in ws.datasets()] == [84, 157, 12, 42]
    assert ws.settings()["name"] == "Fietsen 1.4"
    assert [c["note"] for c in ws.checkins("nieuwe-klanten-h1")] == ["Eerste maand goed"]
    assert "profit_on_ads" in ws.custom_kpis()
    assert [t["id"] for t in ws.targets()] == [s["id"] for s in EXPECTED["status_as_of_2025_03_15"]]


def test_kpis_and_target_statuses_are_unchanged(old_ws, tmp_path):
    kpis = list(dict.fromkeys(r["kpi"] for r in EXPECTED["compute_by_month"]))  # in the order asked
    got = run("compute", "--workspace", str(old_ws), "--by", "month", "--kpi", *kpis)["rows"]
    fresh = tmp_path / "fresh.duckdb"
    ws = Workspace(fresh)
    ws.add_files([ROOT / "sample_data" / f for f in FILES])
    ws.close()
    again = run("compute", "--workspace", str(fresh), "--by", "month", "--kpi", *kpis)["rows"]
    # Reading the same files today differs only where a reading rule changed on purpose since the old build:
    # Shopify's partially refunded order #1065 now counts its Total minus its 59.00 refund.
    changed = {("revenue", "2025-02-01"): 11288.6 - 59.00}
    for rows, rules in ((got, {}), (again, changed)):
        assert len(rows) == len(EXPECTED["compute_by_month"])
        for g, w in zip(rows, EXPECTED["compute_by_month"], strict=True):
            assert (g["kpi"], g["period"]) == (w["kpi"], w["period"])
            for key in ("value", "numerator", "denominator"):
                want = rules.get((w["kpi"], w["period"]), w[key]) if w[key] is not None else None
                assert g[key] == pytest.approx(want, rel=1e-9) if want is not None else g[key] is None
    status = run("targets", "status", "--workspace", str(old_ws), "--as-of", "2025-03-15")["targets"]
    for g, w in zip(status, EXPECTED["status_as_of_2025_03_15"], strict=True):
        assert g["id"] == w["id"] and g["status"] == w["status"]
        assert g["actual_to_date"] == pytest.approx(w["actual_to_date"], rel=1e-9)
        assert g["expected_to_date"] == pytest.approx(w["expected_to_date"], rel=1e-9)


def test_a_new_workspace_is_written_in_the_current_format(tmp_path):
    """Fails when a DuckDB upgrade changes its storage format: then decide on the next one-way rebuild."""
    ws = Workspace(tmp_path / "new.duckdb")
    assert ws.engine.storage_version() == engine_mod.STORAGE_VERSION
    assert not list(tmp_path.glob("*.bak"))
