"""Workspaces: re-uploads never double-count, every write is all or nothing, data survives moves and migrations."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading

import pyarrow as pa
import pytest

from kpi_core import workspace as wsmod
from kpi_core.errors import KoersError
from kpi_core.ingest import read_export
from kpi_core.ingest.result import ReadResult
from kpi_core.schema import DIMENSIONS, FACT_COLUMNS, MEASURES
from kpi_core.store import facts, migrations, transfer
from kpi_core.workspace import Workspace


def days(first: str, last: str) -> list[dt.date]:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [a + dt.timedelta(n) for n in range((b - a).days + 1)]


def clicks_on(d: dt.date, campaign: str = "A") -> float:
    """The same number in every export that covers this day (a re-export repeats it)."""
    return float(d.toordinal() % 97 + len(campaign))


def result(dates, source="google_ads", account="X", campaigns=("A", "B"), file="export.csv", bump=0.0,
           content_hash=None) -> ReadResult:
    """A ReadResult as the reader would give: one row per day and campaign."""
    ds = [d for d in dates for _ in campaigns]
    camps = [c for _ in dates for c in campaigns]
    clicks = [clicks_on(d, c) + bump for d, c in zip(ds, camps, strict=True)]
    rows = pa.table({
        "date": pa.array(ds, pa.date32()),
        "campaign": pa.array(camps, pa.string()),
        "clicks": pa.array(clicks, pa.float64()),
        "cost": pa.array([c / 4 for c in clicks], pa.float64()),
    })
    info = {"file": file, "source": source, "rows": len(ds), "mapping": {"Day": "date"}, "skipped": {"totals": 1}}
    h = content_hash or f"{file}-{source}-{account}-{dates[0]}-{dates[-1]}-{bump}"
    return ReadResult(rows=rows, info=info, set_aside=[(len(ds) + 2, "totals")], content_hash=h, account=account)


def totals(ws, where: str = "TRUE") -> tuple:
    return ws.engine.rows(f"SELECT count(*), sum(clicks), sum(cost) FROM facts WHERE {where}")[0]


def expected(dates, campaigns=("A", "B"), bump=0.0) -> tuple:
    clicks = [clicks_on(d, c) + bump for d in dates for c in campaigns]
    return len(clicks), sum(clicks), sum(c / 4 for c in clicks)


def snapshot(ws) -> dict:
    """Every table's rows, sorted: two equal snapshots are the same workspace."""
    return {name: ws.engine.rows(f"SELECT * FROM {name} ORDER BY ALL") for name in (*transfer.TABLES, "schema_version")}


def same_totals(a: tuple, b: tuple) -> bool:
    return a[0] == b[0] and all(x == pytest.approx(y) for x, y in zip(a[1:], b[1:], strict=True))


def layout(ws) -> dict:
    """{fact table: (its dimension/measure columns, the datasets with rows in it)}, checked against the record."""
    out = {}
    with ws.engine.cursor() as cur:
        for name in facts.tables(cur):
            cols = [d[0] for d in cur.execute(f"SELECT * FROM {name} LIMIT 0").description]
            held = sorted(i for (i,) in cur.execute(f"SELECT DISTINCT dataset_id FROM {name}").fetchall())
            assert held, f"{name} is empty"
            assert cols[:3] == ["dataset_id", "source_id", "date"] and name == facts.name_for(cols[3:])
            recorded = [i for (i,) in cur.execute(f"SELECT dataset_id FROM {facts.RECORD} WHERE table_name = ?",
                                                  [name]).fetchall()]
            assert set(held) <= set(recorded), name  # a dataset's rows are where the record says
            out[name] = (cols[3:], held)
        assert not cur.execute(f"SELECT * FROM {facts.RECORD} WHERE table_name NOT IN "
                               f"(SELECT unnest(?::VARCHAR[]))", [list(out)]).fetchall()
        names = [n for (n,) in cur.execute("SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, "
                                           "'facts_')").fetchall()]
    assert sorted(names) == sorted([facts.BASE, *out])  # no other fact tables (no v4 per-dataset ones)
    return out


@pytest.fixture
def ws():
    w = Workspace(None)
    yield w
    w.close()


# Re-uploads and overlaps

def test_same_file_twice_counts_once(ws):
    r = result(days("2025-01-01", "2025-01-31"))
    first, again = ws.add_results([r, r], lang="en")
    assert first["status"] == "added" and first["days_added"] == 31 and first["rows"] == 62
    assert again["status"] == "duplicate" and again["dataset_id"] == first["dataset_id"] and again["rows"] == 0
    assert again["message"] == f"export.csv: this file is already in (dataset {first['dataset_id']}); nothing added."
    assert same_totals(totals(ws), expected(days("2025-01-01", "2025-01-31")))
    assert len(ws.datasets()) == 1


def test_reexport_gives_same_totals_as_newest_alone(ws):
    newest = result(days("2025-01-01", "2025-02-28"), file="feb.csv", bump=1.0)  # corrected numbers win
    ws.add_results([result(days("2025-01-01", "2025-01-31"), file="jan.csv")])
    [rep] = ws.add_results([newest], lang="en")
    alone = Workspace(None)
    alone.add_results([newest])
    assert totals(ws) == totals(alone)
    assert rep["status"] == "replaced" and rep["days_replaced"] == 31 and rep["days_added"] == 28
    assert rep["replaced_range"] == {"from": "2025-01-01", "to": "2025-01-31"}
    assert rep["message"] == (
        "feb.csv: replaced 31 days (1–31 Jan 2025) of Google Ads data, account X; added 28 new days."
    )


def test_partial_overlap_replaces_only_the_overlapping_days(ws):
    [old] = ws.add_results([result(days("2025-01-01", "2025-01-31"), file="jan.csv")])
    [new] = ws.add_results([result(days("2025-01-15", "2025-02-14"), file="mid.csv", bump=2.0)], lang="nl")
    want = [a + b for a, b in zip(expected(days("2025-01-01", "2025-01-14")),
                                  expected(days("2025-01-15", "2025-02-14"), bump=2.0), strict=True)]
    assert same_totals(totals(ws), tuple(want))
    assert (new["days_replaced"], new["days_added"], new["replaced_datasets"]) == (17, 14, [old["dataset_id"]])
    assert new["message"] == (
        "mid.csv: 17 dagen (15–31 jan 2025) aan Google Ads-gegevens (account X) vervangen; 14 nieuwe dagen toegevoegd."
    )
    by_id = {d["id"]: d for d in ws.datasets()}
    assert by_id[old["dataset_id"]]["rows_now"] == 28 and by_id[old["dataset_id"]]["rows"] == 62


def test_newest_export_owns_its_whole_period_even_days_without_rows(ws):
    ws.add_results([result(days("2025-01-01", "2025-01-10"))])
    gap = [d for d in days("2025-01-01", "2025-01-10") if d.day != 5]  # no activity on the 5th in the new export
    [rep] = ws.add_results([result(gap, bump=1.0)])
    assert rep["days_replaced"] == 10
    assert ws.engine.rows("SELECT count(*) FROM facts WHERE date = '2025-01-05'") == [(0,)]


def test_other_account_or_source_is_not_replaced(ws):
    jan = days("2025-01-01", "2025-01-31")
    reps = ws.add_results([result(jan, account="X"), result(jan, account="Y"), result(jan, account=None),
                           result(jan, source="meta_ads", account="X")])
    assert [r["status"] for r in reps] == ["added"] * 4
    assert totals(ws)[0] == 4 * 62
    [again] = ws.add_results([result(jan, account=None, bump=1.0)])  # None matches None
    assert again["status"] == "replaced" and totals(ws)[0] == 4 * 62


def test_sheets_of_no_known_tool_replace_only_the_same_columns(ws):
    jan = days("2025-01-01", "2025-01-31")
    costs = result(jan, source="generic", account=None)
    leads = result(jan, source="generic", account=None, file="leads.csv")
    leads.rows = leads.rows.drop_columns(["cost"]).rename_columns(["date", "campaign", "leads"])
    assert [r["status"] for r in ws.add_results([costs, leads])] == ["added", "added"]
    [again] = ws.add_results([result(jan, source="generic", account=None, bump=1.0)])
    assert again["status"] == "replaced" and again["replaced_datasets"] == [ws.datasets()[0]["id"]]
    assert totals(ws)[0] == 2 * 62


# Klaviyo's flow report beside its campaign export (ishika-riq/zipsense-analytics-agent lays both out): the flows'
# emails and the campaigns' of the same days. Values made up.
KLAVIYO_CAMPAIGNS = ("Campaign Name,Send Time,Send Weekday,Total Recipients,Unique Opens,Unique Clicks,Bounces,"
                     "Campaign Channel\nSpring,2025-05-02 10:00:00,Friday,1000,400,50,10,Email\n"
                     "Summer,2025-05-20 10:00:00,Tuesday,2000,900,80,20,Email\n")
KLAVIYO_FLOWS = ("Flow ID,Flow Name,Date,Total Recipients,Unique Opens,Unique Clicks,Bounces\n"
                 "F1,Welcome,May 01 2025 - May 31 2025,310,200,40,0\n")
# Mailchimp's Audience > Export: a zip of the subscribed, unsubscribed and cleaned members, each file other people.
MEMBERS = '"Email Address",MEMBER_RATING,OPTIN_TIME,CONFIRM_TIME,LEID,EUID{extra}\n'
SUBSCRIBED = MEMBERS.format(extra="") + "a@example.com,2,2025-03-01 10:00:00,2025-03-01 10:01:00,1,e1\n" \
    "b@example.com,2,2025-03-02 10:00:00,2025-03-02 10:01:00,2,e2\n"
UNSUBSCRIBED = MEMBERS.format(extra=",UNSUB_TIME,UNSUB_CAMPAIGN_TITLE") \
    + "c@example.com,2,2025-03-01 11:00:00,2025-03-01 11:01:00,3,e3,2025-03-20 09:00:00,Spring\n"
CLEANED = MEMBERS.format(extra=",CLEAN_TIME,CLEAN_CAMPAIGN_TITLE") \
    + "d@example.com,1,2025-03-02 12:00:00,2025-03-02 12:01:00,4,e4,2025-03-25 09:00:00,Spring\n"


def _sum(ws, measure: str) -> float:
    return ws.engine.rows(f"SELECT sum({measure}) FROM facts")[0][0]


def test_a_tool_s_parts_stand_side_by_side_and_each_replaces_its_own_days(ws, write):
    # Each was taken for a newer copy of the other: the flows replaced the campaigns' days of May.
    read = [read_export(write("campaigns.csv", KLAVIYO_CAMPAIGNS)), read_export(write("flows.csv", KLAVIYO_FLOWS))]
    assert [r.source for r in read] == ["klaviyo", "klaviyo"]
    reps = ws.add_results(read)
    assert [r["status"] for r in reps] == ["added", "added"] and _sum(ws, "unique_opens") == 400 + 900 + 200
    [again] = ws.add_results([read_export(write("flows_new.csv", KLAVIYO_FLOWS.replace(",200,", ",210,")))])
    assert again["status"] == "replaced" and again["replaced_datasets"] == [reps[1]["dataset_id"]]
    assert _sum(ws, "unique_opens") == 400 + 900 + 210
    members = [read_export(write(f"{k}_members_export_1a2b.csv", text))
               for k, text in (("subscribed", SUBSCRIBED), ("unsubscribed", UNSUBSCRIBED), ("cleaned", CLEANED))]
    assert [r["status"] for r in ws.add_results(members)] == ["added"] * 3
    assert _sum(ws, "new_subscribers") == 4  # everyone who joined in March, whatever became of them


def test_a_newer_export_of_a_part_replaces_that_part_s_days_alone(ws, write):
    # The part is read from the headers each dataset's info lists (no column of its own): uploads made before parts
    # were told apart have theirs too.
    more = UNSUBSCRIBED + "e@example.com,2,2025-03-01 12:00:00,2025-03-01 12:01:00,5,e5,2025-03-21 09:00:00,Spring\n"
    first = ws.add_results([read_export(write("subscribed_members_export_1a2b.csv", SUBSCRIBED)),
                            read_export(write("unsubscribed_members_export_1a2b.csv", UNSUBSCRIBED))])
    [again] = ws.add_results([read_export(write("unsubscribed_members_export_9z.csv", more))])
    assert again["status"] == "replaced" and again["replaced_datasets"] == [first[1]["dataset_id"]]
    assert _sum(ws, "new_subscribers") == 2 + 2  # a and b subscribed; c and e unsubscribed, each once


def test_a_klaviyo_campaign_export_with_a_flow_id_column_stays_a_campaign_export(ws, write):
    with_ids = KLAVIYO_CAMPAIGNS.replace("Campaign Name,", "Campaign Name,Flow ID,").replace("Spring,", "Spring,F9,") \
        .replace("Summer,", "Summer,,")
    r = read_export(write("campaigns.csv", with_ids))
    assert r.source == "klaviyo" and "Flow ID" in r.info["unmapped"]
    first = ws.add_results([r])
    [again] = ws.add_results([read_export(write("campaigns_new.csv", KLAVIYO_CAMPAIGNS))])
    assert again["status"] == "replaced" and again["replaced_datasets"] == [first[0]["dataset_id"]]
    assert _sum(ws, "unique_opens") == 400 + 900


def test_mailchimp_s_non_subscribed_contacts_are_no_new_subscribers(write):
    with pytest.raises(KoersError) as got:
        read_export(write("nonsubscribed_members_export_1a2b.csv", SUBSCRIBED))
    e = got.value
    assert e.code == "ingest.unread.mailchimp_nonsubscribed" and "never subscribed" in e.message("en")


@pytest.mark.parametrize("name", ["Sponsored Brands Campaign report.csv", "Sponsored-Brands-Campaign-report.csv",
                                  "Sponsored_Display_campaign_report.csv"])
def test_amazon_s_sponsored_brands_report_stands_beside_the_sponsored_products_report(ws, write, name):
    text = "Date,Campaign Name,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#)\n" \
           "2025-03-01,C1,100,10,5.00,20.00,1\n"
    reps = ws.add_results([read_export(write("Sponsored Products Campaign report.csv", text)),
                           read_export(write(name, text.replace("C1", "B1")))])
    assert [r["status"] for r in reps] == ["added", "added"] and _sum(ws, "cost") == 10.0


def test_keep_both_keeps_both(ws):
    jan = days("2025-01-01", "2025-01-31")
    ws.add_results([result(jan)])
    [rep] = ws.add_results([result(days("2025-01-20", "2025-02-05"), bump=1.0)], keep_both=True, lang="en")
    assert rep["status"] == "added" and rep["days_replaced"] == 0 and rep["days_overlap"] == 12
    assert "kept both" in rep["message"] and "12 days (20–31 Jan 2025)" in rep["message"]
    assert totals(ws)[0] == 62 + 34
    assert [d["keep_both"] for d in ws.datasets()] == [False, True]


def test_account_from_the_file_fills_the_account_dimension(ws):
    ws.add_results([result(days("2025-01-01", "2025-01-02"), account="Shop NL")])
    assert ws.engine.rows("SELECT DISTINCT account FROM facts") == [("Shop NL",)]


def test_dataset_record_keeps_what_was_read(ws):
    [rep] = ws.add_results([result(days("2025-01-01", "2025-01-03"))])
    [d] = ws.datasets()
    assert (d["id"], d["source"], d["account"], d["rows"], d["date_min"], d["date_max"]) == (
        rep["dataset_id"], "google_ads", "X", 6, "2025-01-01", "2025-01-03")
    assert d["set_aside"] == [[8, "totals"]] and d["skipped"] == {"totals": 1} and d["mapping"] == {"Day": "date"}


def test_result_without_hash_is_still_recognised_twice(ws):
    r = result(days("2025-01-01", "2025-01-03"), content_hash="")
    r.content_hash = ""
    assert [x["status"] for x in ws.add_results([r, r])] == ["added", "duplicate"]


def test_remove_deletes_only_that_dataset(ws):
    a, b = ws.add_results([result(days("2025-01-01", "2025-01-31")), result(days("2025-01-01", "2025-01-31"),
                                                                             source="meta_ads")])
    assert ws.remove(a["dataset_id"]) == {"dataset_id": a["dataset_id"], "rows": 62}
    assert [d["id"] for d in ws.datasets()] == [b["dataset_id"]]
    assert same_totals(totals(ws), expected(days("2025-01-01", "2025-01-31")))
    with pytest.raises(KoersError) as e:
        ws.remove("nope")
    assert e.value.code == "workspace.unknown_dataset"


def test_failed_add_leaves_no_trace(ws, monkeypatch):
    ws.add_results([result(days("2025-01-01", "2025-01-31"))])
    before, version = snapshot(ws), ws.version

    def boom(*a, **k):
        raise RuntimeError("disk full")

    # Fails after the old days were deleted and the new rows inserted: all of it must roll back.
    monkeypatch.setattr("kpi_core.store.datasets._record", boom)
    with pytest.raises(RuntimeError):
        ws.add_results([result(days("2025-01-15", "2025-02-14"), bump=1.0)])
    assert snapshot(ws) == before and ws.version == version


# Files, through the real reader

CSV = "Date,Campaign,Impressions,Clicks,Cost\n" + "".join(
    f"{d.isoformat()},{c},{100 + d.day},{d.day},{d.day / 2}\n" for d in days("2025-01-01", "2025-02-28")
    for c in ("Brand", "Shop"))


def csv_for(first: str, last: str) -> str:
    lines = CSV.splitlines(keepends=True)
    return lines[0] + "".join(x for x in lines[1:] if first <= x[:10] <= last)


def test_add_files_same_file_twice_and_reexport(tmp_path, write):
    jan = write("jan.csv", csv_for("2025-01-01", "2025-01-31"))
    both = write("janfeb.csv", csv_for("2025-01-01", "2025-02-28"))
    ws = Workspace(tmp_path / "ws.duckdb")
    reps = ws.add_files([jan, jan, both], lang="en")
    assert [r["status"] for r in reps] == ["added", "duplicate", "replaced"]
    assert reps[2]["message"] == "janfeb.csv: replaced 31 days (1–31 Jan 2025) of Spreadsheet data; added 28 new days."
    alone = Workspace(None)
    alone.add_files([both])
    assert totals(ws) == totals(alone) == (118, 2 * (sum(range(1, 32)) + sum(range(1, 29))),
                                           sum(range(1, 32)) + sum(range(1, 29)))


def test_add_files_reports_a_bad_file_and_adds_the_others(tmp_path, write):
    good = write("good.csv", csv_for("2025-01-01", "2025-01-03"))
    bad = write("bad.csv", "")
    ws = Workspace(None)
    reps = ws.add_files([bad, tmp_path / "missing.csv", good], lang="en")
    assert [r["status"] for r in reps] == ["error", "error", "added"]
    assert reps[1]["message"] == "missing.csv: file not found. Check the path."
    assert reps[0]["file"] == "bad.csv" and reps[0]["message"]
    assert totals(ws)[0] == 6


# Settings, mappings, targets

def test_settings_defaults_and_checks(ws):
    assert ws.settings() == {"name": "Koers", "language": "nl", "currency": "EUR", "fiscal_year_start": 1,
                             "dashboard_kpis": [], "timezone": "Europe/Amsterdam"}
    ws.set_setting("currency", "USD")
    ws.set_setting("fiscal_year_start", 4)
    assert ws.settings()["currency"] == "USD" and ws.settings()["fiscal_year_start"] == 4
    bad = [("colour", "red", "workspace.unknown_setting"), ("language", "de", "workspace.bad_setting"),
           ("fiscal_year_start", 13, "workspace.bad_setting"), ("dashboard_kpis", "ctr", "workspace.bad_setting"),
           ("timezone", "Mars/Olympus", "workspace.bad_setting"), ("timezone", 1, "workspace.bad_setting")]
    for key, value, code in bad:
        with pytest.raises(KoersError) as e:
            ws.set_setting(key, value)
        assert e.value.code == code


def test_mapping_override_ignores_header_order_and_case(ws):
    ws.remember_mapping("generic", ["Datum", "Kosten"], {"Datum": "date", "Kosten": "cost"})
    assert ws.mapping_override("generic", [" kosten", "DATUM"]) == {"Datum": "date", "Kosten": "cost"}
    assert ws.mapping_override("generic", ["Datum"]) is None
    ws.remember_mapping("generic", ["Datum", "Kosten"], {"Datum": "date", "Kosten": None})
    assert ws.mapping_override("generic", ["Datum", "Kosten"]) == {"Datum": "date", "Kosten": None}


def test_targets_upsert_keeps_checkins_and_delete_removes_them(ws):
    tid = ws.save_target({"id": "leads-q1", "kpi": "leads", "target": 100, "start": dt.date(2025, 1, 1)})
    ws.add_checkin(tid, "2025-01-31", "slow start")
    ws.add_checkin(tid, dt.date(2025, 1, 15), "campaign live", value=12.0)
    ws.save_target({"id": tid, "kpi": "leads", "target": 120, "start": "2025-01-01"})
    assert ws.targets() == [{"id": tid, "kpi": "leads", "target": 120, "start": "2025-01-01"}]
    assert [(c["date"], c["note"], c["value"]) for c in ws.checkins(tid)] == [
        ("2025-01-15", "campaign live", 12.0), ("2025-01-31", "slow start", None)]
    made = ws.save_target({"kpi": "ctr", "target": 0.05})
    assert ws.target(made)["id"] == made
    ws.delete_target(tid)
    assert [t["id"] for t in ws.targets()] == [made] and ws.checkins(tid) == []
    with pytest.raises(KoersError) as e:
        ws.add_checkin(tid, "2025-02-01", "gone")
    assert e.value.code == "workspace.unknown_target"


# Concurrency

def test_eight_threads_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.duckdb"
    google = [("2025-01-01", "2025-01-31"), ("2025-01-15", "2025-02-14"), ("2025-02-01", "2025-02-28"),
              ("2025-03-01", "2025-03-31"), ("2025-01-10", "2025-03-10")]
    metas = ["A", "B", "C", "D"]
    jobs = [lambda a=a, b=b: Workspace.shared(path).add_results([result(days(a, b), file=f"g{a}.csv")])
            for a, b in google]
    jobs += [lambda acc=acc: Workspace.shared(path).add_results([result(days("2025-01-01", "2025-03-31"),
                                                                        source="meta_ads", account=acc)])
             for acc in metas]
    dup = result(days("2025-01-01", "2025-01-31"), source="mailchimp", account=None)
    jobs += [lambda: Workspace.shared(path).add_results([dup]) for _ in range(2)]

    def targets(n):
        ws = Workspace.shared(path)
        for i in range(5):
            tid = ws.save_target({"id": f"t{n}-{i}", "kpi": "clicks", "target": i})
            ws.add_checkin(tid, "2025-02-01", f"note {n}-{i}", value=float(i))
            ws.save_target({"id": "shared", "kpi": "clicks", "target": n})
            ws.add_checkin("shared", "2025-02-01", f"shared {n}-{i}")

    jobs += [lambda n=n: targets(n) for n in range(4)]
    jobs += [lambda: [totals(Workspace.shared(path)) for _ in range(20)] for _ in range(2)]  # readers too

    start, errors = threading.Barrier(len(jobs)), []

    def run(job):
        try:
            start.wait()
            job()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(j,)) for j in jobs]
    assert len(threads) >= 8
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []

    ws = Workspace.shared(path)
    union = sorted({d for a, b in google for d in days(a, b)})
    assert same_totals(totals(ws, "source_id = 'google_ads'"), expected(union))  # each day once, newest wins
    assert ws.engine.rows("SELECT count(*) FROM (SELECT date, campaign, source_id, account FROM facts "
                          "GROUP BY ALL HAVING count(*) > 1)") == [(0,)]
    q1 = days("2025-01-01", "2025-03-31")
    for acc in metas:
        assert same_totals(totals(ws, f"source_id = 'meta_ads' AND account = '{acc}'"), expected(q1))
    assert same_totals(totals(ws, "source_id = 'mailchimp'"), expected(days("2025-01-01", "2025-01-31")))
    assert len(ws.datasets()) == len(google) + len(metas) + 1
    assert {t["id"] for t in ws.targets()} == {f"t{n}-{i}" for n in range(4) for i in range(5)} | {"shared"}
    assert len(ws.checkins("shared")) == 20
    assert sorted(c["n"] for c in ws.checkins("shared")) == list(range(1, 21))
    assert all(len(ws.checkins(f"t{n}-{i}")) == 1 for n in range(4) for i in range(5))
    ws.close()


def test_one_engine_per_file_per_process(tmp_path):
    a = Workspace(tmp_path / "w.duckdb")
    assert Workspace.shared(tmp_path / "w.duckdb").engine is a.engine
    assert Workspace(str(tmp_path / "." / "w.duckdb")).engine is a.engine
    a.close()


def test_workspace_held_by_another_process_says_so(tmp_path):
    path = tmp_path / "held.duckdb"
    Workspace(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(KoersError) as e:
            Workspace(path)
        assert e.value.code == "workspace.locked"
        assert e.value.message("en") == (
            f"{path.resolve()}: this workspace is open in another program (another Koers window or process). "
            "Close it there, or open a copy.")
    finally:
        holder.kill()
        holder.wait()
    Workspace(path).close()  # free again once the other process is gone


def test_a_file_that_is_not_a_workspace(tmp_path, write):
    with pytest.raises(KoersError) as e:
        Workspace(write("notes.duckdb", "hello " * 2000))
    assert e.value.code == "workspace.not_a_workspace"


# Migrations

V1_DDL = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP);
INSERT INTO schema_version VALUES (1, '2025-01-01 00:00:00');
CREATE TABLE datasets (id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  source_id VARCHAR NOT NULL, account VARCHAR, mapping VARCHAR, skipped VARCHAR, set_aside VARCHAR, info VARCHAR,
  rows BIGINT NOT NULL, date_min DATE, date_max DATE, uploaded_at TIMESTAMP NOT NULL);
CREATE TABLE mapping_overrides (source_id VARCHAR NOT NULL, header_key VARCHAR NOT NULL, headers VARCHAR NOT NULL,
  mapping VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL, PRIMARY KEY (source_id, header_key));
CREATE TABLE targets (id VARCHAR PRIMARY KEY, body VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL);
CREATE TABLE checkins (target_id VARCHAR NOT NULL, n INTEGER NOT NULL, date DATE NOT NULL, note VARCHAR,
  created_at TIMESTAMP NOT NULL);
CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
INSERT INTO datasets VALUES ('abc', 'jan.csv', 'abc123', 'google_ads', 'X', '{}', '{}', '[]', '{}', 2,
  '2025-01-01', '2025-01-02', '2025-01-03 10:00:00');
INSERT INTO targets VALUES ('t1', '{"id": "t1", "kpi": "clicks", "target": 10}', '2025-01-01', '2025-01-01');
INSERT INTO checkins VALUES ('t1', 1, '2025-01-15', 'on track', '2025-01-15');
INSERT INTO settings VALUES ('currency', '"GBP"');
"""


def test_version_1_database_migrates_with_data_intact(tmp_path):
    import duckdb

    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    # A version-1 fact table, before the 'extensions' measures existed.
    old_cols = [c for c in FACT_COLUMNS if c not in ("new_subscribers", "cogs", "date_end")]  # v1 had no period end
    types = {"dataset_id": "VARCHAR", "source_id": "VARCHAR", "date": "DATE"}
    con.execute("CREATE TABLE facts (" + ", ".join(
        f"{c} {types.get(c, 'VARCHAR' if c in DIMENSIONS else 'DOUBLE')}" for c in old_cols) + ")")
    con.execute("INSERT INTO facts (dataset_id, source_id, date, campaign, clicks, cost) VALUES "
                "('abc', 'google_ads', '2025-01-01', 'A', 5, 1.5), ('abc', 'google_ads', '2025-01-02', 'A', 7, 2)")
    con.execute(V1_DDL)
    con.close()

    ws = Workspace(path)
    assert ws.engine.rows("SELECT max(version) FROM schema_version") == [(migrations.CURRENT,)]
    assert totals(ws) == (2, 12.0, 3.5)
    assert ws.engine.rows("SELECT sum(cogs), sum(new_subscribers) FROM facts") == [(None, None)]
    [d] = ws.datasets()
    assert (d["id"], d["file"], d["rows_now"], d["keep_both"], d["uploaded_at"]) == (
        "abc", "jan.csv", 2, False, "2025-01-03T10:00:00")
    assert ws.targets() == [{"id": "t1", "kpi": "clicks", "target": 10}]
    assert ws.checkins("t1") == [{"target_id": "t1", "n": 1, "date": "2025-01-15", "note": "on track", "value": None}]
    assert ws.settings()["currency"] == "GBP"
    ws.add_checkin("t1", "2025-01-31", "done", value=10)  # the new column works
    ws.add_results([result(days("2025-01-02", "2025-01-03"))])  # and the old dataset takes part in replacement
    assert ws.engine.rows("SELECT count(*) FROM facts WHERE dataset_id = 'abc'") == [(1,)]
    ws.close()


def test_version_3_facts_become_a_table_per_column_set_with_data_intact(tmp_path):
    from kpi_core.engine import Engine

    src = filled(Workspace(None))
    path = tmp_path / "v3.duckdb"
    engine = Engine(path)  # a version-3 workspace: one wide facts table
    migrations.migrate(engine, upto=3)
    _, tables = transfer.snapshot(src.engine)

    def fill(cur):
        for name, tbl in tables.items():
            cur.register("incoming", tbl)
            have = [c for (c,) in cur.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?",
                                              [name]).fetchall()]
            # the snapshot is of the current layout: tables and columns later versions added are not there yet
            if have:
                    cur.execute(f"INSERT INTO {name} BY NAME SELECT "
                            f"{', '.join(c for c in tbl.column_names if c in have)} FROM incoming")
            cur.unregister("incoming")

    engine.write(fill)
    assert engine.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'facts'") == [
        ("BASE TABLE",)]
    engine.close()

    ws = Workspace(path)
    assert ws.engine.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'facts'") == [("VIEW",)]
    for name in transfer.TABLES:
        assert snapshot(ws)[name] == snapshot(src)[name], name
    sums = ", ".join(f"sum({m})" for m in MEASURES)
    assert ws.engine.rows(f"SELECT {sums} FROM facts") == src.engine.rows(f"SELECT {sums} FROM facts")
    assert ws.datasets() == src.datasets()
    meta = [d["id"] for d in ws.datasets() if d["source"] == "meta_ads"][0]
    google = sorted(d["id"] for d in ws.datasets() if d["source"] == "google_ads")
    assert sorted(layout(ws).values()) == [
        (["campaign", "account", "clicks", "cost"], google),
        (["campaign", "clicks", "cost"], [meta]),  # no account
    ]
    assert layout(ws) == layout(src)
    # and it works on as a current workspace: replacement, removal
    for w in (ws, src):
        w.add_results([result(days("2025-02-01", "2025-03-02"), bump=3.0)])
        w.remove(meta)
    assert totals(ws) == totals(src) and layout(ws) == layout(src) and len(layout(ws)) == 1
    ws.close()


def test_a_column_the_schema_gains_reaches_the_facts_view(tmp_path):
    path = tmp_path / "w.duckdb"
    ws = filled(Workspace(path))
    # As if this workspace was made before 'cogs' existed.
    ws.engine.write(lambda cur: (cur.execute("ALTER TABLE facts_base DROP COLUMN cogs"), facts.rebuild_view(cur)))
    assert "cogs" not in ws.engine.query("SELECT * FROM facts LIMIT 0").columns
    before = totals(ws)
    ws.close()
    ws = Workspace(path)
    assert list(ws.engine.query("SELECT * FROM facts LIMIT 0").columns) == list(FACT_COLUMNS)
    assert totals(ws) == before and ws.engine.rows("SELECT sum(cogs) FROM facts") == [(None,)]
    ws.close()


def test_a_table_per_column_set_made_when_new_and_dropped_when_empty(ws):
    with_account, without = (["campaign", "account", "clicks", "cost"], ["campaign", "clicks", "cost"])
    jan = days("2025-01-01", "2025-01-31")
    a, b = ws.add_results([result(days("2025-01-01", "2025-01-10")), result(jan, account=None)])
    assert layout(ws) == {facts.name_for(with_account): (with_account, [a["dataset_id"]]),
                          facts.name_for(without): (without, [b["dataset_id"]])}
    [c] = ws.add_results([result(jan, bump=1.0)])  # replaces every row of a; its table fills again at once
    assert [d["rows_now"] for d in ws.datasets()] == [0, 62, 62]
    assert layout(ws)[facts.name_for(with_account)] == (with_account, [c["dataset_id"]])
    more = ws.add_results([result(jan, source="meta_ads", account=f"m{i}") for i in range(20)])
    assert len(layout(ws)) == 2  # however many files of a format: the view stays short
    assert layout(ws)[facts.name_for(with_account)][1] == sorted([c["dataset_id"], *(m["dataset_id"] for m in more)])
    assert ws.remove(b["dataset_id"])["rows"] == 62 and list(layout(ws)) == [facts.name_for(with_account)]
    ws.remove(a["dataset_id"])  # a dataset without rows can still be removed
    for d in [c, *more]:
        ws.remove(d["dataset_id"])
    assert layout(ws) == {} and totals(ws) == (0, None, None) and ws.datasets() == []
    ws.add_results([result(jan, bump=2.0)])  # and the table comes back
    assert same_totals(totals(ws), expected(jan, bump=2.0)) and len(layout(ws)) == 1


# Moving

def filled(ws) -> Workspace:
    ws.add_results([result(days("2025-01-01", "2025-01-31")), result(days("2025-01-20", "2025-02-10"), bump=1.0),
                    result(days("2025-01-01", "2025-02-28"), source="meta_ads", account=None)])
    ws.add_results([result(days("2025-03-01", "2025-03-05"))], keep_both=True)
    ws.set_setting("name", "Client Ä")
    ws.remember_mapping("generic", ["Dag", "Kosten"], {"Dag": "date"})
    tid = ws.save_target({"id": "t1", "kpi": "ctr", "target": 0.05, "scope": {"channel": "search"}})
    ws.add_checkin(tid, "2025-02-01", "ok", value=0.04)
    return ws


def test_export_import_round_trip(ws, tmp_path):
    filled(ws)
    manifest = ws.export_to(tmp_path / "out" / "client.zip")
    assert manifest["tables"]["facts"] == totals(ws)[0]
    back = Workspace.import_from(tmp_path / "out" / "client.zip", tmp_path / "moved" / "client.duckdb")
    assert snapshot(back)["schema_version"][-1][0] == migrations.CURRENT
    for name in transfer.TABLES:
        assert snapshot(back)[name] == snapshot(ws)[name], name
    sums = ", ".join(f"sum({m})" for m in MEASURES)
    assert back.engine.rows(f"SELECT {sums} FROM facts") == ws.engine.rows(f"SELECT {sums} FROM facts")
    assert back.datasets() == ws.datasets() and back.targets() == ws.targets()
    in_memory = Workspace.import_from(tmp_path / "out" / "client.zip")
    assert snapshot(in_memory)["facts"] == snapshot(ws)["facts"]
    back.close()


def test_export_from_an_older_koers_imports_and_migrates(ws, tmp_path):
    import io
    import json
    import zipfile

    import pyarrow.parquet as pq

    filled(ws)
    ws.export_to(tmp_path / "new.zip")
    # Rewrite the export as version 1 wrote it: no check-in values, no keep-both or columns on datasets.
    with zipfile.ZipFile(tmp_path / "new.zip") as src, zipfile.ZipFile(tmp_path / "v1.zip", "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name in ("custom_kpis.parquet", "rates.parquet"):  # version 1 had no custom KPIs nor rates
                continue
            if name == "manifest.json":
                manifest = json.loads(data)
                del manifest["tables"]["custom_kpis"], manifest["tables"]["rates"]
                data = json.dumps(dict(manifest, schema_version=1)).encode()
            elif name in ("checkins.parquet", "datasets.parquet"):
                tbl = pq.read_table(io.BytesIO(data))
                tbl = tbl.drop_columns([c for c in ("value", "keep_both", "columns", "currency")
                                        if c in tbl.column_names])
                buf = io.BytesIO()
                pq.write_table(tbl, buf)
                data = buf.getvalue()
            dst.writestr(name, data)
    back = Workspace.import_from(tmp_path / "v1.zip")
    assert snapshot(back)["facts"] == snapshot(ws)["facts"]
    assert [c["value"] for c in back.checkins("t1")] == [None]
    assert [d["keep_both"] for d in back.datasets()] == [False] * 4  # the default for older datasets
    assert back.engine.rows("SELECT max(version) FROM schema_version") == [(migrations.CURRENT,)]


@pytest.mark.parametrize("version", [3])
def test_export_of_version_3_imports_into_column_set_tables(ws, tmp_path, version):
    import json
    import zipfile

    filled(ws)
    ws.export_to(tmp_path / "new.zip")
    # Version 3 exported the same tables as now but rates (facts from the wide table, now read through the view),
    # and datasets without their currency.
    import io

    import pyarrow.parquet as pq

    with zipfile.ZipFile(tmp_path / "new.zip") as src, zipfile.ZipFile(tmp_path / "old.zip", "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "rates.parquet":
                continue
            if name == "manifest.json":
                manifest = json.loads(data)
                del manifest["tables"]["rates"]
                data = json.dumps(dict(manifest, schema_version=version)).encode()
            if name == "datasets.parquet":
                buf = io.BytesIO()
                pq.write_table(pq.read_table(io.BytesIO(data)).drop_columns(["currency"]), buf)
                data = buf.getvalue()
            dst.writestr(name, data)
    back = Workspace.import_from(tmp_path / "old.zip", tmp_path / "back.duckdb")
    for name in transfer.TABLES:
        assert snapshot(back)[name] == snapshot(ws)[name], name
    assert back.datasets() == ws.datasets() and layout(back) == layout(ws)
    assert back.engine.rows("SELECT max(version) FROM schema_version") == [(migrations.CURRENT,)]
    back.close()


def test_import_refuses_an_existing_path_and_a_bad_file(ws, tmp_path, write):
    ws.export_to(tmp_path / "e.zip")
    existing = write("there.duckdb", b"x")
    with pytest.raises(KoersError) as e:
        Workspace.import_from(tmp_path / "e.zip", existing)
    assert e.value.code == "workspace.exists"
    with pytest.raises(KoersError) as e:
        Workspace.import_from(write("junk.zip", b"not a zip"), tmp_path / "new.duckdb")
    assert e.value.code == "workspace.bad_export"
    assert not (tmp_path / "new.duckdb").exists() and not list(tmp_path.glob(".*importing*"))


def test_import_of_a_damaged_export_leaves_nothing(ws, tmp_path, monkeypatch):
    filled(ws)
    ws.export_to(tmp_path / "e.zip")
    real = transfer.load

    def damaged(engine, file, manifest, tables):
        # Rows all inserted, then the totals do not match the manifest: fails at the very end.
        return real(engine, file, dict(manifest, totals={**manifest["totals"], "clicks": -1}), tables)

    monkeypatch.setattr(transfer, "load", damaged)
    with pytest.raises(KoersError) as e:
        Workspace.import_from(tmp_path / "e.zip", tmp_path / "new.duckdb")
    assert e.value.code == "workspace.bad_export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.zip"]


# Named workspaces and the demo

def test_named_workspaces_live_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_DATA_DIR", str(tmp_path / "data"))
    Workspace.open_named("Client A").close()
    Workspace.open_named("client_b").close()
    assert wsmod.list_workspaces() == ["Client A", "client_b"]
    with pytest.raises(KoersError) as e:
        Workspace.open_named("../escape")
    assert e.value.code == "workspace.bad_name"


def test_demo_loads_every_sample_and_the_targets():
    from kpi_core.store import demo

    first = demo.add_demo(Workspace(None), lang="en")["files"]
    assert [r["file"] for r in first] == [f.name for f in demo.demo_files()]
    assert [r for r in first if r["status"] == "error"] == []  # a demo in front of a client never shows an error
    ws = wsmod.build_demo(lang="en")
    assert len(ws.datasets()) == len({r["dataset_id"] for r in first})
    again = demo.add_demo(ws, lang="en")["files"]  # building it twice adds nothing
    assert {r["status"] for r in again} <= {"duplicate"}
    assert {t["id"] for t in ws.targets()} == {t["id"] for t in demo.demo_targets()}
    assert ws.settings()["name"] == "Demo"


def test_remembered_mapping_is_used_for_the_next_upload_of_that_format(tmp_path):
    from kpi_core.workspace import Workspace

    p = tmp_path / "sheet.csv"
    p.write_text("Date,Campaign,Spend EUR,Mood\n2025-01-01,A,10,3\n2025-01-02,A,20,4\n")
    ws = Workspace(tmp_path / "w.duckdb")
    ws.remember_mapping("generic", ["Date", "Campaign", "Spend EUR", "Mood"], {"Spend EUR": "cost", "Mood": None})
    ws.add_files([p])
    (info,) = [d["info"] for d in ws.datasets()]
    assert info["mapping"]["Spend EUR"] == {"canonical": "cost", "confidence": 1.0}
    assert "Mood" in info["unmapped"]
    assert ws.engine.rows("SELECT sum(cost) FROM facts")[0][0] == 30


def test_custom_kpis_are_stored_validated_and_computed(tmp_path):
    import pyarrow as pa

    from kpi_core import kpis
    from kpi_core.errors import KoersError
    from kpi_core.workspace import Workspace

    ws = Workspace(tmp_path / "c.duckdb")
    ws.save_custom_kpi({"id": "profit_on_ads", "formula": "(conversion_value - cost) / cost", "unit": "percent"})
    with pytest.raises(KoersError) as e:
        ws.save_custom_kpi({"id": "broken", "formula": "(cost - ) / clicks"})
    assert e.value.info.get("token") == ")"
    assert [b["id"] for b in ws.custom_kpi_bodies()] == ["profit_on_ads"]
    ws.engine.write(lambda cur: facts.split(
        cur, "(VALUES ('d', 'google_ads', DATE '2025-01-01', 100, 300), ('d', 'google_ads', DATE '2025-01-02', 100, "
             "100)) AS t(dataset_id, source_id, date, cost, conversion_value)"))
    df = kpis.series(ws.engine, ws.custom_kpis()["profit_on_ads"])
    # (400 - 200) / 200 from the sums, not the mean of the daily 2.0 and 0.0 (which is also 1.0: check parts)
    assert (df["numerator"][0], df["denominator"][0], df["value"][0]) == (200, 200, 1.0)
    ws.close()
    again = Workspace(tmp_path / "c.duckdb")
    assert "profit_on_ads" in again.custom_kpis()
    out = tmp_path / "c.koers"
    again.export_to(out)
    assert "profit_on_ads" in Workspace.import_from(out, tmp_path / "d.duckdb").custom_kpis()
    del pa


def _layout(engine) -> dict:
    cols = engine.rows("SELECT table_name, column_name, ordinal_position, data_type, column_default, is_nullable "
                       "FROM information_schema.columns WHERE table_schema = 'main' ORDER BY ALL")
    keys = engine.rows("SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
                       "WHERE schema_name = 'main' ORDER BY ALL")
    views = engine.rows("SELECT view_name, sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal "
                        "ORDER BY ALL")
    versions = [v for (v,) in engine.rows("SELECT version FROM schema_version ORDER BY 1")]
    return {"columns": cols, "keys": keys, "views": views, "versions": versions}


def test_a_new_workspace_is_made_in_the_current_layout_the_same_as_the_steps_build(tmp_path, monkeypatch):
    from kpi_core.engine import Engine

    stepped = Engine(None)
    for upto in range(1, migrations.CURRENT + 1):  # one step at a time, as a workspace of each version met them
        migrations.migrate(stepped, upto=upto)

    def no_step(cur):
        raise AssertionError("a new workspace went through the migration steps")

    monkeypatch.setattr(migrations, "MIGRATIONS", tuple((n, no_step) for n, _ in migrations.MIGRATIONS))
    new = Workspace(tmp_path / "new.duckdb")
    assert new.engine.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'facts'") == [
        ("VIEW",)]
    assert _layout(new.engine) == _layout(stepped)
    assert _layout(new.engine)["versions"] == list(range(1, migrations.CURRENT + 1))


# Google Ads' Overview cards of one week (londonclean01-site/site `src/ads/`), values made up: the card by date holds
# the account's impressions, clicks and cost; the card by network clicks and cost alone; the card by search only the
# searches Google shows, a seventh of the clicks. Each is a period report of the days its name states.
CARDS = {
    "Time_series(2026.02.05-2026.02.10).csv": 'Date,Clicks,Impressions,Avg. CPC,Cost\n'
                                              '"Thu, 5 Feb 2026",10,40,US$1.00,US$10.00\n'
                                              '"Fri, 6 Feb 2026",20,60,US$1.50,US$30.00\n',
    "Networks(2026.02.05-2026.02.10).csv": "Network,Clicks,Cost,Avg. CPC\nGoogle Search,4,US$6.00,US$1.50\n"
                                           "Search partners,26,US$34.00,US$1.31\n",
    "Searches(Search_2026.02.05-2026.02.10).csv": "Search,Cost,Clicks,Impressions,Conversions\n"
                                                  "office cleaning,US$4.00,3,9,0.00\n",
}


def test_a_replacement_says_which_figures_it_takes_away(ws, write):
    read = [read_export(write(name, text)) for name, text in CARDS.items()]
    reps = ws.add_results(read[:2], lang="en")
    # the card by network is a period report: the six days of its period replace the card by date's two dated days
    assert (reps[1]["status"], reps[1]["days_replaced"], reps[1]["days_added"]) == ("replaced", 2, 4)
    assert reps[1]["replaced_lost"] == [{"measure": "impressions", "before": 100}]
    assert "replaced_less" not in reps[1]  # 30 clicks and 40 dollars, as before
    assert "those days also held Impressions (100), which this file has no column for" in reps[1]["message"]
    [rep] = ws.add_results(read[2:], lang="nl")
    assert rep["days_replaced"] == 6 and rep["days_added"] == 0  # every day of the earlier period row
    assert rep["replaced_less"] == [{"measure": "clicks", "before": 30, "after": 3},
                                    {"measure": "cost", "before": 40, "after": 4}]
    assert "minder dan de helft van wat er stond: Klikken (30 → 3), Advertentiekosten (40 → 4)" in rep["message"]
    # a fuller export after it takes nothing away: nothing said
    [again] = ws.add_results([read_export(write("Devices(2026.02.05-2026.02.10).csv", (
        "Device,Cost,Impressions,Clicks\nComputers,US$10.00,30,8\nMobile phones,US$30.00,70,22\n")))])
    assert again["status"] == "replaced" and "replaced_lost" not in again and "replaced_less" not in again
    assert "Note" not in again["message"] and "Let op" not in again["message"]
