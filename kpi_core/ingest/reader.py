"""Read one export into canonical rows: decide on a sample in Python, parse every row in DuckDB."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from ..engine import arrow
from ..errors import KoersError, error, shown
from ..schema import DIMENSIONS, MEASURES, NON_ADDITIVE
from . import period as periods
from . import values
from .delimited import NATIVE_NULLS, columns, load_delimited, load_excel
from .delimited import q as _q
from .mapping import Plan, plan_columns
from .result import ReadResult

EXCEL = (".xlsx", ".xlsm", ".xls")
TOTALS = (r"\s*(?i)(grand |sub)?(total|totaal|totalen|totals|gesamt|gesamtsumme|summe|eindtotaal|subtotaal|sous-total)"
          r"\s*([:\-].*|\(.*\)|of \d[\d,.]* results?)?\s*")  # 'Total of 12 results': TikTok
TOTALS_LABEL = r"\s*(?i)(total|totaal|gesamt)\s?:.*"


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


def read_export(path, name: str | None = None, overrides=None, lang: str = "en", period=None) -> ReadResult:
    """Read an export as the tool wrote it into canonical rows, accounting for every row set aside.

    `overrides`: {header: field or None} the user chose, or a callable (source_id, headers) -> that mapping.
    `period`: an ingest.period.Period the user gives for a report without dates that states none ('All time').
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
            meta, sample, header = load_excel(con, path, file)
        else:
            meta, sample, header, tmp = load_delimited(con, path, file)
        stated = periods.in_file(meta["before_header"])
        chosen = period or (stated if isinstance(stated, periods.Period) else None)
        if chosen is None and stated == "all":
            chosen = periods.ALL_TIME_PERIOD
        try:
            # A ';' delimiter is the European habit, where a lone '12,5' is a decimal comma.
            plan = plan_columns(header, sample, file, overrides or {}, con, "," if meta["delimiter"] == ";" else ".",
                                period=chosen, context=meta["before_header"])
        except KoersError as e:
            if e.code == "ingest.no_date_column" and stated == "all":
                raise error("ingest.needs_period", file=file, stated="All time") from None
            if e.code in ("ingest.bad_date", "ingest.bad_number") and e.info.get("row") is None:
                _name_the_row(con, e, header, meta["line_of"])  # decided on the first rows: say which one
            raise
        rows, info, set_aside, account = _parse_fast_or_exact(con, plan, meta, sample, file, lang)
    finally:
        con.close()
        if tmp:
            os.unlink(tmp)
    return ReadResult(rows=rows, info=info, set_aside=set_aside, content_hash=digest.result(), account=account)


def _name_the_row(con, e: KoersError, header: list[str], line_of) -> None:
    """Fill in the line of the first cell holding the value an error names."""
    if e.info.get("column") not in header:
        return
    i = header.index(e.info["column"])
    (row,) = con.execute(f"SELECT min(rowid) FROM raw WHERE trim(CAST(c{i} AS VARCHAR)) = ?",
                         [str(e.info.get("value", "")).strip()]).fetchone()
    if row is not None:
        e.row = e.info["row"] = line_of(row)


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(8)
    return head.startswith(b"PK\x03\x04") or head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# Only plain digits go to DuckDB's own number parser: it would read '12,50' as 1250 in a column with thousands
# groups. A later cell with any mark then fails the cast, and the file is read through the exact path.
_PLAIN = {".": re.compile(r"^-?\d+(\.\d+)?$"), ",": re.compile(r"^-?\d+(,\d+)?$")}


def _native_columns(plan: Plan, sample: list[list[str]]) -> dict[int, str]:
    """Number columns whose sample is plain digits in the file's one convention: DuckDB may parse them itself."""
    dec = plan.file_decimal
    if dec != ".":  # DuckDB's comma-decimal parse takes '1.234' for one point two three four
        return {}
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

    def again():
        for name in ("t", "shaped"):
            con.execute(f"DROP TABLE IF EXISTS {name}")
            con.execute(f"DROP VIEW IF EXISTS {name}")

    native = _native_columns(plan, sample) if meta.get("view") else {}
    if native:
        meta["view"](native)
        try:
            return _parse(con, plan, meta, file, lang, set(native))
        except (duckdb.ConversionException, duckdb.InvalidInputException):
            again()
            meta["view"]()
        except _Flip as f:  # cannot happen on native columns; the text columns beside them flip
            again()
            for name in f.names:
                plan.decimal[name] = values.other(plan.decimal[name])
            return _parse(con, plan, meta, file, lang, set(native))
    try:
        return _parse(con, plan, meta, file, lang, set())
    except _Flip as f:
        again()
        for name in f.names:
            plan.decimal[name] = values.other(plan.decimal[name])
        return _parse(con, plan, meta, file, lang, set())


def _parse(con, plan: Plan, meta: dict, file: str, lang: str, native: set[int]):
    """Classify every row, parse typed fields, check them, and shape canonical rows."""
    src = plan.source
    width = meta["width"]
    cols = columns(width)

    def filled_sql(i: int) -> str:  # trim() here would cost 15x more
        return f"({cols[i]} IS NOT NULL)" if i in native else f"(coalesce({cols[i]}, '') <> '')"

    filled = " + ".join(f"{filled_sql(i)}::INT" for i in range(width))

    def cell(c: str) -> str:  # a workbook's number cell keeps its mark until a column decides what it is
        return c if meta.get("view") else f"ltrim({c}, chr(31))"

    typed = []
    checks = []
    flips = []  # (field, column index): number columns whose cells may show the other decimal convention
    for name, idx in plan.fields.items():
        c = cols[idx]
        kind = src.field_type(name)
        if kind == "number" and idx in native:
            typed.append(f"{c} AS \"{name}\"")  # DuckDB parsed it while reading
        elif kind == "number":
            expr = values.number_sql(c, plan.decimal[name])
            typed.append(f"{expr} AS \"{name}\"")
            checks.append((name, idx))
            flips.append((name, idx))
        elif kind == "date":
            expr = values.date_sql(cell(c), plan.date_kind[name], plan.date_order.get(name, "dmy"))
            typed.append(f"{expr} AS \"{name}\"")
            checks.append((name, idx))
        else:
            typed.append(f"NULLIF(trim({cell(c)}), '') AS \"{name}\"")
    # Totals labels stand in the first column or a dimension/date column, never in a column of figures.
    # Elsewhere only the 'Label: ...' form counts ('Total: Campaigns' under a match type), not a word alone.
    text_cols = [cols[i] for i in range(width) if plan.kind_of(i) != "number" and (i == 0 or i in plan.fields.values())]
    other_cols = [cols[i] for i in range(width) if plan.kind_of(i) != "number" and cols[i] not in text_cols]
    totals = " OR ".join([f"regexp_full_match({c}, {_q(TOTALS)})" for c in text_cols]
                         + [f"regexp_full_match({c}, {_q(TOTALS_LABEL)})" for c in other_cols]) or "FALSE"
    h = [x for x in plan.header if x][:3]
    rep = " AND ".join(f"trim(CAST({cols[plan.header.index(x)]} AS VARCHAR)) = {_q(x)}" for x in h) or "FALSE"
    # The columns that name what a row is about; a row with figures and none of them sums the others. A tool's own
    # text field counts too (Search Console's query or page column is no Koers dimension).
    dims = [cols[i] for n, i in plan.fields.items() if (n in DIMENSIONS and n != "account")
            or (not src.events and n in src.fields and src.fields[n] == "text")]
    nums = [i for n, i in plan.fields.items() if src.field_type(n) == "number"]
    any_num = " OR ".join(filled_sql(i) for i in nums) or "FALSE"
    date_idx = plan.fields.get(plan.primary_date)
    summary = "FALSE"
    date_empty = f"coalesce(trim({cols[date_idx]}), '') = ''" if date_idx is not None else "TRUE"
    if not src.events or src.summary_rows:
        # A row with numbers but no dimension and no date sums the others. Meta's summary row has dates, so there
        # (summary_rows) empty dimensions alone decide; elsewhere a dated row without a campaign is data.
        # Without a mapped name column, the first column stands in for one (Meta's ad name, GA4's page path); a
        # file whose rows are all figures (Search Console's dates) has no summary row to find.
        names = dims or ([cols[0]] if plan.kind_of(0) != "number" else [])
        conds = [f"coalesce(trim({c}), '') = ''" for c in names] + ([] if src.summary_rows else [date_empty])
        summary = " AND ".join(conds) + f" AND ({any_num})" if names else "FALSE"
    undated = "TRUE" if date_idx is None else f"{plan.primary_date} IS NULL"  # a period report has no dates
    note = f"_filled = 1 AND {undated}"
    # A label such as 'Total: Account' stands where the date would: a dated row is data, whatever its campaign.
    kind = (f"CASE WHEN _filled = 0 THEN 'blank' WHEN {rep} THEN 'repeated_header' "
            f"WHEN {undated} AND ({totals}) THEN 'totals' "
            f"WHEN {summary} THEN 'totals' WHEN {note} THEN 'note' ELSE 'data' END")
    # A cell that did not parse keeps its text in _bad<i> (NULL otherwise): few rows, judged afterwards.
    bad = "".join(f", CASE WHEN \"{n}\" IS NULL THEN {cols[i]} END AS _bad{k}" for k, (n, i) in enumerate(checks))
    # A cell read by the other decimal convention than its column's: named in a warning, never silent.
    bad += "".join(f", {values.shows_other_sql(cols[i], plan.decimal[n])} AS _flip{k}"
                   for k, (n, i) in enumerate(flips))
    keep = ", ".join([f'"{n}"' for n in plan.fields] + [f"_bad{k}" for k in range(len(checks))]
                     + [f"_flip{k}" for k in range(len(flips))])
    # Parse each cell once (inner), then judge rows on the parsed values (outer).
    con.execute(
        f"CREATE TEMP TABLE t AS SELECT {keep}, {kind} AS _kind FROM "
        f"(SELECT raw.*, {filled} AS _filled, {', '.join(typed)}{bad} FROM raw)"
    )
    line_of = meta["line_of"]
    censored = _check(con, plan, checks, file, line_of)
    mixed = _mixed_decimals(con, plan, flips, line_of)
    counts = dict(con.execute("SELECT _kind, count(*) FROM t GROUP BY _kind").fetchall())
    set_aside = sorted(list(meta["preamble"]) + [
        (line_of(r), k) for r, k in con.execute("SELECT rowid, _kind FROM t WHERE _kind <> 'data'").fetchall()
    ])
    rows_kept = counts.get("data", 0)
    if not rows_kept:
        first_note = "SELECT * FROM raw LIMIT 1 OFFSET (SELECT min(rowid) FROM t WHERE _kind = 'note')"
        said = con.execute(first_note).fetchall() if counts.get("note") else []
        note = next((str(c).strip() for c in (said[0] if said else ()) if c and str(c).strip()), "")
        raise error("ingest.no_data_rows", file=file, note=shown(note) if note else "-",
                    totals=counts.get("totals", 0))
    table, warnings = _shape(con, plan, lang)
    account = _account(con, plan)
    currency = _currency(con, plan, warnings)
    skipped = {"preamble": 0, "totals": 0, "blank": 0, "repeated_header": 0}
    for _, reason in set_aside:
        skipped[reason] = skipped.get(reason, 0) + 1
    import pyarrow.compute as pc

    span = pc.min_max(table.column("date"))
    dmin, dmax = span["min"].as_py(), span["max"].as_py()
    if "date_end" in table.column_names:
        dmax = pc.max(pc.coalesce(table.column("date_end"), table.column("date"))).as_py()
    all_time = plan.period is periods.ALL_TIME_PERIOD
    if all_time:
        warnings.insert(0, ("ingest.all_time", {}))
        found, dmin, dmax = None, None, None
    elif plan.period is not None:
        p = plan.period
        warnings.insert(0, ("ingest.period_report", {"start": p.start.isoformat(), "end": p.end.isoformat(),
                                                     "origin": p.origin}))
        found = p.as_dict()
    else:
        found = {"start": dmin.isoformat(), "end": dmax.isoformat(), "from": "rows"} if dmin else None
    if censored:
        warnings.append(("ingest.censored", {"count": int(censored)}))
    warnings += mixed
    from ..i18n import t as tr

    info = {
        "file": file, "source": src.id, "encoding": meta["encoding"], "delimiter": meta["delimiter"],
        "decimal": plan.file_decimal, "header_row": meta["header_row"], "rows": rows_kept, "skipped": skipped,
        "date_min": dmin.isoformat() if dmin else None, "date_max": dmax.isoformat() if dmax else None,
        "mapping": plan.mapping, "unmapped": plan.unmapped,
        "warnings": [tr(code, lang, **params) for code, params in warnings],
        "warning_codes": [{"code": code, "params": params} for code, params in warnings],
        "source_name": src.name, "sheet": meta["sheet"], "sheets": meta["sheets"],
        "period": found, "currency": currency, "all_time": all_time,
    }
    return table, info, set_aside, account


class _Flip(Exception):
    """The whole column shows the other decimal convention than its sample did: read it again that way."""

    def __init__(self, names):
        super().__init__(names)
        self.names = names


def _mixed_decimals(con, plan: Plan, flips, line_of) -> list[tuple[str, dict]]:
    """Warnings naming the rows whose cells were read by the other decimal mark than their column's.

    The column's convention is decided on all its cells: when more cells show the other convention than the one the
    sample suggested, the column is read again with it (_Flip)."""
    if not flips:
        return []
    counts = con.execute("SELECT " + ", ".join(f"count(*) FILTER (WHERE _flip{k})" for k in range(len(flips)))
                         + " FROM t WHERE _kind = 'data'").fetchone()
    out, flip = [], []
    for k, ((name, idx), n) in enumerate(zip(flips, counts, strict=True)):
        if not n:
            continue
        dec = plan.decimal[name]
        own = values.shows_other_sql(f"c{idx}", values.other(dec))  # cells showing the column's convention
        (mine,) = con.execute(f"SELECT count(*) FILTER (WHERE {own}) FROM raw").fetchone()
        if n > mine:
            flip.append(name)
            continue
        rows = [line_of(r) for (r,) in con.execute(
            f"SELECT rowid FROM t WHERE _kind = 'data' AND _flip{k} ORDER BY rowid LIMIT 5").fetchall()]
        out.append(("ingest.decimal_mixed", {"column": shown(plan.header[idx]), "count": int(n),
                                             "rows": ", ".join(map(str, rows)) + (" …" if n > 5 else ""),
                                             "mark": values.other(dec), "usual": dec}))
    if flip:
        raise _Flip(flip)
    return out


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
    # Rows over more than one day (Meta's Reporting starts/ends) keep their end; daily rows need no end column.
    spanning = con.execute("SELECT count(*) FROM t WHERE _kind = 'data' AND date_end > date").fetchall()[0][0] \
        if "date_end" in present else 0
    if spanning:
        warnings.append(("ingest.date_ranges", {"count": int(spanning)}))
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
        spans = bool(spanning)
        selects = []
        for ev in parts:
            vals = ", ".join(f"CAST({ev.measures[m]} AS DOUBLE) AS {m}" if m in ev.measures else f"NULL::DOUBLE AS {m}"
                             for m in ms)
            end = (", CASE WHEN date_end > date THEN date_end END AS date_end" if ev.date == "date"
                   else ", CAST(NULL AS DATE) AS date_end") if spans else ""
            selects.append(f"SELECT {ev.date} AS date{end}, {', '.join(dim_sql + [vals]) if dim_sql else vals} "
                           f"FROM t WHERE _kind = 'data' AND {ev.date} IS NOT NULL AND ({ev.where})")
        if not selects:
            raise error("ingest.no_measure_column", file=plan.file)
        keys = ", ".join(["date"] + (["date_end"] if spans else [])
                         + [d for d in DIMENSIONS if d in dims or (d == "channel" and channel)])
        sums = ", ".join(f"sum({m}) AS {m}" for m in ms)
        con.execute(f"CREATE TEMP TABLE shaped AS SELECT {keys}, {sums} FROM ({' UNION ALL '.join(selects)}) "
                    f"GROUP BY ALL ORDER BY date")
    else:
        ms = [m for m in MEASURES if m in present]
        if plan.period is not None:  # a period report: every row covers the file's period
            days = f"DATE '{plan.period.start.isoformat()}' AS date, DATE '{plan.period.end.isoformat()}' AS date_end"
        elif spanning:  # rows with their own period
            days = "date, CASE WHEN date_end > date THEN date_end END AS date_end"
        else:
            days = "date"
        con.execute(f"CREATE TEMP VIEW shaped AS SELECT {days}, {', '.join(dim_sql + ms)} FROM t "
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
    if plan.derived:
        warnings.append(("ingest.derived_ignored", {"columns": ", ".join(plan.derived)}))
    return arrow(con, "SELECT * FROM shaped"), warnings


CURRENCY_HEADERS = {"currency code", "currency", "valutacode", "valuta", "währung", "währungscode", "devise",
                    "code devise", "code de la devise", "moneda", "código de moneda", "codice valuta", "munteenheid"}


def _currency(con, plan: Plan, warnings: list) -> str | None:
    """The ISO code of the file's money: a currency column's one value, else a header suffix ('Cost (CAD)')."""
    from .sources.base import CURRENCIES, currency_suffix, norm

    found = set()
    named = set(plan.source.currency_from) or CURRENCY_HEADERS
    for i, h in enumerate(plan.header):
        if norm(h) in named:
            codes = con.execute(f"SELECT DISTINCT upper(trim(CAST(c{i} AS VARCHAR))) FROM raw WHERE "
                                f"regexp_full_match(trim(CAST(c{i} AS VARCHAR)), '[A-Za-z]{{3}}') LIMIT 20").fetchall()
            found |= {c for (c,) in codes if c in CURRENCIES}
    if not found:
        found = {c for h in plan.mapping if (c := currency_suffix(h))}
    if len(found) > 1:
        warnings.append(("ingest.mixed_currency", {"currencies": ", ".join(sorted(found))}))
        return None
    return next(iter(found), None)


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
