"""Zip archives: Search Console's export is read from its chart by day, an archive of one table as that table, any
other archive refused with its files named; hostile archives are bounded and said in one line."""

import zipfile

import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export

# The layout of Search Console's Performance > Export > Download CSV as published in ryanpate/invoice-generator
# (`invoicekits.com-Performance/`, seven tables): `Chart.csv` by day, empty CTR and Position on days without
# impressions, the same clicks split in the others, `Filters.csv` naming what was chosen. Values made up.
CHART = ("Date,Clicks,Impressions,CTR,Position\n2026-01-30,0,0,,\n2026-01-31,3,120,2.5%,18.4\n"
         "2026-02-01,1,80,1.25%,22.1\n2026-02-02,2,95,2.11%,19.9\n")
SPLITS = {
    "Queries.csv": "Top queries,Clicks,Impressions,CTR,Position\ninvoice template,4,150,2.67%,12.3\n",
    "Pages.csv": "Top pages,Clicks,Impressions,CTR,Position\nhttps://example.com/a,5,240,2.08%,15\n",
    "Countries.csv": "Country,Clicks,Impressions,CTR,Position\nNetherlands,6,295,2.03%,19.8\n",
    "Devices.csv": "Device,Clicks,Impressions,CTR,Position\nDesktop,4,200,2%,20\nMobile,2,95,2.11%,19\n",
    "Search appearance.csv": "Search Appearance,Clicks,Impressions,CTR,Position\n",
    "Filters.csv": "Filter,Value\nSearch type,Web\nDate,Last 3 months\n",
}


def _zip(path, files: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED, bzip2=()):
    """A zip of `files` at `path` (a file's path or a BytesIO), the members named in `bzip2` packed with bzip2."""
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in files.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_BZIP2 if name in bzip2 else None)
    return path


def _sums(r, *measures):
    df = r.rows.to_pandas()
    return {m: df[m].sum() for m in measures}


@pytest.mark.parametrize("chart", ["Chart.csv", "Dates.csv"])
def test_search_console_s_zip_is_read_from_its_chart_by_day_and_said(tmp_path, chart):
    # Refused as a damaged Excel file before; the chart holds every click once, the splits count them again.
    path = _zip(tmp_path / "example.com-Performance-on-Search-2026-02-03.zip", {chart: CHART, **SPLITS})
    r = read_export(path)
    assert r.info["source"] == "search_console" and r.info["rows"] == 4
    assert _sums(r, "organic_clicks", "organic_impressions") == {"organic_clicks": 6, "organic_impressions": 295}
    assert (r.info["date_min"], r.info["date_max"]) == ("2026-01-30", "2026-02-02")
    said = r.info["warning_codes"][0]
    assert said["code"] == "ingest.archive_search_console" and said["params"]["member"] == chart
    assert said["params"]["others"].split(", ") == list(SPLITS)
    assert r.info["warnings"][0].startswith(f"Read {chart} from Search Console's zip file")


def test_an_archive_of_one_table_is_read_as_that_table_whatever_else_a_mac_put_in(tmp_path, write):
    text = "Day,Campaign,Impr.,Clicks,Cost\n2025-03-01,A,100,10,5.00\n2025-03-02,A,200,20,7.50\n"
    path = _zip(tmp_path / "export.zip", {"Campaign report.csv": text, "__MACOSX/._Campaign report.csv": b"\0\5",
                                          ".DS_Store": b"\0\0\0\1Bud1"})
    r = read_export(path)
    plain = read_export(write("Campaign report.csv", text))
    assert _sums(r, "impressions", "clicks", "cost") == _sums(plain, "impressions", "clicks", "cost") \
        == {"impressions": 300, "clicks": 30, "cost": 12.5}
    assert r.content_hash == plain.content_hash  # the same table zipped or not: the same file to the workspace
    assert r.info["warning_codes"][0] == {"code": "ingest.archive_one",
                                          "params": {"member": "Campaign report.csv", "others": "-"}}


def test_a_workbook_inside_an_archive_is_read(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Day", "Campaign", "Impr.", "Clicks", "Cost"])
    wb.active.append(["2025-03-01", "A", 100, 10, 5.0])
    wb.save(tmp_path / "r.xlsx")
    r = read_export(_zip(tmp_path / "r.zip", {"report.xlsx": (tmp_path / "r.xlsx").read_bytes()}))
    assert _sums(r, "clicks") == {"clicks": 10}


def test_a_workspace_export_uploaded_as_data_is_said_as_one(tmp_path):
    from kpi_core.workspace import Workspace

    ws = Workspace(tmp_path / "w.duckdb")
    ws.export_to(tmp_path / "w.export.zip")
    ws.close()
    with pytest.raises(KoersError) as e:
        read_export(tmp_path / "w.export.zip")
    assert e.value.code == "ingest.archive_workspace" and "kpi_core import w.export.zip" in e.value.message("en")


def _refused(path, **kw) -> KoersError:
    with pytest.raises(KoersError) as e:
        read_export(path, **kw)
    return e.value


def test_an_archive_of_several_tables_is_refused_naming_them(tmp_path):
    path = _zip(tmp_path / "exports.zip", {"google.csv": "Day,Clicks\n2025-03-01,1\n",
                                           "meta.csv": "Day,Clicks\n2025-03-01,2\n", "notes.txt": "x"})
    e = _refused(path)
    assert e.code == "ingest.archive_choose"
    assert e.message("en") == ("exports.zip is a zip file of several files (google.csv, meta.csv, notes.txt) and "
                               "Koers cannot tell which table you mean. Unzip it and upload the tables you want "
                               "read; several files at once is fine.")
    assert "Pak het uit" in e.message("nl")


# Mailchimp's Audience > Export: a zip of one file per kind of member (the layout its help pages and importers name:
# subscribed_/unsubscribed_/cleaned_/nonsubscribed_members_export_<id>.csv). Values made up.
MEMBERS = '"Email Address",MEMBER_RATING,OPTIN_TIME,CONFIRM_TIME,LEID,EUID{extra}\n'
AUDIENCE = {
    "subscribed_members_export_1a2b3c.csv": MEMBERS.format(extra="")
    + "a@example.com,2,2025-03-01 10:00:00,2025-03-01 10:01:00,1,e1\n"
    + "b@example.com,2,2025-03-02 10:00:00,2025-03-02 10:01:00,2,e2\n",
    "unsubscribed_members_export_1a2b3c.csv": MEMBERS.format(extra=",UNSUB_TIME,UNSUB_CAMPAIGN_TITLE")
    + "c@example.com,2,2025-03-01 11:00:00,2025-03-01 11:01:00,3,e3,2025-03-20 09:00:00,Spring\n",
    "cleaned_members_export_1a2b3c.csv": MEMBERS.format(extra=",CLEAN_TIME,CLEAN_CAMPAIGN_TITLE")
    + "d@example.com,1,2025-03-02 12:00:00,2025-03-02 12:01:00,4,e4,2025-03-25 09:00:00,Spring\n",
    "nonsubscribed_members_export_1a2b3c.csv": MEMBERS.format(extra="")
    + "x@example.com,1,2025-03-03 10:00:00,2025-03-03 10:01:00,5,e5\n",
}


def audience_zip(path, files=AUDIENCE, bzip2=()):
    """Mailchimp's audience zip (of AUDIENCE's files unless others are given) at `path`, a file's path or a BytesIO;
    the members named in `bzip2` packed so, as no export tool packs them."""
    return _zip(path, files, bzip2=bzip2)


def test_mailchimp_s_audience_zip_is_said_to_go_in_whole_when_read_as_one_table(tmp_path):
    e = _refused(audience_zip(tmp_path / "members_export_1a2b3c.zip"))
    assert e.code == "ingest.archive_audience" and "Add the zip file" in e.message("en")


def test_mailchimp_s_audience_zip_is_its_member_files_less_the_contacts_who_never_subscribed(tmp_path):
    from kpi_core.ingest import members

    folder = tmp_path / "unpacked"
    folder.mkdir()
    found = members(audience_zip(tmp_path / "members_export_1a2b3c.zip"), folder)
    assert [n for _, n, _ in found] == [f"members_export_1a2b3c.zip › {k}_members_export_1a2b3c.csv"
                                        for k in ("subscribed", "unsubscribed", "cleaned")]
    assert all(p.parent == folder for p, _, _ in found) and len(list(folder.iterdir())) == 3
    read = [read_export(p, n, said=said) for p, n, said in found]
    assert [r.source for r in read] == ["mailchimp_audience"] * 3
    assert sum(_sums(r, "new_subscribers")["new_subscribers"] for r in read) == 4  # a, b, c and d joined
    first = [w["code"] for w in read[0].info["warning_codes"]]
    assert first[:2] == ["ingest.archive_members", "ingest.unread.mailchimp_nonsubscribed"]
    assert "never subscribed" in read[0].info["warnings"][1] and "nonsubscribed_members" in read[0].info["warnings"][1]
    assert [w["code"] for w in read[1].info["warning_codes"]][:2] != first[:2]
    assert read[1].info["warning_codes"][0]["params"]["others"] == (
        "subscribed_members_export_1a2b3c.csv, cleaned_members_export_1a2b3c.csv")


def test_member_files_of_no_members_are_left_out_and_said(tmp_path):
    # An audience without unsubscribed or cleaned members: those files hold their header alone. Each was refused as
    # a file without data rows, and `compute` of the zip failed.
    from kpi_core.ingest import members

    files = {n: (t if n.startswith("subscribed") else t.split("\n")[0] + "\n") for n, t in AUDIENCE.items()
             if not n.startswith("nonsub")}
    found = members(_zip(tmp_path / "members_export_9z.zip", files), tmp_path)
    assert [n for _, n, _ in found] == ["members_export_9z.zip › subscribed_members_export_1a2b3c.csv"]
    (_, _, said), = found
    assert [w["code"] for w in said] == ["ingest.archive_member_empty"] * 2  # no other file goes in: none named
    r = read_export(found[0][0], found[0][1], said=said)
    assert _sums(r, "new_subscribers")["new_subscribers"] == 2
    assert "unsubscribed_members_export_1a2b3c.csv holds no members" in r.info["warnings"][0]
    empty = {n: t.split("\n")[0] + "\n" for n, t in files.items()}
    folder = tmp_path / "unpacked"
    folder.mkdir()
    with pytest.raises(KoersError) as e:
        members(_zip(tmp_path / "none.zip", empty), folder)
    assert e.value.code == "ingest.archive_no_members" and not list(folder.iterdir())


def test_any_other_zip_or_file_is_no_audience_export(tmp_path, write):
    from kpi_core.ingest import members

    twice = {"subscribed_members_export_1.csv": AUDIENCE["subscribed_members_export_1a2b3c.csv"],
             "subscribed_members_export_2.csv": AUDIENCE["subscribed_members_export_1a2b3c.csv"]}
    assert members(_zip(tmp_path / "two.zip", twice), tmp_path) is None  # two audiences: asked which
    assert members(_zip(tmp_path / "sc.zip", {"Chart.csv": CHART, **SPLITS}), tmp_path) is None
    assert members(write("subscribed_members_export_1.csv", AUDIENCE["subscribed_members_export_1a2b3c.csv"]),
                   tmp_path) is None


def test_a_hostile_member_of_an_audience_zip_is_refused_and_nothing_is_left_unpacked(tmp_path):
    from kpi_core.ingest import members

    folder = tmp_path / "unpacked"
    folder.mkdir()
    files = dict(AUDIENCE)
    del files["nonsubscribed_members_export_1a2b3c.csv"]
    path = audience_zip(tmp_path / "members.zip", files, bzip2=["cleaned_members_export_1a2b3c.csv"])
    with pytest.raises(KoersError) as e:
        members(path, folder)
    assert e.value.code == "ingest.archive_packing" and not list(folder.iterdir())


def test_an_archive_without_a_table_is_refused(tmp_path):
    assert _refused(_zip(tmp_path / "x.zip", {"report.pdf": b"%PDF-1.4"})).code == "ingest.archive_no_table"
    assert _refused(_zip(tmp_path / "empty.zip", {})).code == "ingest.archive_no_table"


def test_a_member_past_the_upload_limit_is_refused_unpacked_no_further(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_MAX_FILE_MB", "1")
    big = "Day,Clicks\n" + "2025-03-01,1\n" * 200_000  # 2.6 MB, packed to a few kB
    e = _refused(_zip(tmp_path / "big.zip", {"big.csv": big}))
    assert e.code == "ingest.too_large" and e.info["file"] == "big.zip › big.csv" and e.info["limit_mb"] == 1


def test_a_member_whose_directory_understates_its_size_is_cut_there_and_said_as_damaged(tmp_path, monkeypatch):
    # A zip bomb's directory says little: the unpacking stops at what it says, and the CRC then fails.
    monkeypatch.setenv("KOERS_MAX_FILE_MB", "1")
    path = _zip(tmp_path / "liar.zip", {"a.csv": "Day,Clicks\n" + "2025-03-01,1\n" * 200_000})
    real = zipfile.ZipFile(path).getinfo("a.csv").file_size
    data = path.read_bytes()
    said = (1000).to_bytes(4, "little")
    data = data.replace(real.to_bytes(4, "little"), said)  # local header and central directory both
    path.write_bytes(data)
    assert zipfile.ZipFile(path).getinfo("a.csv").file_size == 1000
    e = _refused(path)
    assert e.code == "ingest.archive_corrupt" and "CRC" in e.message("en")


def test_an_archive_inside_an_archive_is_not_opened(tmp_path):
    inner = _zip(tmp_path / "inner.zip", {"a.csv": "Day,Clicks\n2025-03-01,1\n"}).read_bytes()
    e = _refused(_zip(tmp_path / "outer.zip", {"a.csv": inner}))
    assert e.code == "ingest.archive_nested" and e.info["member"] == "a.csv"


def test_a_password_protected_member_is_said(tmp_path):
    path = _zip(tmp_path / "locked.zip", {"a.csv": "Day,Clicks\n2025-03-01,1\n"})
    data = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # the general purpose flags: bit 0, encrypted
        i = data.find(sig)
        data[i + at] |= 1
    path.write_bytes(bytes(data))
    assert _refused(path).code == "ingest.archive_encrypted"


def test_a_member_packed_with_bzip2_is_refused_before_it_is_unpacked(tmp_path):
    # zipfile bounds one read's output for deflate alone: 3 GiB of zeros in a 2.5 kB bzip2 member took 6 GB of memory
    # before the size it said was checked. Exports are deflated.
    path = _zip(tmp_path / "b.zip", {"a.csv": "Day,Clicks\n2025-03-01,1\n"}, compression=zipfile.ZIP_BZIP2)
    e = _refused(path)
    assert e.code == "ingest.archive_packing" and e.info["member"] == "a.csv"


def test_a_zip_of_too_many_files_is_refused_before_its_directory_is_read(tmp_path, monkeypatch):
    from kpi_core.ingest import archive

    monkeypatch.setattr(archive, "MAX_ENTRIES", 5)
    path = _zip(tmp_path / "many.zip", {f"f{i}.txt": "" for i in range(6)} | {"a.csv": "Day,Clicks\n"})
    read = []
    monkeypatch.setattr(zipfile.ZipFile, "__init__", lambda *a, **k: read.append(1) or 1 / 0)
    assert _refused(path).code == "ingest.archive_too_many" and not read


def test_two_sites_search_console_exports_in_one_zip_are_asked_which(tmp_path):
    # Both charts counted as one before: the second site's clicks were neither read nor named.
    path = _zip(tmp_path / "sites.zip", {"a/Chart.csv": CHART, "a/Queries.csv": SPLITS["Queries.csv"],
                                         "b/Chart.csv": CHART, "b/Queries.csv": SPLITS["Queries.csv"]})
    assert _refused(path).code == "ingest.archive_choose"


def test_a_damaged_zip_is_said_as_one(tmp_path):
    good = _zip(tmp_path / "a.zip", {"a.csv": "Day,Clicks\n2025-03-01,1\n"}).read_bytes()
    (tmp_path / "cut.zip").write_bytes(good[: len(good) // 2])
    assert _refused(tmp_path / "cut.zip").code == "ingest.archive_corrupt"


def test_a_member_s_path_is_never_followed_and_its_name_is_shown_escaped(tmp_path):
    path = _zip(tmp_path / "evil.zip", {"../../escape\x1b[31m.csv": "Day,Campaign,Clicks\n2025-03-01,A,4\n"})
    r = read_export(path)
    assert _sums(r, "clicks") == {"clicks": 4}
    assert not list(tmp_path.parent.parent.glob("escape*"))
    assert "\x1b" not in r.info["warnings"][0] and "\\x1b" in r.info["warnings"][0]


def test_the_command_line_says_a_refused_archive_in_one_line(tmp_path, run):
    path = _zip(tmp_path / "two.zip", {"a.csv": "Day,Clicks\n", "b.csv": "Day,Clicks\n"})
    code, out, err = run("--lang", "en", "compute", str(path))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "two.zip is a zip file" in err


def test_an_audience_zip_added_or_computed_is_everyone_who_joined_and_leaves_no_file_behind(tmp_path, run,
                                                                                            monkeypatch):
    import json
    import tempfile

    from kpi_core.workspace import Workspace

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    path = audience_zip(tmp_path / "members_export_1a2b3c.zip")
    ws = Workspace(None)
    try:
        reports = ws.add_files([path], lang="en")
        assert [r["status"] for r in reports] == ["added"] * 3
        assert [r["file"] for r in reports][0] == "members_export_1a2b3c.zip › subscribed_members_export_1a2b3c.csv"
        assert ws.engine.rows("SELECT sum(new_subscribers) FROM facts")[0][0] == 4
    finally:
        ws.close()
    code, out, err = run("compute", path, "--kpi", "new_subscribers", "--json")
    assert code == 0, err
    (row,) = json.loads(out)["rows"]
    assert row["value"] == 4
    assert not list((tmp_path / "tmp").iterdir()), "the unpacked files are gone"
