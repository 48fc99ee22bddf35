"""The fast way of turning a workbook's cells into text (excel.FAST: by kind, numbers in bulk) gives what the exact
way, _text cell by cell, gives: the same records, sheet and sheet names from read_workbook, and the same rows, account
of the file and errors from read_export, for workbooks holding every kind of cell, for the real-format corpus's
workbooks, and for each number on its own."""

from __future__ import annotations

import datetime as dt
import math
import random
import struct

import numpy as np
import openpyxl
import pytest
from openpyxl.cell import _writer

from kpi_core.errors import KoersError
from kpi_core.ingest import excel, read_export
from kpi_core.ingest.period import given
from kpi_core.ingest.values import NUMBER_MARK
from tests.golden.corpus import load_all

WORKBOOKS = [c for c in load_all() if c.filename.endswith(".xlsx")]


def both(monkeypatch, read):
    """(fast, exact): what read() gives with each way; a KoersError as its (code, info)."""
    out = []
    for fast in (True, False):
        monkeypatch.setattr(excel, "FAST", fast)
        try:
            r = read()
        except KoersError as e:
            r = (e.code, e.info)
        out.append(r)
    return out


def same_export(monkeypatch, path, period=None):
    fast, exact = both(monkeypatch, lambda: read_export(path, period=given(period) if period else None))
    if isinstance(exact, tuple):
        assert fast == exact
        return exact
    assert fast.rows.schema == exact.rows.schema
    assert sorted(fast.rows.to_pylist(), key=repr) == sorted(exact.rows.to_pylist(), key=repr)
    assert (fast.info, fast.set_aside, fast.account) == (exact.info, exact.set_aside, exact.account)
    return exact


def same_records(monkeypatch, path):
    fast, exact = both(monkeypatch, lambda: excel.read_workbook(path, path.name))
    assert fast == exact
    return exact


# Numbers as a sheet holds them: whole and not, 0.1 + 0.2, beyond 2**53 and 2**63, tiny, signed, with 1 to 17 digits.
FIGURES = [0, -0.0, 7, -7, 12.5, -12.5, 0.1 + 0.2, 1 / 3, -2 / 3, 1458.2, 1458.20000001, 0.0001, 0.00009999, 1e-05,
           5e-324, 2.2250738585072014e-308, 123456789012345.6, 999999999999999.9, 1e15 + 0.5, 2**53 + 1.0, 2**63,
           2**63 - 1024.0, 2**70, -(2**64), 10**20, 1.7976931348623157e308, 3.14159, 4.35, 1.005, 2.675, 57650604.56]


def every_kind(path, start_column: int = 1):
    """A campaign report: title and date range above the header, one row per kind of cell, a totals row."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["Exported for the review", dt.date(2025, 1, 31)])
    ws = wb.create_sheet("Campaign report ✓")
    rows = [["Campaign report"], ["January 1, 2025 - January 31, 2025"], [],
            ["Day", "Campaign", "Impr.", "Clicks", "Cost", "Note"]]
    texts = ["1.234", "00123", "1,234.50", "-5", "  12  ", "Café ☕ 東京 📈", "שלום", "", "   ", "TRUE", "#N/A",
             "2025-01-02"]
    others = [True, False, dt.time(13, 45), dt.time(0, 0, 1), dt.timedelta(days=1, hours=2), dt.date(2025, 1, 5),
              dt.datetime(2025, 1, 6, 0, 0), dt.datetime(2025, 1, 6, 23, 59, 59), "#DIV/0!", "#REF!", None]
    for i, figure in enumerate(FIGURES + texts + others):
        day = dt.datetime(2025, 1, 1 + i % 28) if i % 3 else f"2025-01-{1 + i % 28:02d}"
        cost = figure if isinstance(figure, float) and math.isfinite(figure) and abs(figure) < 1e9 else 10.25 + i
        rows.append([day, f"Campaign {i % 4}", 1000 + i, i % 7, cost, figure])
    rows[-3][3] = None  # an empty cell inside the table
    rows.append(["Total: Account", None, "1,004,407,239", 1234, "57,650,604.56"])
    for row in rows:
        ws.append([None] * (start_column - 1) + row)
    ws.cell(row=2, column=start_column + 8, value="#VALUE!")  # an error cell past the table's last column
    with pytest.MonkeyPatch.context() as m:  # every digit, as Excel writes it (openpyxl writes 0.1 + 0.2 as 0.3)
        m.setattr(_writer, "safe_string", lambda v, s=_writer.safe_string: repr(v) if type(v) in (int, float) else s(v))
        wb.save(path)
    return path


@pytest.mark.parametrize("start_column", [1, 3])
def test_a_workbook_of_every_kind_of_cell_reads_the_same_both_ways(tmp_path, monkeypatch, start_column):
    path = every_kind(tmp_path / "report.xlsx", start_column)
    records, sheet, names = same_records(monkeypatch, path)
    assert sheet == "Campaign report ✓" and names == ["Notes", "Campaign report ✓"]
    cells = {c for row in records for c in row}
    n = NUMBER_MARK
    assert {n + "0.30000000000000004", n + "1e-05", n + "1180591620717411303424", n + "-7", n + "0", n + "1458.2",
            "1.234", "00123", "TRUE", "FALSE", "#DIV/0!", "#VALUE!", "13:45:00", "1 day, 2:00:00", "2025-01-06",
            "2025-01-06 23:59:59", "Café ☕ 東京 📈", "  12  "} <= cells
    assert records[0][:start_column] == [""] * (start_column - 1) + ["Campaign report"]
    same_export(monkeypatch, path)


def test_each_block_of_rows_reads_the_same_however_the_rows_are_cut(tmp_path, monkeypatch):
    path = every_kind(tmp_path / "report.xlsx", 2)
    exact = same_records(monkeypatch, path)
    for cells in (1, 7, 60, 10**6):
        monkeypatch.setattr(excel, "BLOCK_CELLS", cells)
        assert same_records(monkeypatch, path) == exact


@pytest.mark.parametrize("limit", [1, 30, 53])
def test_a_sheet_past_the_row_limit_is_refused_the_same_both_ways(tmp_path, monkeypatch, limit):
    path = every_kind(tmp_path / "report.xlsx")
    monkeypatch.setattr(excel, "check_xlsx", lambda path, file: {})  # the limit met while reading, not before
    monkeypatch.setattr(excel, "max_rows", lambda: limit)
    monkeypatch.setattr(excel, "BLOCK_CELLS", 50)
    fast, exact = both(monkeypatch, lambda: excel.read_workbook(path, "report.xlsx"))
    assert fast == exact and exact[0] == "ingest.excel_too_many_rows"


def test_a_data_table_on_a_later_sheet_is_chosen_the_same_both_ways(tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    wb.active.title = "Figures"
    for r in range(40):
        wb.active.append([r * 0.5, r, f"{r}"])
    data = wb.create_sheet("Data")
    data.append(["Date", "Campaign", "Clicks", "Cost"])
    data.append([dt.datetime(2025, 3, 1), "Brand", 50, 12.5])
    data.append([dt.datetime(2025, 3, 2), "Brand", 60, 0.1 + 0.7])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert same_records(monkeypatch, path)[1] == "Data"
    same_export(monkeypatch, path)


@pytest.mark.parametrize("c", WORKBOOKS, ids=[c.id for c in WORKBOOKS])
def test_the_corpus_workbooks_read_the_same_both_ways(tmp_path, monkeypatch, c):
    path = tmp_path / c.filename
    c.make(path)
    same_records(monkeypatch, path)
    same_export(monkeypatch, path, c.given_period)


def edge_numbers() -> list[float]:
    """Numbers at each edge of the bulk writing (1e-4, 1e15, 2**53, 2**63, 15 digits) and either side of it,
    non-numbers, and random ones: figures of 0 to 17 decimals and any 64 bits."""
    rng = random.Random(11)
    edges = [1e-4, 1e15, 2.0**53, 2.0**63, 123456789012345.0, 0.123456789012345, 0.000123456789012345, 1e-16, 1.0]
    out = [0.0, -0.0, math.nan, math.inf, -math.inf, *FIGURES]
    for e in edges:
        for v in (e, -e):
            out += [v, np.nextafter(v, 0), np.nextafter(v, math.inf), np.nextafter(v, -math.inf), v + 0.5, v / 3]
    for _ in range(20_000):
        out.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 17)))
        out.append(rng.randint(-10**15, 10**15) / 10 ** rng.randint(0, 19))
        out.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
        out.append(rng.uniform(-10, 10) * 10.0 ** rng.randint(-8, 20))
    return [float(v) for v in out]


def test_each_number_is_written_as_text_exactly_as_one_at_a_time():
    values = edge_numbers()
    assert list(excel._numbers(np.array(values))) == [excel._text(v) for v in values]


def test_figures_of_at_most_15_digits_are_written_in_bulk(monkeypatch):
    # The speed of the fast path: no figure an export holds (counts, money, rates) goes through _text.
    calls = []
    monkeypatch.setattr(excel, "_text", lambda v: calls.append(v) or "")
    rng = random.Random(5)
    figures = [rng.randint(0, 10**6) / 10 ** rng.randint(0, 4) for _ in range(10_000)]
    figures += [-12.5, 0.0035, 1e13 + 0.5, 0.000123456789012345]
    excel._numbers(np.array(figures, dtype=float))
    assert calls == []
