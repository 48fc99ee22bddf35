"""A workspace as one portable file: a zip with one Parquet file per table and a manifest.

Parquet rather than a copy of the DuckDB file: it is read in one snapshot from a live (or in-memory) workspace,
does not depend on DuckDB's storage version, and the manifest lets an import check it got everything.

An import trusts nothing in the file: sizes come from the zip directory and row counts from each Parquet footer
before anything is read; names and types are checked against the schema, every value against the rules its normal
way in has (custom KPIs as when saved, targets as in a targets file, no NaN or infinity), all before one row is
written.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from ..engine import Engine, Error, arrow, registered
from ..errors import KoersError, error, shown
from ..schema import MEASURES
from . import facts, migrations

FORMAT = "koers-workspace"
TABLES = ("settings", "datasets", "mapping_overrides", "targets", "checkins", "custom_kpis", "rates", "facts")
SINCE = {"custom_kpis": 3, "rates": 6}  # tables an export of an older schema version does not have

# Limits of an import, read from the zip directory and the Parquet footers before anything is read. An export of a
# workspace of 1,000,000 fact rows is about 30 MB; the defaults leave room for workspaces far larger than that while
# a crafted file cannot make Koers read gigabytes. KOERS_MAX_IMPORT_MB changes the total.
MAX_IMPORT_MB = 1024  # all members together, uncompressed; also the most one table's Parquet file may be
MAX_MANIFEST_BYTES = 2**20
MAX_ROWS = {"facts": 50_000_000}  # per table; the other tables: MAX_OTHER_ROWS
MAX_OTHER_ROWS = 1_000_000
MAX_ROW_GROUPS = 10_000
# The encodings pyarrow writes (Koers's exports); others, such as a prefix-compressed string column that could
# decode to far more than the file holds, are not from an unaltered export.
ENCODINGS = {"PLAIN", "RLE", "RLE_DICTIONARY", "PLAIN_DICTIONARY", "BIT_PACKED"}


def max_import_bytes() -> int:
    """The most an import may hold uncompressed: $KOERS_MAX_IMPORT_MB, else MAX_IMPORT_MB."""
    value = os.environ.get("KOERS_MAX_IMPORT_MB", "")
    return (int(value) if value.isdigit() and int(value) > 0 else MAX_IMPORT_MB) * 2**20


class BadItem(KoersError):
    """A custom KPI, target or setting in an export that its normal way in would refuse; says which, and why."""

    code = "workspace.bad_item"

    def __init__(self, inner: KoersError, **info):
        super().__init__(**info, reason=inner.message("en"))
        self.inner = inner

    def message(self, lang: str = "nl") -> str:
        from ..i18n import t

        return t(self.code, lang, **{**self.info, "reason": self.inner.message(lang)})


def snapshot(engine) -> tuple[dict, dict]:
    """(manifest, {table: pyarrow.Table}) read in one transaction, so a concurrent write is all in or all out."""
    with engine.cursor() as cur:
        cur.begin()
        try:
            version = migrations.version(cur)  # an older workspace (a storage upgrade) has fewer tables
            tables = {name: arrow(cur, f"SELECT * FROM {name}") for name in TABLES if SINCE.get(name, 1) <= version}
            have = [d[0] for d in cur.execute("SELECT * FROM facts LIMIT 0").description]
            measures = [m for m in MEASURES if m in have]  # a not yet migrated workspace may lack newer measures
            totals = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in measures)} FROM facts").fetchone()
        finally:
            cur.rollback()  # read only
    manifest = {
        "format": FORMAT, "schema_version": version,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": {name: tbl.num_rows for name, tbl in tables.items()},
        "totals": dict(zip(measures, totals, strict=True)),
    }
    return manifest, tables


def export_to(engine, path: Path) -> dict:
    """Write the workspace to one zip file at path; returns the manifest."""
    import pyarrow.parquet as pq

    manifest, tables = snapshot(engine)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    # Parquet is compressed already; the zip only bundles.
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
        for name, tbl in tables.items():
            buf = io.BytesIO()
            pq.write_table(tbl, buf)
            zf.writestr(f"{name}.parquet", buf.getvalue())
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
    os.replace(tmp, path)  # never a half-written export under the real name
    return manifest


def read_export(file: Path, trusted: bool = False) -> tuple[dict, dict]:
    """(manifest, {table: pyarrow.Table}) from an export file, checked against its manifest.

    Everything a file names (tables, columns, totals) is checked against the known schema before any of it is read
    further, let alone reaches SQL: a crafted export is refused with one line. Sizes, row counts and encodings are
    checked from the zip directory and the Parquet footers before the data is read; every value after. `trusted`:
    an export Koers made a moment ago of a workspace it already holds (a storage upgrade), which is taken whole,
    however large, and as it is."""
    import pyarrow as pa

    bad = error("workspace.bad_export", file=str(file))
    try:
        with zipfile.ZipFile(file) as zf:
            members = _checked_members(zf, file, trusted)
            if "manifest.json" not in members:
                raise bad
            manifest = _checked_manifest(json.loads(zf.read(members["manifest.json"])), file)
            tables = {}
            for name in manifest["tables"]:
                if f"{name}.parquet" not in members:
                    raise bad
                tables[name] = _read_table(zf, members[f"{name}.parquet"], file, name, manifest, trusted)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, NotImplementedError, MemoryError,
            pa.ArrowException) as e:
        raise bad from e
    if any(tables[n].num_rows != k for n, k in manifest["tables"].items()):
        raise bad
    if not trusted:
        check_values(file, tables)
    return manifest, tables


def _checked_members(zf: zipfile.ZipFile, file: Path, trusted: bool = False) -> dict[str, zipfile.ZipInfo]:
    """{name: entry} from the zip directory, refused before any member is read when one would be too large."""
    limit, infos = (2**62 if trusted else max_import_bytes()), zf.infolist()
    names = [i.filename for i in infos]
    too_big = error("workspace.import_too_large", file=str(file), limit_mb=limit // 2**20)
    if len(infos) > 2 * len(TABLES) + 1 or len(set(names)) != len(names):
        raise error("workspace.bad_export", file=str(file))
    if sum(i.file_size for i in infos) > limit:
        raise too_big
    for i in infos:
        if i.file_size > (MAX_MANIFEST_BYTES if i.filename == "manifest.json" else limit):
            raise too_big
        if i.flag_bits & 0x1 or i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise error("workspace.bad_export", file=str(file))  # encrypted, or packed in a way Koers never writes
    return {i.filename: i for i in infos}


def _read_table(zf: zipfile.ZipFile, member: zipfile.ZipInfo, file: Path, name: str, manifest: dict,
                trusted: bool = False):
    """One table: names, types, row counts and encodings from the footer first, then the data."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    version = manifest["schema_version"]
    data = zf.read(member)  # its size was checked from the zip directory
    schema = pq.ParquetFile(io.BytesIO(data)).schema_arrow  # the footer only
    _check_columns(file, name, schema.names, version)
    _check_types(file, name, schema, version)
    text = [f.name for f in schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)]
    # Strings stay dictionary-encoded while read: a value repeated a million times is held once until its size is
    # known (check_sizes), so a small file cannot unfold into gigabytes.
    pf = pq.ParquetFile(io.BytesIO(data), read_dictionary=text)
    if pf.metadata.num_rows != manifest["tables"][name]:
        raise error("workspace.bad_export", file=str(file))
    if not trusted:
        _check_footer(file, name, pf.metadata)
    table = pf.read()
    if not trusted:
        _check_sizes(file, table)
    return table.cast(pa.schema([pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
                                 for f in table.schema]))


def _check_footer(file: Path, name: str, meta) -> None:
    """Row groups, rows, encodings and sizes as the footer states them, before the data is read."""
    too_big = error("workspace.import_too_large", file=str(file), limit_mb=max_import_bytes() // 2**20)
    if meta.num_row_groups > MAX_ROW_GROUPS or meta.num_rows > MAX_ROWS.get(name, MAX_OTHER_ROWS):
        raise too_big
    total = 0
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        for c in range(group.num_columns):
            chunk = group.column(c)
            if not set(chunk.encodings) <= ENCODINGS:
                raise error("workspace.bad_export", file=str(file))
            total += chunk.total_uncompressed_size  # strings included: the pages they are decoded from
    if total > max_import_bytes():
        raise too_big


def _check_sizes(file: Path, table) -> None:
    """Refuse a table whose strings, written out, would be larger than an import may be."""
    import pyarrow as pa
    import pyarrow.compute as pc

    size = 0
    for column in table.columns:
        for chunk in column.chunks:
            if pa.types.is_dictionary(chunk.type):
                lengths = pc.binary_length(chunk.dictionary).fill_null(0)
                size += pc.sum(pc.take(lengths, chunk.indices)).as_py() or 0
            else:
                size += chunk.nbytes
    if size > max_import_bytes():
        raise error("workspace.import_too_large", file=str(file), limit_mb=max_import_bytes() // 2**20)


def _checked_manifest(manifest, file: Path) -> dict:
    """The manifest when it has the shape Koers writes; else one line (too new, or not a Koers export)."""
    bad = error("workspace.bad_export", file=str(file))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise bad
    version = manifest.get("schema_version")
    if type(version) is not int or version < 1:
        raise bad
    if version > migrations.CURRENT:
        raise error("workspace.too_new", file=str(file), version=version, supported=migrations.CURRENT)
    counts, totals = manifest.get("tables"), manifest.get("totals")
    expected = {n for n in TABLES if SINCE.get(n, 1) <= version}
    if not isinstance(counts, dict) or set(counts) != expected:
        raise bad
    if any(type(k) is not int or k < 0 for k in counts.values()):
        raise bad
    if not isinstance(totals, dict) or not set(totals) <= set(MEASURES):
        raise bad
    if any(v is not None and (type(v) not in (int, float) or not math.isfinite(v)) for v in totals.values()):
        raise bad
    return manifest


def _check_columns(file: Path, table: str, names: list[str], version: int) -> None:
    """Refuse a table whose columns are not all columns of that table at that schema version."""
    allowed = known_columns(version)[table]
    for name in names:
        if name not in allowed:
            raise error("workspace.bad_column", file=str(file), table=table, column=shown(name))


def _fits(kind: str, t) -> bool:
    """Whether Arrow type t can hold a DuckDB column of this kind as Koers exports it."""
    import pyarrow as pa

    if pa.types.is_null(t):
        return True  # a column that is NULL throughout
    if pa.types.is_dictionary(t):
        t = t.value_type
    checks = {
        "VARCHAR": lambda: pa.types.is_string(t) or pa.types.is_large_string(t),
        "DOUBLE": lambda: pa.types.is_floating(t) or pa.types.is_integer(t),
        "BIGINT": lambda: pa.types.is_integer(t), "INTEGER": lambda: pa.types.is_integer(t),
        "BOOLEAN": lambda: pa.types.is_boolean(t),
        "DATE": lambda: pa.types.is_date(t), "TIMESTAMP": lambda: pa.types.is_timestamp(t) or pa.types.is_date(t),
    }
    return checks.get(kind, lambda: False)()


def _check_types(file: Path, table: str, schema, version: int) -> None:
    """Refuse a column whose type is not the one Koers exports for it (a date as text, a number as a list, ...)."""
    kinds = known_columns(version)[table]
    for f in schema:
        if not _fits(kinds[f.name], f.type):
            raise error("workspace.bad_column", file=str(file), table=table, column=shown(f"{f.name}: {f.type}"))


def check_values(file: Path, tables: dict) -> None:
    """Every value by the rules of its normal way in: no NaN or infinity anywhere, settings as set_setting, custom
    KPIs as when saved, targets as in a targets file. The first one that fails refuses the whole import."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for name, table in tables.items():
        for column, field in zip(table.columns, table.schema, strict=True):
            if pa.types.is_floating(field.type) and pc.any(pc.invert(pc.is_finite(column))).as_py():
                raise error("workspace.non_finite", file=str(file), table=name, column=field.name)
    for row in tables.get("settings", pa.table({})).to_pylist():
        _item(file, "settings", row["key"], lambda row=row: _setting(row))
    for row in tables.get("custom_kpis", pa.table({})).to_pylist():
        _item(file, "custom_kpis", row["id"], lambda row=row: _custom_kpi(row))
    for n, row in enumerate(tables.get("targets", pa.table({})).to_pylist(), start=1):
        _item(file, "targets", row["id"], lambda row=row, n=n: _target(row, f"{file} (targets.parquet)", n))


def _item(file: Path, table: str, item, check) -> None:
    try:
        check()
    except KoersError as e:
        if e.file is not None:  # names the file and row itself (a target)
            raise
        raise BadItem(e, file=str(file), table=table, item=shown(item)) from None
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:  # not JSON, not an object, ...
        raise error("workspace.bad_export", file=str(file)) from e


def _body(text, key) -> dict:
    """A stored JSON object; one that is not, or names another row, is not from an unaltered export."""
    body = json.loads(text, parse_constant=_no_constant)
    if not isinstance(body, dict) or body.get("id") != key:
        raise ValueError("body")
    return body


def _no_constant(name):
    raise ValueError(name)  # NaN, Infinity: never in a workspace


def _setting(row) -> None:
    from ..workspace import check_setting

    check_setting(row["key"], json.loads(row["value"], parse_constant=_no_constant))


def _custom_kpi(row) -> None:
    from ..catalogue import custom_kpi

    body = _body(row["body"], row["id"])
    custom_kpi(body.pop("id"), body.pop("formula"), **body)  # as Workspace.save_custom_kpi does


def _target(row, file: str, n: int) -> None:
    from ..targets import check_stored

    check_stored(_body(row["body"], row["id"]), file, n)


@cache
def known_columns(version: int) -> dict[str, dict[str, str]]:
    """{table: {column: DuckDB type}} of a workspace at this schema version, read off an empty one built in memory."""
    engine = Engine()
    try:
        migrations.migrate(engine, upto=version)
        out = {}
        for name in TABLES:
            if SINCE.get(name, 1) > version:
                continue
            rows = engine.rows(  # name: one of TABLES, never from a file
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [name])
            out[name] = dict(rows)
        return out
    finally:
        engine.close()


def load(engine, file: Path, manifest: dict, tables: dict) -> None:
    """Insert exported tables into a fresh workspace at the manifest's schema version, then check the totals."""

    if set(tables) - set(TABLES):
        raise error("workspace.bad_export", file=str(file))
    for name, tbl in tables.items():  # read_export checked these already; load is public, so again
        _check_columns(file, name, tbl.column_names, manifest["schema_version"])

    def fn(cur):
        for name, tbl in tables.items():
            with registered(cur, "incoming", tbl):
                if name == "facts" and manifest["schema_version"] >= migrations.FACTS_VIEW:
                    facts.split(cur, "incoming")  # a table per column set again (older exports: migrations do it)
                else:
                    cols = ", ".join(f'"{c}"' for c in tbl.column_names)
                    cur.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM incoming")
        if manifest["schema_version"] >= migrations.FACTS_VIEW:
            facts.rebuild_view(cur)  # with every table in: the rates decide whether money converts
        got = cur.execute(f"SELECT {', '.join(f'sum({m})' for m in MEASURES)} FROM facts").fetchone()
        for m, g in zip(MEASURES, got, strict=True):
            want = manifest["totals"].get(m)
            same = g is None if want is None else g is not None and math.isclose(g, want, rel_tol=1e-9, abs_tol=1e-6)
            if not same:
                raise error("workspace.bad_export", file=str(file))

    try:
        engine.write(fn)
    except Error as e:  # the rows break the schema's own rules (a key twice, a required value missing): not ours
        raise error("workspace.bad_export", file=str(file)) from e
