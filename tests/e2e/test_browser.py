"""A real browser (Debian chromium, playwright) on `streamlit run`: a first upload in one step, a mapping to finish,
a target, every page of the demo in both languages in normal and presentation mode, and deep links. Screenshots of
every page go to test-artifacts/ to be looked at."""

import os
import re
import sys
from pathlib import Path

import pytest

from tests.e2e.streamlit_server import CHROMIUM, CHROMIUM_ARGS, idle, serving

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SAMPLES = ROOT / "sample_data"
PAGES = ["dashboard", "goal_vs_actual", "targets", "funnel", "review", "catalogue", "data"]
pytestmark = pytest.mark.e2e


@pytest.fixture
def server(tmp_path):
    """`streamlit run app.py` on a free port, a bare start (no workspace); its output is shown on failure."""
    log = tmp_path / "server.log"
    env = dict(os.environ, KOERS_DATA_DIR=str(tmp_path / "workspaces"), PYTHONUNBUFFERED="1")
    env.pop("KOERS_WORKSPACE", None)  # a bare start: the first upload makes the workspace
    try:
        with serving(env, log) as url:
            yield url, log
    except RuntimeError as e:
        pytest.fail(str(e))


@pytest.fixture
def browser(server):
    from playwright.sync_api import sync_playwright

    url, log = server
    assert Path(CHROMIUM).exists(), "install Debian chromium: apt-get install -y chromium"
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            errors = []  # script errors in the page, e.g. a chart that cannot find its data

            def new_page():
                page = b.new_page(viewport={"width": 1440, "height": 1000})
                page.on("pageerror", lambda e: errors.append(str(e)))
                return page

            yield url, new_page
            b.close()
            assert errors == [], errors
    except BaseException:
        print(f"--- streamlit output ---\n{log.read_text()}", file=sys.stderr)
        raise


def clean(page, where: str) -> None:
    """No exception element and no 'Page not found' on the page."""
    n = page.locator('[data-testid="stException"]').count()
    assert n == 0, f"{where}: {n} exception element(s): {page.locator('[data-testid=stException]').first.inner_text()}"
    assert page.get_by_text("Page not found").count() == 0, f"{where}: page not found"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    # Streamlit scrolls inside its main container, so grow the viewport to the content for a full-page shot.
    height = page.evaluate("""document.querySelector('[data-testid="stMain"]')?.scrollHeight || 1000""")
    page.set_viewport_size({"width": 1440, "height": min(max(int(height) + 40, 1000), 8000)})
    page.wait_for_timeout(700)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1440, "height": 1000})


def go(page, url_path: str) -> None:
    links = page.locator('[data-testid="stSidebarNav"] a')
    links.and_(page.locator(f'a[href*="/{url_path}"]')).first.click()
    idle(page)


def charts_rendered(page, at_least: int = 1) -> None:
    page.wait_for_selector(".vega-embed canvas, .vega-embed svg", timeout=30_000)
    n = page.locator(".vega-embed canvas, .vega-embed svg").count()
    assert n >= at_least, f"expected {at_least} charts, found {n}"


def language(page, lang: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_text("English" if lang == "en" else "Nederlands").click()
    idle(page)


def presenting(page, on: bool) -> None:
    toggle = page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]').filter(
        has_text="Presentati").first
    if toggle.locator("input").is_checked() != on:
        toggle.click()
        idle(page)


def why(page, lang: str, name: str) -> None:
    """A tile's 'why?' opens what moved its KPI: a sentence, a waterfall and a table; closed again after the shot."""
    page.get_by_role("button", name="Waarom?" if lang == "nl" else "Why?").first.click()
    dialog = page.locator('[role="dialog"]')
    dialog.wait_for(timeout=30_000)
    idle(page)
    dialog.locator(".vega-embed canvas, .vega-embed svg").first.wait_for(timeout=30_000)
    assert dialog.get_by_text("Samen" if lang == "nl" else "Together").count() + dialog.locator(
        '[data-testid="stDataFrame"]').count() >= 1, "the table of contributions"
    clean(page, name)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=30_000)
    idle(page)


def test_first_upload_mapping_target_and_goal(browser):
    url, new_page = browser
    page = new_page()
    page.goto(url)
    idle(page)
    clean(page, "dashboard (bare start)")
    assert page.locator('[data-testid="stFileUploader"]').count() == 1, "the empty dashboard offers the uploader"
    shot(page, "nl-00-dashboard-empty")
    go(page, "data")
    clean(page, "data (empty)")
    assert page.get_by_text("Begin hier").count() == 1, "a bare start says what to do"
    shot(page, "nl-01-data-empty")

    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(
        [str(SAMPLES / "mailchimp_campaigns.csv"), str(SAMPLES / "hubspot_contacts.csv")])
    page.get_by_text("Resultaat van de upload").wait_for(timeout=60_000)  # added in one step, no button
    idle(page)
    clean(page, "data (uploaded)")
    assert page.get_by_text("Mijn werkruimte").count() >= 1, "the first upload made a workspace"
    assert page.locator('[data-testid="stFileChip"]').count() == 0, "the uploader is empty again"
    shot(page, "nl-02-data-uploaded")

    sheet = Path(os.environ.get("TMPDIR", "/tmp")) / "bezoekjes.csv"
    # A column named by an address: shown as its text, never as a link the page makes of it.
    sheet.write_text("Datum;Campagne;Bezoekjes;Totale kosten;https://example.com/x\n"
                     "01-01-2025;A;7;10,50;1\n02-01-2025;A;5;20,00;2\n")
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files([str(sheet)])
    page.get_by_text("wacht op je bevestiging").first.wait_for(timeout=60_000)
    idle(page)
    clean(page, "data (waiting)")
    assert page.get_by_text(re.compile("https:\u2060?//example\\.com/x")).count() >= 1  # an invisible joiner in it
    assert page.locator('[data-testid="stMain"] a[href*="example.com"]').count() == 0, "a link made of a column name"
    shot(page, "nl-02b-data-mapping-to-finish")
    page.get_by_role("button", name="Niet toevoegen").click()
    idle(page)

    go(page, "dashboard")
    clean(page, "dashboard")
    assert page.locator('[data-testid="stMetric"]').count() >= 2
    assert page.get_by_text("Openratio").count() >= 1, "the KPIs the new data answers"
    charts_rendered(page, 2)
    shot(page, "nl-03-dashboard-fresh")

    go(page, "targets")
    clean(page, "targets")
    page.get_by_label("Titel").fill("Meer leads in het eerste halfjaar")
    page.get_by_label("Titel").press("Enter")
    idle(page)
    page.locator('[data-testid="stSelectbox"]').filter(has_text="KPI").first.click()
    page.keyboard.type("Leads")
    page.keyboard.press("Enter")
    idle(page)
    for label, typed, iso in (("Start", "01012025", "2025-01-01"), ("Deadline", "30062025", "2025-06-30")):
        field = page.locator('[data-testid="stDateInput"]').filter(has_text=label).first
        field.locator('[data-type="day"]').click()  # day, month and year are parts of one field, typed in turn
        page.keyboard.type(typed, delay=40)
        page.locator("h1").first.click()  # the field hands its date over when it loses focus
        idle(page)
        assert field.locator("input").input_value() == iso, (label, field.locator("input").input_value())
    value = page.get_by_label("Doelwaarde", exact=False).first
    value.fill("1.200")  # Dutch: twelve hundred
    value.press("Enter")
    idle(page)
    assert page.get_by_label("Doelwaarde", exact=False).first.input_value() == "1.200"
    page.get_by_label("Eigenaar").fill("Sanne")
    page.get_by_label("Eigenaar").press("Enter")
    idle(page)
    shot(page, "nl-04-targets-form")
    page.get_by_role("button", name="Doel opslaan").click()
    idle(page)
    page.get_by_text("Doel opgeslagen: Meer leads in het eerste halfjaar").wait_for(timeout=30_000)
    clean(page, "targets (saved)")
    shot(page, "nl-05-targets-saved")

    go(page, "goal_vs_actual")
    clean(page, "goal vs actual")
    charts_rendered(page, 2)
    assert page.get_by_text("1.200").count() >= 1, "the saved target is 1.200 leads"
    assert "1 jan 2025 t/m 30 jun 2025" in page.locator('[data-testid="stMain"]').inner_text(), "the dates typed"
    shot(page, "nl-06-goal-vs-actual-fresh")
    language(page, "en")
    clean(page, "goal vs actual (en)")
    page.get_by_text("Goal vs actual").first.wait_for(timeout=30_000)
    charts_rendered(page, 2)
    shot(page, "en-06-goal-vs-actual-fresh")
    go(page, "dashboard")
    clean(page, "dashboard (en)")
    shot(page, "en-03-dashboard-fresh")
    every_page(page, "fresh")

    # Google Ads' Overview cards of one week (londonclean01-site/site), values made up: the card by network has no
    # impressions, so adding it after the card by date takes them away, said as a warning of its own.
    go(page, "data")
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    cards = {"Time_series(2026.02.05-2026.02.10).csv": 'Date,Clicks,Impressions,Avg. CPC,Cost\n'
                                                      '"Thu, 5 Feb 2026",10,40,US$1.00,US$10.00\n'
                                                      '"Fri, 6 Feb 2026",20,60,US$1.50,US$30.00\n',
             "Networks(2026.02.05-2026.02.10).csv": "Network,Clicks,Cost,Avg. CPC\nGoogle Search,4,US$6.00,US$1.50\n"
                                                   "Search partners,26,US$34.00,US$1.31\n"}
    for name, text in cards.items():
        (tmp / name).write_text(text)
        page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files([str(tmp / name)])
        page.get_by_text(name).first.wait_for(timeout=60_000)
        idle(page)
    warning = page.locator('[data-testid="stAlert"]').filter(has_text="which this file has no column for")
    warning.first.wait_for(timeout=30_000)
    assert "Impressions (100)" in warning.first.inner_text()
    clean(page, "data (replaced)")
    shot(page, "en-07-data-replaced")

    # Mailchimp's audience zip (its layout in tests/unit/test_archive.py, made-up members): each member file goes in
    # as an upload of its own, the non-subscribed contacts' file left out and said.
    from tests.unit.test_archive import audience_zip

    audience = audience_zip(tmp / "members_export_1a2b3c.zip")
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files([str(audience)])
    page.get_by_text("members_export_1a2b3c.zip › cleaned_members_export_1a2b3c.csv").first.wait_for(timeout=60_000)
    idle(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    for kind in ("subscribed", "unsubscribed", "cleaned"):
        assert f"members_export_1a2b3c.zip › {kind}_members_export_1a2b3c.csv" in main
    assert "never subscribed" in main, "the file left out is said"
    clean(page, "data (audience zip)")
    shot(page, "en-08-data-audience-zip")


def every_page(page, data: str) -> None:
    """Each page in both languages, normal and presenting, with a shot of each (and of a tile's 'why?')."""
    for lang in ("nl", "en"):
        language(page, lang)
        for mode in ("normal", "present"):
            presenting(page, mode == "present")
            for i, name in enumerate(PAGES):
                go(page, name)
                clean(page, f"{name} ({data}, {lang}, {mode})")
                if name in ("dashboard", "goal_vs_actual"):
                    charts_rendered(page, 2 if data == "demo" else 1)
                if mode == "present":
                    side = page.locator('[data-testid="stSidebar"]')
                    assert side.get_by_role("button", name="Demo laden" if lang == "nl" else "Load demo").count() == 0
                    assert page.locator('[data-testid="stFileUploader"]').count() == 0
                shot(page, f"{data}-{lang}-{mode}-{i + 1:02d}-{name}")
                if name == "dashboard" and page.get_by_role("button", name="Waarom?" if lang == "nl" else
                                                            "Why?").count():
                    why(page, lang, f"{data}-{lang}-{mode}-{i + 1:02d}-{name}-why")
        presenting(page, False)


def test_every_page_of_the_demo_in_both_languages_normal_and_presenting(browser):
    url, new_page = browser
    page = new_page()
    page.goto(url)
    idle(page)
    page.get_by_role("button", name="Demo laden").click()
    idle(page)
    assert page.get_by_role("button", name="Waarom?").count() >= 4, "every tile with a change can say why"
    every_page(page, "demo")


def test_every_page_opens_by_deep_link_in_the_chosen_language(browser):
    url, new_page = browser
    titles = {"targets": ("Doelen (SMART)", "Targets (SMART)"), "dashboard": ("Dashboard", "Dashboard"),
              "data": ("Gegevens", "Data"), "funnel": ("Funnelplanner", "Funnel planner"),
              "catalogue": ("KPI-catalogus", "KPI catalogue"), "goal_vs_actual": ("Doel vs. realisatie",
                                                                                 "Goal vs actual"),
              "review": ("Periodereview", "Period review")}
    first = True
    for name, (nl, en) in titles.items():
        for lang, title in (("en", en), ("nl", nl)):
            page = new_page()  # a new session each time, the first one before any other has run app.py
            page.goto(f"{url}/{name}" + ("?lang=en" if lang == "en" else ""))
            idle(page)
            clean(page, f"/{name} ({lang})")
            page.locator("h1").filter(has_text=title).first.wait_for(timeout=30_000)
            # the page runs inside the app: its sidebar is there (drawn in the same run; on a busy machine the
            # browser may show the title first, so the sidebar gets the same time to appear)
            language = page.locator('[data-testid="stSidebar"]').get_by_text("Taal · Language")
            language.first.wait_for(timeout=30_000)
            assert language.count() == 1, "the page runs inside the app: its sidebar is there"
            assert f"/{name}" in page.url
            if first:
                shot(page, f"{lang}-00-deep-link-{name}")
                first = False
            page.close()
