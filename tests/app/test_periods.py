"""Periods that match the data: presets count back from the data's last complete day, the first view compares the
last full month with the one before (so every tile shows a change), and periods are named in the language."""

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.names import span_words
from ui.periods import compare_to, last_complete_day, resolve

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


@pytest.mark.parametrize("preset, last, expected", [
    ("last_month", D(2025, 3, 31), (D(2025, 3, 1), D(2025, 3, 31))),  # March is over in the data
    ("last_month", D(2025, 3, 15), (D(2025, 2, 1), D(2025, 2, 28))),  # March is not: February
    ("this_month", D(2025, 3, 15), (D(2025, 3, 1), D(2025, 3, 15))),
    ("last_quarter", D(2025, 3, 31), (D(2025, 1, 1), D(2025, 3, 31))),
    ("last_quarter", D(2025, 5, 10), (D(2025, 1, 1), D(2025, 3, 31))),
    ("this_quarter", D(2025, 5, 10), (D(2025, 4, 1), D(2025, 5, 10))),
    ("ytd", D(2025, 5, 10), (D(2025, 1, 1), D(2025, 5, 10))),
    ("last_12m", D(2025, 3, 31), (D(2024, 4, 1), D(2025, 3, 31))),
    ("all", D(2025, 3, 31), (D(2025, 1, 3), D(2025, 3, 31))),
])
def test_presets_count_back_from_the_data_not_from_today(preset, last, expected):
    assert resolve(preset, last, D(2025, 1, 3)) == expected


def test_today_is_never_a_complete_day():
    assert last_complete_day(D(2025, 3, 31), D(2026, 11, 30)) == D(2025, 3, 31)
    assert last_complete_day(D(2026, 11, 30), D(2026, 11, 30)) == D(2026, 11, 29)


@pytest.mark.parametrize("lo, hi, how, expected", [
    (D(2025, 3, 1), D(2025, 3, 31), "previous", (D(2025, 2, 1), D(2025, 2, 28))),  # a month before a month
    (D(2025, 4, 1), D(2025, 6, 30), "previous", (D(2025, 1, 1), D(2025, 3, 31))),  # a quarter before a quarter
    (D(2025, 3, 1), D(2025, 3, 15), "previous", (D(2025, 2, 1), D(2025, 2, 15))),  # month to date: same days
    (D(2025, 3, 1), D(2025, 3, 31), "last_year", (D(2024, 3, 1), D(2024, 3, 31))),
    (D(2025, 1, 1), D(2025, 5, 10), "previous", (D(2024, 1, 1), D(2024, 5, 10))),  # year to date
    (D(2025, 2, 10), D(2025, 2, 16), "previous", (D(2025, 2, 3), D(2025, 2, 9))),  # any 7 days: the 7 before
    (D(2025, 3, 1), D(2025, 3, 31), "none", None),
])
def test_the_comparison_is_the_period_a_person_means(lo, hi, how, expected):
    assert compare_to(lo, hi, how) == expected


@pytest.mark.parametrize("lo, hi, nl, en", [
    (D(2025, 3, 1), D(2025, 3, 31), "maart 2025", "March 2025"),
    (D(2025, 1, 1), D(2025, 3, 31), "1e kwartaal 2025", "Q1 2025"),
    (D(2024, 1, 1), D(2024, 12, 31), "2024", "2024"),
    (D(2025, 2, 3), D(2025, 2, 9), "3 feb 2025 t/m 9 feb 2025", "Feb 3, 2025 to Feb 9, 2025"),
])
def test_periods_are_named_in_the_language(lo, hi, nl, en):
    assert (span_words(lo, hi, "nl"), span_words(lo, hi, "en")) == (nl, en)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_first_view_compares_the_last_full_month_so_every_tile_shows_a_change(lang, demo_ws):
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=60)
    at.session_state["koers.lang"] = lang
    at.session_state["koers.workspace"] = str(demo_ws)
    at.run()
    assert not at.exception
    assert at.selectbox(key="dash.preset").value == "last_month"
    assert at.selectbox(key="dash.cmp").value == "previous"
    caption = " ".join(c.value for c in at.caption)
    assert ("Maart 2025, vergeleken met februari 2025" if lang == "nl" else
            "March 2025, compared with February 2025") in caption
    with_values = [m for m in at.metric if m.value != "–"]
    assert with_values and all(m.delta for m in with_values), [(m.label, m.value, m.delta) for m in at.metric]


def test_same_period_last_year_and_custom_days(demo_ws):
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=60)
    at.session_state["koers.workspace"] = str(demo_ws)
    at.run()
    at.selectbox(key="dash.cmp").set_value("last_year").run()
    assert not at.exception
    assert "vergeleken met maart 2024" in " ".join(c.value for c in at.caption)
    at.selectbox(key="dash.preset").set_value("custom").run()
    assert not at.exception
    assert at.date_input(key="dash.from").value == D(2025, 3, 1)
    at.date_input(key="dash.from").set_value(D(2025, 2, 10))
    at.date_input(key="dash.to").set_value(D(2025, 2, 16)).run()
    assert not at.exception
    assert "10 feb 2025 t/m 16 feb 2025" in " ".join(c.value for c in at.caption)
    assert at.selectbox(key="dash.grain").value == "day", "a week of days reads per day (a month per week)"


@pytest.mark.parametrize("lang, line", [("nl", "Doel: minimaal €\u00a060.000 t/m 30 jun 2025  \nVerwacht tot nu €"),
                                        ("en", "Target: at least €60,000 by Jun 30, 2025  \nDue by now €")])
def test_a_tile_whose_kpi_has_a_target_shows_it_with_its_status_and_what_is_due(lang, line, demo_ws):
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=60)
    at.session_state["koers.lang"] = lang
    at.session_state["koers.workspace"] = str(demo_ws)
    at.session_state["dash.kpis"] = ["revenue", "aov"]
    at.run()
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert any(line in c for c in captions), captions
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert len(badges) == 1, "one tile has a target: one status badge"


@pytest.mark.parametrize("lang, badge, line", [("nl", "nog niet begonnen", "Dit doel begint op 1 jan 2025"),
                                               ("en", "not started yet", "This target starts on Jan 1, 2025")])
def test_a_target_before_its_start_is_not_started_never_on_track(lang, badge, line, demo_ws):
    from kpi_core.workspace import Workspace

    from .visible import texts

    at = AppTest.from_file(str(ROOT / "pages" / "goal_vs_actual.py"), default_timeout=60)
    at.session_state["koers.workspace"] = str(demo_ws)
    at.session_state["koers.lang"] = lang
    at.run()
    shown = " ".join(s for _, s in texts(at))
    assert badge not in shown and line not in shown  # as of the data's end every target runs
    at.date_input(key="goal.as_of").set_value(D(2024, 12, 15)).run()
    assert not at.exception
    shown = " ".join(s for _, s in texts(at))
    n = len(Workspace(demo_ws).targets())
    assert shown.count(badge) >= n + 1 and line in shown, "each target in the overview, and the one shown"
    ok = "op koers" if lang == "nl" else "on track"
    assert shown.count(ok) == 1, "'on track' only in the colour legend, on no target"


def test_a_week_only_partly_in_the_month_is_an_open_point_that_says_its_days(demo_ws):
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=60)
    at.session_state["koers.workspace"] = str(demo_ws)
    at.run()
    assert at.selectbox(key="dash.grain").value == "week", "a month reads per week"
    assert any("Een open punt is een periode" in c.value for c in at.caption)
    layers = [layer for c in at.get("arrow_vega_lite_chart") + at.get("vega_lite_chart")
              for layer in json.loads(c.proto.spec).get("layer", []) if "data" in layer]
    trends = [layer["data"]["values"] for layer in layers
              if layer["data"].get("values") and "days_txt" in layer["data"]["values"][0]]
    assert trends, "the trend charts carry their rows inside the spec"
    rows = trends[0]
    first, last = rows[0], rows[-1]  # March 2025: the week of 24 Feb holds 1-2 March, the week of 31 March one day
    assert first["period"].startswith("2025-02-24") and first["fill"] == "white"
    assert first["days_txt"] == "2 van 7 dagen in de gekozen periode"
    assert last["period"].startswith("2025-03-31") and last["days_txt"] == "1 van 7 dagen in de gekozen periode"
    assert [r["fill"] for r in rows[1:-1]] and all(r["fill"] != "white" for r in rows[1:-1])
