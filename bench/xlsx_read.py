"""A 100,000-row workbook: Koers' read_export vs reading the same sheet's cells with python-calamine alone."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def workbook(out: Path, csv: Path) -> Path:
    """The 100k-row export as a Google Ads .xlsx download (title, date range, header, rows, totals), written once."""
    path = out / "google_ads_100k.xlsx"
    if path.exists():
        return path
    import csv as csvmod

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Campaign report")
    with open(csv, newline="", encoding="utf-8") as fh:
        for i, rec in enumerate(csvmod.reader(fh)):
            if i > 2 and rec[0][:1].isdigit():  # figures as numbers, as the download holds them
                rec = [rec[0], rec[1], rec[2], *(float(c.replace(",", "")) for c in rec[3:8]), rec[8]]
            ws.append(rec)
    wb.save(path)
    return path


def measure(path: Path, repeat: int = 3) -> tuple[float, float]:
    """Best-of seconds: (calamine alone, read_export)."""
    from python_calamine import CalamineWorkbook

    from kpi_core.ingest import read_export

    def bare():
        wb = CalamineWorkbook.from_path(str(path))
        return wb.get_sheet_by_index(0).to_python()

    def koers():
        r = read_export(path)
        assert r.info["rows"] == 100_010, r.info["rows"]

    times = []
    for fn in (bare, koers):
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        times.append(best)
    return times[0], times[1]


def main() -> None:
    """python bench/xlsx_read.py [--exact]: best of 3 for calamine alone and read_export, and the peak memory of the
    process (both readings); --exact turns the cells into text one at a time (excel.FAST = False)."""
    import resource

    from bench.data import exports
    from kpi_core.ingest import excel

    out = ROOT / "bench" / "out"
    excel.FAST = "--exact" not in sys.argv
    t_cal, t_xlsx = measure(workbook(out, exports(out, "google_ads_100k", 274)[0]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python-calamine alone {t_cal:.3f} s, read_export {t_xlsx:.3f} s ({t_xlsx / t_cal:.2f}x calamine), "
          f"peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
