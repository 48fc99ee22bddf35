"""Numbers typed into the real widgets are read in the interface language and shown back formatted; a number in
the other notation is asked about and nothing is stored until the person answers."""

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(tmp_path, demo_copy):
    path = tmp_path / "n.duckdb"
    demo_copy(path, "nl")
    return path


def page(name: str, ws, lang: str, **state) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{name}.py"), default_timeout=60)
    at.session_state["koers.lang"] = lang
    at.session_state["koers.workspace"] = str(ws)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def fill_target(at, kpi: str, value: str):
    at.text_input(key="targets.title").input("Doel")
    at.selectbox(key="targets.kpi").set_value(kpi)
    at.run()
    at.text_input(key="targets.value").input(value)
    at.text_input(key="targets.owner").input("Sanne")
    at.text_input(key="targets.agreed_by").input("Directie")
    at.date_input(key="targets.start").set_value(dt.date(2025, 4, 1))
    at.date_input(key="targets.deadline").set_value(dt.date(2025, 6, 30))
    return at.run()


@pytest.mark.parametrize("lang, typed, shown, stored", [
    ("nl", "150.000", "150.000", 150000), ("nl", "1.234,56", "1.234,56", 1234.56),
    ("nl", "1234,56", "1.234,56", 1234.56),
    ("en", "150,000", "150,000", 150000), ("en", "1,234.56", "1,234.56", 1234.56), ("en", "150000", "150,000", 150000),
])
def test_a_target_value_means_what_it_says(demo, lang, typed, shown, stored):
    before = len(Workspace(demo).targets())
    at = fill_target(page("targets", demo, lang), "revenue", typed)
    assert not at.exception
    assert at.text_input(key="targets.value").value == shown, "shown back in the language's notation"
    at.button(key="targets.save").click().run()
    assert not at.exception
    after = Workspace(demo).targets()
    assert len(after) == before + 1 and after[-1]["target"] == pytest.approx(stored)


@pytest.mark.parametrize("lang, typed, meant, button", [("nl", "1.5", 1.5, "Ja, 1,5"), ("en", "1,5", 1.5, "Yes, 1.5"),
                                                        ("nl", "1,234.56", 1234.56, "Ja, 1.234,56")])
def test_a_number_in_the_other_notation_is_asked_about_and_never_guessed(demo, lang, typed, meant, button):
    at = fill_target(page("targets", demo, lang), "roas", typed)
    assert not at.exception
    assert at.warning and any(("Bedoel je" if lang == "nl" else "Did you mean") in w.value for w in at.warning)
    assert at.button(key="targets.save").disabled, "nothing to save while the question is open"
    ask = at.button(key="targets.value.use")
    assert ask.label == button
    ask.click().run()
    assert not at.exception
    assert not at.button(key="targets.save").disabled
    at.button(key="targets.save").click().run()
    assert Workspace(demo).targets()[-1]["target"] == pytest.approx(meant)


def test_a_percent_target_is_typed_in_percent(demo):
    at = fill_target(page("targets", demo, "nl"), "ctr", "2,5")
    at.button(key="targets.save").click().run()
    assert Workspace(demo).targets()[-1]["target"] == pytest.approx(0.025)


def test_switching_language_keeps_the_number_and_rewrites_it(demo):
    at = fill_target(page("targets", demo, "nl"), "revenue", "150.000")
    at.session_state["koers.lang"] = "en"
    at.run()
    assert not at.exception
    assert at.text_input(key="targets.value").value == "150,000"
    at.button(key="targets.save").click().run()
    assert Workspace(demo).targets()[-1]["target"] == pytest.approx(150000)


def test_thresholds_are_typed_in_the_language_too(demo):
    at = fill_target(page("targets", demo, "nl"), "leads", "200")
    at.text_input(key="targets.on_track").input("97,5")
    at.text_input(key="targets.at_risk").input("80")
    at.run()
    at.button(key="targets.save").click().run()
    assert Workspace(demo).targets()[-1]["thresholds"] == {"on_track": 0.975, "at_risk": 0.8}


@pytest.mark.parametrize("lang, typed, stored", [("nl", "1.250,5", 1250.5), ("en", "1,250.5", 1250.5),
                                                 ("nl", "12", 12.0)])
def test_a_checkin_value_is_read_in_the_language(demo, lang, typed, stored):
    tid = next(t["id"] for t in Workspace(demo).targets() if t["kpi"] == "revenue")
    at = page("targets", demo, lang)
    at.text_input(key=f"targets.ci_value.{tid}").input(typed)
    at.text_area(key=f"targets.ci_note.{tid}").input("Tussenstand")
    label = "Check-in toevoegen" if lang == "nl" else "Add check-in"
    at.button(key=f"FormSubmitter:targets.checkin.{tid}-{label}").click().run()
    assert not at.exception
    (ci,) = Workspace(demo).checkins(tid)
    assert ci["value"] == pytest.approx(stored)


def test_an_unclear_checkin_value_saves_nothing(demo):
    tid = next(t["id"] for t in Workspace(demo).targets() if t["kpi"] == "revenue")
    at = page("targets", demo, "nl")
    at.text_input(key=f"targets.ci_value.{tid}").input("1.5")
    at.text_area(key=f"targets.ci_note.{tid}").input("Tussenstand")
    at.button(key=f"FormSubmitter:targets.checkin.{tid}-Check-in toevoegen").click().run()
    assert not at.exception
    assert Workspace(demo).checkins(tid) == []
    assert any("Bedoel je 1,5" in w.value for w in at.warning)


@pytest.mark.parametrize("lang, target, ratio", [("nl", "1.000", "2,5"), ("en", "1,000", "2.5")])
def test_funnel_target_and_ratios_are_read_in_the_language(demo, lang, target, ratio):
    at = page("funnel", demo, lang, **{"funnel.kpi": "new_customers"})
    assert not at.exception
    at.text_input(key="funnel.target").input(target).run()
    assert not at.exception
    customers = {m.label: m.value for m in at.metric}
    at.text_input(key="funnel.ratio.mql_to_customer").input(ratio).run()  # 2.5% of MQLs become customers
    assert not at.exception
    mqls = next(m.value for m in at.metric if m.label in ("MQL's", "MQLs"))
    assert mqls == ("40.000" if lang == "nl" else "40,000"), customers  # 1,000 / 2.5%


def test_the_funnel_shows_ratios_in_percent_and_money_not_raw_fractions(demo):
    at = page("funnel", demo, "nl", **{"funnel.kpi": "new_customers"})
    values = {t.key: t.value for t in at.text_input if t.key and t.key.startswith("funnel.ratio.")}
    assert values, "the ratios are offered"
    for key, text in values.items():
        assert "." not in text.split(",")[0] or len(text.split(",")[0].split(".")[-1]) == 3, (key, text)
        if key.endswith(("cpc", "cost_per_lead")):
            assert float(text.replace(".", "").replace(",", ".")) > 0.01


def test_exchange_rates_are_typed_in_the_language(demo):
    at = page("data", demo, "nl")
    at.selectbox(key="data.rate_cur").set_value("USD")
    at.selectbox(key="data.rate_month").set_value(dt.date(2025, 1, 1)) if dt.date(2025, 1, 1) in at.selectbox(
        key="data.rate_month").options else None
    at.text_input(key="data.rate_other_value").input("0,92")
    at.run()
    at.button(key="data.rates_save").click().run()
    assert not at.exception
    rates = Workspace(demo).rates()
    assert [r["rate"] for r in rates if r["from"] == "USD"] == [pytest.approx(0.92)]


@pytest.mark.parametrize("lang, typed", [("nl", "(Omzet - Inkoopwaarde) / Advertentiekosten"),
                                         ("en", "(Revenue - Cost of goods sold) / Ad spend")])
def test_a_custom_formula_takes_the_names_of_the_language(demo, lang, typed):
    at = page("catalogue", demo, lang)
    at.text_input(key="cat.formula").input(typed)
    at.text_input(key="cat.name").input("Marge-ROAS")
    at.run()
    assert not at.exception
    assert at.success
    at.button(key="cat.save").click().run()
    (body,) = Workspace(demo).custom_kpi_bodies()
    assert body["formula"] == "(revenue - cogs) / cost"


def test_a_formula_error_points_into_what_was_typed_by_name(demo):
    at = page("catalogue", demo, "nl")
    at.text_input(key="cat.formula").input("Omzet / Bestelingen").run()
    assert not at.exception
    (err,) = at.error
    assert "'Bestelingen' op positie 9 is geen basismaat" in err.value
    assert "orders" not in err.value and "revenue" not in err.value


def test_presenting_a_funnel_shows_no_empty_fields_and_asks_nothing(tmp_path):
    """Only CRM data: the ad ratios are unknown. A client sees what is known, no empty boxes to fill."""
    ws = Workspace(tmp_path / "crm.duckdb")
    ws.add_files([ROOT / "sample_data" / "hubspot_contacts.csv"])
    at = AppTest.from_file(str(ROOT / "pages" / "funnel.py"), default_timeout=60)
    at.session_state["koers.workspace"] = str(ws.path)
    at.session_state["koers.present"] = True
    at.run()
    assert not at.exception
    fields = [w.key for w in at.text_input if w.key and w.key.startswith("funnel.ratio.")]
    assert fields == ["funnel.ratio.lead_to_mql", "funnel.ratio.mql_to_customer"], fields
    warning = " ".join(w.value for w in at.warning)
    assert "Uit deze gegevens niet te berekenen" in warning and "Vul ze" not in warning
    at.session_state["koers.present"] = False
    at.run()
    keys = [w.key for w in at.text_input if w.key and w.key.startswith("funnel.ratio.")]
    assert "funnel.ratio.cpc" in keys and "Vul ze hierboven in" in " ".join(w.value for w in at.warning)


def _add(ws_path, path) -> None:
    ws = Workspace(ws_path)
    try:
        ws.add_files([path])
    finally:
        ws.close()


def _data_page_after(demo, path, text: str, lang: str = "nl") -> AppTest:
    """The data page of the demo workspace once a file of this text is added to it."""
    path.write_text(text)
    _add(demo, path)
    return page("data", demo, lang)


def test_a_file_in_several_currencies_is_said_not_offered_rates(demo, tmp_path):
    from tests.unit.test_money import PIPEDRIVE_TWO_CURRENCIES

    at = _data_page_after(demo, tmp_path / "deals-1234567-91.csv", PIPEDRIVE_TWO_CURRENCIES)
    said = " ".join(w.value for w in at.warning).replace("\\", "")  # the page escapes file text as markdown
    assert "deals-1234567-91.csv (EUR, GBP)" in said and "één valuta per bestand" in said
    assert not [k for k in (t.key for t in at.text_input) if k and k.startswith("data.rate.GBP")]


def test_the_data_page_says_which_files_money_is_read_in_the_workspaces_currency(demo, tmp_path):
    # A sheet of costs without a currency column was summed in euros without a word.
    at = _data_page_after(demo, tmp_path / "kosten_zonder_valuta.csv",
                          "Date,Campaign,Clicks,Cost\n2025-03-01,A,10,5.00\n")
    said = " ".join(c.value for c in at.caption).replace("\\", "")
    assert "kosten_zonder_valuta.csv" in said and "gelezen als EUR, de valuta van de werkruimte" in said


def test_money_in_a_currency_without_rates_asks_a_rate_for_each_of_its_months(demo, tmp_path):
    # The page said 'missing: -' and offered no field until one rate of the currency was in.
    at = _data_page_after(demo, tmp_path / "uk.csv", "Date,Campaign,Clicks,Cost (GBP)\n2025-01-10,A,10,100.00\n"
                                                    "2025-02-10,A,20,50.00\n", "en")
    said = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "missing: GBP 2025-01, GBP 2025-02" in said, said
    keys = [k for k in (t.key for t in at.text_input) if k and k.startswith("data.rate.GBP")]
    assert keys == ["data.rate.GBP.2025-01", "data.rate.GBP.2025-02"]
    at.text_input(key="data.rate.GBP.2025-01").input("1.18")
    at.text_input(key="data.rate.GBP.2025-02").input("1.2")
    at.run()
    at.button(key="data.rates_save").click().run()
    assert not at.exception
    assert sorted((r["month"], r["rate"]) for r in Workspace(demo).rates() if r["from"] == "GBP") == [
        ("2025-01", pytest.approx(1.18)), ("2025-02", pytest.approx(1.2))]
