"""The currency written beside each figure ('£7.52', '€ 1.234,56', '৳1,234.50') says the file's currency when no
column or header names one: it was read as a figure before, but the amounts were then shown in the workspace's
currency, a dollar file in euros."""

import pytest

from kpi_core.ingest import read_export


def said(result) -> dict:
    return {w["code"]: w["params"] for w in result.info["warning_codes"]}


@pytest.mark.parametrize("cells, code, marks", [
    (["$1,234.50", "$99.00"], "USD", "$"),
    (["€ 1.234,50", "€ 99,00"], "EUR", "€"),
    (["৳1,234.50", "৳99.00"], "BDT", "৳"),  # taka, as a Bangladeshi shop's sales report writes it
    (["1234.50 EUR", "99.00 EUR"], "EUR", "EUR"),
    (["US$1,234.50", "US$99.00"], "USD", "US$"),
    (["R$ 1.234,50", "R$ 99,00"], "BRL", "R$"),
    (["1234.50 Kč", "99 Kč"], "CZK", "Kč"),
])
def test_the_mark_beside_the_figures_names_the_currency(write, cells, code, marks):
    text = "Date,Orders,Net sales\n" + "".join(f'2025-01-0{i + 1},{i + 2},"{c}"\n' for i, c in enumerate(cells))
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] == code
    assert said(r)["ingest.currency_from_marks"] == {"currency": code, "marks": marks}  # as the file writes it
    assert r.rows.to_pandas()["revenue"].sum() == pytest.approx(1234.50 + 99.00)


def test_two_currencies_beside_the_figures_are_said_and_none_is_chosen(write):
    text = "Date,Orders,Net sales\n2025-01-01,1,$10.00\n2025-01-02,1,€20.00\n"
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] is None
    assert said(r)["ingest.mixed_currency"] == {"currencies": "EUR, USD"}
    assert r.rows.to_pandas()["revenue"].sum() == pytest.approx(30.0)


def test_a_mark_past_the_first_rows_is_found_and_a_second_one_said(write):
    rows = "2025-01-01,1,$1.00\n" * 2500 + "2025-01-02,1,£5.00\n"
    r = read_export(write("sales.csv", "Date,Orders,Net sales\n" + rows))
    assert r.info["currency"] is None and said(r)["ingest.mixed_currency"] == {"currencies": "GBP, USD"}


@pytest.mark.parametrize("cells", [["1234.50", "99"], ["1234,50 kr", "99 kr"], ["1234,50 kn", "99 kn"]])
def test_plain_figures_or_a_mark_of_several_currencies_name_none(write, cells):
    # 'kr' is written by Swedish, Norwegian, Danish and Icelandic shops alike.
    text = "Datum;Orders;Omzet\n" + "".join(f"0{i + 1}-01-2025;1;{c}\n" for i, c in enumerate(cells))
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] is None and "ingest.currency_from_marks" not in said(r)


def test_a_currency_column_still_comes_first(write):
    text = "Date,Orders,Net sales,Currency\n2025-01-01,1,$10.00,CAD\n2025-01-02,1,$20.00,CAD\n"
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] == "CAD" and "ingest.currency_from_marks" not in said(r)


def test_a_mark_of_several_currencies_beside_another_is_said_as_mixed(write):
    text = "Date,Orders,Net sales\n2025-01-01,1,€10.00\n2025-01-02,2,20.00 kr\n"
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] is None and said(r)["ingest.mixed_currency"] == {"currencies": "EUR, kr"}


@pytest.mark.parametrize("cells, code, marks", [
    (["1 234,50 kr", "99,00 SEK"], "SEK", "SEK, kr"),  # a Swedish shop writes both
    (["NOK 1 234,50", "99,00 kr."], "NOK", "NOK, kr."),
])
def test_a_mark_of_several_currencies_beside_the_code_of_one_is_that_one(write, cells, code, marks):
    text = "Datum;Orders;Omzet\n" + "".join(f"0{i + 1}-01-2025;1;{c}\n" for i, c in enumerate(cells))
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] == code and r.info["currencies"] == []
    assert said(r)["ingest.currency_from_marks"] == {"currency": code, "marks": marks}
    assert r.rows.to_pandas()["revenue"].sum() == pytest.approx(1234.50 + 99.00)
    # Beside two codes it could stand for, it is still a mark of its own.
    r = read_export(write("sales.csv", text + "03-01-2025;1;5,00 DKK\n"))
    assert r.info["currency"] is None and r.info["currencies"] == sorted([code, "DKK", "kr"])


def test_a_count_beside_a_code_names_no_currency(write):
    # 'ALL' is the Albanian lek's code, and 'all' a word a count may stand beside: only money columns are looked at.
    text = "Date,Clicks,Cost\n2025-01-01,5 ALL,3.00\n2025-01-02,7 ALL,4.00\n"
    r = read_export(write("ads.csv", text))
    assert r.info["currency"] is None and "ingest.currency_from_marks" not in said(r)


def test_one_local_mark_written_two_ways_is_one(write):
    text = "Date,Orders,Net sales\n2025-01-01,1,12 kr\n2025-01-02,2,13 Kr.\n"
    r = read_export(write("sales.csv", text))
    assert r.info["currency"] is None and said(r) == {}


def test_a_count_of_bounces_beside_a_code_names_no_currency(write):
    text = ("Title,Send Date,Total Recipients,Successful Deliveries,Soft Bounces,Times Forwarded\n"
            "A,\"Jan 07, 2025 10:00 am\",100,90,7 ALL,0\n")
    r = read_export(write("campaigns.csv", text))
    assert r.info["source"] == "mailchimp" and r.info["currency"] is None
