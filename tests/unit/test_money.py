"""Money across currencies: each dataset keeps its currency; sums across currencies are refused without rates and
converted with them, month by month. Expectations computed by hand from the rows written here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export
from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kpi_core", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.fixture
def files(tmp_path):
    usd = tmp_path / "us.csv"
    usd.write_text("Date,Campaign,Clicks,Cost (USD)\n2025-01-10,A,10,100.00\n2025-02-10,A,20,50.00\n")
    eur = tmp_path / "nl.csv"
    eur.write_text("Datum;Campagne;Klikken;Kosten (EUR)\n2025-01-15;B;5;40,00\n")
    return usd, eur


def cost(out: dict) -> float:
    return next(r["value"] for r in out["rows"] if r["kpi"] == "cost")


def test_a_sum_across_currencies_is_refused_then_converted_month_by_month(tmp_path, files):
    usd, eur = files
    w = tmp_path / "w.duckdb"
    assert cli("add", "--workspace", w, usd, eur).returncode == 0
    ws = Workspace(w)
    assert sorted(c for (c,) in ws.engine.rows("SELECT currency FROM datasets")) == ["EUR", "USD"]
    ws.close()
    refused = cli("compute", "--workspace", w, "--kpi", "cost", "--json")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "EUR, USD" in refused.stderr and "rates set" in refused.stderr
    assert "USD 2025-01, USD 2025-02" in refused.stderr  # each month a rate is needed for, before any is set
    clicks = json.loads(cli("compute", "--workspace", w, "--kpi", "clicks", "--json").stdout)  # no money: fine
    assert clicks["rows"][0]["value"] == 35
    assert cli("rates", "set", "--workspace", w, "--from", "USD", "--month", "2025-01", "--rate", "0.9").returncode == 0
    half = cli("compute", "--workspace", w, "--kpi", "cost", "--json")
    assert half.returncode == 2 and "USD 2025-02" in half.stderr  # February has no rate yet
    assert cli("rates", "set", "--workspace", w, "--from", "USD", "--to", "EUR", "--month", "2025-02",
               "--rate", "0.8").returncode == 0
    out = json.loads(cli("compute", "--workspace", w, "--kpi", "cost", "--json").stdout)
    assert out["currency"] == "EUR"
    assert cost(out) == pytest.approx(100 * 0.9 + 50 * 0.8 + 40)
    by_month = json.loads(cli("compute", "--workspace", w, "--kpi", "cost", "cpc", "--by", "month", "--json").stdout)
    got = {(r["kpi"], r["period"]): r["value"] for r in by_month["rows"]}
    assert got[("cost", "2025-01-01")] == pytest.approx(90 + 40)
    assert got[("cpc", "2025-02-01")] == pytest.approx(40 / 20)
    assert any("USD" in n and "EUR" in n for n in out["notes"])
    listed = json.loads(cli("rates", "list", "--workspace", w, "--json").stdout)
    assert listed["rates"] == [{"from": "USD", "to": "EUR", "month": "2025-01", "rate": 0.9},
                               {"from": "USD", "to": "EUR", "month": "2025-02", "rate": 0.8}]


def test_money_in_one_other_currency_is_reported_in_it(tmp_path, files):
    usd, _ = files
    out = json.loads(cli("compute", usd, "--kpi", "cost", "--json").stdout)
    assert out["currency"] == "USD" and cost(out) == pytest.approx(150)
    # The table a person reads shows it in that currency too, never in euros.
    table = cli("--lang", "en", "compute", usd, "--kpi", "cost", "cpc").stdout
    assert "$150.00" in table and "$5.00" in table and "€" not in table
    assert "$ 150,00" in cli("--lang", "nl", "compute", usd, "--kpi", "cost").stdout


def test_compute_on_files_in_two_currencies_is_refused(files):
    proc = cli("compute", *files, "--kpi", "cpc", "cost")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "EUR, USD" in proc.stderr


def test_rates_survive_export_and_import_and_the_workspace_currency_can_change(tmp_path, files):
    ws = Workspace(tmp_path / "w.duckdb")
    ws.add_files(list(files))
    ws.set_rate("USD", "EUR", "2025-01", 0.9)
    ws.set_rate("USD", "EUR", "2025-02", 0.8)
    ws.set_rate("EUR", "USD", "2025-01", 1.1)
    ws.export_to(tmp_path / "e.zip")
    back = Workspace.import_from(tmp_path / "e.zip", tmp_path / "back.duckdb")
    assert back.rates() == ws.rates()
    from kpi_core import kpis

    assert kpis.series(back.engine, "cost")["value"][0] == pytest.approx(90 + 40 + 40)
    back.set_setting("currency", "USD")  # now euros convert into dollars; January has a rate, nothing else does
    assert back.money().mixed == () and kpis.series(back.engine, "cost")["value"][0] == pytest.approx(150 + 44)


@pytest.mark.parametrize("args", [("XXX", "EUR", "2025-01", 1), ("USD", "EUR", "2025-13", 1),
                                  ("USD", "EUR", "2025-01", 0), ("USD", "USD", "2025-01", 1),
                                  ("USD", "EUR", "2025-01", "abc")])
def test_a_bad_rate_is_one_clear_error(tmp_path, args):
    ws = Workspace(tmp_path / "w.duckdb")
    with pytest.raises(KoersError) as e:
        ws.set_rate(*args)
    assert e.value.code == "workspace.bad_rate"
    assert ws.rates() == []


PIPEDRIVE_TWO_CURRENCIES = (
    "Deal - ID,Deal - Title,Deal - Value,Deal - Currency of value,Deal - Status,Deal - Deal created,Deal - Won time,"
    "Deal - Lost time\n"
    "201,Kassa,4500,EUR,Won,2025-03-02 10:00:00,2025-04-02 16:40:03,\n"
    "202,Till,3000,GBP,Won,2025-03-05 10:00:00,2025-04-08 11:20:00,\n"
    "203,Kiosk,1200,EUR,Lost,2025-03-09 10:00:00,,2025-04-10 09:00:00\n")


def test_a_file_with_amounts_in_several_currencies_is_never_summed(tmp_path):
    # A Pipedrive deals export whose deals are in the deal's own currency (Deal - Currency of value). The won revenue
    # came out as 7,500 'EUR', and in a workspace with a GBP rate set, without a word; no rate converts a file's rows
    # one by one, so money over it is refused and the counts stand.
    path = tmp_path / "deals-1234567-91.csv"
    path.write_text(PIPEDRIVE_TWO_CURRENCIES)
    proc = cli("compute", path, "--kpi", "won_revenue")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "deals-1234567-91.csv (EUR, GBP)" in proc.stderr and "one currency per file" in proc.stderr
    counts = json.loads(cli("compute", path, "--kpi", "deals_won", "deals_lost", "--json").stdout)["rows"]
    assert {r["kpi"]: r["value"] for r in counts} == {"deals_won": 2, "deals_lost": 1}
    w = tmp_path / "w.duckdb"
    assert cli("add", "--workspace", w, path).returncode == 0
    assert cli("rates", "set", "--workspace", w, "--from", "GBP", "--to", "EUR", "--month", "2025-04",
               "--rate", "1.18").returncode == 0
    proc = cli("compute", "--workspace", w, "--kpi", "won_revenue")
    assert proc.returncode == 2 and "deals-1234567-91.csv (EUR, GBP)" in proc.stderr
    ws = Workspace(w)
    try:
        assert ws.money().in_one_file == ("deals-1234567-91.csv (EUR, GBP)",)
    finally:
        ws.close()


def test_a_currency_only_of_deals_that_bring_no_money_is_no_second_currency(tmp_path):
    # Won deals in euros beside an open and a lost deal in dollars: only won deals bring revenue, so the file's money
    # is in one currency. It was refused as 'EUR, USD' because the currency column was read over every row.
    path = tmp_path / "deals-1234567-92.csv"
    path.write_text(PIPEDRIVE_TWO_CURRENCIES.split("\n", 1)[0] + "\n"
                    "301,Kassa,4500,EUR,Won,2025-03-02 10:00:00,2025-04-02 16:40:03,\n"
                    "302,Till,1250.50,EUR,Won,2025-03-05 10:00:00,2025-04-08 11:20:00,\n"
                    "303,Kiosk,9000,USD,Open,2025-03-09 10:00:00,,\n"
                    "304,Stand,700,USD,Lost,2025-03-10 10:00:00,,2025-04-10 09:00:00\n")
    r = read_export(path)
    assert r.info["currency"] == "EUR" and r.info["currencies"] == []
    got = json.loads(cli("compute", path, "--kpi", "won_revenue", "deals_won", "--json").stdout)
    assert {r["kpi"]: r["value"] for r in got["rows"]} == {"won_revenue": 5750.5, "deals_won": 2}
    assert got["currency"] == "EUR"
    # Two currencies among the won deals are still two; a list of open deals alone still names its currency.
    path.write_text(path.read_text().replace("302,Till,1250.50,EUR", "302,Till,1250.50,USD"))
    assert read_export(path).info["currencies"] == ["EUR", "USD"]
    path.write_text(PIPEDRIVE_TWO_CURRENCIES.split("\n", 1)[0] + "\n"
                    "303,Kiosk,9000,USD,Open,2025-03-09 10:00:00,,\n")
    assert read_export(path).info["currency"] == "USD"


def test_a_file_in_several_currencies_leaves_the_other_files_money_summed(tmp_path):
    # Only the money that file holds is refused: Google Ads' cost beside it is summed, and `compute` without --kpi
    # answers every other KPI and says why the deals' money is left out.
    deals = tmp_path / "deals-1234567-91.csv"
    deals.write_text(PIPEDRIVE_TWO_CURRENCIES)
    w = tmp_path / "w.duckdb"
    assert cli("add", "--workspace", w, deals, ROOT / "sample_data" / "google_ads_campaigns_nl.csv").returncode == 0
    got = json.loads(cli("compute", "--workspace", w, "--kpi", "cost", "deals_won", "--json").stdout)["rows"]
    assert {r["kpi"]: r["value"] for r in got} == {"cost": pytest.approx(14517.61), "deals_won": 2}
    out = json.loads(cli("compute", "--workspace", w, "--json").stdout)
    kpis = {r["kpi"] for r in out["rows"]}
    assert {"cost", "roas", "deals_won"} <= kpis and not kpis & {"won_revenue", "avg_deal_size"}
    assert any("deals-1234567-91.csv (EUR, GBP)" in n for n in out["notes"])


def test_hubspot_deals_with_the_company_currency_amount_are_one_currency(tmp_path):
    # HubSpot's 'Amount in company currency' is the deal converted: the Currency column names each deal's own.
    path = tmp_path / "hubspot-crm-exports-deals.csv"
    path.write_text("Deal ID,Deal Name,Deal Stage,Pipeline,Create Date,Close Date,Amount,Currency,"
                    "Amount in company currency,Is Closed Won\n"
                    "1,A,Closed Won,Sales,2025-03-01,2025-03-10,1000,EUR,1000,true\n"
                    "2,B,Closed Won,Sales,2025-03-02,2025-03-12,1000,GBP,1180,true\n"
                    "3,C,Closed Lost,Sales,2025-03-03,2025-03-15,500,EUR,500,false\n")
    got = json.loads(cli("compute", path, "--kpi", "won_revenue", "--json").stdout)["rows"]
    assert [r["value"] for r in got] == [2180]


def test_money_of_a_file_that_names_no_currency_is_said_to_be_taken_as_the_workspaces(tmp_path, files):
    # A shop export in dollars without a currency column was shown in euros without a word.
    bare = tmp_path / "shop.csv"
    bare.write_text("Date,Campaign,Clicks,Cost\n2025-01-12,C,4,8.00\n")
    proc = cli("compute", bare, "--kpi", "cpc", "--json")
    said = "shop.csv names no currency: its money is read as EUR, the workspace's currency."
    assert proc.returncode == 0 and any(n.startswith(said) for n in json.loads(proc.stdout)["notes"])
    proc = cli("compute", bare, "--kpi", "clicks", "--json")  # no money shown: nothing to say
    assert proc.returncode == 0 and json.loads(proc.stdout)["notes"] == []
    usd, eur = files
    proc = cli("compute", eur, "--kpi", "cpc", "--json")  # a file that names its currency: nothing to say
    assert proc.returncode == 0 and json.loads(proc.stdout)["notes"] == []
    # a file whose unnamed money (revenue) no shown KPI uses, or a KPI without a value: nothing to say either
    shop = tmp_path / "omzet.csv"
    shop.write_text("Date,Orders,Revenue\n2025-01-15,2,80.00\n")
    proc = cli("compute", eur, shop, "--kpi", "cpc", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["notes"] == []
    proc = cli("compute", bare, "--kpi", "cpc", "--from", "2025-06-01", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["notes"] == []
