"""The period a file states outside its rows: a report's date-range line, or a comment block's start and end.

Google Ads writes the range on line 2 of every report download, in the interface's language and date style
("January 17, 2024 - February 15, 2024", "1 May 2026 - 8 May 2026", "8. Januar 2026 - 31. Januar 2026") or
"All time"; GA4 writes `# Start date: 20230322` and `# End date: 20230418` in its comment block. Pure text work on
the few lines before the header; nothing here looks at rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

# Full month names and the abbreviations interfaces print, EN NL DE FR ES IT. An abbreviation is only ever matched
# whole or as the start of a word, longest first ('juil' before 'jui...', which is no entry: June and July share it).
MONTH_WORDS = {
    1: ("january", "januari", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "jan", "jän", "jänner",
        "janeiro"),
    2: ("february", "februari", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "feb", "fév",
        "fev", "fevereiro"),
    3: ("march", "maart", "märz", "marz", "mars", "marzo", "mrt", "mär", "mar", "março"),
    4: ("april", "avril", "abril", "aprile", "apr", "avr", "abr"),
    5: ("may", "mei", "mai", "mayo", "maggio", "mag", "maio"),
    6: ("june", "juni", "juin", "junio", "giugno", "jun", "giu", "junho"),
    7: ("july", "juli", "juillet", "juil", "julio", "luglio", "jul", "lug", "julho"),
    8: ("august", "augustus", "août", "aout", "agosto", "aug", "aoû", "ago"),
    9: ("september", "septembre", "septiembre", "setiembre", "settembre", "sept", "sep", "set", "setembro"),
    10: ("october", "oktober", "octobre", "octubre", "ottobre", "oct", "okt", "ott", "outubro", "out"),
    11: ("november", "novembre", "noviembre", "nov"),
    12: ("december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dec", "dez", "déc", "dic",
         "dezembro"),
}
_MONTH = {w: n for n, words in MONTH_WORDS.items() for w in words}
_BY_LENGTH = sorted(_MONTH, key=len, reverse=True)

# What interfaces write for a report over every day there is.
ALL_TIME = {"all time", "alle tijd", "volledige periode", "gesamter zeitraum", "gesamte zeit", "toute la période",
            "depuis le début", "todo el periodo", "todo el tiempo", "tutto il periodo", "sempre"}

_RANGE = re.compile(r"^\s*(?P<a>.+?)\s+[-–—]\s+(?P<b>.+?)\s*$")
_GA4 = re.compile(r"^#\s*(?P<label>start date|startdatum|date de début|fecha de inicio|data di inizio|data de início|"
                  r"end date|einddatum|enddatum|date de fin|fecha de finalización|fecha de fin|data di fine|"
                  r"data de término|data de fim)"
                  r"\s*:\s*(?P<day>\d{8})\s*$", re.IGNORECASE)
_STARTS = ("start", "début", "inicio", "início", "inizio", "begin")
# 'Label: value' lines of report preambles (LinkedIn's Report Start / Report End, Microsoft's Report Time).
_LABELLED = re.compile(r"^(?P<label>[^:]{3,40}?)\s*:\s*(?P<value>.+)$")
START_LABELS = {"report start", "begindatum van rapport", "berichtsbeginn", "début du rapport", "start date",
                "startdatum"}
END_LABELS = {"report end", "einddatum van rapport", "berichtsende", "fin du rapport", "end date", "einddatum",
              "enddatum"}
RANGE_LABELS = {"report time", "time period", "date range", "zeitraum", "periode", "période", "rapportperiode",
                "datumbereik"}
_TIME = re.compile(r",?\s*\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\s*$", re.IGNORECASE)
_TITLE = re.compile(r"^[^()]*\((?P<inner>[^()]+)\)\s*$")  # 'Ad report (Oct 24, 2016-Oct 30, 2016)' (AdWords)


@dataclass(frozen=True)
class Period:
    """The days a file's figures cover; `origin` is 'rows', 'file' or 'given' (the `period` object of inspect)."""

    start: date
    end: date
    origin: str

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "from": self.origin}


# Stands in for the days of an 'All time' report nobody gave a period for: its rows are one lump that only a total
# over everything may use (inspect, compute --by total); adding it or a time grain asks for the real period.
ALL_TIME_PERIOD = Period(date(1970, 1, 1), date(1970, 1, 1), "all")


def month_of(word: str) -> int | None:
    """The month a (possibly abbreviated) month name in any supported language stands for."""
    w = word.lower().strip(".,")
    if w in _MONTH:
        return _MONTH[w]
    for name in _BY_LENGTH:
        if len(name) >= 3 and w.startswith(name):
            return _MONTH[name]
    return None


_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")  # d/m/yyyy or m/d/yyyy, '.' or '-' too


def parse_day(text: str, order: str = "mdy") -> date | None:
    """One date as an interface writes it: ISO, yyyymmdd, day/month-name/year in any order of EN/NL/DE/FR/ES/IT/PT, or
    numeric d/m/yyyy in `order` when neither part tells (a part above 12 does). A time of day after it is ignored."""
    t = _TIME.sub("", text.strip().strip('"').strip())
    num = _NUMERIC.fullmatch(t)
    if num:
        a, b, y = int(num[1]), int(num[2]), int(num[3])
        m, d = (a, b) if (order == "mdy" and a <= 12) or b > 12 else (b, a)
        return _safe(y, m, d)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        return _safe(int(t[:4]), int(t[5:7]), int(t[8:]))
    if re.fullmatch(r"\d{8}", t):
        return _safe(int(t[:4]), int(t[4:6]), int(t[6:]))
    words = [w for w in re.split(r"[\s,.]+", t.lower()) if w and w not in ("de", "del", "of")]
    years = [w for w in words if re.fullmatch(r"\d{4}", w)]
    days = [w for w in words if re.fullmatch(r"\d{1,2}", w)]
    months = [m for m in (month_of(w) for w in words if not w.isdigit()) if m]
    if len(years) == 1 and len(days) == 1 and len(months) == 1 and len(words) == 3:
        return _safe(int(years[0]), months[0], int(days[0]))
    return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_range(text: str, order: str | None = "mdy") -> tuple[date, date] | str | None:
    """(start, end) from 'A - B' (also 'A-B' between dates, 'A,B', '20241122-20260120'), 'all' for an all-time
    report, else None. Numeric days of both ends are read in one order, told by a part above 12 of either end
    ('05-06-2026 - 25-06-2026' is June); where neither tells, `order`, and None refuses to guess."""
    t = text.strip().strip('"').strip()
    if t.lower() in ALL_TIME:
        return "all"
    m = _RANGE.match(t) or re.match(r"^\s*(?P<a>\d{8})-(?P<b>\d{8})\s*$", t) \
        or re.match(r"^\s*(?P<a>.*?\d{4})\s*[-–,]\s*(?P<b>(?=\D*\d).*\d{4})\s*$", t)
    if not m:
        return None
    nums = [n for n in (_NUMERIC.fullmatch(_TIME.sub("", x.strip())) for x in (m["a"], m["b"])) if n]
    told = {"dmy" for n in nums if int(n[1]) > 12} | {"mdy" for n in nums if int(n[2]) > 12}
    order = told.pop() if len(told) == 1 else None if told else order
    if order is None and nums:  # the ends disagree, or nothing tells and no order is given
        return None
    a, b = parse_day(m["a"], order or "mdy"), parse_day(m["b"], order or "mdy")
    if a and b and a <= b:
        return a, b
    return None


def in_file(lines: list[str]) -> Period | str | None:
    """The period stated in a file's lines before its header (report title, date line, comment block).

    Returns a Period (origin 'file'), 'all' when the file says it covers all time, or None."""
    start = end = None
    for line in lines:
        text = line.strip().strip(",;\t").strip().strip('"')
        ga4 = _GA4.match(text)
        if ga4:
            day = parse_day(ga4["day"])
            if any(s in ga4["label"].lower() for s in _STARTS):
                start = day
            else:
                end = day
            continue
        text = text.lstrip("#").strip()  # a GA4 exploration states '# 20241122-20260120'
        lab = _LABELLED.match(text)
        if lab:
            label, value = lab["label"].strip().lower(), lab["value"].strip().strip(",;\t")
            if label in START_LABELS:
                start = parse_day(value)
            elif label in END_LABELS:
                end = parse_day(value)
            elif label in RANGE_LABELS:
                found = parse_range(value)
                if isinstance(found, tuple):
                    return Period(found[0], found[1], "file")
                day = parse_day(value)
                if day:
                    return Period(day, day, "file")
            continue
        title = _TITLE.match(text)  # AdWords named the range in the title: 'Keyword report (Jun 13, 2016)'
        if title:
            found = parse_range(title["inner"])
            day = parse_day(title["inner"])
            if isinstance(found, tuple) or day:
                return Period(*(found if isinstance(found, tuple) else (day, day)), "file")
            continue
        found = parse_range(text)
        if found == "all":
            return "all"
        if found:
            return Period(found[0], found[1], "file")
    if start and end and start <= end:
        return Period(start, end, "file")
    return None


# Two ISO days in a file's name: Shopify's reports ('Sales by product - 2025-03-01 - 2025-03-31.csv'), Stripe's
# ('Itemized_balance_change_from_activity_EUR_2025-04-01_to_2025-04-30_Europe-Amsterdam.csv'), and with dots
# Google Ads' Overview cards ('Devices(2026.05.04-2026.05.10).csv'; 'Biggest_changes(A-B_compared_to_C-D)': A-B).
# TikTok Ads Manager names its downloads 'Tiktok Ads_<report>_<advertiser>_20220101-20221231.xlsx' (bonsus/rekapanuxt),
# and its reports in other layouts start '20260319_20260417_campaign_report.xlsx' (taejunjeon/seo): days of eight
# digits, read only in a pair, this century's or the last; its app campaign reports end
# '…App promotion20240828112403(20240827 to 20240927).xlsx' (Liam-Dupeyron/AnswersAi_data_science).
# Google Business Profile writes its days unpadded (DanielTheC/internal-lnking-tool:
# 'GMB insights (Performance Report) - 2024-11-5 - 2024-11-11 - ….csv').
_DAY = r"\d{4}-\d{1,2}-\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}"
_NAMED = re.compile(rf"(?<!\d)({_DAY})(?:\s*[-–_]\s*|_to_|\s+to\s+)({_DAY})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{6})(?:[-_]|\s+to\s+|_to_)((?:19|20)\d{6})(?!\d)")
# An Overview card of one day closes its name with that day alone, dotted ('Locations(Targeting_2026.02.05).csv',
# londonclean01-site/site, beside 'Locations(Targeting_2026.02.05-2026.02.10).csv' of the same card): that day.
_CARD_DAY = re.compile(r"\((?:[^()]*_)?(\d{4}\.\d{1,2}\.\d{1,2})\)")


def in_name(file: str) -> Period | None:
    """The period a file's name states as two days, written 2026-05-04, 2026.05.04 or 20260504 (origin 'name'), else
    None. One day alone (a download date) states none, but for a Google Ads card's dotted day in its brackets."""
    def day(d: str):  # '2026-5-4' or '2026.05.04'
        return parse_day("-".join(p.zfill(2) for p in re.split(r"[-.]", d)))

    m = _NAMED.search(file)
    if m:
        a, b = day(m[1]), day(m[2])
    elif m := _COMPACT.search(file):
        a, b = (parse_day(f"{d[:4]}-{d[4:6]}-{d[6:]}") for d in (m[1], m[2]))
    elif m := _CARD_DAY.search(file):
        a = b = day(m[1])
    else:
        return None
    return Period(a, b, "name") if a and b and a <= b else None


def given(text: str | None) -> Period | None:
    """A period the user gives as FROM..TO (ISO dates), None for None; one clear error when it is not one."""
    if text is None:
        return None
    a, sep, b = text.partition("..")
    start, end = parse_day(a), parse_day(b)
    if not sep or not start or not end or start > end:
        from ..errors import error, shown

        raise error("ingest.bad_period", value=shown(text))
    return Period(start, end, "given")


def add_argument(p) -> None:
    """The CLI's --period FROM..TO and --timezone ZONE (inspect, compute, add)."""
    p.add_argument("--period", metavar="FROM..TO",
                   help="the days a report without a date column covers, when it does not say (e.g. 'All time')")
    p.add_argument("--timezone", metavar="ZONE",
                   help="the time zone whose days count times a tool writes in UTC (Pipedrive, Stripe), e.g. "
                        "Europe/Brussels; default: the workspace's, else Europe/Amsterdam")


@cache
def zones() -> tuple[str, ...]:
    """The time zones DuckDB knows (its ICU's IANA names), sorted; asked once per process."""
    import duckdb

    with duckdb.connect() as con:
        return tuple(sorted(r[0] for r in con.execute("SELECT name FROM pg_timezone_names()").fetchall()))


def zone(text: str | None) -> str | None:
    """A time zone the user gives ('Europe/Brussels', any case), None for None; one clear error when it is none."""
    if text is None:
        return None
    from .values import ZONE_NAME

    known = {z.lower(): z for z in zones()} if ZONE_NAME.fullmatch(text.strip()) else {}
    if text.strip().lower() not in known:
        from ..errors import error, shown

        raise error("ingest.bad_zone", value=shown(text))
    return known[text.strip().lower()]
