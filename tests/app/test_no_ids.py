"""A person reads names, never ids: every page, in both languages, normal and presentation mode, shows no catalogue
id, tool id or target id; presentation mode shows no other client, no demo or create button and nothing to edit."""

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kpi_core.catalogue import catalogue
from kpi_core.ingest.sources import SOURCES
from kpi_core.workspace import Workspace

from .visible import texts

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py"))
# Ids that are also plain words ('leads', 'revenue', 'reach') cannot be told from text; these can: snake_case ids
# and the abbreviations a catalogue id is made of ('ctr' where a person reads 'CTR').
ABBREVIATIONS = {"ctr", "cpc", "cpm", "cpa", "cvr", "roas", "mer", "poas", "cac", "clv", "ctor", "aov", "ga4", "mqls",
                 "sqls", "kpi_id"}


def ids(ws_path) -> set[str]:
    out = {k for k in catalogue() if "_" in k or k in ABBREVIATIONS}
    out |= {s for s in SOURCES if "_" in s or s in ABBREVIATIONS}
    out |= {t["id"] for t in Workspace(ws_path).targets()}
    out |= {"source_id", "customer_id", "ad_group"}  # dimension ids: a choice of dimension shows their names
    return out


def found_ids(at, known: set[str]) -> list[tuple[str, str, str]]:
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, known), key=len, reverse=True))
                         + r")(?![\w-]|\.\w)")  # 'hubspot_contacts.csv' is a file's name
    # Markdown escapes are how a file's name is shown as written ('ga4\\_traffic.csv'), not an id
    return [(kind, m.group(1), text[:120]) for kind, text in texts(at)
            for m in [pattern.search(text.replace("\\", ""))] if m]


def run_page(p: Path, ws, lang: str, present: bool) -> AppTest:
    at = AppTest.from_file(str(p), default_timeout=90)
    at.session_state["koers.lang"] = lang
    at.session_state["koers.workspace"] = str(ws)
    at.session_state["koers.present"] = present
    return at.run()


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("p", PAGES, ids=lambda p: p.stem)
def test_every_page_shows_names_not_ids(p, lang, present, demo_ws):
    at = run_page(p, demo_ws, lang, present)
    assert not at.exception
    hits = found_ids(at, ids(demo_ws))
    assert not hits, hits


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_goal_page_shows_names_for_every_target(lang, demo_ws):
    known = ids(demo_ws)
    for body in Workspace(demo_ws).targets():
        at = run_page(ROOT / "pages" / "goal_vs_actual.py", demo_ws, lang, False)
        at.selectbox(key="goal.target").set_value(body["id"]).run()
        assert not at.exception
        hits = found_ids(at, known)
        assert not hits, (body["id"], hits)


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
def test_the_sidebar_in_presentation_mode_shows_only_this_client(present, demo_ws, tmp_path, monkeypatch):
    from ui import workspaces

    monkeypatch.setenv("KOERS_DATA_DIR", str(tmp_path))
    other = workspaces.create("Andere klant")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["koers.workspace"] = str(demo_ws)
    at.session_state["koers.present"] = present
    at.run()
    at.run()
    assert not at.exception
    shown = " ".join(s for _, s in texts(at))
    assert ("Andere klant" in shown) is not present, "other clients are listed only when not presenting"
    keys = {w.key for w in [*at.button, *at.selectbox, *at.text_input] if w.key}
    if present:
        assert not keys & {"koers.load_demo", "koers.create", "koers.rename", "koers.workspace"}
        assert "Demo" in shown, "the client's own workspace name"
    else:
        assert {"koers.load_demo", "koers.workspace"} <= keys
    assert other.path.exists()


@pytest.mark.parametrize("p", PAGES, ids=lambda p: p.stem)
def test_presentation_mode_offers_nothing_to_edit(p, demo_ws):
    at = run_page(p, demo_ws, "nl", True)
    assert not at.exception
    editing = [b.key for b in at.button if b.key] + [u.key for u in at.file_uploader] + [
        t.key for t in at.text_area] + [d.key for d in at.get("arrow_data_frame") if getattr(d, "key", None)]
    # a button that changes nothing (a download, a view switch) is fine; these words change data
    changing = [k for k in editing if re.search(r"save|delete|remove|add|create|upload|confirm|fix|rates|ci_", k)]
    assert not changing, changing


def test_charts_come_without_their_menu(demo_ws):
    import json

    at = run_page(ROOT / "pages" / "dashboard.py", demo_ws, "nl", True)
    specs = [json.loads(c.proto.spec) for c in at.get("arrow_vega_lite_chart") + at.get("vega_lite_chart")]
    assert specs, "the dashboard draws charts"
    assert all(s["usermeta"]["embedOptions"]["actions"] is False for s in specs)
