"""Times a tool writes in UTC count on the day they fall on in the workspace's time zone (Europe/Amsterdam unless
set): Pipedrive's deals export, Stripe's '(UTC)' columns. Expected days and sums are worked out by hand below."""

import datetime as dt
import json

import duckdb
import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export, values
from kpi_core.workspace import Workspace

D = dt.date

# The layout of GetupAgency/ingemedia-data-marketing `deals-pipedrive.csv` (a French export of deals alone, times as
# 'YYYY-MM-DD HH:MM:SS' in UTC: its won dates picked in the app stand at 23:00:00 in winter and 22:00:00 in summer,
# midnight in Paris). Deals and values made up.
HEAD = ('"ID","Titre","Valeur","Devise de Valeur","Étape","Statut","Affaire créée","Date de gain","Date de perte",'
        '"Affaire fermée le"')
DEALS = [
    # won 31 Jan 23:00 UTC: 1 February in Amsterdam (winter, UTC+1)
    ("1", "A", "1000", "Gagnée", "2024-01-10 09:00:00", "2024-01-31 23:00:00", ""),
    # won 30 Jun 22:00 UTC: 1 July in Amsterdam (summer, UTC+2)
    ("2", "B", "200", "Gagnée", "2024-06-01 08:00:00", "2024-06-30 22:00:00", ""),
    # won 30 Jun 21:59:59 UTC: 23:59:59 on 30 June in Amsterdam
    ("3", "C", "30", "Gagnée", "2024-06-01 08:00:00", "2024-06-30 21:59:59", ""),
    # a date without a time is its day as written
    ("4", "D", "4", "Gagnée", "2024-03-31", "2024-03-31", ""),
    # lost 29 Feb 23:30 UTC: 1 March in Amsterdam
    ("5", "E", "5", "Perdue", "2024-02-29 23:30:00", "", "2024-02-29 23:30:00"),
]


def _deals(write, name="deals-pipedrive.csv"):
    lines = [HEAD] + [",".join(f'"{c}"' for c in (i, t, v, "EUR", "Facturé", s, cr, won, lost, won or lost))
                      for i, t, v, s, cr, won, lost in DEALS]
    return write(name, "\n".join(lines) + "\n")


def _days(result, measure):
    """{day: the measure's sum} over the days that have some."""
    df = result.rows.to_pandas()
    sums = df.groupby("date")[measure].sum()
    return {d: float(v) for d, v in sums.items() if v}


def test_pipedrive_times_count_on_the_workspace_zone_day(write):
    r = read_export(_deals(write))
    assert r.source == "pipedrive_deals"
    assert _days(r, "won_revenue") == {D(2024, 2, 1): 1000.0, D(2024, 3, 31): 4.0, D(2024, 6, 30): 30.0,
                                       D(2024, 7, 1): 200.0}
    assert _days(r, "deals_lost") == {D(2024, 3, 1): 1.0}
    note = {w["code"]: w["params"] for w in r.info["warning_codes"]}["ingest.utc_days"]
    # in the file's order of columns, and the zone named
    assert note == {"columns": "'Affaire créée', 'Date de gain', 'Date de perte', 'Affaire fermée le'",
                    "zone": "Europe/Amsterdam"}


def test_pipedrive_days_as_written_in_utc_and_in_another_zone(write):
    path = _deals(write)
    utc = read_export(path, zone="UTC")
    assert _days(utc, "won_revenue") == {D(2024, 1, 31): 1000.0, D(2024, 3, 31): 4.0, D(2024, 6, 30): 230.0}
    assert "ingest.utc_days" not in {w["code"] for w in utc.info["warning_codes"]}
    # New York is behind UTC: 31 Jan 23:00 UTC is 18:00 on 31 January there, 30 Jun 21:59:59 is 17:59:59
    ny = read_export(path, zone="America/New_York")
    assert _days(ny, "won_revenue") == {D(2024, 1, 31): 1000.0, D(2024, 3, 31): 4.0, D(2024, 6, 30): 230.0}
    assert _days(ny, "deals_lost") == {D(2024, 2, 29): 1.0}


def test_monthly_won_revenue_moves_with_the_day(write, run, tmp_path):
    path = _deals(write)
    code, out, _ = run("compute", path, "--kpi", "won_revenue", "--by", "month", "--json")
    assert code == 0
    got = {r["period"]: r["value"] for r in json.loads(out)["rows"] if r["value"]}
    # by hand: January none (deal 1 is February's), February 1000, March 4, June 30, July 200
    assert got == {"2024-02-01": 1000.0, "2024-03-01": 4.0, "2024-06-01": 30.0, "2024-07-01": 200.0}
    code, out, _ = run("compute", path, "--kpi", "won_revenue", "--by", "month", "--timezone", "utc", "--json")
    assert code == 0
    got = {r["period"]: r["value"] for r in json.loads(out)["rows"] if r["value"]}
    assert got == {"2024-01-01": 1000.0, "2024-03-01": 4.0, "2024-06-01": 230.0}


# Stripe's unified payments export ('Created date (UTC)' with seconds; older layouts 'Created (UTC)' with minutes),
# as in the public exports listed in sources/stripe.py. Payments made up.
@pytest.mark.parametrize("header,when", [("Created date (UTC)", "2023-12-31 23:30:00"),
                                         ("Created (UTC)", "2023-12-31 23:30")])
def test_stripe_payment_late_on_new_years_eve_utc_is_januarys_revenue(write, header, when):
    text = (f"id,{header},Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,"
            "Converted Currency,Status,Seller Message\n"
            f"ch_1,{when},10.00,0.00,eur,10.00,0.00,eur,Paid,Payment complete.\n"
            "ch_2,2023-12-31 22:59:00,20.00,0.00,eur,20.00,0.00,eur,Paid,Payment complete.\n")
    r = read_export(write("unified_payments.csv", text))
    assert r.source == "stripe"
    # 23:30 UTC is 00:30 on 1 January in Amsterdam; 22:59 UTC is 23:59 on 31 December
    assert _days(r, "revenue") == {D(2023, 12, 31): 20.0, D(2024, 1, 1): 10.0}


def test_workspace_reads_in_its_own_zone(write, tmp_path):
    ws = Workspace(tmp_path / "w.duckdb")
    try:
        assert ws.settings()["timezone"] == "Europe/Amsterdam"
        ws.set_setting("timezone", "America/New_York")
        ws.add_files([_deals(write)])
        days = ws.engine.rows("SELECT date, sum(deals_lost) FROM facts WHERE deals_lost > 0 GROUP BY 1")
        assert days == [(D(2024, 2, 29), 1.0)]
        with pytest.raises(KoersError) as e:
            ws.set_setting("timezone", "Europe/Atlantis")
        assert e.value.code == "workspace.bad_setting"
    finally:
        ws.close()


def test_an_unknown_zone_is_one_line_and_exit_2(write, run):
    path = _deals(write)
    for zone in ("Europe/Atlantis", "UTC'); DROP TABLE facts; --", ""):
        code, out, err = run("inspect", path, "--timezone", zone)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "Traceback" not in err and "Europe/Amsterdam" in err


@pytest.mark.parametrize("cell,day", [
    ("2024-12-31 23:30", D(2025, 1, 1)),
    ("2024-12-31T23:30:00Z", D(2025, 1, 1)),
    ("2024-12-31T23:30:00.250Z", D(2025, 1, 1)),
    ("2024-12-31T23:30:00+01:00", D(2024, 12, 31)),  # its own offset: 22:30 UTC, 23:30 in Amsterdam
    ("2024-12-31T20:30:00-05:00", D(2025, 1, 1)),  # 01:30 UTC on 1 January
    ("2024-12-31 22:59:59", D(2024, 12, 31)),
    ("2024-12-31", D(2024, 12, 31)),
    ("2024-12-31 25:00:00", D(2024, 12, 31)),  # no time of day: the day as written
])
def test_local_day_of_iso_cells(cell, day):
    sql = values.date_sql("c", "utc:Europe/Amsterdam:iso")
    assert duckdb.execute(f"SELECT {sql} FROM (SELECT ?::VARCHAR AS c)", [cell]).fetchone()[0] == day


@pytest.mark.parametrize("cell,day", [
    ("12/31/2024 11:30 PM", D(2025, 1, 1)),
    ("12/31/2024 12:30 AM", D(2024, 12, 31)),  # 00:30 UTC
    ("1/1/2025 12:30 PM", D(2025, 1, 1)),
    ("12/31/2024 23:30", D(2025, 1, 1)),
])
def test_local_day_of_us_cells_with_am_pm(cell, day):
    sql = values.date_sql("c", "utc:Europe/Amsterdam:numeric:/", "mdy")
    assert duckdb.execute(f"SELECT {sql} FROM (SELECT ?::VARCHAR AS c)", [cell]).fetchone()[0] == day


def test_a_zone_name_never_reaches_sql_unchecked():
    with pytest.raises(ValueError):
        values.date_sql("c", "utc:UTC') AS DATE); DROP TABLE facts; --:iso")
