"""Stage: parse in DuckDB and classify rows. Every cell is parsed once into its field's type; every record gets its
kind (data, totals, note, blank, repeated header); cells that do not parse, and cells written in the other decimal
convention than their column's, are judged afterwards and named by their row."""

from __future__ import annotations

import re

from ..errors import error, shown
from ..schema import MEASURES, NON_ADDITIVE, PERIOD_END, SNAPSHOT
from . import values
from .delimited import NATIVE_NULLS, beyond_columns, columns
from .delimited import q as _q
from .mapping import LEVELS, Plan, row_span
from .values import TOTALS, TOTALS_LABEL

# Only plain digits go to DuckDB's own number parser: it would read '12,50' as 1250 in a column with thousands
# groups. A later cell with any mark then fails the cast, and the file is read through the exact path.
_PLAIN = {".": re.compile(r"^-?\d+(\.\d+)?$"), ",": re.compile(r"^-?\d+(,\d+)?$")}


# The fast path: DuckDB parses plain number columns while reading, a '.' column's cells try one of cast and
# grouping, and a dated row's kind skips the count of filled cells. False reads every file the exact way (every
# column as text, every test in order); tests/unit/test_fast_path.py checks both give the same rows.
FAST = True


def _no_dash(text: str) -> str:
    """SQL: a text cell's value, NULL when empty or a dash alone ('-', '--'), as DuckDB's own read of a file with
    natively parsed number columns gives it (delimited.NATIVE_NULLS): both paths read the same names."""
    return f"NULLIF(NULLIF(NULLIF({text}, ''), '-'), '--')"


def _sample_numbers(plan: Plan, sample: list[list[str]]):
    """(field, column, the sample's cells of it) for each number column."""
    for name, idx in plan.fields.items():
        if plan.source.field_type(name) == "number":
            yield name, idx, [r[idx] for r in sample if idx < len(r)]


def native_columns(plan: Plan, sample: list[list[str]]) -> dict[int, str]:
    """Number columns whose sample is plain digits in the file's one convention: DuckDB may parse them itself."""
    dec = plan.file_decimal
    if dec != "." or not FAST:  # DuckDB's comma-decimal parse takes '1.234' for one point two three four
        return {}
    return {idx: dec for name, idx, cells in _sample_numbers(plan, sample) if plan.decimal[name] == dec and cells
            and all(c.strip() in NATIVE_NULLS or _PLAIN[dec].match(c.strip()) for c in cells)}


# A cell the lean number expression may read (values.number_sql): digits, marks and a sign, or a workbook's number.
_LEANISH = re.compile(r"\x1f?\s*[-+]?[\d.,]*\s*", re.ASCII)


def lean_columns(plan: Plan, sample: list[list[str]]) -> set[int]:
    """Number columns whose sample holds plain and grouped figures alone: read the lean way first (parse.build). A
    column with a currency mark, '%' or parentheses in its sample is read the full way at once, not twice."""
    return {idx for _, idx, cells in _sample_numbers(plan, sample)
            if all(_LEANISH.fullmatch(c) or c.strip().lower() in values.NULL_TOKENS for c in cells)}


# What a record is: one byte a row as an ENUM (8 MiB less than text for a million rows). Read back as text.
KIND = "ENUM('data', 'totals', 'note', 'blank', 'repeated_header', 'out_of_range', 'undated', 'other', 'in_total')"
WIDE = 100  # columns from which the filled cells of a row are counted over a list (3x slower per row when narrow)


def build(con, plan: Plan, meta: dict, native: set[int], lean_first: set[int] = frozenset()) -> tuple[list, list]:
    """Table `t`: every record of `raw` with its fields parsed once and its kind (data, totals, note, blank,
    repeated_header). Returns the (field, column) pairs whose bad cells and decimal flips need judging. `lean_first`:
    the number columns read the lean way first (lean_columns)."""
    src = plan.source
    width = meta["width"]
    cols = columns(width)

    def filled_sql(i: int) -> str:  # trim() here would cost 15x more
        return f"({cols[i]} IS NOT NULL)" if i in native else f"(coalesce({cols[i]}, '') <> '')"

    if width <= WIDE:
        filled = balanced_sum([f"{filled_sql(i)}::INT" for i in range(width)])
    else:  # one expression per column takes DuckDB a second to plan at 2,000 columns; a list of columns does not
        cells = ", ".join(f"CAST({cols[i]} AS VARCHAR)" if i in native else cols[i] for i in range(width))
        filled = f"len(list_filter([{cells}], lambda x: coalesce(x, '') <> ''))"

    def cell(c: str) -> str:  # a workbook's number cell keeps its mark until a column decides what it is
        return c if meta.get("view") else f"ltrim({c}, chr(31))"

    typed = []
    leaner = {}  # place in typed -> the lean form of a number column's expression (values.number_sql)
    lean_at = []  # their places in `checks`, so in `_bad`
    checks = []
    flips = []  # (field, column index): number columns whose cells may show the other decimal convention
    spans = {}  # a period row's first and last day within its own schedule (Meta's Starts, Ends)
    if plan.schedule:
        spans = dict(zip(("date", PERIOD_END), values.schedule_sql(*row_span(plan, cell), plan.schedule, cell),
                         strict=True))
    for name, idx in plan.fields.items():
        c = cols[idx]
        kind = src.field_type(name)
        if kind == "number" and idx in native:
            typed.append(f"{c} AS \"{name}\"")  # DuckDB parsed it while reading
        elif kind == "number":
            how = {"own": name in plan.own_cells, "fast": FAST, "marked": not meta.get("view")}
            expr = values.number_sql(c, plan.decimal[name], **how)
            short = values.number_sql(c, plan.decimal[name], **how, lean=True) if idx in lean_first else expr
            if short != expr:
                leaner[len(typed)] = f"{short} AS \"{name}\""
                lean_at.append(len(checks))
            typed.append(f"{expr} AS \"{name}\"")
            checks.append((name, idx))
            if name in plan.own_cells:
                flips.append((name, idx))
        elif kind == "date":
            expr = spans.get(name) or values.date_sql(cell(c), plan.date_kind[name], plan.date_order.get(name, "dmy"))
            if plan.within and name in ("date", PERIOD_END):
                expr = values.within_sql(expr, name == PERIOD_END, *plan.within, unit=plan.within_unit)
            typed.append(f"{expr} AS \"{name}\"")
            checks.append((name, idx))
        else:  # '-' and '--' name nothing: the empty cell of exports ('Search total,-,-' closes Microsoft's grid)
            typed.append(f"{_no_dash(f'trim({cell(c)})')} AS \"{name}\"")
    # Totals labels stand in the first column or a dimension/date column, never in a column of figures.
    # Elsewhere only the 'Label: ...' form counts ('Total: Campaigns' under a match type), not a word alone.
    text_cols = [cols[i] for i in range(width) if plan.kind_of(i) != "number" and (i == 0 or i in plan.fields.values())]
    other_cols = [cols[i] for i in range(width) if plan.kind_of(i) != "number" and cols[i] not in text_cols]
    totals = " OR ".join([f"regexp_full_match({c}, {_q(TOTALS)})" for c in text_cols]
                         + [f"regexp_full_match({c}, {_q(TOTALS_LABEL)})" for c in other_cols]) or "FALSE"
    # Google Ads' row of the items a report does not list ('Total: Other search terms') is data, told apart as
    # 'other' until the reader has said it (reader._parse makes it 'data'). In a file of dated rows it has no day:
    # set aside as undated like any such row (no_day below), never as a total.
    date_idx = plan.fields.get(plan.primary_date)
    other = " OR ".join(f"regexp_full_match({c}, {_q(values.OTHER_ITEMS)})"
                        for c in (text_cols + other_cols if src.other_items else [])) or "FALSE"
    h = [x for x in plan.header if x][:3]
    rep = " AND ".join(f"trim(CAST({cols[plan.header.index(x)]} AS VARCHAR)) = {_q(x)}" for x in h) or "FALSE"
    nums = [i for n, i in plan.fields.items() if src.field_type(n) == "number"]
    any_num = " OR ".join(filled_sql(i) for i in nums) or "FALSE"
    summary = "FALSE"
    date_empty = f"coalesce(trim({cols[date_idx]}), '') = ''" if date_idx is not None else "TRUE"
    if not src.events or src.summary_rows:
        # A row with numbers but no name (mapping.name_columns) and no date sums the others. Meta's summary row has
        # dates, so there (summary_rows) empty names alone decide; elsewhere a dated row without a campaign is data.
        # A file whose rows are all figures (Search Console's dates) has no summary row to find.
        names = [cols[i] for i in plan.names]
        conds = [f"{_no_dash(f'trim({c})')} IS NULL" for c in names] + ([] if src.summary_rows else [date_empty])
        summary = " AND ".join(conds) + f" AND ({any_num})" if names else "FALSE"
    undated = "TRUE" if date_idx is None else f"{plan.primary_date} IS NULL"  # a period report has no dates
    note = f"_filled = 1 AND {undated}"
    # A label such as 'Total: Account' stands where the date would: a dated row is data, whatever its campaign.
    # A date outside the years Koers accepts (1900, 9999: a placeholder, a typo) would make every query by day span
    # centuries: the row is set aside and named, never kept.
    lo, hi = values.year_range()
    dated = [n for n in plan.fields if src.field_type(n) == "date"]
    extreme = " OR ".join(f"\"{n}\" NOT BETWEEN DATE '{lo:04d}-01-01' AND DATE '{hi:04d}-12-31'" for n in dated)
    # A row of figures without its date in a file of dated rows (a campaign's subtotal, a date left out) falls on no
    # day: set aside and named (a date cell that does not parse is a bad cell). Where rows are events (a deal), an
    # empty date is a step not taken, and the row data; where rows are stamped with the stated period's first day
    # (plan.period kept), every row stands for that period, its date cell or not.
    dayless = date_idx is not None and not src.events and plan.period is None
    no_day = f"WHEN {date_empty} THEN 'undated' " if dayless else ""
    kind = (f"CASE WHEN _filled = 0 THEN 'blank' WHEN {rep} THEN 'repeated_header' "
            f"WHEN {undated} AND ({other}) THEN '{'undated' if dayless else 'other'}' "
            f"WHEN {undated} AND ({totals}) THEN 'totals' "
            f"WHEN {summary} THEN 'totals' WHEN {note} THEN 'note' {no_day}"
            f"WHEN {extreme or 'FALSE'} THEN 'out_of_range' ELSE 'data' END")
    if date_idx is not None and FAST:
        # A row whose date parsed has that cell filled: never blank, never a note, never a totals label. Its kind
        # needs no count of filled cells, which is then counted only for the few undated rows (CASE evaluates a
        # branch only for the rows that reach it); the order of the tests is the one above.
        # Outside Meta-like summary rows a summary row has an empty date cell, which no parsed date has: the test
        # (three trims per row) is left out there.
        dated_summary = f"WHEN {summary} THEN 'totals' " if src.summary_rows else ""
        kind = (f"CASE WHEN {undated} THEN ({kind.replace('_filled', f'({filled})')}) "
                f"WHEN {rep} THEN 'repeated_header' {dated_summary}"
                f"WHEN {extreme or 'FALSE'} THEN 'out_of_range' ELSE 'data' END")
        inner = ""
    else:
        inner = f"{filled} AS _filled, "
    # A number parsed by the exact path must be finite and below values.MAX_NUMBER ('inf', '1e400', forty digits):
    # anything else is a bad cell, named by its row, never stored.
    exact = {n for n, _ in checks if src.field_type(n) == "number"}
    ok = {n: (values.bounded_sql(f'"{n}"') if n in exact else f'"{n}"') for n in plan.fields}
    # A cell that did not parse and is no empty spelling keeps its text, judged afterwards by check(); a delimited
    # file's first filled cell past the header's last one (in a column without a name, or read beyond the sample's
    # widest record) too, judged by beyond_header(). Such rows are few: their texts stand in one JSON list per row
    # (`_bad`, NULL for every other row; `checks` in order, then the cell past the header), where a column of text per
    # check kept about 4 bytes a row even when empty (17 MiB of 105 for the 1M-row export).
    tokens = ", ".join(_q(x) for x in values.NULL_TOKENS)
    texts = [f"CASE WHEN {ok[n]} IS NULL AND "
             + (f"{cols[i]} <> ''" if n == plan.primary_date else f"lower(trim({cols[i]})) NOT IN ({tokens})")
             + f" THEN {cols[i]} END" for n, i in checks]
    if "header_width" in meta:
        past = ", ".join(f"NULLIF(trim({c}), '')"
                         for c in [*cols[meta["header_width"]:], *beyond_columns(meta["read"]["beyond"])])
        texts.append(f"coalesce({past})")
    filled_texts = " OR ".join(f"({x}) IS NOT NULL" for x in texts)
    bad = [f"CASE WHEN {filled_texts} THEN to_json([{', '.join(texts)}]) END AS _bad"] if texts else []
    # A cell read by the other decimal convention than its column's: named in a warning, never silent.
    bad += [f"{values.shows_other_sql(cols[i], plan.decimal[n])} AS _flip{k}" for k, (n, i) in enumerate(flips)]
    if plan.level is not None:  # each row's level as its depth in the account (mapping.LEVELS), read by level_rows
        depth = " ".join(f"WHEN {_q(k)} THEN {v}" for k, v in LEVELS.items())
        bad.append(f"(CASE lower(trim({cols[plan.level]})) {depth} END) AS _level")
    keep = ", ".join([f'{ok[n]} AS "{n}"' for n in plan.fields] + bad)

    def create(lean: bool) -> None:  # parse each cell once (inner), then judge cells and rows on the parsed values
        parsed = ", ".join(leaner.get(k, x) if lean else x for k, x in enumerate(typed))
        con.execute(f"CREATE {'' if meta.get('keep') else 'TEMP '}TABLE t AS SELECT {keep}, CAST({kind} AS {KIND}) "
                    f"AS _kind FROM (SELECT raw.*, {inner}{parsed} FROM raw)")

    create(lean=bool(leaner))
    # The lean expressions read plain and grouped figures alone. A cell of such a column they left unread (a currency
    # mark, '%', a withheld '< 10', a typo past the sample) keeps its text in `_bad`: then every cell is read again the
    # full way, which gives the same value to every cell the lean way read and judges the others
    # (tests/unit/test_fast_path.py).
    if leaner and _unread(con, lean_at):
        con.execute("DROP TABLE t")
        create(lean=False)
    nums = [n for n, i in plan.fields.items() if i in native and src.field_type(n) == "number"]
    if nums:  # DuckDB's own parse takes 'inf', 'nan' and '1e400' too: such a file goes through the exact path
        found = " OR ".join(f"({values.bounded_sql(q)} IS NULL AND {q} IS NOT NULL)" for q in (f'"{n}"' for n in nums))
        if con.execute(f"SELECT count(*) FROM t WHERE _kind = 'data' AND ({found})").fetchone()[0]:
            raise NotPlain()
    return checks, flips


def _unread(con, at: list[int]) -> bool:
    """Whether a row of `t` keeps the text of a cell judged afterwards at these places of its `_bad` list."""
    texts = " OR ".join(f"{_text(k)} IS NOT NULL" for k in at)
    return con.execute(f"SELECT EXISTS (SELECT 1 FROM t WHERE _bad IS NOT NULL AND ({texts}))").fetchone()[0]


# A cell that names nothing: empty, a dash, or a figure as exports write one ('1.234,56', '€ 12', '4.5%', '1e-05')
_FIGURE = re.compile(r"[\s\d.,%+\-()€$£¥]*(?:[eE][+\-]?\d+)?[\s%]*")


def nameless_part(con, plan: Plan, counts: dict[str, int], spans: dict[str, tuple[int, int]],
                  line_of) -> list[tuple[str, dict]]:
    """A file's one row of figures without a name or a date, each of whose figures is less than half of what the
    other rows add up to, totals none of them: it is a row the tool could name nothing for (GA4's sessions without a
    landing page, an empty cell beside its '(not set)', between the other rows or last as the fewest;
    Anas3rdshade/Teefusion). It counts as data, and is said. A total counts what the rows it totals add up to (a GA4
    exploration's Grand total more, when the download lists only some of them), or, for what is counted once however
    many rows hold it (GA4's sessions by page), half of that or more; its key events and revenue add up exactly.
    `spans`: each kind's first and last row of `t`. Only such a row is looked up in `raw` (its name and label
    cells), which reads the file up to it."""
    if counts.get("totals") != 1 or counts.get("data", 0) < 2 or not plan.names:
        return []
    ms = [m for m in MEASURES if m in plan.fields and m not in NON_ADDITIVE and m not in SNAPSHOT]
    if not ms:
        return []
    r = spans["totals"][0]

    def sums(measures: list[str]) -> list[tuple[str, float, float]]:  # (measure, the row's figure, the data's sum)
        got = con.execute("SELECT " + ", ".join(
            f'max("{m}") FILTER (WHERE _kind = \'totals\'), sum("{m}") FILTER (WHERE _kind = \'data\')'
            for m in measures) + " FROM t").fetchone()
        return list(zip(measures, got[::2], got[1::2], strict=True))

    def short(m, v, s) -> bool:  # well short: a total of counted-once sessions by page is a half of their sum or more
        return v is not None and s is not None and s > 0 and v < 0.5 * s

    # The first measure alone decides most files (a total covers what the rows add up to): one column read.
    (first,) = sums(ms[:1])
    if first[2] and first[2] > 0 and not short(*first):
        return []
    got = [x for x in sums(ms) if x[2] is not None and x[2] > 0]
    if not got or not all(short(*x) for x in got):  # a total's key events and revenue add up exactly
        return []
    (cells,) = con.execute(f"SELECT [{', '.join(f'CAST(c{i} AS VARCHAR)' for i in range(len(plan.header)))}] "
                           f"FROM raw LIMIT 1 OFFSET {r}").fetchone()
    if any(str(cells[i] or "").strip() not in ("", "-", "--") for i in plan.names) or not all(
            _FIGURE.fullmatch(str(c or "")) for c in cells):  # a name, or a label ('Total: Account'): a total
        return []
    con.execute(f"UPDATE t SET _kind = 'data' WHERE rowid = {r}")
    counts["data"], counts["totals"] = counts["data"] + 1, 0
    m, v, s = max(got, key=lambda x: x[2])  # said of the measure the rows hold most of (sessions, not key events)
    return [("ingest.nameless_part", {"row": line_of(r), "measure": m, "value": round(v, 2), "rows_sum": round(s, 2)})]


def level_rows(con, plan: Plan, counts: dict[str, int]) -> list[tuple[str, dict]]:
    """Rows of a level below the file's top one (an ad set's or an ad's beside their campaign's) are parts of the
    top level's rows: set aside as already in that total, and said. Summed with them, every figure counted once per
    level."""
    if plan.level is None or not counts.get("data"):
        return []
    (top,) = con.execute("SELECT min(_level) FROM t WHERE _kind = 'data'").fetchone()
    if top is None:
        return []
    (n,) = con.execute("UPDATE t SET _kind = 'in_total' WHERE _kind = 'data' AND _level > ?", [top]).fetchone()
    if not n:
        return []
    counts["data"] -= n
    counts["in_total"] = counts.get("in_total", 0) + n
    kept = next(k for k, v in LEVELS.items() if v == top)
    return [("ingest.lower_levels", {"column": shown(plan.header[plan.level]), "level": kept, "count": int(n)})]


def balanced_sum(terms: list[str]) -> str:
    """'a + b + c + d' as ((a + b) + (c + d)): a table of 2,000 columns stays within DuckDB's expression depth."""
    if len(terms) <= 2:
        return " + ".join(terms) or "0"
    mid = len(terms) // 2
    return f"({balanced_sum(terms[:mid])}) + ({balanced_sum(terms[mid:])})"


class NotPlain(Exception):
    """A column DuckDB parsed while reading holds a value no figure is ('inf', '1e400'): read it again as text."""


class Mixed(Exception):
    """Number columns with cells in the other decimal convention than their column's: {field: how many}."""

    def __init__(self, counts: dict[str, int]):
        super().__init__(counts)
        self.counts = counts


def decide(con, plan: Plan, counts: dict[str, int]) -> None:
    """Decide each such column on all its cells: when more cells show the other convention than the column's own,
    the column is that other convention; else its few other cells are read as written (and named, see below)."""
    for name, n in counts.items():
        dec = plan.decimal[name]
        own = values.shows_other_sql(f"c{plan.fields[name]}", values.other(dec))  # cells showing the column's own
        (mine,) = con.execute(f"SELECT count(*) FILTER (WHERE {own}) FROM raw").fetchone()
        if n > mine and name not in plan.flipped:
            plan.decimal[name] = values.other(dec)
            plan.flipped.add(name)
        else:
            plan.own_cells.add(name)


def mixed_decimals(con, plan: Plan, flips, line_of) -> list[tuple[str, dict]]:
    """Warnings naming the rows whose cells were read by the other decimal mark than their column's."""
    if not flips:
        return []
    counts = con.execute("SELECT " + ", ".join(f"count(*) FILTER (WHERE _flip{k})" for k in range(len(flips)))
                         + " FROM t WHERE _kind = 'data'").fetchone()
    out = []
    for k, ((name, idx), n) in enumerate(zip(flips, counts, strict=True)):
        if not n:
            continue
        dec = plan.decimal[name]
        rows = [line_of(r) for (r,) in con.execute(
            f"SELECT rowid FROM t WHERE _kind = 'data' AND _flip{k} ORDER BY rowid LIMIT 5").fetchall()]
        out.append(("ingest.decimal_mixed", {"column": shown(plan.header[idx]), "count": int(n),
                                             "rows": ", ".join(map(str, rows)) + (" …" if n > 5 else ""),
                                             "mark": values.other(dec), "usual": dec}))
    return out


def _text(k: int) -> str:
    """SQL for the text of a row's k-th cell judged afterwards (parse.build's `_bad` list), NULL for none."""
    return f"json_extract_string(_bad, '$[{k}]')"


def beyond_header(con, plan: Plan, meta: dict, file: str, line_of, at: int) -> None:
    """Refuse a data row with a filled cell past the header's last column: its cells do not stand under the header
    (most often a value holding the delimiter without quotes around it moved the cells after it), and the cell past
    the end would be read into no column. Trailing empty cells are no such row. `at`: that cell's place in `_bad`."""
    if "header_width" not in meta:
        return
    row, value, n = con.execute(
        f"SELECT min(rowid), arg_min(v, rowid), count(*) FROM (SELECT rowid, {_text(at)} AS v FROM t "
        "WHERE _kind = 'data' AND _bad IS NOT NULL) WHERE v IS NOT NULL").fetchone()
    if n:
        raise error("ingest.beyond_header", file=file, row=line_of(row), value=shown(value),
                    columns=meta["header_width"], count=int(n))


def check(con, plan: Plan, checks, file: str, line_of) -> int:
    """Stop at the first cell that holds something that is not a number or a date: say where.

    Returns how many cells held a withheld value such as '< 10' (read as empty). Raises Mixed when a number column
    holds cells in the other decimal convention (the caller decides and reads again).
    """
    censored, errors, other = 0, [], {}
    for k, (name, idx) in enumerate(checks):
        found = con.execute(f"SELECT v, count(*), min(rowid) FROM (SELECT rowid, {_text(k)} AS v FROM t WHERE "
                            "_kind = 'data' AND _bad IS NOT NULL) WHERE v IS NOT NULL GROUP BY 1").fetchall()
        is_date = plan.source.field_type(name) == "date"
        for value, n, row in found:
            cell = value.replace("\xa0", " ").strip()
            if cell.startswith("<") and not is_date:
                censored += n
            elif not is_date and name not in plan.own_cells and values.shows_other(value, plan.decimal[name]):
                other[name] = other.get(name, 0) + n
            elif cell.lower() not in values.NULL_TOKENS or (is_date and name == plan.primary_date and cell):
                errors.append((line_of(row), name, idx, value))
    if other:
        raise Mixed(other)  # decided on all cells first; bad cells are judged on the next reading
    if errors:
        row, name, idx, value = min(errors)
        code = "ingest.bad_date" if plan.source.field_type(name) == "date" else "ingest.bad_number"
        raise error(code, file=file, row=row, column=shown(plan.header[idx]), value=shown(value))
    return censored
