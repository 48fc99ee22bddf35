"""Per-column decisions from sample values, and the DuckDB SQL that parses a whole column accordingly."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..errors import error
from .period import MONTH_WORDS
from .sources.base import CURRENCIES, SYMBOLS

MAX_DIGITS = 30  # digits a figure may have: money to the cent in the trillions has 16
MAX_NUMBER = 1e30  # the largest figure kept; 'inf', 'NaN' and '1e400' are no figures either


def year_range() -> tuple[int, int]:
    """The years a date may fall in: KOERS_MIN_YEAR..KOERS_MAX_YEAR, default 1990..2100.

    Marketing exports start in the 1990s; a year 1900 or 9999 is a placeholder or a typo, and a query by day over
    it would build millions of days."""
    import os

    lo, hi = int(os.environ.get("KOERS_MIN_YEAR", "1990")), int(os.environ.get("KOERS_MAX_YEAR", "2100"))
    if not 1 <= lo <= hi <= 9999:
        raise ValueError(f"KOERS_MIN_YEAR/KOERS_MAX_YEAR: {lo}..{hi} is no range of years")
    return lo, hi


def bounded_sql(x: str) -> str:
    """SQL: the DOUBLE `x` when it is a figure (finite, below MAX_NUMBER in size), else NULL."""
    return f"(CASE WHEN isfinite({x}) AND abs({x}) < {MAX_NUMBER:.0e} THEN {x} END)"

NUMBER_MARK = "\x1f"  # prefix of a real number cell from a workbook (see excel.py)
NULL_TOKENS = ("", "-", "--", "—", "–", "n/a", "na", "n.v.t.", "nvt", "null", "none", "#n/a", " --")
# Month words in date cells ('5 mrt 2025', 'Mar 5, 2025', '3. März 2025', '24 févr. 2025', 'ago 04, 2025'): known by
# their first three letters, in every language a report's date range is read in (period.MONTH_WORDS: EN NL DE FR ES
# IT PT), none of which names another month in another language. French 'juin' and 'juillet' share 'jui': four tell
# them.
MONTHS = {w[:3]: n for n, words in MONTH_WORDS.items() for w in words if len(w) >= 3 and w[:3] != "jui"} | {
    "juin": 6, "juil": 7}

# A thousands group never starts with 0 ('0.125' is a decimal); '1,5' and '0,125' show a decimal comma.
_COMMA_DEC = re.compile(r"^[^0-9]*-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?\D*$|^[^0-9]*-?\d+,\d{1,2}\D*$|^\D*\d+,\d{4,}\D*$"
                        r"|^\D*-?0,\d+\D*$")
_POINT_DEC = re.compile(r"^[^0-9]*-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?\D*$|^[^0-9]*-?\d+\.\d{1,2}\D*$|^\D*\d+\.\d{4,}\D*$"
                        r"|^\D*-?0\.\d+\D*$")


def decimal_votes(values: list[str]) -> tuple[int, int]:
    """(cells that show a decimal comma, cells that show a decimal point), unambiguously."""
    values = [v.strip() for v in values if not v.startswith(NUMBER_MARK)]  # Excel numbers say nothing of the locale
    return sum(1 for v in values if _COMMA_DEC.match(v)), sum(1 for v in values if _POINT_DEC.match(v))


def decimal_mark(votes: tuple[int, int], default: str = ".") -> str:
    """',' or '.': the decimal mark that decimal_votes show, else `default`."""
    comma, point = votes
    if comma > point:
        return ","
    if point > comma:
        return "."
    return default


# The same evidence in RE2 for DuckDB: a cell that shows the other convention than its column's.
_SHOWS = {",": _COMMA_DEC.pattern, ".": _POINT_DEC.pattern}
_GROUPED = {".": r"\s*-?\d{1,3}(,\d{3})+(\.\d+)?\s*", ",": r"\s*-?\d{1,3}(\.\d{3})+(,\d+)?\s*"}


def other(dec: str) -> str:
    """The other decimal mark."""
    return "." if dec == "," else ","


def shows_other_sql(col: str, dec: str) -> str:
    """SQL: the cell shows, unambiguously, the other decimal convention than `dec` ('12,50' in a '.' column).

    String tests first, the regex only for the few cells they leave: a cell can show the other convention only when
    its last mark is the other one and is not followed by exactly three digits (a thousands group)."""
    o = other(dec)
    back = f"strpos(reverse({col}), '{o}')"  # the other mark's place counted from the end
    return (f"(contains({col}, '{o}') AND ({back} <> 4 OR contains({col}, '{dec}')) "
            f"AND (NOT contains({col}, '{dec}') OR {back} < strpos(reverse({col}), '{dec}')) "
            f"AND NOT starts_with({col}, chr(31)) AND regexp_full_match({col}, '{_SHOWS[o]}'))")


def shows_other(cell: str, dec: str) -> bool:
    """Python twin of shows_other_sql, for the few bad cells judged after parsing."""
    if other(dec) not in cell or cell.startswith(NUMBER_MARK):
        return False
    return bool((_COMMA_DEC if dec == "." else _POINT_DEC).match(cell.strip()))


def number_sql(col: str, dec: str, own: bool = False, fast: bool = True, marked: bool = False,
               lean: bool = False) -> str:
    """SQL turning a VARCHAR column into DOUBLE: currency, thousands, %, (negatives), null tokens.

    Cheapest first: a plain number casts; well-formed thousands groups go by replace; only the rest meets the
    symbol-stripping path. A cell that shows the other convention ('12,50' where the column writes '1,234.50') is
    NULL, so it is judged with the bad cells (parse.check), or, with `own`, read by its own convention (the column
    was found to hold a few such cells; parse.py names their rows). Null tokens keep no digits: NULL on every path.
    `fast=False` tries every step in the order above (the exact path; the same values, tests/unit/test_fast_path.py).
    `marked`: the column comes from a workbook, where a number cell is NUMBER_MARK and its shortest form. Every other
    step fails on the mark, so on the fast path such a cell is read first, and a failed cast per cell is saved.
    `lean` (fast path only): the plain and grouped steps alone, NULL for any other cell. Where it gives a number, the
    full expression gives the same one; a cell it leaves NULL keeps its text for judging (parse.build), which then
    reads the file again with the full expression. A file of plain figures never meets the symbol-stripping path, and
    DuckDB neither plans nor compiles its patterns.
    """
    if dec == ",":
        # '1.234' is a thousand here, so only a cell without '.' may take the quick comma-to-point cast.
        plain = f"(CASE WHEN NOT contains({col}, '.') THEN TRY_CAST(replace({col}, ',', '.') AS DOUBLE) END)"
        medium = f"TRY_CAST(replace(replace({col}, '.', ''), ',', '.') AS DOUBLE)"
    else:
        plain = f"TRY_CAST({col} AS DOUBLE)"
        medium = f"TRY_CAST(replace({col}, ',', '') AS DOUBLE)"
    grouped = f"(CASE WHEN regexp_full_match({col}, '{_GROUPED[dec]}') THEN {medium} END)"
    other_way = _slow(col, other(dec)) if own else "NULL"
    # More than MAX_DIGITS digits is no figure, however it is written (the cast would round it away silently);
    # length() first keeps the count off every ordinary cell.
    digits = f"length({col}) > {MAX_DIGITS} AND length(regexp_replace({col}, '[^0-9]', '', 'g')) > {MAX_DIGITS}"
    if dec == "." and fast:
        # A cell holding ',' never casts as it stands, and one without cannot be grouped: one of the two is tried,
        # never both (a failed cast costs as much as the regex; in a column of '1,234' most cells have a comma).
        plain, grouped = f"(CASE WHEN contains({col}, ',') THEN {grouped} ELSE {plain} END)", "NULL"
    # COALESCE evaluates each next argument only for the rows still NULL: most cells stop at the first.
    first = f"WHEN starts_with({col}, chr(31)) THEN TRY_CAST(substr({col}, 2) AS DOUBLE) " if marked and fast else ""
    if lean and fast and not own:
        return f"(CASE WHEN {digits} THEN NULL {first}ELSE coalesce({plain}, {grouped}) END)"
    return (
        f"(CASE WHEN {digits} THEN NULL {first}ELSE coalesce({plain}, {grouped}, "
        f"(CASE WHEN starts_with({col}, chr(31)) THEN TRY_CAST(substr({col}, 2) AS DOUBLE) "
        f"WHEN starts_with(ltrim({col}), '<') THEN NULL "
        f"WHEN {shows_other_sql(col, dec)} THEN {other_way} ELSE {_slow(col, dec)} END)) END)"
    )


# What may stand around a figure: a sign or parentheses, a currency (a symbol, an ISO 4217 code, or a local short
# form: 'Rs.', 'kr', 'zł', 'US$'), spaces (also no-break), '%'. Anything else ('x1y', '12 pcs') is no number: reported
# with its row, never stripped away.
_SP = r"[\s\x{00A0}\x{202F}]"
# The symbols, dollar forms and local short forms are SYMBOLS' (sources/base.py), which also says what each stands for.
_SIGNS = "".join(k for k in SYMBOLS if len(k) == 1)
_DOLLARS = "|".join(k[:-1] for k in SYMBOLS if len(k) > 1 and k.endswith("$"))
_LOCAL = {k for k in SYMBOLS if len(k) > 1 and k.isalpha()}
_CUR = (rf"(?i:[{_SIGNS}]|(?:{_DOLLARS})\$|(?:" + "|".join(sorted(CURRENCIES | _LOCAL)) + r")\.?)")
NUMBER_SHAPE = (rf"{_SP}*\(?{_SP}*[-−]?{_SP}*{_CUR}?{_SP}*[-−]?{_SP}*[0-9][0-9.,'{_SP[1:-1]}]*"
                rf"{_SP}*(?:%|{_CUR})?{_SP}*\)?{_SP}*")
_SHAPE_SQL = NUMBER_SHAPE.replace("'", "''")  # as a SQL string literal's body


# The currency written before or after a figure ('€ 1.234,56' -> '€', '12.50 USD' -> 'USD', 'US$9' -> 'US$'): the
# same patterns in SQL (RE2) and in Python, which writes the no-break spaces its own way.
_MARKS = (rf"^{_SP}*\(?{_SP}*[-−]?{_SP}*({_CUR}){_SP}*[-−]?{_SP}*[0-9]", rf"[0-9]{_SP}*({_CUR}){_SP}*\)?{_SP}*$")


@cache
def _marks_py() -> list[re.Pattern]:  # compiled when a cell needs them (4 ms, for files with a mark only)
    return [re.compile(m.replace(r"\x{00A0}", "\u00a0").replace(r"\x{202F}", "\u202f")) for m in _MARKS]


def currency_mark_sql(col: str) -> str:
    """The currency written beside the figure in text cell `col`, as written; '' when there is none."""
    before, after = (m.replace("'", "''") for m in _MARKS)
    return f"coalesce(NULLIF(regexp_extract({col}, '{before}', 1), ''), regexp_extract({col}, '{after}', 1))"


_PLAIN_FIGURE = re.compile(r"[\d.,\s%()+\-−']*")  # most cells: no mark to look for (the patterns are long)


def currency_mark(cell: str) -> str:
    """currency_mark_sql in Python, for a sample's cells."""
    if _PLAIN_FIGURE.fullmatch(cell):
        return ""
    return next((m.group(1) for p in _marks_py() if (m := p.search(cell))), "")


def _grouped(dec: str) -> str:
    """A figure once the text around it is gone: digits in groups of three (or India's lakh groups of two before the
    last three) between thousands marks, spaces or apostrophes, or no groups at all; then the decimals. '1,2,3' or
    '12,34,5' in a '.' column is no figure: a bad cell, never 123 or 12345."""
    sep = rf"[{re.escape(other(dec))}'{_SP[1:-1]}]"
    return (rf"-?{_SP}*(\d{{1,3}}({sep}\d{{3}})+|\d{{1,2}}({sep}\d{{2}})+{sep}\d{{3}}|\d+)({re.escape(dec)}\d+)?"
            ).replace("'", "''")


def _slow(col: str, dec: str) -> str:
    """Signs, symbols, spaces and '%' around a number written with decimal mark `dec` (NULL for other text)."""
    keep = "0-9,\\-" if dec == "," else "0-9.\\-"
    thousands = other(dec)
    # Text around the figure goes first ('Rs.961.62', '961.62 kr.'): its dots are no decimal marks.
    v = f"regexp_replace(replace({col}, '−', '-'), '^[^0-9-]+|[^0-9]+$', '', 'g')"
    return (
        f"(CASE WHEN regexp_full_match({col}, '{_SHAPE_SQL}') AND regexp_full_match({v}, '{_grouped(dec)}') THEN "
        f"(CASE WHEN contains({col}, '(') THEN -1 ELSE 1 END)"
        f" * TRY_CAST(replace(regexp_replace(replace({v}, '{thousands}', ''), '[^{keep}]', '', 'g'), ',', '.') "
        "AS DOUBLE)"
        f" / (CASE WHEN contains({col}, '%') THEN 100 ELSE 1 END) END)"
    )


_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}([ T].*)?$")
_YMD8 = re.compile(r"^\d{8}(\d{2})?$")  # GA4's 'Date + hour (YYYYMMDDHH)' counts on its day
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})([ T].*)?$")
# A two-digit year, as a US-locale spreadsheet saves a date column as CSV ('2/24/17 11:29': jamestthompson3/
# mailchimp_data; '11/13/18': xvr/datasciencecoursera Campaigns_Nov_21_2019.csv). 00-68 is 2000-2068, 69-99 is
# 1969-1999, as POSIX strptime reads %y.
_NUMERIC_YY = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{2})([ T].*)?$")  # '25-01-31' may be yy-mm-dd: not read
YY_PIVOT = 69
# A cell that names a month ('08/2025' in Klaviyo's monthly flow report, '2025-08', 'Aug 2025'): the whole month.
# A year alone under a date header ('2024': Klaviyo's custom report grouped by year, Steproac/Monfrere-Tactical-Audit
# 'Campaign Sent Report'): the whole year ('month:y').
_MONTHS = {"my": re.compile(r"^(\d{1,2})[-/.](\d{4})$"), "ym": re.compile(r"^(\d{4})-(\d{1,2})$"),
           "words": re.compile(r"^([^\W\d_]{3,})\.?\s+(?:(?i:de)\s+)?(\d{4})$"), "y": re.compile(r"^(\d{4})$")}
# A letter of any script: Python's pattern above, and RE2's in the SQL (whose \w is ASCII).
_LETTER, _LETTER_SQL = r"[^\W\d_]", r"\pL"
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "maandag", "dinsdag",
            "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì",
            "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira",
            "quinta-feira", "sexta-feira"}  # a Day column of these is a breakdown, no dates (mapping)
# A weekday may come first: Google Ads' overview cards write 'Mon, May 4, 2026', in French 'lun. 4 mai 2026', in
# Portuguese 'ter., 5 de mai. de 2026'. Only a weekday's name or its abbreviation, never any word ('Webinar 3 May 2026'
# names an event, not a day).
_WEEKDAY_SHORT = ("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "tu", "we",
                  "th", "fr", "sa", "su", "ma", "di", "wo", "do", "vr", "za", "zo", "din", "woe", "don", "vrij", "zat",
                  "zon", "mi", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lu", "je", "ve", "mié", "mie",
                  "jue", "vie", "sáb", "sab", "dom", "ju", "vi", "sá", "gio", "seg", "ter", "qua", "qui", "sex")
# The same pattern in Python and in DuckDB's RE2.
_WEEKDAY_WORDS = "|".join(sorted({*WEEKDAYS, *_WEEKDAY_SHORT}, key=lambda w: (-len(w), w)))
WEEKDAY = rf"(?:(?:{_WEEKDAY_WORDS})\.?,?\s+)?"
# Spanish and Portuguese join with 'de': 'marzo de 2025', '3 de marzo de 2025'.
_DE = r"(?:(?i:de)\s+)?"
_DAY_MONTH = re.compile(rf"^(?i:{WEEKDAY})(\d{{1,2}})\.?\s+{_DE}({_LETTER}{{3,}})\.?,?\s+{_DE}(\d{{4}})")
_MONTH_DAY = re.compile(rf"^(?i:{WEEKDAY})({_LETTER}{{3,}})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})")
# Excel's d-mmm-yy and dd-mmm-yyyy ('9-Mar-17', '09-mrt-2017'), as a sheet saved to CSV writes a date cell; a time may
# follow. A month's name makes the order plain, and a two-digit year is read as numeric_yy reads it.
_DAY_MON = re.compile(rf"^(\d{{1,2}})-({_LETTER}{{3,}})\.?-(\d{{2}}|\d{{4}})(?:$|[ T])")
_ISO_SLASH = re.compile(r"^\d{4}/\d{1,2}/\d{1,2}([ T].*)?$")
# A cell that holds a whole period: 'May 01 2025 - May 31 2025' (Klaviyo's flow reports), '01-05-2025 – 31-05-2025'.
# Its date layouts' own tails (a time, an offset such as '-0700') never have a dash with spaces on both sides.
_SPAN = re.compile(r"^\s*(\S.*?)[ \t\u00a0\u2009\u202f]+[-–—][ \t\u00a0\u2009\u202f]+(\S.*?)\s*$")
# The same in DuckDB's RE2, whose \s knows no non-breaking or thin space (a period as a spreadsheet formats it).
_GAP = "[ \\t\\x{00A0}\\x{2009}\\x{202F}]"
SPAN_SQL = f"'^\\s*(\\S.*?){_GAP}+[-–—]{_GAP}+(\\S.*?)\\s*$'"
# What follows a single date's layout when the cell holds a period: a dash between spaces, then a date's start (a
# letter, digits and a date's separator, a day and a month's name, or eight digits), never a time ('31-01-2025 -
# 10:00').
_SPAN_TAIL = f"{_GAP}+[-–—]{_GAP}+({_LETTER_SQL}|\\d{{1,4}}[-/.]|\\d{{1,2}}\\.?\\s+{_LETTER_SQL}|\\d{{8}})"


# A totals row's label (DuckDB's RE2, which takes (?i) anywhere): in the first column or a dimension or date column;
# elsewhere only the 'Label: ...' form, not a word alone ('Total: Campaigns' under a match type).
# Spanish, Italian and Portuguese grand totals too: 'Total general', 'Totale complessivo', 'Total geral', 'Totale'.
TOTALS = (r"\s*(?i)(grand |sub)?(total|totaal|totalen|totals|gesamt|gesamtsumme|summe|eindtotaal|subtotaal|sous-total"
          r"|total general|total geral|totale complessivo|totale|totales|subtotale)"
          r"\s*([:\-].*|\(.*\)|of \d[\d,.]* results?)?\s*"  # 'Total of 12 results': TikTok
          r"|\s*全\s*[\d,]+\s*件の結果\s*"  # TikTok in Japanese: '全2件の結果', all 2 results
          r"|\s*총\s*[\d,]+\s*개\s*결과\s*")  # and in Korean: '총 6개 결과', 6 results in total
TOTALS_LABEL = r"\s*(?i)(total|totaal|gesamt)\s?:.*"
# Google Ads closes a search terms or location report with 'Total: Other search terms' ('Total: Other locations'):
# the figures of the items it does not list, not a sum of the rows above. Such a row is data (parse.build, kind
# 'other'); without it a search terms report lost 46% of its cost.
OTHER_ITEMS = (r"\s*(?i)(total|totaal|totalen|gesamt|summe)\s*:\s*(other|others|overige|overig|andere|anderen|autres|"
               r"otros|outros|altri)\b.*")
_TOTALS_PY = re.compile(TOTALS.replace("(?i)", ""), re.IGNORECASE | re.DOTALL)  # the same label, in Python


def date_kind(values: list[str], file: str, column: str) -> str | None:
    """The date layout of a column ('iso', 'ymd8', 'numeric:<sep>', 'numeric_yy:<sep>', 'day_month', 'month_day',
    'day_mon', 'span:<layout>', 'month:<form>') or None."""
    # Totals and note rows hold words, not digits, in the date column: decide on the cells with digits. A totals
    # label may hold some ('Total of 2 results'), a footer like '©2025 Microsoft Corporation' starts with a sign no
    # date starts with: neither decides.
    vals = [v.strip() for v in values
            if v.strip() and v.strip()[0].isalnum() and _has_digit(v) and not _TOTALS_PY.fullmatch(v)]
    if not vals:
        return None
    spans = [m for m in map(_SPAN.match, vals) if m and _has_digit(m[1]) and _has_digit(m[2])]
    if len(spans) >= 0.8 * len(vals):  # a period in each cell: both ends in one layout
        first = date_kind([m[1] for m in spans], file, column)
        if first is not None and not first.startswith("span") and first == date_kind([m[2] for m in spans], file,
                                                                                   column):
            return f"span:{first}"
    for kind in _LAYOUTS:
        rest = [v for v in vals if not _fits(kind, v)]
        if len(vals) - len(rest) >= 0.8 * len(vals):  # four cells in five or more
            if kind in _WORDS and not _month_words(vals, kind):
                continue
            return _either(kind, rest)
    for kind, pat in (("numeric", _NUMERIC), ("numeric_yy", _NUMERIC_YY)):
        m = [pat.match(v) for v in vals]
        if sum(1 for x in m if x) >= 0.8 * len(vals):
            kind = f"{kind}:" + next(x for x in m if x).group(2)
            return _either(kind, [v for v in vals if not _fits(kind, v)])
    # No layout for four cells in five: two that share the cells between them (half and half) are read each by its own
    kinds = [*_LAYOUTS, *(f"{n}:{sep}" for n in ("numeric", "numeric_yy") for sep in "/.-")]
    most = max(kinds, key=lambda k: sum(_fits(k, v) for v in vals))
    if any(_fits(most, v) for v in vals) and (most not in _WORDS or _month_words(vals, most)):
        if (kind := _either(most, [v for v in vals if not _fits(most, v)])).startswith("either:"):
            return kind
    for form, pat in _MONTHS.items():
        m = [pat.match(v) for v in vals]
        if sum(1 for x in m if x) >= 0.8 * len(vals) and all(_names_a_month(form, x) for x in m if x):
            return f"month:{form}"
    return None


_LAYOUTS = {"iso": _ISO, "iso_slash": _ISO_SLASH, "ymd8": _YMD8, "day_month": _DAY_MONTH, "month_day": _MONTH_DAY,
            "day_mon": _DAY_MON}
_WORDS = ("day_month", "month_day", "day_mon")


def _fits(kind: str, cell: str) -> bool:
    """Whether a cell is written in a single date layout ('numeric:/' with its own separator)."""
    if kind.startswith(("numeric:", "numeric_yy:")):
        m = (_NUMERIC_YY if kind.startswith("numeric_yy:") else _NUMERIC).match(cell)
        return bool(m) and m[2] == kind.split(":", 1)[1]
    return bool(_LAYOUTS[kind].match(cell))


def _either(kind: str, rest: list[str]) -> str:
    """`kind`, or 'either:<kind>|<other>' when the cells it leaves are all written in one other layout that no cell
    of `kind` can be mistaken for: a campaign report saved again in a US spreadsheet holds '1-Dec-16' and, for the
    campaigns added after, '3/23/17 15:00' (jamestthompson3/mailchimp_data `domino_newsletter.csv`). Numbers alone in
    both layouts, or day-and-month numbers the cells themselves cannot order (none above 12), stay bad cells."""
    if not rest:
        return kind
    numeric = kind.startswith(("numeric:", "numeric_yy:"))
    if not numeric:  # the other layout may be numbers alone, read in the order their own cells show
        for name, pat in (("numeric", _NUMERIC), ("numeric_yy", _NUMERIC_YY)):
            m = [pat.match(v) for v in rest]
            if all(m) and len({x[2] for x in m}) == 1 and any(int(x[1]) > 12 or int(x[3]) > 12 for x in m):
                return f"either:{kind}|{name}:{m[0][2]}"
    for other in _LAYOUTS:
        if other != kind and all(_fits(other, v) for v in rest) and (other not in _WORDS or _month_words(rest, other)):
            return f"either:{kind}|{other}"
    return kind


def numeric_part(kind: str) -> str:
    """The layout of numbers alone within a kind ('either:day_mon|numeric_yy:/' -> 'numeric_yy:/'), else the kind."""
    if kind.startswith("either:"):
        return next((k for k in kind[7:].split("|") if k.startswith(("numeric:", "numeric_yy:"))), kind)
    return kind


def _names_a_month(form: str, m: re.Match) -> bool:
    """Whether a cell matched by _MONTHS[form] names a real month (or year)."""
    if form == "words":
        return month_number(m[1]) is not None
    if form == "y":  # a year Koers accepts, never any four digits
        lo, hi = year_range()
        return lo <= int(m[1]) <= hi
    return 1 <= int(m[1 if form == "my" else 2]) <= 12


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def unreadable_date(values: list[str]) -> str | None:
    """The first value of a column that fits no date layout ('10000-01-01' among ISO dates), else None: the cell an
    error names when no layout fits the column."""
    pats = (_ISO, _ISO_SLASH, _YMD8, _DAY_MONTH, _MONTH_DAY, _DAY_MON, _NUMERIC, _NUMERIC_YY, *_MONTHS.values())
    return next((v for v in values if v.strip() and not any(p.match(v.strip()) for p in pats)), None)


def _month_words(vals: list[str], kind: str) -> bool:
    pat = {"day_month": _DAY_MONTH, "month_day": _MONTH_DAY, "day_mon": _DAY_MON}[kind]
    idx = 1 if kind == "month_day" else 2
    for v in vals[:50]:
        m = pat.match(v)
        if m and month_number(m.group(idx)) is None:
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


def month_number(word: str) -> int | None:
    """The month (1-12) a month word names ('März', 'févr', 'juil.'), else None."""
    w = word.lower()
    return MONTHS.get(w[:4] if w[:3] == "jui" else w[:3])


def _month_sql(word: str) -> str:
    """SQL: month_number of `word`."""
    cases = " ".join(f"WHEN '{k}' THEN {n}" for k, n in MONTHS.items() if len(k) == 3)
    return (f"(CASE lower(left({word}, 3)) {cases} "
            f"WHEN 'jui' THEN (CASE lower(left({word}, 4)) WHEN 'juin' THEN 6 WHEN 'juil' THEN 7 END) END)")


DAY_NUMBER_HEADERS = {"nth day", "n-ter tag", "nde dag", "énième jour", "día n"}  # days counted from a stated start
WEEK_NUMBER_HEADERS = {"nth week"}  # weeks counted from a stated start (GA4's Reports snapshot: 0000 its first week)


def date_sql(col: str, kind: str, order: str = "dmy") -> str:
    """SQL turning a VARCHAR column of the given layout into DATE (NULL when it does not parse).

    'offset:<ISO date>' counts days from that date (GA4's 'Nth day' column: 0000 is the report's start).
    'nthweek:<first>:<last>' and 'nthweek_end:<first>:<last>': the first and the last day of week N counted from
    the week of <first> (GA4's 'Nth week': 0000 is the week, Sunday to Saturday, of the report's start), cut to
    <first> and <last>.
    'span:<layout>' and 'span_end:<layout>': the first and the last day of a cell holding a period ('May 01 2025 -
    May 31 2025'). 'week_end:<layout>': the Sunday of the week whose Monday the cell holds. In any other layout a
    cell holding a period is no date (NULL, named as a bad cell): its first day alone would shrink the period without
    a word."""
    if kind.startswith(("span:", "span_end:")):
        part, layout = (2 if kind.startswith("span_end:") else 1), kind.split(":", 1)[1]
        if part == 2 and layout.startswith("month:"):  # 'Jan 2025 - Mar 2025' ends on 31 March
            layout = "month_end:" + layout.split(":", 1)[1]
        return date_sql(f"regexp_extract({col}, {SPAN_SQL}, {part})", layout, order)
    if kind.startswith(("month:", "month_end:")):
        form = kind.split(":", 1)[1]
        if form in _MONTHS:
            first = _month_start_sql(col, form)
        else:  # a month written as its first day ('month:iso'): any other day is no month
            day = _date_sql(col, form, order)
            first = f"(CASE WHEN day({day}) = 1 THEN {day} END)"
        if kind.startswith("month_end:"):
            last = f"{first} + INTERVAL 1 YEAR - INTERVAL 1 DAY" if form == "y" else f"last_day({first})"
            return f"CAST({last} AS DATE)"
        return first
    if kind.startswith(("weeknum:", "weeknum_end:")):  # GA4's Week: a week of the year, its days in the range
        first, last = (date.fromisoformat(d) for d in kind.split(":")[1:])  # made by mapping, never text from a file
        days = [w[kind.startswith("weeknum_end:")] for w in year_weeks(first, last)[1:]]
        listed = ", ".join(f"DATE '{d.isoformat()}'" if d else "NULL" for d in days)
        n = f"trim({col})"
        return f"(CASE WHEN regexp_full_match({n}, '[0-9]{{1,2}}') THEN ([{listed}])[CAST({n} AS INTEGER)] END)"
    if kind.startswith(("nthweek:", "nthweek_end:")):
        first, last = (date.fromisoformat(d) for d in kind.split(":")[1:])  # made by mapping, never text from a file
        sunday = first - timedelta(days=first.isoweekday() % 7)  # weeks run from Sunday, as GA4's Week does
        day = f"DATE '{sunday.isoformat()}' + 7 * TRY_CAST(trim({col}) AS INTEGER)"
        day = (f"least({day} + 6, DATE '{last.isoformat()}')" if kind.startswith("nthweek_end:")
               else f"greatest({day}, DATE '{first.isoformat()}')")
        return f"CAST({day} AS DATE)"
    if kind.startswith("either:"):  # two layouts no cell can be read in both: each cell by its own
        first, second = kind[7:].split("|")
        return f"coalesce({date_sql(col, first, order)}, {date_sql(col, second, order)})"
    if kind.startswith("week_end:"):  # a week's row dated its Monday (Google Ads' Week): it ends on the Sunday
        return f"CAST({date_sql(col, kind.split(':', 1)[1], order)} + INTERVAL 6 DAY AS DATE)"
    if kind == "none":  # cells no single day stands for (a month beside an end column): each one a bad date
        return "CAST(NULL AS DATE)"
    if kind.startswith("utc:"):
        _, zone, layout = kind.split(":", 2)
        return _local_day_sql(col, zone, layout, order)
    return _date_sql(col, kind, order)


ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")  # IANA's form: 'Europe/Amsterdam', 'UTC'
# A time after a date's layout: '23:00:00', '14:03', '11:29 PM', '14:03:22.120Z', '09:12:22+01:00' (hour, minute,
# second, AM/PM, offset sign, its hours and minutes). The same pattern in Python and in DuckDB's RE2.
_TIME = (r"(?:^|[ T])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*"
         r"(?:Z|UTC|GMT|([+-])(\d{2}):?(\d{2}))?\s*$")
HAS_TIME = re.compile(_TIME)
# Layouts of a single day, with or without a time after it (no month, week, span or day count)
DAY_LAYOUTS = ("iso", "iso_slash", "numeric:", "numeric_yy:", "day_month", "month_day", "day_mon")


def schedule_sql(day: str, end: str, schedule: dict, cell=lambda c: c) -> tuple[str, str]:
    """SQL: a period row's first and last day (`day`, `end`) within its own schedule ({'start'|'end': (column index,
    date kind, order)}, mapping._schedule): a start after the first day and not after the last is the first day, an
    end on or after that and before the last is the last. A schedule cell that is no date, or outside the range (an
    ad that ended before the report began and spent nothing in it), leaves the range as it is."""
    first = day
    if "start" in schedule:
        i, kind, order = schedule["start"]
        s = date_sql(cell(f"c{i}"), kind, order)
        first = f"(CASE WHEN {s} > {day} AND {s} <= {end} THEN {s} ELSE {day} END)"
    last = end
    if "end" in schedule:
        i, kind, order = schedule["end"]
        e = date_sql(cell(f"c{i}"), kind, order)
        last = f"(CASE WHEN {e} >= {first} AND {e} < {end} THEN {e} ELSE {end} END)"
    return first, last


def _local_day_sql(col: str, zone: str, layout: str, order: str) -> str:
    """SQL: the day in `zone` of a cell whose time a tool wrote in UTC (Pipedrive, Stripe's '(UTC)' columns): a deal
    won at '2018-03-05 23:00:00' was won on 6 March in Paris. A cell without a time is its day as written; an
    offset written in the cell ('+01:00') is the one its time is in."""
    if not ZONE_NAME.fullmatch(zone):
        raise ValueError(zone)
    day = _date_sql(col, layout, order)
    t = f"regexp_extract(trim({col}), '{_TIME}', ['h', 'm', 's', 'p', 'sign', 'oh', 'om'])"
    num = lambda part: f"CAST(NULLIF({t}.{part}, '') AS INTEGER)"  # noqa: E731
    hour = (f"(CASE WHEN {t}.p = '' THEN {num('h')} WHEN lower(left({t}.p, 1)) = 'p' THEN {num('h')} % 12 + 12 "
            f"ELSE {num('h')} % 12 END)")
    clock = f"TRY(make_time({hour}, {num('m')}, coalesce({num('s')}, 0)))"
    offset = f"coalesce((CASE WHEN {t}.sign = '-' THEN -1 ELSE 1 END) * ({num('oh')} * 60 + {num('om')}), 0)"
    utc = f"({day} + {clock} - to_minutes({offset}))"
    return f"coalesce(CAST(timezone('{zone}', {utc} AT TIME ZONE 'UTC') AS DATE), {day})"


def year_weeks(first: date, last: date) -> list[tuple[date | None, date | None]] | None:
    """GA4's weeks of the year as days within [first, last]: entry N (1-53) is (first day, last day) of week N, or
    (None, None) when week N has no day in the range. A GA4 week starts on Sunday and week 01 holds 1 January, so the
    first and last weeks of a year are short. None when a number would name two weeks in the range (it spans more
    than a year): no cell could say which."""
    out: list[tuple[date | None, date | None]] = [(None, None)] * 54
    for year in range(first.year, last.year + 1):
        jan1 = date(year, 1, 1)
        second = jan1 + timedelta(days=7 - (jan1.isoweekday() % 7))  # week 02 starts on the first Sunday after 1 Jan
        for n in range(1, 54):
            start = jan1 if n == 1 else second + timedelta(weeks=n - 2)
            end = min(second - timedelta(days=1) if n == 1 else start + timedelta(days=6), date(year, 12, 31))
            if start.year != year or start > last or end < first:
                continue
            if out[n] != (None, None):
                return None
            out[n] = (max(start, first), min(end, last))
    return out


def within_sql(expr: str, end: bool, first, last, unit: str = "month") -> str:
    """SQL: a month's, week's or year's row's first day (or with `end`, its last day) cut to the range [first, last]
    a file states, when the row's period overlaps it; one outside the range keeps its own days."""
    lo, hi = f"DATE '{first.isoformat()}'", f"DATE '{last.isoformat()}'"
    if end:
        other = {"month": f"date_trunc('month', {expr})", "year": f"date_trunc('year', {expr})"}.get(
            unit, f"({expr} - INTERVAL 6 DAY)")
        overlaps, cut = f"{expr} >= {lo} AND {other} <= {hi}", f"least({expr}, {hi})"
    else:
        other = {"month": f"last_day({expr})", "year": f"make_date(year({expr}), 12, 31)"}.get(
            unit, f"({expr} + INTERVAL 6 DAY)")
        overlaps, cut = f"{expr} <= {hi} AND {other} >= {lo}", f"greatest({expr}, {lo})"
    return f"(CASE WHEN {overlaps} THEN CAST({cut} AS DATE) ELSE {expr} END)"


def _month_start_sql(col: str, form: str) -> str:
    """SQL: the first day of the month a cell names, in the form date_kind found ('my', 'ym', 'words'), or of the
    year ('y')."""
    v = f"trim({col})"
    pat = _MONTHS[form].pattern.replace(_LETTER, _LETTER_SQL)  # no quote in it; DuckDB takes backslashes as written
    parts = f"regexp_extract({v}, '{pat}', ['a', 'b'])"
    if form == "y":
        return f"TRY(make_date(CAST(NULLIF(regexp_extract({v}, '{pat}', 1), '') AS INTEGER), 1, 1))"
    if form == "words":
        month, year = _month_sql(f"{parts}.a"), f"{parts}.b"
    else:
        month, year = (f"{parts}.a", f"{parts}.b") if form == "my" else (f"{parts}.b", f"{parts}.a")
        month = f"CAST(NULLIF({month}, '') AS INTEGER)"
    return f"TRY(make_date(CAST(NULLIF({year}, '') AS INTEGER), {month}, 1))"


def _unless_span(col: str, layout: str, parsed: str) -> str:
    """SQL: `parsed`, or NULL when the cell goes on after its date (`layout`, its pattern) with another one: a cell
    holding a period is no single date. Only cells longer than any single date of these layouts are asked (the
    shortest period, '1/1/25 - 2/1/25', has 15 characters)."""
    return (f"(CASE WHEN length({col}) > 12 AND regexp_matches(trim({col}), '(?s)^{layout}{_SPAN_TAIL}') THEN NULL "
            f"ELSE {parsed} END)")


def _date_sql(col: str, kind: str, order: str) -> str:
    v = f"trim({col})"
    if kind.startswith("offset:"):
        start = date.fromisoformat(kind[7:])  # made by mapping from a parsed date, never text from a file
        return f"CAST(DATE '{start.isoformat()}' + TRY_CAST({v} AS INTEGER) AS DATE)"
    # Each layout's pattern reads the cell's start; a cell that goes on after it with another date is a period, no
    # single date (_unless_span).
    if kind == "iso":  # ten characters are a date alone
        pat = "\\d{4}-\\d{1,2}-\\d{1,2}"
        slow = _unless_span(col, pat, f"TRY_CAST(regexp_extract({v}, '^{pat}') AS DATE)")
        return f"(CASE WHEN length({col}) = 10 THEN TRY_CAST({col} AS DATE) ELSE {slow} END)"
    if kind == "iso_slash":
        pat = "\\d{4}/\\d{1,2}/\\d{1,2}"
        return _unless_span(col, pat, f"TRY_CAST(replace(regexp_extract({v}, '^{pat}'), '/', '-') AS DATE)")
    if kind == "ymd8":
        return _unless_span(col, "\\d{8}", f"TRY_CAST(TRY_STRPTIME(left({v}, 8), '%Y%m%d') AS DATE)")
    if kind.startswith(("numeric:", "numeric_yy:")):
        yy = kind.startswith("numeric_yy:")
        pat = f"(\\d{{1,2}})[-/.](\\d{{1,2}})[-/.](\\d{{{2 if yy else 4}}})"
        # Two digits and then the cell's end or a time: '2/24/2017' is no date of this layout.
        parts = f"regexp_extract({v}, '^{pat}{'(?:$|[ T])' if yy else ''}', ['a', 'b', 'y'])"
        d, m = ("a", "b") if order == "dmy" else ("b", "a")
        month, day = (f"CAST(NULLIF({parts}.{x}, '') AS INTEGER)" for x in (m, d))
        return _unless_span(col, pat, f"TRY(make_date({_year_sql(parts + '.y')}, {month}, {day}))")
    wd = f"(?i:{WEEKDAY})"
    # A spreadsheet's no-break or thin space between the words ('Mon,\u00a0May 4, 2026'): a space to Python's \s,
    # not to RE2's, so made one here.
    v = f"regexp_replace({v}, '[\\x{{00A0}}\\x{{2009}}\\x{{202F}}]', ' ', 'g')"
    if kind == "day_month":
        pat = f"{wd}(\\d{{1,2}})\\.?\\s+{_DE}({_LETTER_SQL}+)\\.?,?\\s+{_DE}(\\d{{4}})"
        p = f"regexp_extract({v}, '^{pat}', ['d', 'm', 'y'])"
    elif kind == "month_day":
        pat = f"{wd}({_LETTER_SQL}+)\\.?\\s+(\\d{{1,2}}),?\\s+(\\d{{4}})"
        p = f"regexp_extract({v}, '^{pat}', ['m', 'd', 'y'])"
    elif kind == "day_mon":
        pat = f"(\\d{{1,2}})-({_LETTER_SQL}{{3,}})\\.?-(\\d{{2}}|\\d{{4}})"
        p = f"regexp_extract({v}, '^{pat}(?:$|[ T])', ['d', 'm', 'y'])"
    else:
        raise ValueError(kind)
    return _unless_span(col, pat, f"TRY(make_date({_year_sql(p + '.y')}, {_month_sql(p + '.m')},"
                                  f" CAST(NULLIF({p}.d, '') AS INTEGER)))")


def _year_sql(text: str) -> str:
    """SQL: the year a cell's year text writes, two digits by YY_PIVOT ('17' is 2017, '85' is 1985)."""
    year = f"CAST(NULLIF({text}, '') AS INTEGER)"
    century = f"CASE WHEN {year} < {YY_PIVOT} THEN 2000 ELSE 1900 END"
    return f"({year} + CASE WHEN length({text}) = 2 THEN {century} ELSE 0 END)"


def order_parts_sql(col: str) -> str:
    """SQL: a struct of the first and second number (a, b: text, '' when none) of a d/m or m/d date cell."""
    return f"regexp_extract(trim({col}), '^(\\d{{1,2}})[-/.](\\d{{1,2}})', ['a', 'b'])"


def order_pairs_sql(col: str) -> str:
    """SQL giving max of the first and second number of a d/m or m/d date column."""
    parts = order_parts_sql(col)
    return (f"max(TRY_CAST(NULLIF({parts}.a, '') AS INTEGER)), max(TRY_CAST(NULLIF({parts}.b, '') AS INTEGER))")
