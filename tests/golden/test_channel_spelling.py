"""Channels that tools spell in another letter case are one channel in a workspace.

Pipedrive's source channels are written in sentence case ('Paid search', 'Organic search', 'Email marketing'), GA4's
default channel groups and HubSpot's sources in title case ('Paid Search', 'Organic Search', 'Email Marketing'). Two
files of those tools in one workspace gave two channels for one: the channel filter listed both, and leads and
sessions by channel stood on different rows. The structures below follow GA4's traffic acquisition download (its '#'
block with the period, one row per channel group) and Pipedrive's leads export ('Lead - ...' headers, creation times);
the values are made up.
"""

from __future__ import annotations

import json

import pytest

from kpi_core.ingest import read_export
from kpi_core.workspace import Workspace

GA4 = "\n".join([
    "# ----", "# Traffic acquisition: Session default channel group", "# ----",
    "# Start date: 20250301", "# End date: 20250331",
    "Session default channel group,Sessions,Total users,Key events,Total revenue",
    "Paid Search,120,100,4,0", "Direct,80,70,1,0", "Partner's Sites,9,9,0,0"]) + "\n"

PIPEDRIVE = "\n".join([
    "Lead - ID,Lead - Title,Lead - Value,Lead - Lead created,Lead - Source channel",
    "a1,Bike shop,1200,2025-03-03 09:12:44,Paid search",
    "b2,Saddle,,2025-03-04 14:01:09,Paid search",
    "c3,Tyres,350.50,2025-03-04 16:30:00,Direct",
    "d4,Lights,80,2025-03-10 08:05:00,partner's sites",
    "e5,Bell,10,2025-03-11 08:05:00,"]) + "\n"


def by_channel(ws) -> dict:
    rows = ws.engine.rows("SELECT channel, sum(sessions), sum(leads) FROM facts GROUP BY ALL ORDER BY 1 NULLS LAST")
    return {c: (s, n) for c, s, n in rows}


@pytest.mark.parametrize("in_file", [False, True])
@pytest.mark.parametrize("first", ["ga4", "pipedrive"])
def test_a_channel_in_another_letter_case_counts_under_the_spelling_already_in(write, tmp_path, first, in_file):
    files = {"ga4": write("traffic.csv", GA4), "pipedrive": write("leads-1234567-6.csv", PIPEDRIVE)}
    second = "pipedrive" if first == "ga4" else "ga4"
    ws = Workspace(tmp_path / "ws.duckdb" if in_file else None)
    try:
        a = ws.add_results([read_export(files[first])], lang="en")[0]
        b = ws.add_results([read_export(files[second])], lang="en")[0]
        got = by_channel(ws)
    finally:
        ws.close()
    assert "channels_spelled" not in a  # nothing to meet yet
    if first == "ga4":
        assert b["channels_spelled"] == [["Paid search", "Paid Search"], ["partner's sites", "Partner's Sites"]]
        assert got == {"Direct": (80, 1), "Paid Search": (120, 2), "Partner's Sites": (9, 1), None: (None, 1)}
    else:
        assert b["channels_spelled"] == [["Paid Search", "Paid search"], ["Partner's Sites", "partner's sites"]]
        assert got == {"Direct": (80, 1), "Paid search": (120, 2), "partner's sites": (9, 1), None: (None, 1)}
    assert "differ only in letter case" in b["message"] and "'Paid search'" in b["message"]


def test_compute_gives_one_row_per_channel_over_both_tools(write, run):
    ga4, leads = write("traffic.csv", GA4), write("leads-1234567-6.csv", PIPEDRIVE)
    code, out, _ = run("compute", str(ga4), str(leads), "--kpi", "sessions", "leads", "--by", "month",
                       "--dim", "channel", "--json")
    assert code == 0
    rows = {(r["kpi"], r["dim"]): r["value"] for r in json.loads(out)["rows"]}
    assert rows[("sessions", "Paid Search")] == 120 and rows[("leads", "Paid Search")] == 2
    assert rows[("sessions", "Partner's Sites")] == 9 and rows[("leads", "Partner's Sites")] == 1
    assert {d for _, d in rows} == {"Paid Search", "Direct", "Partner's Sites", None}


def test_campaigns_keep_their_own_spelling(write):
    # Only channels are a tool's fixed list; a campaign 'Brand' and a campaign 'brand' may be two of a user's own.
    text = "Date,Campaign,Channel,Clicks\n{d},{c},{t},5\n{d},Other,Email,1\n"
    ws = Workspace(None)
    try:
        ws.add_results([read_export(write("a.csv", text.format(d="2025-03-01", c="Brand", t="Search")))], lang="en")
        b = ws.add_results([read_export(write("b.csv", text.format(d="2025-03-02", c="brand", t="search")))],
                           lang="en")[0]
        got = ws.engine.rows("SELECT campaign, channel FROM facts WHERE campaign <> 'Other' ORDER BY 1")
    finally:
        ws.close()
    assert got == [("Brand", "Search"), ("brand", "Search")]
    assert b["channels_spelled"] == [["search", "Search"]]
