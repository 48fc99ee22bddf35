"""The fast reading path and the exact one give the same rows, the same account of the file and the same errors, on
every format of the real-format corpus (tests/golden/corpus) and on edge cells of a '1,234.56' column; rows read
straight into an engine (read_export(into=...)) are the rows read to Arrow, shown where the reader left them until
they change (store/facts.adopt)."""

from __future__ import annotations

import pytest

from kpi_core.engine import Engine
from kpi_core.errors import KoersError
from kpi_core.ingest import parse, read_export
from kpi_core.ingest.period import given
from kpi_core.workspace import Workspace
from tests.golden.corpus import load_all

CASES = load_all()


def _read(path, period, fast: bool, monkeypatch):
    monkeypatch.setattr(parse, "FAST", fast)
    try:
        return read_export(path, period=given(period))
    except KoersError as e:
        return e


def _same(fast, exact) -> None:
    if isinstance(exact, KoersError):
        assert isinstance(fast, KoersError), fast
        assert (fast.code, fast.info) == (exact.code, exact.info)
        return
    assert not isinstance(fast, KoersError), fast
    assert fast.rows.schema == exact.rows.schema
    # Record-level exports are summed per day (GROUP BY), whose order within a day is DuckDB's: rows as a set.
    assert sorted(fast.rows.to_pylist(), key=repr) == sorted(exact.rows.to_pylist(), key=repr)
    assert fast.info == exact.info
    assert fast.set_aside == exact.set_aside
    assert fast.account == exact.account


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_fast_and_exact_paths_give_identical_rows(tmp_path, monkeypatch, c):
    path = tmp_path / c.filename
    c.make(path)
    _same(_read(path, c.given_period, True, monkeypatch), _read(path, c.given_period, False, monkeypatch))


def _edge_file(tmp_path, cell: str):
    """A Google Ads campaign report of 20 days whose eighth cost cell is `cell`."""
    rows = [f'2025-01-{d:02d},Campaign {d},"{1000 + d:,}",{d},"{d * 1234.5:,.2f}"' for d in range(1, 21)]
    rows[7] = f'2025-01-08,Campaign 8,"1,008",8,"{cell}"'
    path = tmp_path / "edge.csv"
    path.write_text("Campaign report\nJanuary 1, 2025 - January 20, 2025\nDay,Campaign,Impr.,Clicks,Cost\n"
                    + "\n".join(rows) + '\nTotal: Account,,"20,210",210,"259,245.00"\n')
    return path


# Cells of a '1,234.56' column: grouped, plain, signed, with symbols, in the other convention, not numbers at all.
EDGE = ["1,234.56", "12", "1,234,567", "-1,234.5", "+3", ".5", "5.", "1e5", "€1,234.50", "1,234 kr", "(1,234)",
        "12%", " 1,234 ", "1,2,3", "1,234.", "123,456,78", "0,5", "1_000", "--", "", "< 10"]


@pytest.mark.parametrize("cell", EDGE)
def test_fast_and_exact_paths_agree_on_each_cell(tmp_path, monkeypatch, cell):
    path = _edge_file(tmp_path, cell)
    _same(_read(path, None, True, monkeypatch), _read(path, None, False, monkeypatch))


@pytest.mark.parametrize("c", [c for c in CASES if not c.refused][:6], ids=lambda c: c.id)
def test_rows_read_into_an_engine_are_the_rows_read_to_arrow(tmp_path, c):
    path = tmp_path / c.filename
    c.make(path)
    arrow = read_export(path, period=given(c.given_period))
    ws = Workspace(None)
    try:
        resident = read_export(path, period=given(c.given_period), into=ws.engine)
        assert resident.info == arrow.info and resident.set_aside == arrow.set_aside
        assert resident.rows.column_names == arrow.rows.column_names
        assert resident.rows.num_rows == arrow.rows.num_rows
        ws.add_results([resident])
        other = Workspace(None)
        other.add_results([arrow])
        query = "SELECT * EXCLUDE (dataset_id) FROM facts ORDER BY ALL"
        assert ws.engine.rows(query) == other.engine.rows(query)
        other.close()
        # Nothing was copied: the facts show the rows where the reader left them, in one schema of its own.
        assert _readers(ws) == [resident.rows.schema] and _shown(ws) == ["VIEW"]
    finally:
        ws.close()


READERS = "SELECT schema_name FROM duckdb_schemas() WHERE starts_with(schema_name, '_read_') ORDER BY 1"


def _readers(ws) -> list[str]:
    return [s for (s,) in ws.engine.rows(READERS)]


def _shown(ws) -> list[str]:
    """How the column-set tables stand: TABLE, or VIEW over a reader's rows."""
    return [k for (k,) in ws.engine.rows(
        "SELECT 'TABLE' FROM duckdb_tables() WHERE starts_with(table_name, 'facts_cs_') "
        "UNION ALL SELECT 'VIEW' FROM duckdb_views() WHERE starts_with(view_name, 'facts_cs_') ORDER BY 1")]


def _export(path, first: int, last: int, cost: float) -> None:
    days = [f"2025-01-{d:02d},Campaign {c},{100 * d + c},{d + c},{cost + c:.2f}" for d in range(first, last + 1)
            for c in range(3)]
    path.write_text(f"Campaign report\nJanuary {first}, 2025 - January {last}, 2025\nDay,Campaign,Impr.,Clicks,Cost\n"
                    + "\n".join(days) + "\n")


FACTS = "SELECT * EXCLUDE (dataset_id) FROM facts ORDER BY ALL"


def test_facts_shown_where_the_reader_left_them_become_a_table_before_they_change(tmp_path):
    # A newer export of days 5-15 replaces days 5-10 of the first one: the view of the first is made a table, its
    # days deleted there, and the second's rows inserted; nothing of either reader is left.
    first, second = tmp_path / "jan_1_10.csv", tmp_path / "jan_5_15.csv"
    _export(first, 1, 10, 2.0)
    _export(second, 5, 15, 7.0)
    ws, other = Workspace(None), Workspace(None)
    try:
        ws.add_results([read_export(first, into=ws.engine)])
        assert _shown(ws) == ["VIEW"] and len(_readers(ws)) == 1
        (report,) = ws.add_results([read_export(second, into=ws.engine)])
        assert report["status"] == "replaced" and report["days_replaced"] == 6
        assert _shown(ws) == ["TABLE"] and _readers(ws) == []
        other.add_results([read_export(first)])
        other.add_results([read_export(second)])
        assert ws.engine.rows(FACTS) == other.engine.rows(FACTS)
        # Days 1-4 at 2.00 + c and days 5-15 at 7.00 + c, for campaigns c = 0, 1, 2.
        assert ws.engine.rows("SELECT sum(cost) FROM facts") == [(4 * (3 * 2.0 + 3) + 11 * (3 * 7.0 + 3),)]
    finally:
        ws.close()
        other.close()


def test_a_dataset_shown_where_the_reader_left_it_is_removed_with_its_rows(tmp_path):
    path = tmp_path / "jan.csv"
    _export(path, 1, 3, 1.0)
    ws = Workspace(None)
    try:
        (report,) = ws.add_results([read_export(path, into=ws.engine)])
        assert ws.engine.rows("SELECT count(*) FROM facts") == [(9,)]
        ws.remove(report["dataset_id"])
        assert ws.engine.rows("SELECT count(*) FROM facts") == [(0,)]
        assert _readers(ws) == [] and _shown(ws) == []
    finally:
        ws.close()


def test_a_workspace_file_copies_the_rows_and_drops_the_readers_tables(tmp_path):
    path = tmp_path / "jan.csv"
    _export(path, 1, 3, 1.0)
    ws = Workspace(tmp_path / "w.duckdb")
    try:
        ws.add_results([read_export(path, into=ws.engine)])
        assert _shown(ws) == ["TABLE"] and _readers(ws) == []
        assert ws.engine.rows("SELECT count(*), sum(cost) FROM facts") == [(9, 3 * (3 * 1.0 + 3))]
    finally:
        ws.close()


def test_a_refused_file_leaves_nothing_in_the_engine(tmp_path):
    path = tmp_path / "totals_only.csv"
    path.write_text("Campaign report\nJanuary 1, 2025 - January 2, 2025\nDay,Campaign,Impr.,Clicks,Cost\n"
                    "Total: Account,,10,1,2.00\n")
    engine = Engine(None)
    with pytest.raises(KoersError):
        read_export(path, into=engine)
    assert engine.rows("SELECT count(*) FROM duckdb_schemas() WHERE starts_with(schema_name, '_read_')") == [(0,)]
    engine.close()


# Number cells of a workbook: whole, negative, small, long, large, past the limit; text in a number column. (A
# workbook keeps 15 digits of a number, as Excel does.)
BOOK_CELLS = [0, -1.5, 1e-05, 1234567.891, 123456789012345, 2.5e20, 1e300, "12,50", "€ 1.234,56", None]


def test_workbook_number_cells_read_the_same_on_both_paths_and_into_an_engine(tmp_path, monkeypatch):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Campaign report"])
    ws.append(["Day", "Campaign", "Impr.", "Clicks", "Cost"])
    for d in range(1, 21):
        ws.append([f"2025-01-{d:02d}", f"Campaign {d}", 1000 + d, d, d * 1.25])
    for k, cell in enumerate(BOOK_CELLS):
        ws.cell(row=3 + k, column=5).value = cell  # days 1-10 get the edge cells as cost
    path = tmp_path / "edge.xlsx"
    wb.save(path)
    fast, exact = _read(path, None, True, monkeypatch), _read(path, None, False, monkeypatch)
    _same(fast, exact)
    # 1e300 is no figure and '12,50', '€ 1.234,56' are written the other way: the file is refused, on both paths, at
    # the first such row (file row 9, the seventh day).
    assert isinstance(fast, KoersError) and fast.info.get("row") == 9, fast
    for day in (7, 8, 9):
        ws.cell(row=2 + day, column=5).value = float(day)
    wb.save(path)
    fast, exact = _read(path, None, True, monkeypatch), _read(path, None, False, monkeypatch)
    _same(fast, exact)
    cost = {r["date"].day: r["cost"] for r in fast.rows.to_pylist()}
    assert [cost[d] for d in range(1, 7)] == [0, -1.5, 1e-05, 1234567.891, 123456789012345, 2.5e20]
    assert cost[9] == 9.0 and cost[10] is None and cost[20] == 25.0  # an empty cell stays empty
    engine = Workspace(None)
    try:
        resident = read_export(path, into=engine.engine)
        engine.add_results([resident])
        assert engine.engine.rows("SELECT sum(cost) FROM facts") == [(sum(v for v in cost.values() if v),)]
    finally:
        engine.close()


def _builds(path, monkeypatch) -> list[str]:
    """The statements that made the reader's table `t` while `path` was read."""
    import duckdb

    seen, execute = [], duckdb.DuckDBPyConnection.execute

    def spy(con, sql, *args, **kw):
        seen.append(sql)
        return execute(con, sql, *args, **kw)

    with monkeypatch.context() as m:
        m.setattr(duckdb.DuckDBPyConnection, "execute", spy)
        read_export(path)
    return [q for q in seen if " TABLE t AS " in q]


@pytest.mark.parametrize("cell, lean", [("1,234.50", True), ("€1,234.50", False), ("(1,234)", False),
                                        ("--", True), ("< 10", False)])
def test_a_column_is_read_the_lean_way_when_its_sample_allows(tmp_path, monkeypatch, cell, lean):
    """A column whose sample holds plain or grouped figures alone is read once by the lean expressions
    (values.number_sql), which hold none of the currency patterns; one whose sample shows a mark, '%' or parentheses
    is read once the full way."""
    builds = _builds(_edge_file(tmp_path, cell), monkeypatch)
    assert len(builds) == 1
    assert ("EUR|" in builds[0]) is not lean


@pytest.mark.parametrize("cell", ["€1,234.50", "(1,234)", "< 10", "12%"])
def test_a_cell_past_the_sample_the_lean_way_cannot_read_makes_a_second_reading(tmp_path, monkeypatch, cell):
    rows = [f'2025-01-{i % 28 + 1:02d},Campaign {i},"{1000 + i:,}",{i},"{i * 1234.5:,.2f}"' for i in range(3000)]
    rows[2500] = f'2025-01-01,Campaign 2500,"3,500",2500,"{cell}"'
    path = tmp_path / "late.csv"
    path.write_text("Campaign report\nJanuary 1, 2025 - January 28, 2025\nDay,Campaign,Impr.,Clicks,Cost\n"
                    + "\n".join(rows) + "\n")
    builds = _builds(path, monkeypatch)
    assert len(builds) == 2 and "EUR|" not in builds[0] and "EUR|" in builds[1]
    _same(_read(path, None, True, monkeypatch), _read(path, None, False, monkeypatch))
