"""Decimal marks decided on every cell of a column, never on a sample alone: a cell that shows the other convention is
read by its own and named in a warning; a column that mostly shows the other convention is read that way."""

from __future__ import annotations

import pytest

from kpi_core.ingest import read_export


def days(n: int) -> list[str]:
    from datetime import date, timedelta

    return [(date(2025, 1, 1) + timedelta(days=i)).isoformat() for i in range(n)]


def warning(res, code: str) -> dict | None:
    return next((w["params"] for w in res.info["warning_codes"] if w["code"] == code), None)


def test_whole_numbers_first_then_a_decimal_comma_is_not_a_thousand(tmp_path):
    # 2,500 whole costs, then '12,50' (quoted, as a spreadsheet writes it in a comma file): twelve and a half.
    lines = ["Date,Campaign,Clicks,Cost"] + [f"{d},A,1,{i % 7}" for i, d in enumerate(days(2500))]
    lines += ['2031-11-05,A,1,"12,50"', '2031-11-06,A,1,"3,75"']
    f = tmp_path / "costs.csv"
    f.write_text("\n".join(lines) + "\n")
    res = read_export(f)
    costs = res.rows.column("cost").to_pylist()
    assert costs[-2:] == [12.5, 3.75]
    assert sum(costs) == pytest.approx(sum(i % 7 for i in range(2500)) + 16.25)
    # The only cells with a mark show a comma: that is the column's convention, so nothing contradicts it.
    assert warning(res, "ingest.decimal_mixed") is None


def test_a_point_decimal_among_comma_decimals_is_read_as_written_and_named(tmp_path):
    lines = ["Datum;Campagne;Klikken;Kosten"] + [f"{d};A;1;{i},25" for i, d in enumerate(days(2200))]
    lines += ["2031-01-01;A;1;12.50", "2031-01-02;A;1;1.250"]  # a point decimal; a thousand, as ';' files write it
    f = tmp_path / "kosten.csv"
    f.write_text("\n".join(lines) + "\n")
    res = read_export(f)
    assert res.rows.column("cost").to_pylist()[-3:] == [2199.25, 12.5, 1250]
    assert warning(res, "ingest.decimal_mixed") == {"column": "Kosten", "count": 1, "rows": "2202", "mark": ".",
                                                     "usual": ","}


def test_thousands_groups_stay_thousands_and_raise_no_warning(tmp_path):
    f = tmp_path / "us.csv"
    f.write_text('Date,Campaign,Clicks,Cost\n2025-01-01,A,"1,204","1,234.56"\n2025-01-02,A,3,"12.50"\n')
    res = read_export(f)
    assert res.rows.column("cost").to_pylist() == [1234.56, 12.5]
    assert res.rows.column("clicks").to_pylist() == [1204, 3]
    assert warning(res, "ingest.decimal_mixed") is None


def test_a_column_decided_on_all_its_cells_not_its_first_rows(tmp_path):
    # The first 2,000 rows say '0.5' (a point), the 3,000 after them '1.234,56' (a comma with thousands groups):
    # the column is a comma column; the point rows are the exceptions, read as written and named.
    lines = ["Date,Campaign,Clicks,Cost"] + [f"{d},A,1,0.5" for d in days(2000)]
    lines += [f'{d},A,1,"1.234,56"' for d in days(5000)[2000:]]
    f = tmp_path / "mixed.csv"
    f.write_text("\n".join(lines) + "\n")
    res = read_export(f)
    assert sum(res.rows.column("cost").to_pylist()) == pytest.approx(2000 * 0.5 + 3000 * 1234.56)
    w = warning(res, "ingest.decimal_mixed")
    assert w["count"] == 2000 and w["usual"] == "," and w["rows"].startswith("2, 3, 4, 5, 6")
