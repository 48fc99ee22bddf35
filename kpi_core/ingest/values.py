"""Per-column decisions from sample values, and the DuckDB SQL that parses a whole column accordingly."""

from __future__ import annotations

import re

from ..errors import error

NUMBER_MARK = "\x1f"  # prefix of a real number cell from a workbook (see excel.py)
NULL_TOKENS = ("", "-", "--", "—", "–", "n/a", "na", "n.v.t.", "nvt", "null", "none", "#n/a", " --")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "maa": 3, "mrt": 3, "apr": 4, "may": 5, "mei": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}

# A thousands group never starts with 0 ('0.125' is a decimal); '1,5' and '0,125' show a decimal comma.
_COMMA_DEC = re.compile(r"^[^0-9]*-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?\D*$|^[^0-9]*-?\d+,\d{1,2}\D*$|^\D*\d+,\d{4,}\D*$"
                        r"|^\D*-?0,\d+\D*$")
_POINT_DEC = re.compile(r"^[^0-9]*-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?\D*$|^[^0-9]*-?\d+\.\d{1,2}\D*$|^\D*\d+\.\d{4,}\D*$"
                        r"|^\D*-?0\.\d+\D*$")


def decimal_mark(values: list[str], default: str = ".") -> str:
    """',' or '.': the decimal mark the values show unambiguously, else `default`."""
    values = [v for v in values if not v.startswith(NUMBER_MARK)]  # Excel numbers say nothing of the locale
    comma = sum(1 for v in values if _COMMA_DEC.match(v.strip()))
    point = sum(1 for v in values if _POINT_DEC.match(v.strip()))
    if comma > point:
        return ","
    if point > comma:
        return "."
    return default


def number_sql(col: str, dec: str) -> str:
    """SQL turning a VARCHAR column into DOUBLE: currency, thousands, %, (negatives), null tokens.

    Cheapest first: a plain number casts; thousands separators go by replace; only the rest meets a regex.
    Null tokens ('--', 'n/a', '') keep no digits, so every path gives NULL for them.
    """
    if dec == ",":
        # '1.234' is a thousand here, so only a cell without '.' may take the quick comma-to-point cast.
        fast = f"(CASE WHEN NOT contains({col}, '.') THEN TRY_CAST(replace({col}, ',', '.') AS DOUBLE) END)"
        medium = f"TRY_CAST(replace(replace({col}, '.', ''), ',', '.') AS DOUBLE)"
        keep = "0-9,\\-"
    else:
        fast = f"TRY_CAST({col} AS DOUBLE)"
        medium = f"TRY_CAST(replace({col}, ',', '') AS DOUBLE)"
        keep = "0-9.\\-"
    v = f"replace({col}, '−', '-')"
    slow = (
        f"(CASE WHEN contains({col}, '(') THEN -1 ELSE 1 END)"
        f" * TRY_CAST(replace(regexp_replace({v}, '[^{keep}]', '', 'g'), ',', '.') AS DOUBLE)"
        f" / (CASE WHEN contains({col}, '%') THEN 100 ELSE 1 END)"
    )
    # COALESCE evaluates each next argument only for the rows still NULL: most cells stop at the first.
    return (
        f"coalesce({fast}, {medium}, (CASE WHEN starts_with({col}, chr(31)) THEN TRY_CAST(substr({col}, 2) AS DOUBLE)"
        f" WHEN starts_with(ltrim({col}), '<') THEN NULL ELSE {slow} END))"
    )


_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}([ T].*)?$")
_YMD8 = re.compile(r"^\d{8}$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})([ T].*)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+([a-zA-Z]{3,})\.?,?\s+(\d{4})")
_MONTH_DAY = re.compile(r"^([a-zA-Z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})")
_ISO_SLASH = re.compile(r"^\d{4}/\d{1,2}/\d{1,2}([ T].*)?$")


def date_kind(values: list[str], file: str, column: str) -> str | None:
    """The date layout of a column ('iso', 'ymd8', 'numeric:<sep>', 'day_month', 'month_day') or None."""
    # Totals and note rows hold words, not digits, in the date column: decide on the cells with digits.
    # A footer like '©2025 Microsoft Corporation' has digits but starts with a sign no date starts with.
    vals = [v.strip() for v in values if v.strip() and v.strip()[0].isalnum() and any(ch.isdigit() for ch in v)]
    if not vals:
        return None
    for kind, pat in (("iso", _ISO), ("iso_slash", _ISO_SLASH), ("ymd8", _YMD8), ("day_month", _DAY_MONTH),
                      ("month_day", _MONTH_DAY)):
        hits = sum(1 for v in vals if pat.match(v))
        if hits >= 0.8 * len(vals):
            if kind in ("day_month", "month_day") and not _month_words(vals, kind):
                continue
            return kind
    m = [_NUMERIC.match(v) for v in vals]
    if sum(1 for x in m if x) >= 0.8 * len(vals):
        return "numeric:" + next(x for x in m if x).group(2)
    return None


def _month_words(vals: list[str], kind: str) -> bool:
    pat = _DAY_MONTH if kind == "day_month" else _MONTH_DAY
    idx = 2 if kind == "day_month" else 1
    for v in vals[:50]:
        m = pat.match(v)
        if m and m.group(idx)[:3].lower() not in MONTHS:
            return False
    return True


def date_order(pairs, file: str, column: str, default: str = "dmy") -> str:
    """'dmy' or 'mdy' for a whole column, from (first, second) number pairs of all its values."""
    possible = {"dmy", "mdy"}
    for first, second in pairs:
        if first is not None and first > 12:
            possible.discard("mdy")
        if second is not None and second > 12:
            possible.discard("dmy")
    if not possible:
        raise error("ingest.mixed_dates", file=file, column=column)
    return default if len(possible) == 2 else possible.pop()  # both possible: the tool's habit, else European


def _month_sql(word: str) -> str:
    cases = " ".join(f"WHEN '{k}' THEN {n}" for k, n in MONTHS.items())
    return f"(CASE lower(left({word}, 3)) {cases} END)"


def date_sql(col: str, kind: str, order: str = "dmy") -> str:
    """SQL turning a VARCHAR column of the given layout into DATE (NULL when it does not parse)."""
    v = f"trim({col})"
    if kind == "iso":
        slow = f"TRY_CAST(regexp_extract({v}, '^\\d{{4}}-\\d{{1,2}}-\\d{{1,2}}') AS DATE)"
        return f"(CASE WHEN length({col}) = 10 THEN TRY_CAST({col} AS DATE) ELSE {slow} END)"
    if kind == "iso_slash":
        return f"TRY_CAST(replace(regexp_extract({v}, '^\\d{{4}}/\\d{{1,2}}/\\d{{1,2}}'), '/', '-') AS DATE)"
    if kind == "ymd8":
        return f"TRY_CAST(TRY_STRPTIME({v}, '%Y%m%d') AS DATE)"
    if kind.startswith("numeric:"):
        parts = f"regexp_extract({v}, '^(\\d{{1,2}})[-/.](\\d{{1,2}})[-/.](\\d{{4}})', ['a', 'b', 'y'])"
        d, m = ("a", "b") if order == "dmy" else ("b", "a")
        return (f"TRY(make_date(CAST(NULLIF({parts}.y, '') AS INTEGER), CAST(NULLIF({parts}.{m}, '') AS INTEGER),"
                f" CAST(NULLIF({parts}.{d}, '') AS INTEGER)))")
    if kind == "day_month":
        p = f"regexp_extract({v}, '^(\\d{{1,2}})\\.?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{{4}})', ['d', 'm', 'y'])"
    elif kind == "month_day":
        p = f"regexp_extract({v}, '^([A-Za-z]+)\\.?\\s+(\\d{{1,2}}),?\\s+(\\d{{4}})', ['m', 'd', 'y'])"
    else:
        raise ValueError(kind)
    return (f"TRY(make_date(CAST(NULLIF({p}.y, '') AS INTEGER), {_month_sql(p + '.m')},"
            f" CAST(NULLIF({p}.d, '') AS INTEGER)))")


def order_pairs_sql(col: str) -> str:
    """SQL giving max of the first and second number of a d/m or m/d date column."""
    parts = f"regexp_extract(trim({col}), '^(\\d{{1,2}})[-/.](\\d{{1,2}})', ['a', 'b'])"
    return (f"max(TRY_CAST(NULLIF({parts}.a, '') AS INTEGER)), max(TRY_CAST(NULLIF({parts}.b, '') AS INTEGER))")
