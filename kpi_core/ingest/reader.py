"""Read one export into canonical rows: decide on a sample in Python, parse every row in DuckDB."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import tempfile
from pathlib import Path

from ..errors import error
from ..schema import DIMENSIONS, MEASURES, NON_ADDITIVE
from . import sniff, values
from .mapping import Plan, plan_columns
from .result import ReadResult
from .sources import looks_like_header

EXCEL = (".xlsx", ".xlsm", ".xls")
NATIVE_NULLS = ("", "--", " --", "-")  # empty-cell spellings DuckDB reads as NULL in a natively parsed column
TOTALS = (r"\s*(?i)(grand |sub)?(total|totaal|totalen|totals|gesamt|gesamtsumme|summe|eindtotaal|subtotaal|sous-total)"
          r"\s*([:\-].*|\(.*\))?\s*")


def max_bytes() -> int:
    """The upload size limit: KOERS_MAX_FILE_MB, default 200 MB."""
    return int(float(os.environ.get("KOERS_MAX_FILE_MB", "200")) * 1024 * 1024)


def file_hash(path: Path) -> str:
    """sha256 of the file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def read_export(path, name: str | None = None, overrides=None, lang: str = "en") -> ReadResult:
    """Read an export as the tool wrote it into canonical rows, accounting for every row set aside.

    `overrides`: {header: field or None} the user chose, or a callable (source_id, headers) -> that mapping.
    """
    import duckdb

    path = Path(path)
    file = name or path.name
    if not path.exists():
        raise error("cli.file_not_found", file=file)
    size = path.stat().st_size
    if size == 0:
        raise error("ingest.empty_file", file=file)
    if size > max_bytes():
        raise error("ingest.too_large", file=file, size_mb=round(size / 1048576), limit_mb=round(max_bytes() / 1048576))
    # hashlib and DuckDB both release the GIL: the hash of a large file costs nothing beside the parse.
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(1)
    digest = pool.submit(file_hash, path)
    pool.shutdown(wait=False)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    tmp = None
    try:
        if path.suffix.lower() in EXCEL or _is_zip(path):
            meta, sample, header = _load_excel(con, path, file)
        else:
            meta, sample, header, tmp = _load_delimited(con, path, file)
        # A ';' delimiter is the European habit, where a lone '12,5' is a decimal comma.
        plan = plan_columns(header, sample, file, overrides or {}, con, "," if meta["delimiter"] == ";" else ".")
        rows, info, set_aside, account = _parse_fast_or_exact(con, plan, meta, sample, file, lang)
    finally:
        con.close()
        if tmp:
            os.unlink(tmp)
    return ReadResult(rows=rows, info=info, set_aside=set_aside, content_hash=digest.result(), account=account)


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(8)
    return head.startswith(b"PK\x03\x04") or head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _columns(width: int) -> list[str]:
    return [f"c{i}" for i in range(width)]


def _load_delimited(con, path: Path, file: str):
    head = sniff.read_head(path, file)
    encoding = sniff.detect_encoding(head, file)
    text = sniff.decode_head(head, encoding)
    if _binary(text):
        raise error("ingest.not_a_table", file=file)
    s = sniff.sniff_text(text, file, encoding, looks_like_header)
    width = max([len(s.header)] + [len(r) for r in s.sample[:2000]])
    tmp = None
    src = path
    if encoding not in ("utf-8", "utf-8-sig"):
        tmp = _transcode(path, encoding)
        src = Path(tmp)
    cols = _columns(width)
    delim = s.delimiter.replace("'", "''")
    blanks = _blank_lines(src, s.data_line)
    # No row numbers here: a window over a parallel read costs more than the parse. Tables keep file order, so
    # a record's line follows from its rowid (see _line_of).
    extra = _trailing_comment_block(src, s.data_line) if s.comment_rows else None
    limit = ""
    if extra:  # GA4 downloads append chart tables after a '#' block: they end the main table
        cut, last = extra
        blanks = [b for b in blanks if b < cut]
        limit = f" LIMIT {cut - 1 - s.data_line - len(blanks)}"
    def view(native: dict[int, str] | None = None) -> None:
        """(Re)define `raw`: every column as text, or with `native` columns parsed by DuckDB itself."""
        spec = "{" + ", ".join(f"'{c}': '{'DOUBLE' if native and i in native else 'VARCHAR'}'"
                               for i, c in enumerate(cols)) + "}"
        numbers = ""
        if native:
            dec = next(iter(native.values()))
            text = ", ".join(_q(c) for i, c in enumerate(cols) if i not in native)
            # The null spellings are for the number columns only: a campaign called '-' stays a campaign.
            numbers = (f", decimal_separator='{dec}', thousands='{',' if dec == '.' else '.'}', "
                       f"nullstr=[{', '.join(_q(t) for t in NATIVE_NULLS)}], force_not_null=[{text}]")
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW raw AS SELECT * FROM read_csv({_q(str(src))}, "
            f"delim='{delim}', quote='\"', escape='\"', header=false, skip={s.data_line}, columns={spec}, "
            f"null_padding=true, strict_mode=false, auto_detect=false, max_line_size=10000000{numbers}){limit}"
        )

    view()
    preamble = [(i + 1, "preamble") for i in range(s.header_row)] + [(b, "blank") for b in blanks]
    if extra:
        preamble += [(line, "extra_table") for line in range(extra[0], extra[1] + 1)]
    meta = {"encoding": _encoding_name(encoding), "delimiter": s.delimiter, "header_row": s.header_row + 1,
            "preamble": preamble, "width": width, "sheet": None, "sheets": None,
            "line_of": _line_of(s.data_line + 1, blanks), "view": view}
    header = s.header + [""] * (width - len(s.header))
    return meta, [r + [""] * (width - len(r)) for r in s.sample[:2000]], header, tmp


def _trailing_comment_block(path: Path, data_line: int) -> tuple[int, int] | None:
    """(first, last) line of what follows the first '#' line after the data, or None."""
    import mmap

    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        pos = -1
        for _ in range(data_line):
            pos = m.find(b"\n", pos + 1)
        hit = m.find(b"\n#", pos)
        if hit == -1:
            return None
        first = m[:hit + 1].count(b"\n") + 1
        last = first + m[hit + 1:].rstrip(b"\r\n").count(b"\n")
        return first, last


def _line_of(first: int, blanks: list[int]):
    """rowid -> line in the file: records start at line `first`; DuckDB skipped the empty lines in `blanks`."""
    shifts = [b - first - j for j, b in enumerate(blanks)]  # the rowid from which each empty line counts

    def line_of(rowid: int) -> int:
        return first + rowid + sum(1 for x in shifts if x <= rowid)

    return line_of


def _blank_lines(path: Path, after: int) -> list[int]:
    """1-based numbers of the empty lines after line `after`: a regex scan in C, no loop over rows."""
    import mmap

    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return []
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
            starts = [x.start() + 1 for x in re.finditer(rb"\n(?=\r?\n)", m)]  # where an empty line begins
            out, line, last = [], 1, 0
            for start in starts:
                line += m[last:start].count(b"\n")
                last = start
                if line > after:
                    out.append(line)
            return out


def _binary(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return bad > 0.05 * max(len(sample), 1)


def _encoding_name(enc: str) -> str:
    return {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
            "cp1252": "cp1252"}.get(enc, enc)


def _transcode(path: Path, encoding: str) -> str:
    """Copy a UTF-16 or cp1252 file as UTF-8 (DuckDB reads UTF-8)."""
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    with open(path, "rb") as src, os.fdopen(fd, "w", encoding="utf-8", newline="") as dst:
        first = True
        for chunk in iter(lambda: src.read(1 << 22), b""):
            out = decoder.decode(chunk)
            if first:
                out, first = out.lstrip("\ufeff"), False
            dst.write(out)
        dst.write(decoder.decode(b"", final=True))
    return tmp


def _load_excel(con, path: Path, file: str):
    import pandas as pd

    from .excel import read_workbook

    records, sheet, sheets = read_workbook(path, file)
    width = max(len(r) for r in records)
    records = [r + [""] * (width - len(r)) for r in records]
    # Numbers stored as text and merged title cells arrive as plain text cells: the same rules as CSV apply.
    at = sniff.find_header(records, width, looks_like_header)
    if at is None:
        raise error("ingest.no_header", file=file)
    data = records[at + 1:]
    frame = pd.DataFrame(data, columns=_columns(width), dtype="string")
    con.register("raw_frame", frame)
    con.execute("CREATE TEMP TABLE raw AS SELECT * FROM raw_frame")
    con.unregister("raw_frame")
    preamble = [(i + 1, "preamble") for i in range(at)]
    meta = {"encoding": None, "delimiter": None, "header_row": at + 1, "preamble": preamble, "width": width,
            "sheet": sheet, "sheets": sheets, "line_of": _line_of(at + 2, [])}
    return meta, data[:2000], [c.strip() for c in records[at]]


_PLAIN = {".": re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"),
          ",": re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")}


def _native_columns(plan: Plan, sample: list[list[str]]) -> dict[int, str]:
    """Number columns whose sample is plain digits in the file's one convention: DuckDB may parse them itself."""
    dec = plan.file_decimal
    out = {}
    for name, idx in plan.fields.items():
        if plan.source.field_type(name) != "number" or plan.decimal[name] != dec:
            continue
        cells = [r[idx].strip() for r in sample if idx < len(r)]
        if cells and all(c in NATIVE_NULLS or _PLAIN[dec].match(c) for c in cells):
            out[idx] = dec
    return out


def _parse_fast_or_exact(con, plan: Plan, meta: dict, sample: list[list[str]], file: str, lang: str):
    """Let DuckDB parse plain number columns while reading; a cell the sample did not foresee means reading again,
    every column as text, through the exact path (which also names any bad cell)."""
    import duckdb

    native = _native_columns(plan, sample) if meta.get("view") else {}
    if native:
        meta["view"](native)
        try:
            return _parse(con, plan, meta, file, lang, set(native))
        except (duckdb.ConversionException, duckdb.InvalidInputException):
            for name in ("t", "shaped"):
                con.execute(f"DROP TABLE IF EXISTS {name}")
                con.execute(f"DROP VIEW IF EXISTS {name}")
            meta["view"]()
    return _parse(con, plan, meta, file, lang, set())


def _q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _parse(con, plan: Plan, meta: dict, file: str, lang: str, native: set[int]):
    """Classify every row, parse typed fields, check them, and shape canonical rows."""
    src = plan.source
    width = meta["width"]
    cols = _columns(width)

    def filled_sql(i: int) -> str:  # trim() here would cost 15x more
        return f"({cols[i]} IS NOT NULL)" if i in native else f"(coalesce({cols[i]}, '') <> '')"

    filled = " + ".join(f"{filled_sql(i)}::INT" for i in range(width))

    def cell(c: str) -> str:  # a workbook's number cell keeps its mark until a column decides what it is
        return c if meta.get("view") else f"ltrim({c}, chr(31))"

    typed = []
    checks = []
    for name, idx in plan.fields.items():
        c = cols[idx]
        kind = src.field_type(name)
        if kind == "number" and idx in native:
            typed.append(f"{c} AS \"{name}\"")  # DuckDB parsed it while reading
        elif kind == "number":
            expr = values.number_sql(c, plan.decimal[name])
            typed.append(f"{expr} AS \"{name}\"")
            checks.append((name, idx))
        elif kind == "date":
            expr = values.date_sql(cell(c), plan.date_kind[name], plan.date_order.get(name, "dmy"))
            typed.append(f"{expr} AS \"{name}\"")
            checks.append((name, idx))
        else:
            typed.append(f"NULLIF(trim({cell(c)}), '') AS \"{name}\"")
    # Totals labels stand in the first column or a dimension/date column, never in a column of figures.
    text_cols = [cols[i] for i in range(width) if plan.kind_of(i) != "number" and (i == 0 or i in plan.fields.values())]
    totals = " OR ".join(f"regexp_full_match({c}, {_q(TOTALS)})" for c in text_cols) or "FALSE"
    h = [x for x in plan.header if x][:3]
    rep = " AND ".join(f"trim(CAST({cols[plan.header.index(x)]} AS VARCHAR)) = {_q(x)}" for x in h) or "FALSE"
    dims = [cols[i] for n, i in plan.fields.items() if n in DIMENSIONS and n != "account"]
    nums = [i for n, i in plan.fields.items() if src.field_type(n) == "number"]
    any_num = " OR ".join(filled_sql(i) for i in nums) or "FALSE"
    date_idx = plan.fields.get(plan.primary_date)
    summary = "FALSE"
    date_empty = f"coalesce(trim({cols[date_idx]}), '') = ''" if date_idx is not None else "TRUE"
    if not src.events or src.summary_rows:
        # A row with numbers but no dimension and no date sums the others. Meta's summary row has dates, so there
        # (summary_rows) empty dimensions alone decide; elsewhere a dated row without a campaign is data.
        conds = [f"coalesce(trim({c}), '') = ''" for c in dims] + ([] if src.summary_rows else [date_empty])
        summary = " AND ".join(conds) + f" AND ({any_num})"
    note = f"_filled = 1 AND {plan.primary_date} IS NULL"
    # A label such as 'Total: Account' stands where the date would: a dated row is data, whatever its campaign.
    kind = (f"CASE WHEN _filled = 0 THEN 'blank' WHEN {rep} THEN 'repeated_header' "
            f"WHEN {plan.primary_date} IS NULL AND ({totals}) THEN 'totals' "
            f"WHEN {summary} THEN 'totals' WHEN {note} THEN 'note' ELSE 'data' END")
    # A cell that did not parse keeps its text in _bad<i> (NULL otherwise): few rows, judged afterwards.
    bad = "".join(f", CASE WHEN \"{n}\" IS NULL THEN {cols[i]} END AS _bad{k}" for k, (n, i) in enumerate(checks))
    keep = ", ".join([f'"{n}"' for n in plan.fields] + [f"_bad{k}" for k in range(len(checks))])
    # Parse each cell once (inner), then judge rows on the parsed values (outer).
    con.execute(
        f"CREATE TEMP TABLE t AS SELECT {keep}, {kind} AS _kind FROM "
        f"(SELECT raw.*, {filled} AS _filled, {', '.join(typed)}{bad} FROM raw)"
    )
    line_of = meta["line_of"]
    censored = _check(con, plan, checks, file, line_of)
    counts = dict(con.execute("SELECT _kind, count(*) FROM t GROUP BY _kind").fetchall())
    set_aside = sorted(list(meta["preamble"]) + [
        (line_of(r), k) for r, k in con.execute("SELECT rowid, _kind FROM t WHERE _kind <> 'data'").fetchall()
    ])
    rows_kept = counts.get("data", 0)
    table, warnings = _shape(con, plan, lang)
    account = _account(con, plan)
    skipped = {"preamble": 0, "totals": 0, "blank": 0, "repeated_header": 0}
    for _, reason in set_aside:
        skipped[reason] = skipped.get(reason, 0) + 1
    import pyarrow.compute as pc

    span = pc.min_max(table.column("date"))
    dmin, dmax = span["min"].as_py(), span["max"].as_py()
    if censored:
        warnings.append(("ingest.censored", {"count": int(censored)}))
    from ..i18n import t as tr

    info = {
        "file": file, "source": src.id, "encoding": meta["encoding"], "delimiter": meta["delimiter"],
        "decimal": plan.file_decimal, "header_row": meta["header_row"], "rows": rows_kept, "skipped": skipped,
        "date_min": dmin.isoformat() if dmin else None, "date_max": dmax.isoformat() if dmax else None,
        "mapping": plan.mapping, "unmapped": plan.unmapped,
        "warnings": [tr(code, lang, **params) for code, params in warnings],
        "warning_codes": [{"code": code, "params": params} for code, params in warnings],
        "source_name": src.name, "sheet": meta["sheet"], "sheets": meta["sheets"],
    }
    return table, info, set_aside, account


def _check(con, plan: Plan, checks, file: str, line_of) -> int:
    """Stop at the first cell that holds something that is not a number or a date: say where.

    Returns how many cells held a withheld value such as '< 10' (read as empty).
    """
    censored, errors = 0, []
    for k, (name, idx) in enumerate(checks):
        found = con.execute(f"SELECT _bad{k}, count(*), min(rowid) FROM t WHERE _kind = 'data' AND _bad{k} IS NOT NULL "
                            "GROUP BY 1").fetchall()
        is_date = plan.source.field_type(name) == "date"
        for value, n, row in found:
            cell = value.replace("\xa0", " ").strip()
            if cell.startswith("<") and not is_date:
                censored += n
            elif cell.lower() not in values.NULL_TOKENS or (is_date and name == plan.primary_date and cell):
                errors.append((line_of(row), name, idx, value))
    if errors:
        row, name, idx, value = min(errors)
        code = "ingest.bad_date" if plan.source.field_type(name) == "date" else "ingest.bad_number"
        raise error(code, file=file, row=row, column=plan.header[idx], value=value)
    return censored


def _shape(con, plan: Plan, lang: str):
    """Canonical rows: one row per data row, or per event for record-level exports."""
    src = plan.source
    present = set(plan.fields)
    dims = [d for d in DIMENSIONS if d in present]
    if "channel" in present:
        channel = f"coalesce(channel, {_q(src.channel)})" if src.channel else "channel"
    else:
        channel = _q(src.channel) if src.channel else None
    dim_sql = [f"{d}" for d in dims if d != "channel"] + ([f"{channel} AS channel"] if channel else [])
    warnings: list[tuple[str, dict]] = [(w, {}) for w in src.warnings]
    if src.events:
        parts, measures = [], set()
        for ev in src.events:
            if ev.date not in present or not set(ev.needs) <= present or present & set(ev.unless):
                continue
            measures |= set(ev.measures)
            parts.append(ev)
            if ev.warn:
                warnings.append((ev.warn, {}))
        ms = [m for m in MEASURES if m in measures]
        selects = []
        for ev in parts:
            vals = ", ".join(f"CAST({ev.measures[m]} AS DOUBLE) AS {m}" if m in ev.measures else f"NULL::DOUBLE AS {m}"
                             for m in ms)
            selects.append(f"SELECT {ev.date} AS date, {', '.join(dim_sql + [vals]) if dim_sql else vals} FROM t "
                           f"WHERE _kind = 'data' AND {ev.date} IS NOT NULL AND ({ev.where})")
        if not selects:
            raise error("ingest.no_measure_column", file=plan.file)
        keys = ", ".join(["date"] + [d for d in DIMENSIONS if d in dims or (d == "channel" and channel)])
        sums = ", ".join(f"sum({m}) AS {m}" for m in ms)
        con.execute(f"CREATE TEMP TABLE shaped AS SELECT {keys}, {sums} FROM ({' UNION ALL '.join(selects)}) "
                    f"GROUP BY ALL ORDER BY date")
    else:
        ms = [m for m in MEASURES if m in present]
        con.execute(f"CREATE TEMP VIEW shaped AS SELECT date, {', '.join(dim_sql + ms)} FROM t "
                    f"WHERE _kind = 'data'")
    overlap = [m for m in ms if m in NON_ADDITIVE]
    if overlap:
        warnings.append(("ingest.non_additive", {"measures": ", ".join(overlap)}))
    for code, count_sql in src.checks:
        try:
            n = con.execute(f"SELECT {count_sql} FROM t WHERE _kind = 'data'").fetchone()[0]
        except Exception as e:  # a check over a field this file lacks
            if "not found" in str(e).lower():
                continue
            raise
        if n:
            warnings.append((code, {"count": int(n)}))
    if "date_end" in present:
        n = con.execute("SELECT count(*) FROM t WHERE _kind = 'data' AND date_end <> date").fetchone()[0]
        if n:
            warnings.append(("ingest.date_ranges", {"count": int(n)}))
    if plan.derived:
        warnings.append(("ingest.derived_ignored", {"columns": ", ".join(plan.derived)}))
    return con.execute("SELECT * FROM shaped").fetch_arrow_table(), warnings


def _account(con, plan: Plan) -> str | None:
    if "account" not in plan.fields:
        return None
    names = [r[0] for r in con.execute(
        "SELECT DISTINCT account FROM t WHERE _kind = 'data' AND account IS NOT NULL ORDER BY 1").fetchall()]
    return ", ".join(names) if names else None


def inspect(path, lang: str = "en") -> dict:
    """The `inspect --json` object of one file."""
    return read_export(path, lang=lang).info


__all__ = ["read_export", "inspect", "re"]
