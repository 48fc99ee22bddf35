"""The dashboard's caching and its fast path: the tiles show the engine's figures, a filter change asks one query per
period and a rerun none, an upload makes the figures new, speed is worked out when its tab is open, and a first
render loads neither pandas nor Altair."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kpi_core import kpis
from kpi_core.compiler import Filters
from kpi_core.i18n import fmt, t
from kpi_core.workspace import Workspace
from ui.periods import compare_to

ROOT = Path(__file__).resolve().parents[2]
MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def export(path: Path, campaigns: list[str], scale: int) -> Path:
    """A small daily campaign sheet, January to March 2025."""
    lines = ["Day,Campaign,Campaign type,Impr.,Clicks,Cost"]
    day = dt.date(2025, 1, 1)
    while day <= MARCH[1]:
        for i, c in enumerate(campaigns):
            kind = "Search" if i % 2 else "Display"
            lines.append(f"{day},{c},{kind},{(1000 + 10 * day.day + i) * scale},{(20 + day.day % 7 + i) * scale},"
                         f"{(15.5 + i) * scale}")
        day += dt.timedelta(days=1)
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def ads_ws(tmp_path):
    path = (tmp_path / "ads.duckdb").resolve()
    Workspace(path).add_files([export(tmp_path / "a.csv", ["Brand", "Bikes", "Shoes"], 1)], lang="en")
    return path


def dashboard(ws: Path, lang: str = "nl", **state) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "dashboard.py"), default_timeout=90)
    at.session_state["koers.lang"] = lang
    at.session_state["koers.workspace"] = str(ws)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def show_days(at: AppTest, lo: dt.date, hi: dt.date) -> None:
    at.selectbox(key="dash.preset").set_value("custom").run()
    at.date_input(key="dash.from").set_value(lo)
    at.date_input(key="dash.to").set_value(hi).run()
    assert not at.exception


def tiles(at: AppTest) -> dict[str, tuple[str, str | None]]:
    """The tiles by KPI: (figure, change) as shown."""
    lang = at.session_state["koers.lang"]
    ids = {kpi.name[lang]: k for k, kpi in Workspace(at.session_state["koers.workspace"]).kpis().items()}
    return {ids[m.label]: (m.value, m.delta) for m in at.metric}


def engine_value(ws: Path, kpi: str, lo, hi, where: dict | None = None):
    return kpis.series(Workspace(ws).engine, kpi, "total", Filters(lo, hi, where or {}))["value"][0]


def expected_tile(ws: Path, kpi: str, lang: str, where: dict | None = None) -> tuple[str, str | None]:
    """What a tile must show for March 2025 against February, from the engine itself."""
    unit = Workspace(ws).kpis()[kpi].unit
    v = engine_value(ws, kpi, *MARCH, where)
    p = engine_value(ws, kpi, *compare_to(*MARCH, "previous"), where)
    delta = None
    if v == v and p == p and p != 0:
        change = (v - p) / abs(p)
        delta = ("+" if change >= 0 else "") + fmt(change, "percent", lang, decimals=1)
    return fmt(None if v != v else float(v), unit, lang), delta


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo workspace of this module's own (other tests change the shared one's dashboard KPIs)."""
    from kpi_core.workspace import build_demo

    path = tmp_path_factory.mktemp("dashcache") / "demo.duckdb"
    build_demo(path, lang="nl")
    return path.resolve()


def test_every_tile_shows_the_engine_s_figure_and_change(demo):
    # plain KPIs answer in one query; a growth and a cumulative KPI take kpi_core's own way
    chosen = ["ctr", "cpc", "open_rate", "cost_per_lead", "revenue", "aov", "revenue_growth", "clv"]
    at = dashboard(demo, **{"dash.kpis": chosen})
    show_days(at, *MARCH)
    shown = tiles(at)
    assert sorted(shown) == sorted(chosen)
    for k in chosen:
        assert shown[k] == expected_tile(demo, k, "nl"), k


def test_a_filter_change_asks_one_query_per_period_and_a_rerun_none(ads_ws, monkeypatch):
    calls = []
    table_many = kpis.table_many

    def counted(*a, **k):
        calls.append(a[2] if len(a) > 2 else k.get("grain"))
        return table_many(*a, **k)

    monkeypatch.setattr(kpis, "table_many", counted)
    at = dashboard(ads_ws, "en", **{"dash.kpis": ["clicks", "ctr", "cpc"]})
    show_days(at, *MARCH)
    first = tiles(at)
    assert first["clicks"] == expected_tile(ads_ws, "clicks", "en")
    calls.clear()
    at.run()
    assert calls == [], "a rerun that changes nothing asks nothing"
    at.multiselect(key="dash.campaign").set_value(["Bikes"]).run()
    assert sorted(calls) == ["total", "total", "week"], "this period, the one before and the trend"
    assert tiles(at)["clicks"] == expected_tile(ads_ws, "clicks", "en", {"campaign": ["Bikes"]}) != first["clicks"]
    calls.clear()
    at.multiselect(key="dash.campaign").set_value([]).run()
    assert calls == [] and tiles(at) == first, "back to what was shown before: from the cache"


def test_the_periods_of_a_filter_change_are_asked_side_by_side(ads_ws, monkeypatch):
    import threading
    import time

    spans, table_many = [], kpis.table_many

    def slow(*a, **k):  # each query held a while: side by side, the three overlap
        start = time.monotonic()
        time.sleep(0.3)
        out = table_many(*a, **k)
        spans.append((start, time.monotonic(), threading.get_ident()))
        return out

    at = dashboard(ads_ws, "en", **{"dash.kpis": ["clicks", "ctr"]})
    show_days(at, *MARCH)
    monkeypatch.setattr(kpis, "table_many", slow)
    at.multiselect(key="dash.campaign").set_value(["Shoes"]).run()
    assert not at.exception and len(spans) == 3
    assert max(s for s, _, _ in spans) < min(e for _, e, _ in spans), "all three were running at once"
    assert len({t for _, _, t in spans}) == 3
    assert tiles(at)["clicks"] == expected_tile(ads_ws, "clicks", "en", {"campaign": ["Shoes"]})
    spans.clear()
    at.run()
    assert spans == [], "answers asked side by side are cached like the others"


def test_an_upload_makes_the_figures_new(ads_ws, tmp_path):
    at = dashboard(ads_ws, "en", **{"dash.kpis": ["clicks", "cost"]})
    show_days(at, *MARCH)
    before = tiles(at)
    Workspace(ads_ws).add_files([export(tmp_path / "b.csv", ["Brand", "Bikes", "Shoes"], 2)], lang="en")
    at.run()
    after = tiles(at)
    assert after["clicks"] == expected_tile(ads_ws, "clicks", "en") != before["clicks"]
    assert after["cost"] == expected_tile(ads_ws, "cost", "en") != before["cost"]


def test_speed_is_worked_out_when_its_tab_is_open(ads_ws, monkeypatch):
    calls = []
    compare = kpis.compare
    monkeypatch.setattr(kpis, "compare", lambda *a, **k: calls.append(a[1]) or compare(*a, **k))

    def speed_charts(at):
        return [c for c in at.get("vega_lite_chart") if "vconcat" in json.loads(c.proto.spec)]

    at = dashboard(ads_ws, "en", **{"dash.kpis": ["clicks", "cpc"]})
    assert not speed_charts(at) and not calls, "a closed tab costs nothing"
    at.session_state["dash.tab"] = t("ui.dash.tab_speed", "en")
    at.run()
    at.selectbox(key="dash.speed_kpi").set_value("cpc").run()
    assert not at.exception
    assert calls and len(speed_charts(at)) == 1


def test_a_bug_in_the_kpi_query_shows_a_friendly_message(ads_ws, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.delenv("KOERS_STRICT")
    monkeypatch.setenv("KOERS_WORKSPACE", str(ads_ws))
    monkeypatch.setattr(kpis, "table_many", broken)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.run()
    assert not at.exception
    assert any("kon niet worden getoond" in e.value for e in at.error)


FIRST_RENDER = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=90)
at.session_state["koers.lang"] = "en"
at.session_state["koers.workspace"] = sys.argv[2]
at.run()
assert not at.exception and at.metric, (at.exception, at.metric)
print(sorted(m for m in ("pandas", "altair") if m in sys.modules))
"""


def test_a_first_render_loads_neither_pandas_nor_altair(ads_ws):
    # Each is a few tenths of a second of the first render: the dashboard's own path needs neither.
    Workspace(ads_ws).close()  # the file is the other process's now
    out = subprocess.run([sys.executable, "-c", FIRST_RENDER, str(ROOT / "pages" / "dashboard.py"), str(ads_ws)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout
