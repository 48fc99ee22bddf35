"""Workbooks are read in bounded time and memory: hostile .xlsx files are refused before any parser opens them.

The hostile files are written here, part by part, as the zip and XML they are; none is kept in the repository.
"""

import datetime as dt
import json
import subprocess
import sys
import textwrap
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import excel, read_export
from kpi_core.ingest.excel import read_workbook
from kpi_core.ingest.values import NUMBER_MARK

ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(path: Path, sheets: dict, strings=None, level: int = 6) -> Path:
    """A workbook from raw parts: {sheet name: worksheet XML}, shared strings XML; a part may be a list of chunks."""
    types = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                    f'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
    listed = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(sheets, 1))
    targets = "".join(f'<Relationship Id="rId{i}" Type="{DOC}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1))
    if strings is not None:
        types += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.spreadsheetml.sharedStrings+xml"/>')
        targets += f'<Relationship Id="rIdS" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
                   'types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
                   '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook'
                   '.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + types + "</Types>")
        z.writestr("_rels/.rels", f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
                   f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>{listed}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{RELS}">{targets}</Relationships>')
        parts = {f"xl/worksheets/sheet{i}.xml": body for i, body in enumerate(sheets.values(), 1)}
        if strings is not None:
            parts["xl/sharedStrings.xml"] = strings
        for name, body in parts.items():
            with z.open(name, "w", force_zip64=True) as fh:  # written in chunks: never a whole large part
                for chunk in [body] if isinstance(body, str) else body:
                    fh.write(chunk.encode() if isinstance(chunk, str) else chunk)
    return path


def sheet(data: str, head: str = "") -> str:
    return f'<worksheet xmlns="{MAIN}">{head}<sheetData>{data}</sheetData></worksheet>'


def text_row(r: int, *cells: str) -> str:
    return f'<row r="{r}">' + "".join(f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                                      for i, v in enumerate(cells)) + "</row>"


# The three hostile files of the acceptance list, each a few kilobytes to a megabyte or two.

def huge_dimension(tmp: Path) -> Path:
    """~1.5 KB: declares A1:XFD1048576, holds one cell."""
    return xlsx(tmp / "dimension.xlsx", {"Data": sheet(text_row(1, "x"), '<dimension ref="A1:XFD1048576"/>')})


def three_million_rows(tmp: Path) -> Path:
    """~1.5 MB: three million identical rows (about 210 MB of XML)."""
    row = b'<row><c t="inlineStr"><is><t>Campaign</t></is></c><c><v>12.5</v></c></row>'
    body = [f'<worksheet xmlns="{MAIN}"><sheetData>'.encode(), *([row * 10_000] * 300), b"</sheetData></worksheet>"]
    return xlsx(tmp / "rows.xlsx", {"Data": body}, level=1)


def giant_shared_string(tmp: Path) -> Path:
    """~200 KB: one shared string of 200 MB, used by one cell."""
    strings = [f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode(), *([b"x" * 2**20] * 200),
               b"</t></si></sst>"]
    return xlsx(tmp / "string.xlsx", {"Data": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')}, strings)


def _replace(path: Path, name: str, chunks) -> Path:
    """The workbook with part `name` written anew from `chunks` (zipfile cannot overwrite a member)."""
    out = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == name:
                with dst.open(name, "w", force_zip64=True) as fh:
                    for chunk in chunks:
                        fh.write(chunk)
            else:
                dst.writestr(info.filename, src.read(info.filename))
    out.replace(path)
    return path


HOSTILE = {"dimension": (huge_dimension, "1048576 rows and 16384 columns"),
           "rows": (three_million_rows, "packed"),
           "string": (giant_shared_string, "packed")}

# Runs the CLI as a child and reports, as JSON, its output, peak memory, and time: CPU seconds (what the work costs,
# whatever else the machine runs) and wall seconds.
MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "kpi_core", "inspect", sys.argv[1]], capture_output=True, text=True)
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rc": p.returncode, "stderr": p.stderr, "seconds": time.perf_counter() - t,
                      "cpu_seconds": use.ru_utime + use.ru_stime, "peak_mb": use.ru_maxrss / 1024}))
""")


def inspect_cli(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_workbook_is_refused_fast_in_little_memory_with_one_line(tmp_path, kind):
    make, words = HOSTILE[kind]
    path = make(tmp_path)
    assert path.stat().st_size < 2 * 2**20
    r = inspect_cli(path)
    assert r["rc"] == 2
    assert r["stderr"].count("\n") == 1 and r["stderr"].startswith(path.name + ": ")
    assert words in r["stderr"] and "Traceback" not in r["stderr"]
    assert r["cpu_seconds"] < 2 and r["peak_mb"] < 300  # interpreter start and imports included


@pytest.mark.parametrize("kind, code", [("rows", "ingest.excel_sheet_too_large"),
                                        ("string", "ingest.excel_text_too_long")])
def test_each_hostile_workbook_meets_a_limit_of_its_own_too(tmp_path, monkeypatch, kind, code):
    monkeypatch.setattr(excel, "MAX_RATIO", 10**9)  # as if packed less tightly
    path = HOSTILE[kind][0](tmp_path)
    assert code_of(lambda: read_workbook(path, path.name)).code == code


def code_of(fn) -> KoersError:
    with pytest.raises(KoersError) as e:
        fn()
    return e.value


def test_two_far_apart_cells_are_refused_whatever_the_dimension_says(tmp_path):
    # The parser lays a sheet out as one grid from its first to its last cell: here 2 cells, 17 billion places.
    data = text_row(1, "x") + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    p = xlsx(tmp_path / "far.xlsx", {"Data": sheet(data, '<dimension ref="A1"/>')})
    assert code_of(lambda: read_workbook(p, "far.xlsx")).code == "ingest.excel_sheet_too_large"


def test_a_grid_within_the_row_and_column_limits_is_still_bounded_in_cells(tmp_path):
    data = text_row(1, "x") + '<row r="6000"><c r="BXX6000"><v>1</v></c></row>'  # 6,000 rows x 2,000 columns
    p = xlsx(tmp_path / "wide.xlsx", {"Data": sheet(data)})
    assert code_of(lambda: read_workbook(p, "wide.xlsx")).code == "ingest.excel_too_many_cells"


REF_PIECES = ['<c r="', "<c r='", 'r="', "r='", "r = '", 'r\t="', "A", "Bz", "XFD", "abcd", "1", "09", "1048576",
              "12345678901", '"', "'", " ", "<v>", "</c>", "=", "x", ""]


@pytest.mark.parametrize("seed", range(4))
def test_cell_positions_from_the_bytes_agree_with_the_pattern(seed):
    # The sheet scan reads positions with array steps (_refs); REF's matches (_refs_exact) are the reference.
    import random

    rnd = random.Random(seed)
    for _ in range(3000):
        chunk = "".join(rnd.choice(REF_PIECES) for _ in range(rnd.randint(0, 14))).encode()
        assert excel._refs(chunk) == excel._refs_exact(chunk), chunk
    row = "".join(f'<c r="{c}{r}" s="1"><v>{r}</v></c>' for r in (1, 99, 1048576) for c in ("A", "AB", "XFD"))
    assert excel._refs(row.encode()) == excel._refs_exact(row.encode()) == (9, 16384, 1048576)


def test_cells_without_a_position_count_towards_the_grid(tmp_path):
    # Cells and rows may leave out r="...": they take the next place, so a long run of them widens the grid.
    data = "<row>" + "<c/>" * 3000 + "<c><v>1</v></c></row>"
    p = xlsx(tmp_path / "run.xlsx", {"Data": sheet(data)})
    assert code_of(lambda: read_workbook(p, "run.xlsx")).code == "ingest.excel_sheet_too_large"


def test_rows_past_the_limit_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_MAX_FILE_MB", "0.05")  # 52 KB, so at most 1,310 rows
    rows = "".join("<row><c><v>1</v></c></row>" for _ in range(1500))
    p = xlsx(tmp_path / "long.xlsx", {"Data": sheet(rows)})
    e = code_of(lambda: read_export(p))
    assert e.code == "ingest.excel_sheet_too_large" and e.info["rows"] == 1500


def test_rows_are_counted_while_reading_too(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_MAX_FILE_MB", "0.05")
    monkeypatch.setattr(excel, "check_xlsx", lambda path, file: None)
    rows = "".join(text_row(r, "Date", "Clicks") for r in range(1, 1500))
    p = xlsx(tmp_path / "long.xlsx", {"Data": sheet(rows)})
    e = code_of(lambda: read_workbook(p, "long.xlsx"))
    assert e.code == "ingest.excel_too_many_rows" and e.info["sheet"] == "Data"


def test_a_shared_string_over_the_limit_is_refused_from_a_streamed_scan(tmp_path):
    import random

    text = "".join(random.choices("abcdefghijklmnopqrstuvwxyz", k=int(1.5 * 2**20)))  # packs ~1.6 times
    strings = f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>'
    p = xlsx(tmp_path / "long.xlsx", {"Data": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')}, strings)
    assert code_of(lambda: read_workbook(p, "long.xlsx")).code == "ingest.excel_text_too_long"


def test_a_long_shared_string_repeated_in_many_cells_is_refused(tmp_path):
    # 900 KB is a legal text, but the parser copies it into each of 400 cells: 360 MB.
    strings = f'<sst xmlns="{MAIN}" count="400" uniqueCount="1"><si><t>{"x" * 900_000}</t></si></sst>'
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, 401))
    p = xlsx(tmp_path / "repeat.xlsx", {"Data": sheet(rows)}, strings)
    assert code_of(lambda: read_workbook(p, "repeat.xlsx")).code == "ingest.excel_too_much_text"


def test_a_shared_string_list_declaring_billions_of_texts_is_refused(tmp_path):
    # The parser reserves room for uniqueCount texts up front: 10^11 of them would end the process.
    strings = f'<sst xmlns="{MAIN}" count="1" uniqueCount="100000000000"><si><t>x</t></si></sst>'
    p = xlsx(tmp_path / "count.xlsx", {"Data": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')}, strings)
    assert code_of(lambda: read_workbook(p, "count.xlsx")).code == "ingest.excel_corrupt"


def test_a_workbook_unpacking_past_the_limit_is_refused_from_its_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(excel, "MAX_UNPACKED", 2**20)
    rows = "".join(text_row(r, f"row {r}", str(r * 7919 % 1000)) for r in range(1, 20_000))
    p = xlsx(tmp_path / "big.xlsx", {"Data": sheet(rows)})
    e = code_of(lambda: read_workbook(p, "big.xlsx"))
    assert e.code == "ingest.excel_unpacks_too_large" and "MB" in e.message("nl")


def test_sheets_written_without_positions_read_in_place(tmp_path):
    # r="..." is optional; some writers leave it out of every row and cell.
    rows = "<row><c t=\"inlineStr\"><is><t>Date</t></is></c><c t=\"inlineStr\"><is><t>Clicks</t></is></c></row>"
    rows += "<row><c t=\"inlineStr\"><is><t>2025-01-01</t></is></c><c><v>5</v></c></row>"
    p = xlsx(tmp_path / "plain.xlsx", {"Data": sheet(rows)})
    assert read_workbook(p, "plain.xlsx")[0] == [["Date", "Clicks"], ["2025-01-01", NUMBER_MARK + "5"]]


def test_cells_read_as_the_text_koers_expects(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B2"] = "Date"
    ws["C2"] = " Clicks "
    ws["D2"] = "Active"
    ws["B3"] = dt.datetime(2025, 1, 2)
    ws["C3"] = 3
    ws["D3"] = True
    ws["B4"] = dt.datetime(2025, 1, 3, 13, 45)
    ws["C4"] = 2.5
    ws["D4"] = False
    ws["B5"] = dt.date(2025, 1, 4)
    ws["C5"] = 1e20
    ws["E5"] = dt.time(13, 45)
    p = tmp_path / "types.xlsx"
    wb.save(p)
    records, name, names = read_workbook(p, "types.xlsx")
    n = NUMBER_MARK
    assert records == [["", "", "", "", ""],
                       ["", "Date", " Clicks ", "Active", ""],
                       ["", "2025-01-02", n + "3", "TRUE", ""],
                       ["", "2025-01-03 13:45:00", n + "2.5", "FALSE", ""],
                       ["", "2025-01-04", n + "100000000000000000000", "", "13:45:00"]]


def test_the_sheet_with_the_data_table_is_chosen_over_a_notes_sheet(tmp_path):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Report info"
    notes.append(["Report: campaign performance"])
    notes.append(["Generated for account Acme, all amounts in EUR"])
    notes.append(["Questions? Contact your account manager"])
    data = wb.create_sheet("Campaigns")
    data.append(["Date", "Campaign", "Impressions", "Clicks", "Cost"])
    data.append([dt.datetime(2025, 3, 1), "Brand", 1000, 50, 12.5])
    data.append([dt.datetime(2025, 3, 2), "Brand", 1200, 60, 14.0])
    p = tmp_path / "report.xlsx"
    wb.save(p)
    r = read_export(p)
    assert r.info["sheet"] == "Campaigns" and r.info["sheets"] == ["Report info", "Campaigns"]
    assert r.info["rows"] == 2


def test_a_table_on_a_later_sheet_wins_over_an_earlier_sheet_with_more_loose_rows(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    for i in range(10):
        wb.active.append([f"note {i}", "more words"])
    data = wb.create_sheet("Data")
    data.append(["Day", "Campaign", "Clicks", "Cost"])
    data.append([dt.datetime(2025, 3, 1), "Brand", 50, 12.5])
    p = tmp_path / "two.xlsx"
    wb.save(p)
    assert read_workbook(p, "two.xlsx")[1] == "Data"


def test_a_sheet_without_a_known_header_falls_back_to_the_first_with_rows(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    ws = wb.create_sheet("Mine")
    ws.append(["Kolom een", "Kolom twee"])
    ws.append(["a", 1])
    p = tmp_path / "own.xlsx"
    wb.save(p)
    assert read_workbook(p, "own.xlsx")[1] == "Mine"


def run_cli(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kpi_core", "inspect", str(path)], capture_output=True, text=True,
                          cwd=ROOT)


def test_an_export_with_only_its_header_row_gives_one_clear_line(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Campaign report"
    wb.active.append(["Campaign name", "Date", "Cost", "Impressions", "Clicks", "Conversions"])
    p = tmp_path / "empty_export.xlsx"
    wb.save(p)
    e = code_of(lambda: read_export(p))
    assert e.code == "ingest.excel_no_data" and e.info["sheet"] == "Campaign report"
    out = run_cli(p)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "no rows of data" in out.stderr


def with_library_warnings(path: Path) -> Path:
    """A workbook openpyxl warns about: a data validation extension and a conditional formatting extension."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Campaign", "Clicks", "Cost"])
    ws.append([dt.datetime(2025, 3, 1), "Brand", 50, 12.5])
    ws.append([dt.datetime(2025, 3, 2), "Brand", 60, 14.0])
    wb.save(path)
    ext = ('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/'
           'office/spreadsheetml/2009/9/main"><x14:dataValidations count="0"/></ext></extLst></worksheet>')
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    return _replace(path, "xl/worksheets/sheet1.xml", [xml.replace("</worksheet>", ext).encode()])


def test_no_library_warning_reaches_stderr(tmp_path):
    p = with_library_warnings(tmp_path / "warns.xlsx")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        openpyxl.load_workbook(p)
    assert seen, "the workbook should make a library warn"
    out = run_cli(p)
    assert out.returncode == 0 and out.stderr == ""


def test_formula_error_cells_are_read_as_their_error_text_never_as_empty(tmp_path):
    # A sheet saved from Excel or Google Sheets keeps a formula that failed as an error cell (t="e"); the parser
    # gives such a cell as empty. An empty cost is "nothing spent", which #DIV/0! does not say.
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Exported for the March review"])
    data = wb.create_sheet("Kosten & klikken")  # a name with '&', escaped in workbook.xml
    data.append(["Day", "Campaign", "Clicks", "Cost", "CTR"])
    data.append([dt.datetime(2025, 3, 1), "Brand", 50, 12.5, "#DIV/0!"])
    data.append([dt.datetime(2025, 3, 2), "Brand", 0, "#DIV/0!", "#DIV/0!"])
    p = tmp_path / "errors.xlsx"
    wb.save(p)
    records, sheet, _ = read_workbook(p, "errors.xlsx")
    assert sheet == "Kosten & klikken"
    assert records[2][3] == "#DIV/0!" and records[1][4] == "#DIV/0!"
    e = code_of(lambda: read_export(p))
    assert e.info["row"] == 3 and e.info["column"] == "Cost" and "#DIV/0!" in str(e.info["value"])
    out = run_cli(p)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "#DIV/0!" in out.stderr and "row 3" in out.stderr


def test_an_error_only_in_a_column_koers_recomputes_does_not_stop_the_file(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Day", "Campaign", "Clicks", "Impressions", "CTR"])
    wb.active.append([dt.datetime(2025, 3, 1), "Brand", 0, 0, "#DIV/0!"])
    wb.active.append([dt.datetime(2025, 3, 2), "Brand", 5, 100, 0.05])
    p = tmp_path / "ctr.xlsx"
    wb.save(p)
    r = read_export(p)
    assert r.info["rows"] == 2 and "CTR" in r.info["unmapped"]
