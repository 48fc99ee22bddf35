"""The comparison windows every page and command uses (kpi_core/windows.py), counted by hand."""

from datetime import date as D

import pytest

from kpi_core.windows import compare_to, previous, year_before


@pytest.mark.parametrize("lo, hi, before", [
    (D(2025, 3, 1), D(2025, 3, 31), (D(2025, 2, 1), D(2025, 2, 28))),  # a month: the month before
    (D(2025, 4, 1), D(2025, 6, 30), (D(2025, 1, 1), D(2025, 3, 31))),  # a quarter: the quarter before
    (D(2025, 1, 1), D(2025, 12, 31), (D(2024, 1, 1), D(2024, 12, 31))),  # a year: the year before
    (D(2025, 3, 1), D(2025, 3, 10), (D(2025, 2, 1), D(2025, 2, 10))),  # month to date: same days before
    (D(2025, 3, 1), D(2025, 3, 31), (D(2025, 2, 1), D(2025, 2, 28))),
    (D(2025, 4, 1), D(2025, 5, 15), (D(2025, 1, 1), D(2025, 2, 15))),  # quarter to date
    (D(2024, 1, 1), D(2024, 2, 29), (D(2023, 11, 1), D(2023, 12, 31))),  # two whole months
    (D(2025, 1, 1), D(2025, 5, 10), (D(2024, 1, 1), D(2024, 5, 10))),  # year to date: last year's same days
    (D(2025, 1, 1), D(2025, 3, 10), (D(2024, 10, 1), D(2024, 12, 10))),  # in its first quarter: quarter to date
    (D(2025, 1, 10), D(2025, 1, 16), (D(2025, 1, 3), D(2025, 1, 9))),  # a week: the 7 days before
])
def test_previous(lo, hi, before):
    assert previous(lo, hi) == before == compare_to(lo, hi, "previous")


def test_year_before_keeps_whole_months_whole():
    assert year_before(D(2025, 2, 1), D(2025, 2, 28)) == (D(2024, 2, 1), D(2024, 2, 29))  # leap February
    assert year_before(D(2024, 2, 1), D(2024, 2, 29)) == (D(2023, 2, 1), D(2023, 2, 28))
    assert year_before(D(2025, 3, 5), D(2025, 3, 9)) == (D(2024, 3, 5), D(2024, 3, 9))
    assert compare_to(D(2025, 3, 5), D(2025, 3, 9), "none") is None
