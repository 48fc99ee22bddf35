"""A tile's "why?": what moved the KPI from the comparison period to this one, as a sentence, a waterfall and a
table whose contributions add up to the change the tile shows."""

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory):
    """A demo workspace of this module's own: other tests change the shared one's dashboard KPIs."""
    from kpi_core.workspace import build_demo

    path = tmp_path_factory.mktemp("why") / "demo.duckdb"
    build_demo(path, lang="nl")
    return path.resolve()


def number(text: str, lang: str) -> float:
    """A figure as the page writes it ('+€ 0,18', '-0,37 pp', '1,56%', '€ 1.234,50') as a float."""
    s = re.sub(r"[€%\s\u00a0]|pp", "", text)
    s = s.replace(".", "").replace(",", ".") if lang == "nl" else s.replace(",", "")
    return float(s)


def dashboard(ws, lang: str = "nl", present: bool = False) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=90)
    at.session_state["koers.lang"] = lang
    at.session_state["koers.workspace"] = str(ws)
    at.session_state["koers.present"] = present
    return at.run()


def why_table(at):
    """The explanation's table: the one table on the dashboard (it has none before 'why?' is clicked)."""
    assert len(at.dataframe) == 1, len(at.dataframe)
    return at.dataframe[0].value


def table_rows(at) -> tuple[list[float], float, list[str]]:
    """The contributions, their 'together' line and the members, from the table the explanation shows."""
    df = why_table(at)
    last = df.columns[-1]
    members = list(df.iloc[:-1, 0])
    lang = at.session_state["koers.lang"]
    return [number(v, lang) for v in df[last].iloc[:-1]], number(df[last].iloc[-1], lang), members


@pytest.mark.parametrize("lang, head, together", [("nl", "CPC: € 0,04 hoger", "Samen"),
                                                  ("en", "CPC rose €0.04", "Together")])
def test_why_on_a_tile_explains_the_change_the_tile_shows(lang, head, together, demo_ws):
    at = dashboard(demo_ws, lang)
    tile_now = number(next(m.value for m in at.metric if "CPC" in m.label), lang)
    before_words = "Ervoor" if lang == "nl" else "Before"
    tile_before = number(next(c.value for c in at.caption if c.value.startswith(before_words)
                              and re.search(r"€\s?0[.,]\d\d ·", c.value)).split(":")[1].split("·")[0], lang)
    assert len(at.dataframe) == 0
    at.button(key="dash.why.cpc").click().run()
    assert not at.exception
    sentence = [m.value.replace("\\", "") for m in at.markdown if m.value.replace("\\", "").startswith(head)]
    assert len(sentence) == 1 and "Meta Ads" in sentence[0], [m.value for m in at.markdown]
    change_line = next(c.value for c in at.caption if "een verandering van" in c.value or "a change of" in c.value)
    before, after, change = (number(x, lang) for x in re.findall(r"[+-]?€\s?\d[\d.,]*\d", change_line)[:3])
    assert (before, after) == (tile_before, tile_now), "the same two figures the tile shows"
    assert change == pytest.approx(after - before, abs=0.011)
    parts, total, members = table_rows(at)
    assert why_table(at).iloc[-1, 0] == together
    assert total == pytest.approx(change, abs=0.001), "the table's total is the change"
    assert sum(parts) == pytest.approx(total, abs=0.005 * len(parts) + 1e-9), "the contributions add up to it"
    assert len(members) >= 3 and "Meta Ads" in members
    specs = [json.loads(c.proto.spec) for c in at.get("arrow_vega_lite_chart") + at.get("vega_lite_chart")]
    own = "Eigen CPC" if lang == "nl" else "Own CPC"
    chart = next(s for s in specs if own in json.dumps(s))
    assert chart["usermeta"]["embedOptions"]["actions"] is False, "no chart menu"
    bars = chart["layer"][0]["data"]["values"]
    ends = [b["b"] for b in bars if b["part"] in ("Waarde", "Value")]
    assert ends == pytest.approx([before, after], abs=0.005), "the waterfall runs from the one figure to the other"


def test_why_splits_by_any_dimension_and_names_tools_by_their_names(demo_ws):
    at = dashboard(demo_ws)
    at.button(key="dash.why.cpc").click().run()
    box = at.selectbox(key="dash.why_by")
    assert box.value == "channel"
    assert {"Kanaal", "Campagne", "Tool"} <= set(box.options)
    box.set_value("source_id").run()
    assert not at.exception
    parts, total, members = table_rows(at)
    assert why_table(at).columns[0] == "Tool"
    assert "Google Ads" in members and not any("_" in m for m in members), members
    assert sum(parts) == pytest.approx(total, abs=0.005 * len(parts) + 1e-9)
    at.selectbox(key="dash.why_by").set_value("campaign").run()
    parts2, total2, members2 = table_rows(at)
    assert total2 == total, "another split, the same change"
    assert members2 != members


def test_a_sum_kpi_shows_each_part_s_own_difference(demo_ws):
    at = dashboard(demo_ws)
    at.button(key="dash.why.revenue").click().run()
    assert not at.exception
    df = why_table(at)
    assert list(df.columns[1:]) == ["Bijdrage"], "a sum has no rate and mix: one column"
    parts = [number(v, "nl") for v in df["Bijdrage"].iloc[:-1]]
    assert sum(parts) == pytest.approx(number(df["Bijdrage"].iloc[-1], "nl"), abs=0.005 * len(parts) + 1e-9)


def test_why_is_there_when_presenting_and_offers_nothing_to_edit(demo_ws):
    at = dashboard(demo_ws, present=True)
    at.button(key="dash.why.ctr").click().run()
    assert not at.exception
    assert why_table(at).iloc[-1, 0] == "Samen"
    assert not at.text_input and not at.text_area and not at.file_uploader


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_explanation_shows_names_not_ids(lang, demo_ws):
    from .test_no_ids import found_ids, ids

    at = dashboard(demo_ws, lang)
    for k in ("cpc", "open_rate"):
        at.button(key=f"dash.why.{k}").click().run()
        offered = at.selectbox(key="dash.why_by").options
        assert len(offered) >= 2, offered
        for i in range(len(offered)):  # every dimension offered: its members by name
            at.selectbox(key="dash.why_by").select_index(i).run()
            assert not at.exception
            assert not found_ids(at, ids(demo_ws)), (k, offered[i], found_ids(at, ids(demo_ws)))
