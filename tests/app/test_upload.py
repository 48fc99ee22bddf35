"""Uploading in one step: the first upload makes a workspace, the uploader empties, an unsure file waits for the
person's mapping (an unrecognised column can be assigned), files on disk are private and go when done with."""

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_data"
SHEET = b"Datum;Campagne;Bezoekjes;Totale kosten\n01-01-2025;A;7;10,50\n02-01-2025;A;5;20,00\n"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "workspaces"
    monkeypatch.setenv("KOERS_DATA_DIR", str(d))
    monkeypatch.delenv("KOERS_WORKSPACE", raising=False)
    return d


def page(name: str, ws=None, lang="nl", **state) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{name}.py"), default_timeout=60)
    at.session_state["koers.lang"] = lang
    if ws is not None:
        at.session_state["koers.workspace"] = str(ws)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def uploader(at):
    (u,) = [u for u in at.file_uploader if u.key and u.key.startswith("data.upload.")]
    return u


def upload_dir(at) -> Path | None:
    f = at.session_state["koers.upload_dir"] if "koers.upload_dir" in at.session_state else None
    return f.path if f is not None else None


def test_a_zip_file_is_taken_and_its_table_added_under_both_names(data_dir):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("Chart.csv", "Date,Clicks,Impressions,CTR,Position\n2025-03-01,4,100,4%,9.5\n")
        z.writestr("Queries.csv", "Top queries,Clicks,Impressions,CTR,Position\nkoers,4,100,4%,9.5\n")
        z.writestr("Filters.csv", "Filter,Value\nSearch type,Web\n")
    at = page("data", lang="en")
    uploader(at).set_value(("site-Performance-on-Search-2025-03-02.zip", buf.getvalue(), "application/zip"))
    at.run()
    assert not at.exception
    (d,) = Workspace(Path(at.session_state["koers.workspace"])).datasets()
    assert (d["file"], d["source"]) == ("site-Performance-on-Search-2025-03-02.zip › Chart.csv", "search_console")


def test_mailchimp_s_audience_zip_goes_in_as_its_member_files(data_dir):
    import io

    from tests.unit.test_archive import audience_zip

    buf = audience_zip(io.BytesIO())
    at = page("data", lang="en")
    uploader(at).set_value(("members_export_1a2b3c.zip", buf.getvalue(), "application/zip"))
    at.run()
    assert not at.exception
    ws = Workspace(Path(at.session_state["koers.workspace"]))
    assert sorted(d["file"] for d in ws.datasets()) == sorted(
        f"members_export_1a2b3c.zip › {k}_members_export_1a2b3c.csv" for k in ("subscribed", "unsubscribed", "cleaned"))
    assert ws.engine.rows("SELECT sum(new_subscribers) FROM facts")[0][0] == 4
    said = " ".join(w.value for w in at.warning)
    assert "nonsubscribed\\_members\\_export" in said and "never subscribed" in said, "the file left out is said"
    assert "Read subscribed\\_members\\_export\\_1a2b3c\\.csv from Mailchimp's audience export" in said


def test_a_refused_audience_zip_says_why_once_and_leaves_no_file(data_dir):
    import io

    from tests.unit.test_archive import audience_zip

    buf = audience_zip(io.BytesIO(), bzip2=["cleaned_members_export_1a2b3c.csv"])
    at = page("data", lang="en")
    uploader(at).set_value(("members_export_1a2b3c.zip", buf.getvalue(), "application/zip"))
    at.run()
    assert not at.exception
    (err,) = at.error
    assert "cleaned\\_members\\_export\\_1a2b3c\\.csv is packed with bzip2" in err.value
    assert not [b for b in at.button if b.key and b.key.startswith("data.retry.")], "reading it again says no more"
    folder = upload_dir(at)
    assert folder is None or not list(folder.iterdir()), "neither the zip nor a member stays on disk"


def test_a_bare_start_shows_the_uploader_and_the_first_upload_makes_a_workspace(data_dir):
    at = page("data")
    assert not at.exception
    assert at.info, "a newcomer is told to drop a file"
    uploader(at).set_value(("mailchimp_campaigns.csv", (SAMPLES / "mailchimp_campaigns.csv").read_bytes(), "text/csv"))
    at.run()
    assert not at.exception
    path = Path(at.session_state["koers.workspace"])
    assert path.parent == data_dir.resolve() and path.stem == "Mijn werkruimte"
    (d,) = Workspace(path).datasets()
    assert d["file"] == "mailchimp_campaigns.csv" and d["source"] == "mailchimp"
    assert not uploader(at).value, "after adding, the uploader is empty: another click cannot add the file twice"
    assert uploader(at).key == "data.upload.1"
    from ui import workspaces

    assert workspaces.name(str(path)) == "Mijn werkruimte"
    assert workspaces.last() == str(path), "a new browser session reopens it"


def test_a_new_session_reopens_the_last_workspace(data_dir):
    from ui import workspaces

    ws = workspaces.create("Bakkerij Jansen & Zn.")
    workspaces.remember_last(str(ws.path))
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert at.session_state["koers.workspace"] == str(ws.path)
    assert workspaces.name(str(ws.path)) == "Bakkerij Jansen & Zn."
    assert ws.settings()["name"] == "Bakkerij Jansen & Zn."


def test_the_empty_dashboard_offers_the_uploader_and_then_the_kpis_the_data_answers(data_dir):
    at = page("dashboard")
    assert not at.exception
    uploader(at).set_value(("mailchimp_campaigns.csv", (SAMPLES / "mailchimp_campaigns.csv").read_bytes(), "text/csv"))
    at.run()
    assert not at.exception
    chosen = at.multiselect(key="dash.kpis").value
    assert "open_rate" in chosen and "click_rate" in chosen
    labels = [m.label for m in at.metric]
    assert "Openratio" in labels and "Klikratio" in labels


def test_a_file_saved_on_disk_is_private_and_goes_when_done(data_dir):
    at = page("data")
    uploader(at).set_value(("google_ads_daily_en.csv", (SAMPLES / "google_ads_daily_en.csv").read_bytes(),
                            "text/csv"))
    at.run()
    assert not at.exception
    folder = upload_dir(at)
    assert folder is not None and folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (f,) = list(folder.iterdir())
    assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert f.name.startswith("upload-"), "the person's file name is shown, never used as a path"
    at.button(key="data.done").click().run()
    assert not at.exception
    assert not folder.exists(), "done: the copy and its folder are gone"


def test_an_unsure_file_waits_and_an_unrecognised_column_can_be_assigned(data_dir, tmp_path):
    ws = Workspace(data_dir / "w.duckdb")
    path = ws.path
    at = page("data", path)
    uploader(at).set_value(("sheet.csv", SHEET, "text/csv"))
    at.run()
    assert not at.exception
    assert Workspace(path).datasets() == [], "the upload waits for the person's confirmation"
    (entry,) = at.session_state["data.reports"]
    assert entry["state"] == "pending"
    boxes = {s.key: s for s in at.selectbox if s.key and s.key.startswith(f"data.map.{entry['id']}.")}
    headers = list(entry["info"]["mapping"]) + list(entry["info"]["unmapped"])
    visits = boxes[f"data.map.{entry['id']}.{headers.index('Bezoekjes')}"]
    assert visits.value == "", "not recognised: not used unless the person says so"
    assert "Sessies" in visits.options, "choices are named, never ids"
    visits.set_value("sessions")
    at.button(key=f"data.confirm.{entry['id']}").click().run()
    assert not at.exception
    again = Workspace(path)
    (d,) = again.datasets()
    assert again.engine.rows("SELECT sum(sessions), sum(cost) FROM facts") == [(12.0, 30.5)]
    assert again.mapping_override("generic", headers)["Bezoekjes"] == "sessions"
    assert upload_dir(at) is None, "confirmed and added: the copy is gone"
    # the same layout next time goes straight in: the person's answer is remembered
    at = page("data", path)
    uploader(at).set_value(("sheet2.csv", SHEET.replace(b"2025", b"2024"), "text/csv"))
    at.run()
    assert not at.exception
    assert len(Workspace(path).datasets()) == 2


def test_an_unsure_file_can_be_left_out(data_dir):
    path = Workspace(data_dir / "w.duckdb").path
    at = page("data", path)
    uploader(at).set_value(("sheet.csv", SHEET, "text/csv"))
    at.run()
    (entry,) = at.session_state["data.reports"]
    at.button(key=f"data.discard.{entry['id']}").click().run()
    assert not at.exception
    assert Workspace(path).datasets() == []
    assert upload_dir(at) is None


def test_an_added_file_can_have_its_columns_adjusted(data_dir):
    path = Workspace(data_dir / "w.duckdb").path
    at = page("data", path, lang="en")
    uploader(at).set_value(("google_ads_daily_en.csv", (SAMPLES / "google_ads_daily_en.csv").read_bytes(),
                            "text/csv"))
    at.run()
    (entry,) = at.session_state["data.reports"]
    assert entry["state"] == "added"
    at.toggle(key=f"data.adjust.{entry['id']}").set_value(True).run()
    assert not at.exception
    headers = list(entry["info"]["mapping"]) + list(entry["info"]["unmapped"])
    conv = at.selectbox(key=f"data.map.{entry['id']}.{headers.index('Conversions')}")
    assert conv.value == "conversions"
    conv.set_value("")
    at.button(key=f"data.fix_save.{entry['id']}").click().run()
    assert not at.exception
    again = Workspace(path)
    assert len(again.datasets()) == 1, "the new reading replaces the first"
    assert again.engine.rows("SELECT sum(conversions) FROM facts") == [(None,)]


def test_creating_a_workspace_confirms_and_closes(data_dir, monkeypatch):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.run()
    assert not at.exception
    at.text_input(key="koers.new_name").input("Klant B.V.")
    at.button(key="koers.create").click().run()
    assert not at.exception
    assert any(r"Werkruimte Klant B\.V\. aangemaakt" in s.value for s in at.success), "the new workspace is confirmed"
    assert Path(at.session_state["koers.workspace"]).stem == "Klant BV"
    assert at.session_state["koers.new_pop"] is False, "and the popover closes"
    at.text_input(key="koers.rename_name").input("Klant B.V. (2025)")
    at.button(key="koers.rename").click().run()
    assert not at.exception
    from ui import workspaces

    assert workspaces.name(at.session_state["koers.workspace"]) == "Klant B.V. (2025)"
    assert at.selectbox(key="koers.workspace").format_func(at.session_state["koers.workspace"]) == "Klant B.V. (2025)"
    assert os.listdir(data_dir)  # the workspace file and the names


def test_warnings_about_a_file_name_measures_not_ids(data_dir):
    at = page("data")
    uploader(at).set_value(("meta_ads_campaigns.csv", (SAMPLES / "meta_ads_campaigns.csv").read_bytes(), "text/csv"))
    at.run()
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any(w.startswith("Bereik:") for w in warnings), warnings
    assert not any("reach" in w for w in warnings)


def test_the_workspace_time_zone_is_chosen_on_the_data_page_and_reads_later_uploads(data_dir, empty_ws):
    # A Pipedrive deals export (the layout of sources/pipedrive_deals.py's French file), times in UTC: a deal won at
    # 23:30 UTC on 31 January is February's in Amsterdam (UTC+1) and January's in London (UTC+0 in winter).
    deals = ('"ID","Titre","Valeur","Devise de Valeur","Statut","Affaire créée","Date de gain"\n'
             '"1","A","1000","EUR","Gagnée","2025-01-10 09:00:00","2025-01-31 23:30:00"\n')
    at = page("data", empty_ws)
    assert not at.exception
    box = at.selectbox(key="data.zone")
    assert box.value == "Europe/Amsterdam" and "Europe/London" in box.options
    box.set_value("Europe/London").run()
    assert not at.exception
    assert Workspace(empty_ws).settings()["timezone"] == "Europe/London"
    assert any("Europe/London" in s.value for s in at.success)
    uploader(at).set_value(("deals-pipedrive.csv", deals.encode(), "text/csv"))
    at.run()
    assert not at.exception
    ws = Workspace(empty_ws)
    assert ws.engine.rows("SELECT date FROM facts WHERE deals_won > 0") == [(dt.date(2025, 1, 31),)]
    # another workspace opened in the same session shows, and keeps, its own zone
    other = data_dir / "other.duckdb"
    Workspace(other).close()
    at.session_state["koers.workspace"] = str(other)
    at.run()
    assert not at.exception
    assert at.selectbox(key="data.zone").value == "Europe/Amsterdam"
    assert Workspace(other).settings()["timezone"] == "Europe/Amsterdam"


def test_what_a_replacement_takes_away_is_a_warning_of_its_own(data_dir):
    # Google Ads' Overview cards by date and by network of one week (londonclean01-site/site), values made up: the
    # card by network has no impressions, so adding it after the card by date takes the week's impressions away.
    at = page("data", lang="en")
    uploader(at).set_value(("Time_series(2026.02.05-2026.02.10).csv", (
        b'Date,Clicks,Impressions,Avg. CPC,Cost\n"Thu, 5 Feb 2026",10,40,US$1.00,US$10.00\n'
        b'"Fri, 6 Feb 2026",20,60,US$1.50,US$30.00\n'), "text/csv"))
    at.run()
    uploader(at).set_value(("Networks(2026.02.05-2026.02.10).csv", (
        b"Network,Clicks,Cost,Avg. CPC\nGoogle Search,4,US$6.00,US$1.50\nSearch partners,26,US$34.00,US$1.31\n"),
        "text/csv"))
    at.run()
    assert not at.exception
    said = [s.value.replace("\\", "") for s in at.success if "Networks" in s.value]  # as shown, without escapes
    assert len(said) == 1 and "replaced 2 days" in said[0] and "gone" not in said[0]
    notes = [w.value.replace("\\", "") for w in at.warning]
    assert [w for w in notes if "Impressions (100), which this file has no column for" in w], notes
