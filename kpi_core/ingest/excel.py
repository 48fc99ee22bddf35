"""Excel workbooks as records of text cells: first sheet with data, other sheets listed."""

from __future__ import annotations

import datetime as dt
import zipfile

from ..errors import error
from .values import NUMBER_MARK

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ") if (v.hour, v.minute, v.second) != (0, 0, 0) else v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, int | float):
        # A real number cell: marked so the column's decimal-comma decision cannot misread its point.
        return NUMBER_MARK + (repr(int(v)) if float(v).is_integer() else repr(v))
    return str(v)


def read_workbook(path, file: str) -> tuple[list[list[str]], str, list[str]]:
    """(records of the first sheet with data, its name, all sheet names)."""
    with open(path, "rb") as fh:
        magic = fh.read(8)
    if magic == OLE_MAGIC:
        if str(path).lower().endswith(".xls"):
            return _read_xls(path, file)
        raise error("ingest.excel_encrypted", file=file)  # an OLE container named .xlsx is an encrypted workbook
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise error("ingest.excel_corrupt", file=file, detail=str(e)[:120]) from None
    try:
        names = wb.sheetnames
        for ws in wb.worksheets:
            records = [[_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
            if sum(1 for r in records if any(c.strip() for c in r)) >= 2:
                return records, ws.title, names
    finally:
        wb.close()
    raise error("ingest.empty_file", file=file)


def _read_xls(path, file: str):
    import xlrd

    try:
        book = xlrd.open_workbook(path)
    except xlrd.XLRDError as e:
        raise error("ingest.excel_corrupt", file=file, detail=str(e)[:120]) from None
    names = book.sheet_names()
    for sheet in book.sheets():
        records = []
        for r in range(sheet.nrows):
            row = []
            for c in sheet.row(r):
                v = c.value
                if c.ctype == xlrd.XL_CELL_DATE:
                    v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                row.append(_text(v))
            records.append(row)
        if sum(1 for r in records if any(c.strip() for c in r)) >= 2:
            return records, sheet.name, names
    raise error("ingest.empty_file", file=file)
