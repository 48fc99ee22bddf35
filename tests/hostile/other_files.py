"""Hostile workbooks, workspace exports, target files and formulas.

Workbooks are written part by part as the zip and XML they are; a workspace export is made by Koers from a small
workspace and then altered the way an attacker would."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from .cases import Case

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def xlsx(path: Path, sheet, strings=None) -> Path:
    """A one-sheet workbook from raw XML parts; a part may be a list of chunks (never built whole in memory)."""
    over = f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
    rels = f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
    if strings is not None:
        over += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
        rels += f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", f'<Types xmlns="{TYPES}"><Default Extension="rels" ContentType="application/'
                   f'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
                   f'xml"/><Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>{over}</Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets><sheet name="Data" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{RELS}">{rels}</Relationships>')
        parts = {"xl/worksheets/sheet1.xml": sheet}
        if strings is not None:
            parts["xl/sharedStrings.xml"] = strings
        for name, body in parts.items():
            with z.open(name, "w", force_zip64=True) as fh:
                for chunk in [body] if isinstance(body, str | bytes) else body:
                    fh.write(chunk.encode() if isinstance(chunk, str) else chunk)
    return path


def column(i: int) -> str:
    """0 -> A, 26 -> AA."""
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def text_row(r: int, cells: list[str]) -> str:
    return f'<row r="{r}">' + "".join(f'<c r="{column(i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                                      for i, v in enumerate(cells)) + "</row>"


def workbook(name: str, build):
    def make(folder: Path) -> list[str]:
        path = folder / name
        build(path)
        return ["inspect", "--json", str(path)]

    return make


def huge_dimension(path: Path) -> None:
    xlsx(path, f'<worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>{text_row(1, ["x"])}'
               "</sheetData></worksheet>")


def three_million_rows(path: Path) -> None:
    row = b'<row><c t="inlineStr"><is><t>Campaign</t></is></c><c><v>12.5</v></c></row>'
    xlsx(path, [f'<worksheet xmlns="{MAIN}"><sheetData>'.encode(), *([row * 10_000] * 300),
                b"</sheetData></worksheet>"])


def giant_string(path: Path) -> None:
    xlsx(path, f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'
               "</worksheet>",
         [f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode(), *([b"x" * (1 << 20)] * 200),
          b"</t></si></sst>"])


def wide_sheet(path: Path) -> None:
    head = ["Day"] + [f"Clicks {i}" for i in range(2000)]
    xlsx(path, f'<worksheet xmlns="{MAIN}"><sheetData>{text_row(1, head)}{text_row(2, ["2025-01-01"] + ["1"] * 2000)}'
               "</sheetData></worksheet>")


def extreme_dates(path: Path) -> None:
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Day", "Campaign", "Impressions", "Clicks"])
    for day in (dt.datetime(1900, 1, 1), dt.datetime(2025, 3, 1), dt.datetime(9999, 12, 31)):
        ws.append([day, "A", 100, 5])
    wb.save(path)


def raw(name: str, data: bytes):
    def make(folder: Path) -> list[str]:
        (folder / name).write_bytes(data)
        return ["inspect", "--json", str(folder / name)]

    return make


# Workspace exports: made by Koers, then altered.

def base_export(folder: Path) -> Path:
    """A real export of a one-file workspace (made once per folder)."""
    path = folder / "base.zip"
    if not path.exists():
        from kpi_core.workspace import Workspace

        src = folder / "base.csv"
        src.write_text("Day,Campaign,Impressions,Clicks,Cost\n2025-01-01,A,100,5,1.50\n2025-01-02,A,200,7,2.50\n")
        ws = Workspace(None)
        ws.add_files([src])
        ws.export_to(path)
        ws.close()
    return path


def altered(name: str, change):
    """A case maker: the base export with `change(parts)` applied ({member name: bytes}), imported anew."""

    def make(folder: Path) -> list[str]:
        with zipfile.ZipFile(base_export(folder)) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        change(parts, folder)
        out = folder / name
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                if isinstance(data, list):  # chunks: a member too large to hold
                    with z.open(n, "w", force_zip64=True) as fh:
                        for chunk in data:
                            fh.write(chunk)
                else:
                    z.writestr(n, data)
        return ["import", "--workspace", str(folder / f"{out.stem}.duckdb"), str(out)]

    return make


def manifest(edit):
    def change(parts, folder):
        m = json.loads(parts["manifest.json"])
        parts["manifest.json"] = json.dumps(edit(m)).encode()

    return change


def parquet(table) -> bytes:
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def evil_column(parts, folder):
    import pyarrow as pa

    evil = f"x\"); COPY (SELECT 1) TO '{folder / 'pwned'}'; --"
    parts["settings.parquet"] = parquet(pa.table({evil: pa.array([], pa.string()), "value": pa.array([], pa.string())}))


def unknown_table(parts, folder):
    import pyarrow as pa

    parts["evil.parquet"] = parquet(pa.table({"x": [1]}))
    m = json.loads(parts["manifest.json"])
    m["tables"] = {"evil": 1, **m["tables"]}
    parts["manifest.json"] = json.dumps(m).encode()


def manifest_bomb(parts, folder):
    parts["manifest.json"] = [b"{" + b" " * (1 << 20)] + [b" " * (1 << 20)] * 1023 + [b"}"]


def custom_kpi(formula: str):
    def change(parts, folder):
        import datetime as dt

        import pyarrow as pa
        import pyarrow.parquet as pq

        old = pq.read_table(io.BytesIO(parts["custom_kpis.parquet"]))
        now = dt.datetime(2025, 1, 1)
        body = json.dumps({"id": "hostile", "formula": formula, "name": {"en": "Hostile", "nl": "Vijandig"}})
        table = pa.table({"id": ["hostile"], "body": [body],
                          "created_at": pa.array([now], old.schema.field("created_at").type),
                          "updated_at": pa.array([now], old.schema.field("updated_at").type)})
        parts["custom_kpis.parquet"] = parquet(table)
        m = json.loads(parts["manifest.json"])
        m["tables"]["custom_kpis"] = 1
        parts["manifest.json"] = json.dumps(m).encode()

    return change


def no_file(name: str):
    def check(folder: Path) -> str | None:
        return f"{name} was written" if (folder / name).exists() else None

    return check


def not_a_zip(folder: Path) -> list[str]:
    (folder / "export.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    return ["import", "--workspace", str(folder / "new.duckdb"), str(folder / "export.zip")]


# Target files.

def targets(name: str, text):
    def make(folder: Path) -> list[str]:
        data = text() if callable(text) else text
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return ["targets", "import", "--workspace", str(folder / "t.duckdb"), str(path)]

    return make


def billion_laughs() -> str:
    out, prev = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n', "a"
    for c in "bcdefghi":
        out += f"{c}: &{c} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        prev = c
    return out + "targets:\n  - id: x\n    kpi: ctr\n    target: *i\n"


def python_tag(folder: Path) -> list[str]:
    """A tag asking the YAML loader to run a command that would leave a file behind."""
    return targets("tag.yaml", f"- !!python/object/apply:os.system ['touch {folder / 'pwned'}']\n")(folder)


TARGET = ("- id: t1\n  kpi: ctr\n  target: {target}\n  start: {start}\n  deadline: {deadline}\n")


def target(target="0.05", start="2025-01-01", deadline="2025-12-31") -> str:
    return TARGET.format(target=target, start=start, deadline=deadline)


CASES = [
    Case("xlsx/huge_dimension", workbook("dimension.xlsx", huge_dimension)),
    Case("xlsx/three_million_rows", workbook("rows.xlsx", three_million_rows)),
    Case("xlsx/giant_shared_string", workbook("string.xlsx", giant_string)),
    Case("xlsx/columns_2001", workbook("wide.xlsx", wide_sheet)),
    Case("xlsx/encrypted", raw("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)),
    Case("xlsx/garbage", raw("garbage.xlsx", b"PK\x03\x04" + bytes(range(256)) * 40)),
    Case("xlsx/extreme_dates_set_aside", workbook("dates.xlsx", extreme_dates), rc=0,
         warns=("ingest.dates_out_of_range",), shows={"rows": 1}),
    Case("zip/manifest_is_a_list", altered("list.zip", lambda parts, folder: parts.update({"manifest.json": b"[]"}))),
    Case("zip/version_is_a_string", altered("version.zip", manifest(lambda m: {**m, "schema_version": "6"}))),
    Case("zip/unknown_table", altered("unknown.zip", unknown_table)),
    Case("zip/sql_in_a_column_name", altered("evil.zip", evil_column), says=("settings",), after=no_file("pwned")),
    Case("zip/not_a_zip", not_a_zip),
    Case("zip/manifest_unpacks_to_a_gigabyte", altered("bomb.zip", manifest_bomb)),
    Case("zip/rows_differ_from_the_manifest", altered("rows.zip", manifest(
        lambda m: {**m, "tables": {**m["tables"], "facts": 5}}))),
    Case("zip/totals_not_finite", altered("nan.zip", manifest(lambda m: {**m, "totals": {**m["totals"],
                                                                                         "clicks": float("nan")}}))),
    Case("formula/ten_thousand_parentheses", altered("deep.zip", custom_kpi("(" * 10_000 + "clicks" + ")" * 10_000))),
    Case("formula/hundred_thousand_characters", altered("long.zip", custom_kpi("clicks + " * 12_500 + "clicks"))),
    Case("formula/sql_in_a_formula", altered("sql.zip", custom_kpi("clicks); DROP TABLE facts; --"))),
    Case("yaml/billion_laughs", targets("laughs.yaml", billion_laughs)),
    Case("yaml/nested_100000_lists", targets("deep.yaml", lambda: "[" * 100_000 + "]" * 100_000 + "\n")),
    Case("yaml/nested_100000_mappings", targets("deep.yaml", lambda: "{a: " * 100_000 + "1" + "}" * 100_000 + "\n")),
    Case("yaml/number_of_400_digits", targets("digits.yaml", target(target="9" * 400))),
    Case("yaml/month_13_day_45", targets("date.yaml", target(start="2025-13-45")), says=("2025-13-45",)),
    Case("yaml/deadline_in_9999", targets("far.yaml", target(deadline="9999-12-31"))),
    Case("yaml/python_object_tag", python_tag, after=no_file("pwned")),
    Case("yaml/ten_megabyte_scalar", targets("big.yaml", lambda: "- id: " + "x" * 10_000_000 + "\n")),
    Case("yaml/binary", targets("binary.yaml", bytes(range(256)) * 100)),
]
