"""The period review: its numbers against the engine, the workbook, the PDF pages, and formulas that never run."""

import datetime as dt
import io
import json
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kpi_core import cli, kpis, report
from kpi_core.compiler import Filters
from kpi_core.explain import parse_period
from kpi_core.workspace import Workspace
from tests.unit.test_explain import make_workspace

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "review"
MARCH, FEB = parse_period("2025-03"), parse_period("2025-02")
TODAY = dt.date(2025, 4, 15)
EVIL = '=HYPERLINK("http://x.example","klik")'  # the campaign name in make_workspace


@pytest.fixture
def ws(tmp_path) -> Workspace:
    """Cost and conversions by channel in February and March, a CPA target with check-ins, three dashboard KPIs."""
    w = make_workspace(tmp_path / "review.duckdb")
    w.set_setting("name", "Fietsen & Co")
    w.set_setting("dashboard_kpis", ["cpa", "cost", "conversions"])
    w.save_target({"id": "cpa-q1", "title": "-CPA onder 40", "kpi": "cpa", "target": 40.0, "comparison": "at_most",
                   "start": "2025-01-01", "deadline": "2025-06-30", "owner": "Anna", "agreed_by": "Directie"})
    w.add_checkin("cpa-q1", dt.date(2025, 3, 20), "@channel Display duurder, budget naar Meta", 35.5)
    w.add_checkin("cpa-q1", dt.date(2025, 4, 20), "after the period: left out", None)
    return w


def engine_value(w, kpi, p):
    df = kpis.series(w.engine, kpi, "total", Filters(p.start, p.end))
    return float(df["value"].iloc[0])


def test_the_review_holds_the_engines_numbers(ws):
    data = report.build(ws, "2025-03", "previous", "en", TODAY)
    assert [r["kpi"] for r in data["kpis"]] == ["cpa", "cost", "conversions"]
    assert data["period"]["start"] == "2025-03-01" and data["vs"]["start"] == "2025-02-01"
    assert data["workspace"] == "Fietsen & Co" and data["as_of"] == "2025-03-31"
    for r in data["kpis"]:
        assert r["value"] == pytest.approx(engine_value(ws, r["kpi"], MARCH))
        assert r["value_vs"] == pytest.approx(engine_value(ws, r["kpi"], FEB))
        assert r["change"] == pytest.approx(r["value"] - r["value_vs"])
        assert sum(c["total"] for c in r["contributions"]) == pytest.approx(r["change"])
    cpa = data["kpis"][0]
    assert cpa["value"] == pytest.approx(500 / 14) and cpa["target"] == 40.0 and cpa["status"]
    assert cpa["by"] == "channel" and cpa["summary"].startswith("CPA rose €12.99: Meta's own CPA explains €8.12")
    assert cpa["better"] is False  # a higher CPA is worse
    target = data["targets"][0]
    assert [c["note"] for c in target["checkins"]] == ["@channel Display duurder, budget naar Meta"]
    assert set(target["smart"]) == {"S", "M", "A", "R", "T"}
    assert [c["id"] for c in data["charts"]] == ["change", "moved.cpa", "moved.cost", "moved.conversions"]
    json.dumps(data)  # plain data all the way down


def test_last_year_compares_the_same_months_a_year_back(ws):
    data = report.build(ws, "2025-Q1", "last_year", "nl", TODAY)
    assert (data["vs"]["start"], data["vs"]["end"]) == ("2024-01-01", "2024-03-31")
    assert data["period"]["label"] == "Q1 2025"
    assert all(r["value_vs"] is None and r["change"] is None for r in data["kpis"])  # no data in 2024


def test_without_dashboard_kpis_the_review_takes_the_dashboard_s_first_choice(tmp_path):
    # Not every KPI the data answers (thirty on a full workspace): the few the dashboard starts with, ratios first.
    from kpi_core.catalogue import default_choice

    w = make_workspace(tmp_path / "plain.duckdb")
    data = report.build(w, "2025-03", "previous", "en", TODAY)
    present = kpis.present_kpis(w.engine)
    assert set(present) == {"cost", "conversions", "cpa"}
    assert [r["kpi"] for r in data["kpis"]] == default_choice(present) == ["cpa", "cost"]


def cells(sheet):
    return list(sheet.iter_rows())


def row_of(sheet, first):
    return next(r for r in sheet.iter_rows(min_row=2) if r[0].value == first)


def test_the_workbook_has_real_numbers_with_formats_for_the_language(ws):
    for lang, money in (("nl", '"€" #,##0.00'), ("en", '"€"#,##0.00')):
        data = report.build(ws, "2025-03", "previous", lang, TODAY)
        wb = openpyxl.load_workbook(io.BytesIO(report.to_xlsx(data)))
        names = wb.sheetnames
        assert len(names) == 8 and all(len(n) <= 31 for n in names)
        kpi_sheet = wb[names[1]]
        assert kpi_sheet.freeze_panes == "A2"
        assert all(c.font.b for c in kpi_sheet[1])
        cpa = row_of(kpi_sheet, data["kpis"][0]["name"])
        assert cpa[1].value == "cpa"
        assert cpa[2].value == pytest.approx(engine_value(ws, "cpa", MARCH))
        assert cpa[3].value == pytest.approx(engine_value(ws, "cpa", FEB))
        assert cpa[2].number_format.startswith(money)
        assert cpa[5].number_format.endswith("%") or "%" in cpa[5].number_format
        conv = row_of(kpi_sheet, data["kpis"][2]["name"])
        assert conv[2].value == 14 and conv[2].number_format == "#,##0"
        width = kpi_sheet.column_dimensions["A"].width
        assert width >= max(len(str(r[0].value)) for r in kpi_sheet.iter_rows())
        moved = wb[names[2]]
        meta = next(r for r in moved.iter_rows(min_row=2) if r[0].value == data["kpis"][0]["name"]
                    and r[2].value == "Meta")
        assert meta[7].value == pytest.approx(625 / 77)  # rate effect, as in the hand-computed case
        targets = wb[names[3]]
        assert targets.cell(row=2, column=5).value == dt.datetime(2025, 1, 1)
        assert targets.cell(row=2, column=5).number_format == ("dd-mm-yyyy" if lang == "nl" else "mmm d, yyyy")


def test_a_formula_in_a_name_or_note_ends_up_inert(ws):
    data = report.build(ws, "2025-03", "previous", "en", TODAY, by="campaign")
    raw = report.to_xlsx(data)
    wb = openpyxl.load_workbook(io.BytesIO(raw))
    texts = [c for sheet in wb.worksheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    evil = [c for c in texts if c.value.lstrip("'").startswith(EVIL)]  # the campaign as a member
    assert evil and all(c.value == "'" + EVIL and c.data_type == "s" for c in evil)
    assert any(c.value == "'-CPA onder 40" for c in texts)  # a target title starting with '-'
    assert any(c.value.startswith("'@channel") for c in texts)  # a check-in note starting with '@'
    assert not [c for c in texts if c.value.startswith(report._RISKY)]
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)  # no formula anywhere in the file


@pytest.mark.parametrize("text", ["=1+1", "+31 6 1234", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_safe_text_prefixes_what_a_spreadsheet_would_run(text):
    assert report.safe_text(text) == "'" + text
    assert report.safe_text("Zoeken - Merk") == "Zoeken - Merk"
    assert report.safe_text("a\x00b\x07c") == "abc"  # characters a workbook cannot hold are dropped


def page_pngs(pdf: bytes, name: str) -> list[Path]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    src = ARTIFACTS / f"{name}.pdf"
    src.write_bytes(pdf)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(src), str(ARTIFACTS / name)], check=True, timeout=120)
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdf_pages_are_not_blank(ws, lang):
    from PIL import Image, ImageStat

    data = report.build(ws, "2025-03", "previous", lang, TODAY)
    pdf = report.to_pdf(data)
    assert pdf.startswith(b"%PDF")
    pages = page_pngs(pdf, f"review-{lang}")
    assert len(pages) >= 4  # title, KPIs, what moved them, targets
    for page in pages:
        grey = Image.open(page).convert("L")
        assert ImageStat.Stat(grey).var[0] > 50, f"{page.name} looks blank"
        assert grey.getextrema()[0] < 64, f"{page.name} has no dark ink"  # readable in black and white


def test_report_command_writes_both_files(ws, tmp_path, capsys):
    for suffix in ("xlsx", "pdf"):
        out = tmp_path / f"review.{suffix}"
        rc = cli.main(["--lang", "nl", "report", "--workspace", str(ws.path), "--period", "2025-01-01..2025-03-31",
                       "--vs", "last_year", "--out", str(out)])
        text = capsys.readouterr().out
        assert rc == 0 and out.stat().st_size > 1000
        assert text.startswith(f"{out}: periodereview 1 jan 2025 – 31 mrt 2025 tegenover")
    wb = openpyxl.load_workbook(tmp_path / "review.xlsx")
    assert wb.sheetnames[0] == "Overzicht"


@pytest.mark.parametrize("argv,words", [
    (["--period", "2025-03", "--out", "r.txt"], "r.txt"),
    (["--period", "2025-03", "--vs", "yesterday", "--out", "r.pdf"], "yesterday"),
    (["--period", "Q1", "--out", "r.pdf"], "Q1"),
    (["--period", "2025-03", "--out", "no/such/dir/r.pdf"], "r.pdf"),
])
def test_report_command_user_errors_are_one_line(ws, tmp_path, capsys, monkeypatch, argv, words):
    monkeypatch.chdir(tmp_path)
    rc = cli.main(["report", "--workspace", str(ws.path), *argv])
    out, err = capsys.readouterr()
    assert rc == 2 and out == "" and err.count("\n") == 1 and words in err


def test_periods_for_the_picker_latest_first():
    got = report.periods(dt.date(2024, 11, 5), dt.date(2025, 3, 14), "quarter")
    assert [p.label("nl") for p in got] == ["Q1 2025", "Q4 2024"]
    assert [p.label("en") for p in report.periods(dt.date(2025, 1, 5), dt.date(2025, 2, 1), "month")] == [
        "February 2025", "January 2025"]


def test_why_splits_one_kpi_by_any_dimension(ws):
    row = report.why(ws, "cpa", MARCH, FEB, "campaign", "en")
    assert row["by"] == "campaign" and row["change"] == pytest.approx(1000 / 77)
    assert {c["member"] for c in row["contributions"]} == {"Voorjaar", EVIL}
    assert row["chart"]["layer"] and "campaign" in row["chart"]["title"]
    assert "customer_id" in report.dimensions()
