"""Text from files and users is shown as text: no Markdown link, image or HTML of theirs is ever interpreted."""

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kpi_core.workspace import Workspace, build_demo

from .visible import interpreted, markdown_bodies

ROOT = Path(__file__).resolve().parents[2]
IMAGE = "![x](http://example.com/x.png)"
TAG = "<img src=x>"


@pytest.fixture(scope="module")
def hostile_ws(tmp_path_factory):
    """The demo, plus an export whose file name and campaign are Markdown and HTML, and a target and check-in
    whose title, owner and note are too."""
    tmp = tmp_path_factory.mktemp("hostile")
    path = tmp / "h.duckdb"
    ws = build_demo(path, lang="nl")
    sheet = tmp / "![f](x.png) <b>.csv"
    sheet.write_text("Datum;Campagne;Klikken;Vertoningen\n"
                     f"01-02-2025;{TAG};10;100\n02-02-2025;{IMAGE};20;300\n03-02-2025;[a](javascript:x);5;50\n")
    ws.add_files([sheet], lang="nl")
    tid = ws.save_target({"id": "t-hostile", "title": IMAGE, "kpi": "clicks", "target": 100, "comparison": "at_least",
                          "scope": {"campaign": TAG}, "owner": "[boss](http://example.com)", "agreed_by": TAG,
                          "start": "2025-02-01", "deadline": "2025-03-31", "pacing": "linear", "cadence": "monthly"})
    ws.add_checkin(tid, dt.date(2025, 2, 10), f"{IMAGE}\n{TAG}\n# not a heading", None)
    ws.close()
    return path.resolve()


def run(page: str, ws, **state) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    at.session_state["koers.lang"] = "nl"
    at.session_state["koers.workspace"] = str(ws)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def test_plain_escapes_markdown_html_and_directives():
    from ui.text import plain

    assert plain(IMAGE) == "\\!\\[x\\]\\(http\\:\u2060\\/\\/example\\.com\\/x\\.png\\)"
    # A bare address would still be made a link by the page: an invisible word joiner keeps it text.
    assert plain("https://host.example/x www.host.example a@host.example") == (
        "https\\:\u2060\\/\\/host\\.example\\/x www\u2060\\.host\\.example a\u2060\\@host\\.example")
    assert plain(TAG) == r"\<img src\=x\>"
    assert plain(":red[alarm] $x$ *y* `z` | a") == r"\:red\[alarm\] \$x\$ \*y\* \`z\` \| a"
    assert plain("a\n# b", one_line=False) == "a  \n\\# b"
    assert plain("a\n# b") == r"a \# b"
    assert plain(None) == ""


@pytest.mark.parametrize("page", ["targets", "goal_vs_actual", "data", "dashboard"])
def test_titles_campaigns_notes_and_file_names_render_as_literal_text(page, hostile_ws):
    state = {"goal.target": "t-hostile"} if page == "goal_vs_actual" else {}
    if page == "dashboard":
        state["dash.kpis"] = ["clicks", "ctr"]
    at = run(page, hostile_ws, **state)
    assert not at.exception
    bodies = markdown_bodies(at)
    bad = [b for b in bodies if interpreted(b)]
    assert not bad, bad
    shown = " ".join(bodies)
    if page in ("targets", "goal_vs_actual"):
        assert "\\!\\[x\\]\\(http\\:\u2060\\/\\/example\\.com\\/x\\.png\\)" in shown, "the title is shown, escaped"
    if page == "targets":
        assert r"\<img src\=x\>" in shown, "the scope's campaign is shown, escaped"
        assert "\\[boss\\]\\(http\\:\u2060\\/\\/example\\.com\\)" in shown
        assert "  \n\\# not a heading" in shown, "a note keeps its lines, none of them a heading"
    if page == "data":
        assert r"\!\[f\]\(x\.png\) \<b\>\.csv" in shown


def test_a_new_target_with_a_markdown_title_saves_and_shows_literally(tmp_path):
    path = tmp_path / "n.duckdb"
    build_demo(path)
    at = run("targets", path)
    at.text_input(key="targets.title").input(IMAGE)
    at.text_input(key="targets.owner").input(TAG)
    at.run()
    assert not at.exception
    assert not [b for b in markdown_bodies(at) if interpreted(b)]
    assert Workspace(path).targets()  # the demo's targets are listed beside the form
