"""`targets import|export|status` and `plan` on a small workspace with known numbers."""

import datetime as dt
import json

import pytest

from kpi_core import cli, schema
from kpi_core.store import facts
from kpi_core.workspace import Workspace

KEYS = {"id", "kpi", "target", "comparison", "start", "deadline", "actual_to_date", "expected_to_date", "status",
        "forecast", "forecast_low", "forecast_high", "required_per_week", "smart"}

TARGETS = """\
- id: leads-2025
  kpi: leads
  target: 4000
  start: 2025-01-01
  deadline: 2025-12-31
  owner: Anna
  agreed_by: Board
- id: cpc-google
  kpi: cpc
  target: 0.48
  start: 2025-01-01
  deadline: 2025-06-30
  scope: {source: google_ads}
"""


@pytest.fixture
def ws_path(tmp_path):
    """Every day 2024-01-01..2025-06-30: Google Ads 100 clicks for 50 and 5 conversions; CRM 10 leads, 1 customer."""
    path = tmp_path / "ws.duckdb"
    ws = Workspace(path)
    days = [dt.date(2024, 1, 1) + dt.timedelta(i) for i in range(547)]

    def fill(cur):
        cur.execute(schema.facts_ddl("new_rows").replace("CREATE TABLE", "CREATE TEMP TABLE"))
        cur.executemany("INSERT INTO new_rows (dataset_id, source_id, date, impressions, clicks, cost, conversions) "
                        "VALUES ('a', 'google_ads', ?, 2000, 100, 50, 5)", [[d] for d in days])
        cur.executemany("INSERT INTO new_rows (dataset_id, source_id, date, leads, new_customers) "
                        "VALUES ('c', 'hubspot_contacts', ?, 10, 1)", [[d] for d in days])
        facts.split(cur, "new_rows")
        cur.execute("DROP TABLE new_rows")

    ws.engine.write(fill)
    return path


@pytest.fixture
def run(monkeypatch, capsys):
    # only these commands: the others have their own tests
    monkeypatch.setattr(cli, "COMMANDS", {"targets": "targets", "plan": "plan"})

    def call(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err
    return call


def test_import_then_status_by_hand(ws_path, tmp_path, run):
    f = tmp_path / "t.yaml"
    f.write_text(TARGETS)
    code, out, _ = run("targets", "import", "--workspace", ws_path, f)
    assert (code, out) == (0, "2 targets imported: leads-2025, cpc-google.\n")
    code, out, _ = run("targets", "status", "--workspace", ws_path, "--as-of", "2025-03-31", "--json")
    assert code == 0
    rep = json.loads(out)
    assert set(rep) >= {"targets", "warnings"}
    leads, cpc = rep["targets"]
    assert KEYS <= set(leads) and KEYS <= set(cpc)
    # 90 days of 10 leads; expected 4,000 × 90 / 365
    assert leads["actual_to_date"] == 900
    assert leads["expected_to_date"] == pytest.approx(4000 * 90 / 365)
    assert leads["status"] == "at_risk"  # 900 / 986.3 = 0.91
    assert leads["forecast"] == pytest.approx(3650) and leads["forecast_low"] == pytest.approx(3650)
    assert leads["required_per_week"] == pytest.approx(3100 / 275 * 7)
    assert set(leads["smart"]) == set("SMART")
    assert all(v["level"] in ("pass", "warn", "fail") and v["reason"] for v in leads["smart"].values())
    # cpc at most 0.48: 50 / 100 = 0.50, so 0.96 of target: at risk; lower is better from the catalogue
    assert (cpc["comparison"], cpc["actual_to_date"], cpc["status"]) == ("at_most", 0.5, "at_risk")


def test_status_after_deadline_reports_final(ws_path, tmp_path, run):
    f = tmp_path / "t.yaml"
    f.write_text(TARGETS)
    run("targets", "import", "--workspace", ws_path, f)
    _, out, _ = run("targets", "status", "--workspace", ws_path, "--as-of", "2025-08-01", "--json")
    cpc = json.loads(out)["targets"][1]
    assert (cpc["status"], cpc["actual_to_date"], cpc["forecast"]) == ("missed", 0.5, 0.5)


def test_export_import_round_trip_keeps_checkins(ws_path, tmp_path, run):
    f = tmp_path / "t.yaml"
    f.write_text(TARGETS)
    run("targets", "import", "--workspace", ws_path, f)
    _, exported, _ = run("targets", "export", "--workspace", ws_path)
    Workspace(ws_path).add_checkin("leads-2025", "2025-02-01", "slow January")
    again = tmp_path / "again.yaml"
    again.write_text(exported.replace("target: 4000.0", "target: 4500.0"))
    assert run("targets", "import", "--workspace", ws_path, again)[0] == 0
    _, exported2, _ = run("targets", "export", "--workspace", ws_path)
    assert exported2 == exported.replace("target: 4000.0", "target: 4500.0")
    assert [c["note"] for c in Workspace(ws_path).checkins("leads-2025")] == ["slow January"]
    other = tmp_path / "other.duckdb"
    run("targets", "import", "--workspace", other, again)
    assert run("targets", "export", "--workspace", other)[1] == exported2


def test_bad_yaml_is_one_line_with_the_line_number(ws_path, tmp_path, run):
    f = tmp_path / "bad.yaml"
    f.write_text(TARGETS.replace("  owner: Anna", "  owner: Anna\n  colour: red"))
    code, out, err = run("--lang", "en", "targets", "import", "--workspace", ws_path, f)
    assert code == 2 and out == ""
    assert err == f"{f}, line 7: target 'leads-2025': unknown key 'colour'. Allowed: " + \
        "id, kpi, target, start, deadline, comparison, scope, baseline, pacing, cadence, owner, stakeholders, " \
        "agreed_by, agreed_on, notes, objective, title, thresholds.\n"
    assert Workspace(ws_path).targets() == []  # nothing half-imported


def test_status_needs_an_existing_workspace(tmp_path, run):
    code, _, err = run("targets", "status", "--workspace", tmp_path / "nope.duckdb")
    assert code == 2 and "workspace not found" in err
    code, _, err = run("targets", "status", "--workspace", tmp_path / "nope.duckdb", "--as-of", "31-12-2025")
    assert code == 2


def test_plan_from_history(ws_path, run):
    code, out, _ = run("plan", "--workspace", ws_path, "--kpi", "new_customers", "--target", 90,
                       "--from", "2025-01-01", "--to", "2025-03-31", "--json")
    assert code == 0
    p = json.loads(out)
    # 10% lead-to-customer, 0.50 a click, 5 a lead: a click becomes a lead 10% of the time, one budget
    assert p["needs"]["leads"] == pytest.approx(900) and p["needs"]["clicks"] == pytest.approx(9000)
    assert p["needs"]["budget"] == pytest.approx(4500) and p["needs"]["budget_via_cost_per_lead"] == pytest.approx(4500)
    assert p["budget_route"] == ["clicks", "cpc"] and p["steps"][-1] == "new_customers"
    assert p["ratios"]["cpc"]["period_start"] == "2024-01-02" and p["ratios"]["cpc"]["period_end"] == "2024-12-31"
    code, out, _ = run("plan", "--workspace", ws_path, "--kpi", "new_customers", "--target", 90,
                       "--from", "2025-01-01", "--to", "2025-03-31", "--set", "cpc=1", "--budget", "1000")
    assert code == 0 and "budget: €9,000" in out and "clicks: 1,000" in out


def test_plan_from_ad_conversions(ws_path, run):
    code, out, _ = run("plan", "--workspace", ws_path, "--kpi", "conversions", "--target", 100,
                       "--from", "2025-01-01", "--to", "2025-03-31", "--json")
    assert code == 0
    p = json.loads(out)
    # 5% of clicks convert, 5% of impressions are clicked, 0.50 a click
    assert p["needs"]["clicks"] == pytest.approx(2000) and p["needs"]["impressions"] == pytest.approx(40000)
    assert p["needs"]["budget"] == pytest.approx(1000) and p["steps"] == ["impressions", "clicks", "conversions"]


def test_plan_rejects_other_kpis(ws_path, run):
    code, _, err = run("plan", "--workspace", ws_path, "--kpi", "ctr", "--target", 1, "--from", "2025-01-01",
                       "--to", "2025-02-01")
    assert code == 2 and "ctr" in err


def test_baseline_and_monthly_history_helpers():
    import pandas as pd

    from kpi_core.targets import Target
    from kpi_core.tracking import baseline, monthly

    days = pd.date_range("2024-01-15", "2024-12-31")
    df = pd.DataFrame({"period": days, "numerator": 2.0, "denominator": None})
    t = Target(id="x", kpi="leads", target=1, start=dt.date(2025, 1, 1), deadline=dt.date(2025, 1, 31))
    assert baseline(df, t, False) == 62  # 1-31 December
    early = Target(id="y", kpi="leads", target=1, start=dt.date(2024, 2, 1), deadline=dt.date(2024, 2, 29))
    assert baseline(df, early, False) is None  # data starts halfway through the window: a sum would be too low
    # per day per full month: January 2024 is partial and left out
    assert monthly(df, dt.date(2024, 5, 10), False) == [2.0, 2.0, 2.0]
