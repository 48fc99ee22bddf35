"""Numbers people type are read in their interface language; a number in the other notation is a question."""

import pytest

from kpi_core.i18n import NumberReading, fmt_input, formula_from_words, formula_in_words, parse_number


@pytest.mark.parametrize("text, value", [
    ("150.000", 150000), ("1.234,56", 1234.56), ("1234,56", 1234.56), ("1,5", 1.5), (",5", 0.5), ("12", 12),
    ("1.000.000", 1e6), ("12 500", 12500), ("12\u00a0500,25", 12500.25), ("€ 1.250", 1250), ("-3,5", -3.5),
    ("5%", 5), ("2,5×", 2.5), (" 7 ", 7), ("1.234", 1234),
])
def test_dutch_numbers_read_the_dutch_way(text, value):
    assert parse_number(text, "nl") == NumberReading(pytest.approx(value))


@pytest.mark.parametrize("text, value", [
    ("150,000", 150000), ("1,234.56", 1234.56), ("1234.56", 1234.56), ("1.5", 1.5), (".5", 0.5),
    ("1,000,000", 1e6), ("$1,250.50", 1250.5), ("-3.5", -3.5), ("150.000", 150), ("1,234", 1234),
])
def test_english_numbers_read_the_english_way(text, value):
    assert parse_number(text, "en") == NumberReading(pytest.approx(value))


@pytest.mark.parametrize("text, lang, meant", [
    ("1.5", "nl", 1.5), ("0.25", "nl", 0.25), ("1,234.56", "nl", 1234.56), ("12.5%", "nl", 12.5),
    ("1,5", "en", 1.5), ("1.234,56", "en", 1234.56), ("0,8", "en", 0.8),
])
def test_a_number_only_in_the_other_notation_is_asked_about_not_taken(text, lang, meant):
    r = parse_number(text, lang)
    assert r.value is None and r.meant == pytest.approx(meant)


@pytest.mark.parametrize("text", ["abc", "1.2.3", "1,,5", "12-3", "1.23.456,7,8"])
def test_what_is_no_number_is_neither_read_nor_offered(text):
    assert parse_number(text, "nl") == NumberReading(None) and parse_number(text, "en") == NumberReading(None)


def test_an_empty_field_is_empty():
    assert parse_number("  ", "nl").empty and parse_number(None, "en").empty


@pytest.mark.parametrize("value, nl, en", [
    (150000, "150.000", "150,000"), (1234.56, "1.234,56", "1,234.56"), (0.05, "0,05", "0.05"), (-2.5, "-2,5", "-2.5"),
    (7.0, "7", "7"),
])
def test_a_read_number_is_shown_back_in_the_same_notation(value, nl, en):
    assert (fmt_input(value, "nl"), fmt_input(value, "en")) == (nl, en)
    assert parse_number(nl, "nl").value == pytest.approx(value) and parse_number(en, "en").value == pytest.approx(value)


@pytest.mark.parametrize("typed, lang, ids", [
    ("Omzet / Bestellingen", "nl", "revenue / orders"),
    ("(Conversiewaarde - Advertentiekosten) / kosten", "nl", "(conversion_value - cost) / cost"),
    ("E-mails verzonden / E-mails afgeleverd * 1,21", "nl", "emails_sent / emails_delivered * 1.21"),
    ("Unieke klikken (e-mail) / Unique opens", "en", "unique_clicks / unique_opens"),
    ("MQL's / leads", "nl", "mqls / leads"),
    ("(revenue - cogs) / cost", "en", "(revenue - cogs) / cost"),
    ("Conversion value / Ad spend", "en", "conversion_value / cost"),
])
def test_formulas_take_dutch_and_english_names(typed, lang, ids):
    assert formula_from_words(typed, lang)[0] == ids


def test_formula_positions_point_into_what_was_typed():
    ids, back = formula_from_words("Omzet / Bestellingen +", "nl")
    assert ids == "revenue / orders +"
    assert back[ids.index("orders")] == 9  # 'Bestellingen' starts at character 9 of the typed text
    assert back[-1] == 22


def test_formulas_read_in_names():
    assert formula_in_words("(conversion_value - cost) / cost", "nl") == (
        "(Conversiewaarde - Advertentiekosten) / Advertentiekosten")
    assert formula_in_words("1000 * cost / impressions", "en") == "1000 * Ad spend / Impressions"
    assert formula_in_words("revenue * 0.5", "nl") == "Omzet * 0,5"
    assert formula_from_words(formula_in_words("revenue * 0.5", "nl"), "nl")[0] == "revenue * 0.5"
