"""Read one export into canonical rows, stage by stage; this module runs the stages and describes the file.

open the bytes or the workbook (delimited.py, excel.py) -> sniff the dialect and locate header, preamble and footer
(sniff.py) and the period the file states (period.py) -> map columns (mapping.py, with the tool's description from
sources/) -> parse and classify rows in DuckDB (parse.py) -> shape canonical rows (shape.py). A new export format
touches its source description and at most one stage."""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import contextmanager
from pathlib import Path

from ..errors import KoersError, error, shown
from ..schema import DIMENSIONS
from . import archive, label_report, parse, plausible, shape, unescaped, values, wrapped
from . import period as periods
from .delimited import MAX_BLANK_LINES, TooManyBlankLines, encoding_name, load_delimited, load_excel, refusal, settle
from .mapping import Plan, plan_columns
from .result import ReadResult

EXCEL = (".xlsx", ".xlsm", ".xls")
def max_bytes() -> int:
    """The upload size limit: KOERS_MAX_FILE_MB, default 200 MB."""
    return int(float(os.environ.get("KOERS_MAX_FILE_MB", "200")) * 1024 * 1024)


def file_hash(path: Path) -> str:
    """sha256 of the file's bytes."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def read_export(path, name: str | None = None, overrides=None, lang: str = "en", period=None,
                into=None, zone: str | None = None, said: tuple = ()) -> ReadResult:
    """Read an export as the tool wrote it into canonical rows, accounting for every row set aside.

    `overrides`: {header: field or None} the user chose, or a callable (source_id, headers) -> that mapping.
    `period`: an ingest.period.Period the user gives for a report without dates that states none ('All time').
    `into`: the Engine the rows will be added to: they are read on a cursor of it and stay there, in a schema of
    their own (rows is an ingest.result.Resident, dropped once added; in memory shown where it is until its rows
    change, see store/facts.adopt), never copied out to Arrow and back.
    `zone`: the time zone whose days count times a tool writes in UTC (Pipedrive, Stripe); schema.DEFAULT_ZONE when
    None.
    `said`: warnings ({'code', 'params'}) put before the reading's own: where the file came from (members()).
    """
    r = _read_any(Path(path), name, overrides, lang, period, into, zone)
    for w in reversed(said):
        r = _said_first(r, w["code"], w["params"], lang)
    return r


def members(path, folder: Path, name: str | None = None) -> list[tuple[Path, str, tuple]] | None:
    """The files of Mailchimp's audience zip, unpacked into `folder` (archive.members), each to be read and added as
    an upload of its own: (its copy, the name to show, `said` for read_export). Each one's says which other files
    the zip held, the first one's also which were left out, and why. None for any other file: read_export reads it
    as it is."""
    file = name or Path(path).name
    got = archive.members(Path(path), file, folder)
    if got is None:
        return None
    files, left = got
    out = []
    for k, (copy, member) in enumerate(files):
        others = ", ".join(m for _, m in files if m != member)
        said = [{"code": "ingest.archive_members", "params": {"file": file, "member": member, "others": others}}] \
            if others else []  # a zip of one member file: its name 'members.zip › …' says where it came from
        if k == 0:
            said += [{"code": code, "params": {"file": f"{file} › {m}"}} for m, code in left]
        out.append((copy, f"{file} › {member}", tuple(said)))
    return out


@contextmanager
def each_export(path):
    """(path, name or None, said) of every export one file holds, while the context lasts: a Mailchimp audience
    zip's files unpacked into a private folder (members()), any other file itself."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="koers-members-") as folder:
        yield members(path, Path(folder)) or [(Path(path), None, ())]


def _read_any(path: Path, name: str | None, overrides, lang: str, period, into, zone) -> ReadResult:
    """read_export's reading: the export itself, or the one a zip, label lines or wrapped lines hold."""
    if path.is_dir():
        raise error("cli.not_a_file", file=name or path.name)
    # A file of another form than the export itself (a zip, label lines, wrapped lines) is read as the export it
    # holds; a workbook, an empty file or one over the limit goes straight on (_read names what is wrong).
    if path.suffix.lower() not in EXCEL and path.is_file() and 0 < path.stat().st_size <= max_bytes():
        file = name or path.name
        if archive.is_archive(path):
            return _archived(path, file, overrides, lang, period, into, zone)
        if not _is_zip(path):
            if label_report.titled(path) and (got := label_report.transpose(path, file)) is not None:
                return _label_report(path, file, got, overrides, lang, period, into, zone)
            if (inside := wrapped.unwrap(path, file)) is not None:
                return _unwrapped(path, file, inside, overrides, lang, period, into, zone)
    try:
        return _read(path, name, overrides, lang, period, into, zone)
    except KoersError as e:
        if e.code not in ("ingest.bad_quote", "ingest.unclosed_quote") or path.suffix.lower() in EXCEL:
            raise
        if (fixed := unescaped.repair(path)) is None:
            raise
    copy, rows, row = fixed
    try:
        r = _read(copy, name or path.name, overrides, lang, period, into, zone)
    finally:
        os.unlink(copy)
    r.content_hash = file_hash(path)
    return _said_first(r, "ingest.unescaped_quotes", {"count": rows, "row": row}, lang)


def _said_first(r: ReadResult, code: str, params: dict, lang: str) -> ReadResult:
    """r with a warning about the form the export came in put before the reading's own."""
    from ..i18n import t as tr

    r.info["warning_codes"] = [{"code": code, "params": params}, *r.info["warning_codes"]]
    r.info["warnings"] = [tr(code, lang, **params), *r.info["warnings"]]
    return r


def _archived(path: Path, file: str, overrides, lang: str, period, into, zone) -> ReadResult:
    """The table inside a zip archive (archive.py), read as the export under the archive's name and said."""
    with archive.opened(path, file) as (copy, member, how, others):
        r = read_export(copy, f"{file} › {member}", overrides, lang, period, into, zone)
    return _said_first(r, f"ingest.archive_{how}", {"member": member, "others": ", ".join(others) or "-"}, lang)


def _unwrapped(path: Path, file: str, inside: tuple[Path, str], overrides, lang: str, period, into,
               zone) -> ReadResult:
    """An export whose lines were each wrapped in one cell (wrapped.py), read as the lines inside, which stand on the
    file's own lines; said. Cells written as text formulas are read as their values, unsaid."""
    copy, wrapper = inside
    try:
        r = _read(copy, file, overrides, lang, period, into, zone)
    finally:
        os.unlink(copy)
    r.content_hash = file_hash(path)
    if wrapper == "=":  # cells written as text formulas: the values inside are the tool's, nothing to say
        return r
    return _said_first(r, "ingest.wrapped_lines", {}, lang)


def _label_report(path: Path, file: str, got, overrides, lang: str, period, into, zone) -> ReadResult:
    """A report of one campaign as label lines (label_report.py), its rows read under its labels by the usual
    stages: every row, line and cell the stages name is named by its line in the report, and every line that is
    in no row is set aside and counted."""
    from ..i18n import t as tr

    try:
        r = _read(got.csv, file, overrides, lang, period, into, zone)
    except KoersError as e:
        raise label_report.renamed(e, got) from None
    finally:
        os.unlink(got.csv)
    set_aside = sorted(got.set_aside + [(got.starts[row - 2], why) for row, why in r.set_aside])
    skipped = _skipped(set_aside)
    codes = [{"code": "ingest.label_report", "params": {"labels": got.labels, "rows": r.info["rows"],
                                                        "tables": skipped.get("extra_table", 0)}}]
    for w in r.info["warning_codes"]:
        params = dict(w["params"])
        if isinstance(params.get("rows"), str):
            params["rows"] = label_report.rows_in_report(params["rows"], got)
        codes.append({"code": w["code"], "params": params})
    r.info.update(encoding=encoding_name(got.encoding), skipped=skipped, warning_codes=codes,
                  header_row=min(n for at in got.where for n in at.values()),  # the first label's line
                  warnings=[tr(w["code"], lang, **w["params"]) for w in codes])
    r.set_aside, r.content_hash = set_aside, file_hash(path)
    # The report covers its campaign alone: a report of another campaign sent the same day is no newer copy of it.
    r.scope = {"campaign": got.campaigns}
    return r


def _read(path, name: str | None, overrides, lang: str, period, into, zone) -> ReadResult:
    """read_export() of a file as it stands."""
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
    con = duckdb.connect() if into is None else into.cursor()
    con.execute("SET enable_progress_bar = false")
    tmp = None
    try:
        if path.suffix.lower() in EXCEL or _is_zip(path):
            meta, sample, header = load_excel(con, path, file)
        else:
            meta, sample, header, tmp = load_delimited(con, path, file)
        stated = periods.in_file(meta["before_header"]) or periods.in_name(file)
        chosen = period or (stated if isinstance(stated, periods.Period) else None)
        if chosen is None and stated == "all":
            chosen = periods.ALL_TIME_PERIOD
        elif chosen is not None:
            _check_period(chosen, file)
        read, view = meta.get("read"), meta.get("view")  # a delimited file's read may have to loosen (settle)
        try:
            # A ';' delimiter is the European habit, where a lone '12,5' is a decimal comma.
            plan = settle(read, view, file, lambda: plan_columns(
                header, sample, file, overrides or {}, con, "," if meta["delimiter"] == ";" else ".",
                period=chosen, context=meta["before_header"], zone=zone))
        except KoersError as e:
            if e.code == "ingest.no_date_column" and stated == "all":
                raise error("ingest.needs_period", file=file, stated="All time") from None
            if e.code in ("ingest.bad_date", "ingest.bad_number") and e.info.get("row") is None:
                # decided on the first rows: say which one
                settle(read, view, file, lambda err=e: _name_the_row(con, err, header, meta["line_of"]))
            raise
        keep = None if into is None else f"_read_{os.urandom(8).hex()}"
        if keep:  # `t` is made in a schema of its own, so that the store's cursor reads the rows from it
            con.execute(f"CREATE SCHEMA {keep}")
            con.execute(f"SET schema = '{keep}'")
            meta["keep"] = keep
        try:
            rows, info, set_aside, account = _parse_fast_or_exact(con, plan, meta, sample, file, lang, keep)
        except BaseException:
            if keep:  # refused: nothing of this file may stay in the engine
                con.execute(f"DROP SCHEMA IF EXISTS {keep} CASCADE")
            raise
    except duckdb.InvalidInputException as e:  # a record DuckDB cannot read as it stands (delimited.refusal)
        err = refusal(e, file)
        if err is None:
            raise
        raise err from None
    except TooManyBlankLines as e:
        raise error("ingest.too_many_blank_lines", file=file, row=e.row, limit=MAX_BLANK_LINES) from None
    finally:
        con.close()
        if tmp:
            os.unlink(tmp)
    return ReadResult(rows=rows, info=info, set_aside=set_aside, content_hash=digest.result(), account=account)


def _one_row_repeated(con, plan, totals: int) -> bool:
    """The file's totals rows, one or two, hold the same figures and dates: one row written once or twice."""
    if totals > 2:
        return False
    cells = ", ".join(f'"{f}"' for f in plan.fields)
    (n,) = con.execute(f"SELECT count(DISTINCT row({cells})) FROM t WHERE _kind = 'totals'").fetchone()
    return n == 1


def _name_the_row(con, e: KoersError, header: list[str], line_of) -> None:
    """Fill in the line of the first cell holding the value an error names."""
    i = getattr(e, "index", None)
    if i is None:
        if e.info.get("column") not in header:
            return
        i = header.index(e.info["column"])
    # `raw` over a CSV is a view of read_csv, which has no rowid; records come in file order, read in parallel or not.
    (row,) = con.execute(f"SELECT min(_r) FROM (SELECT row_number() OVER () - 1 AS _r, c{i} FROM raw) "
                         f"WHERE trim(CAST(c{i} AS VARCHAR)) = ?",
                         [str(getattr(e, "cell", e.info.get("value", ""))).strip()]).fetchone()
    if row is not None:
        e.row = e.info["row"] = line_of(row)


def _check_period(p, file: str) -> None:
    """A period stated in the file or given must lie within the years a date may have (values.year_range)."""
    lo, hi = values.year_range()
    if p.start.year < lo or p.end.year > hi:
        raise error("ingest.period_out_of_range", file=file, start=p.start.isoformat(), end=p.end.isoformat(),
                    min=lo, max=hi)


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(8)
    return head.startswith(b"PK\x03\x04") or head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _parse_fast_or_exact(con, plan: Plan, meta: dict, sample: list[list[str]], file: str, lang: str,
                         keep: str | None = None):
    """Let DuckDB parse plain number columns while reading; a cell the sample did not foresee means reading again,
    every column as text, through the exact path (which also names any bad cell)."""
    import duckdb

    def again():
        for name in ("t", "shaped"):
            con.execute(f"DROP TABLE IF EXISTS {name}")
            con.execute(f"DROP VIEW IF EXISTS {name}")

    native = parse.native_columns(plan, sample) if meta.get("view") else {}
    if native:
        meta["view"](native)

    def parse_once():
        return _parse(con, plan, meta, file, lang, set(native), keep, sample)

    def loosened():  # `raw` read past what DuckDB's strict mode stopped at (delimited.settle), native columns kept
        again()
        meta["view"](native)

    # Read again: without the native columns once (a cell the sample did not foresee), and up to three times once a
    # column's decimal convention is settled for good (parse.decide).
    decided = 0
    while True:
        try:
            return settle(meta.get("read"), loosened, file, parse_once)
        except (duckdb.ConversionException, duckdb.InvalidInputException, parse.NotPlain) as e:
            if not native or refusal(e, file):
                raise
            again()
            meta["view"]()
            native = {}
        except parse.Mixed as m:  # cells in the other decimal convention: decided on all cells, then read again
            if decided == 3:
                raise
            decided += 1
            again()
            parse.decide(con, plan, m.counts)


def _parse(con, plan: Plan, meta: dict, file: str, lang: str, native: set[int], keep: str | None,
           sample: list[list[str]]):
    """Parse and classify every row, judge bad cells, shape canonical rows, and describe the file (inspect's info)."""
    src = plan.source
    checks, flips = parse.build(con, plan, meta, native, parse.lean_columns(plan, sample))
    got = con.execute("SELECT _kind, count(*), min(rowid), max(rowid) FROM t GROUP BY _kind").fetchall()
    counts, spans = {k: n for k, n, *_ in got}, {k: (a, b) for k, _, a, b in got}  # spans: each kind's first, last row
    others = []
    if counts.get("other"):  # the rows of the items a report does not list: data, and said with their rows
        others = [r for (r,) in con.execute("SELECT rowid FROM t WHERE _kind = 'other' ORDER BY rowid").fetchall()]
        con.execute("UPDATE t SET _kind = 'data' WHERE _kind = 'other'")
        counts["data"] = counts.get("data", 0) + counts.pop("other")
    if src.summary_rows and not counts.get("data") and counts.get("totals") and not (
            set(DIMENSIONS) & set(plan.fields)) and _one_row_repeated(con, plan, counts["totals"]):
        # An export without a breakdown (Meta's report of the account alone, no name column at all): its one row is
        # no summary of other rows, there are none; it is the file's figures. Meta may write it twice, the summary row
        # and the account's row after it (Briyanes/meta-ads-report-generator `rmoda-studio-minggu-lalu.csv`): the
        # last is the data, the first its summary.
        con.execute("UPDATE t SET _kind = 'data' WHERE rowid = (SELECT max(rowid) FROM t WHERE _kind = 'totals')")
        counts["data"], counts["totals"] = 1, counts["totals"] - 1
    levels = parse.level_rows(con, plan, counts)
    line_of = meta["line_of"]  # delimited.Lines
    if counts.get("blank", 0) > MAX_BLANK_LINES:  # rows of empty cells (',,,'), each named like an empty line
        (past,) = con.execute(f"SELECT rowid FROM t WHERE _kind = 'blank' ORDER BY rowid LIMIT 1 "
                              f"OFFSET {MAX_BLANK_LINES}").fetchone()
        raise TooManyBlankLines(line_of(past))
    line_of.settle(sum(counts.values()))
    nameless = parse.nameless_part(con, plan, counts, spans, line_of)
    parse.beyond_header(con, plan, meta, file, line_of, len(checks))  # before the bad cells: it says why cells moved
    censored = parse.check(con, plan, checks, file, line_of)
    mixed = parse.mixed_decimals(con, plan, flips, line_of)
    set_aside = sorted([*meta["preamble"], *((b, "blank") for b in line_of.blanks)] + [
        (line_of(r), k) for r, k in con.execute("SELECT rowid, _kind FROM t WHERE _kind <> 'data'").fetchall()
    ])
    rows_kept = counts.get("data", 0)
    extreme, undated = _set_aside_for(set_aside, "out_of_range"), _set_aside_for(set_aside, "undated")
    if undated:
        undated["column"] = shown(plan.header[plan.fields[plan.primary_date]])
    if not rows_kept and extreme and undated:  # both said: neither alone is why nothing is kept
        lo, hi = values.year_range()
        raise error("ingest.no_row_dated_in_range", file=file, rows=extreme["rows"], min=lo, max=hi,
                    column=undated["column"], undated_rows=undated["rows"])
    if not rows_kept and extreme:
        lo, hi = values.year_range()
        raise error("ingest.all_dates_out_of_range", file=file, **extreme, min=lo, max=hi)
    if not rows_kept and undated:
        raise error("ingest.all_undated", file=file, **undated)
    if not rows_kept:
        first_note = "SELECT * FROM raw LIMIT 1 OFFSET (SELECT min(rowid) FROM t WHERE _kind = 'note')"
        said = con.execute(first_note).fetchall() if counts.get("note") else []
        note = next((str(c).strip() for c in (said[0] if said else ()) if c and str(c).strip()), "")
        totals = counts.get("totals", 0)
        form = ("both" if totals else "note") if note else ("totals" if totals else "empty")
        raise error("ingest.no_data_rows", file=file, note=shown(note) if note else "-", totals=totals, form=form)
    said = levels + nameless + shape.fill_groups(con, plan, counts.get("totals", 0)) + shape.months_outside(con, plan) \
        + shape.short_of_total(con, plan, counts)
    table, warnings = shape.shape(con, plan, lang, keep, sample)
    warnings += said
    account = shape.account(con, plan)
    currency, currencies = shape.currency(con, plan, warnings, sample)
    skipped = _skipped(set_aside)
    # The span in SQL over the shaped rows: no pyarrow.compute import on a DuckDB-only path.
    end = "coalesce(date_end, date)" if "date_end" in table.column_names else "date"
    dmin, dmax = con.execute(f"SELECT min(date), max({end}) FROM shaped").fetchone()
    all_time = plan.period is periods.ALL_TIME_PERIOD
    if all_time:
        warnings.insert(0, ("ingest.all_time", {}))
        found, dmin, dmax = None, None, None
    elif plan.period is not None:
        p = plan.period
        span = {"start": p.start.isoformat(), "end": p.end.isoformat(), "origin": p.origin}
        warnings.insert(0, ("ingest.period_report", span) if plan.dated_at_start is None
                        else ("ingest.period_report_dated", {"start": span["start"], "end": span["end"],
                                                             "column": plan.dated_at_start}))
        found = p.as_dict()
    elif plan.stated is not None and dmin and plan.stated.start <= dmin <= dmax <= plan.stated.end and (
            plan.stated.start, plan.stated.end) != (dmin, dmax):
        found = plan.stated.as_dict()  # the report's range, where its first or last days had no rows
    else:
        found = {"start": dmin.isoformat(), "end": dmax.isoformat(), "from": "rows"} if dmin else None
    if censored:
        warnings.append(("ingest.censored", {"count": int(censored)}))
    warnings += mixed
    if plan.unnamed:  # named by its letter, as a spreadsheet shows the file
        from openpyxl.utils import get_column_letter

        warnings += [("ingest.unnamed_column", {"column": get_column_letter(i + 1), "value": shown(v)})
                     for i, v in plan.unnamed]
    warnings += plan.notes
    if others:
        warnings.append(("ingest.other_items", _set_aside_for([(line_of(r), "other") for r in others], "other")))
    warnings += meta.get("warnings", [])
    if extreme:
        lo, hi = values.year_range()
        warnings.append(("ingest.dates_out_of_range", {**extreme, "min": lo, "max": hi}))
    if undated:
        warnings.append(("ingest.undated_set_aside", undated))
    warnings += plausible.check(con, plan, line_of)
    from ..i18n import t as tr

    info = {
        "file": file, "source": src.id, "encoding": meta["encoding"], "delimiter": meta["delimiter"],
        "decimal": plan.file_decimal, "header_row": meta["header_row"], "rows": rows_kept, "skipped": skipped,
        "date_min": dmin.isoformat() if dmin else None, "date_max": dmax.isoformat() if dmax else None,
        "mapping": plan.mapping, "unmapped": plan.unmapped,
        "warnings": [tr(code, lang, **params) for code, params in warnings],
        "warning_codes": [{"code": code, "params": params} for code, params in warnings],
        "source_name": src.name, "sheet": meta["sheet"], "sheets": meta["sheets"],
        "period": found, "currency": currency, "currencies": currencies, "all_time": all_time,
    }
    return table, info, set_aside, account




def _skipped(set_aside: list[tuple[int, str]]) -> dict[str, int]:
    """inspect's `skipped`: rows set aside per reason, the usual four always named."""
    skipped = {"preamble": 0, "totals": 0, "blank": 0, "repeated_header": 0}
    for _, reason in set_aside:
        skipped[reason] = skipped.get(reason, 0) + 1
    return skipped


def _set_aside_for(set_aside: list[tuple[int, str]], reason: str) -> dict | None:
    """The count and first rows of those set aside for `reason` (a warning's params), or None."""
    rows = [r for r, why in set_aside if why == reason]
    if not rows:
        return None
    return {"count": len(rows), "rows": ", ".join(map(str, rows[:5])) + (" …" if len(rows) > 5 else "")}


def inspect(path, lang: str = "en") -> dict:
    """The `inspect --json` object of one file."""
    return read_export(path, lang=lang).info


__all__ = ["read_export", "inspect", "re"]
