"""All user-facing text, keyed; Dutch and English. Number formatting per locale."""

from __future__ import annotations

import importlib
import math
import pkgutil
from dataclasses import dataclass

LANGS = ("nl", "en")


def _load() -> dict[str, dict[str, str]]:
    from . import messages

    out: dict[str, dict[str, str]] = {}
    for mod in pkgutil.iter_modules(messages.__path__):
        table = importlib.import_module(f"{messages.__name__}.{mod.name}").MESSAGES
        dup = out.keys() & table.keys()
        if dup:
            raise RuntimeError(f"duplicate message keys: {sorted(dup)}")
        out.update(table)
    return out


MESSAGES = _load()
from .messages.one import COUNTS as _COUNTS  # noqa: E402  (the messages' own package, loaded above)
from .messages.one import FORMS as _FORMS  # noqa: E402


class _Blank(dict):
    def __missing__(self, key):
        return ""


def t(code: str, lang: str = "nl", **params) -> str:
    """The text for `code` in `lang`, with `params` filled in (missing ones blank); for a count of 1 (`count`, or
    the parameter messages/one.COUNTS names) the message's words for one (`<code>.one`) where it has them."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code
    if str(params.get(_COUNTS.get(code, "count"))) == "1":
        entry = MESSAGES.get(f"{code}.one", entry)
    if code in _FORMS:  # a message said in the form its case needs ('<code>.<form>'), the whole one by default
        entry = MESSAGES.get(f"{code}.{params.get(_FORMS[code])}", entry)
    text = entry.get(lang) or entry["en"]
    return text.format_map(_Blank({k: "" if v is None else _word(code, k, v, lang) for k, v in params.items()}))


# Parameters that hold measure ids ('won_revenue', or several joined by ', '), said by their names ('Won revenue'):
# the ids stay in the warning's params for other code.
_MEASURE_PARAMS = {"ingest.undated_rows": ("measures",), "ingest.non_additive": ("measures",),
                   "ingest.check_negative": ("measure",), "ingest.counted_without_money": ("counted", "money"),
                   "ingest.derived_without_counts": ("measures",), "ingest.short_of_total": ("measure",)}
# Parameters that hold figures, written in the message's language ('157.506' in Dutch, '157,506' in English).
_NUMBER_PARAMS = {"ingest.short_of_total": ("rows_sum", "total")}


def _word(code: str, key: str, value, lang: str):
    """A parameter that is one of a few words (a period's origin 'file') in the message's language: the entry
    '<code>.<key>.<value>' where there is one, a measure by its name, else the value as it is."""
    if key in _MEASURE_PARAMS.get(code, ()) and isinstance(value, str):
        return ", ".join(field_name(m.strip(), lang) for m in value.split(","))
    if key in _NUMBER_PARAMS.get(code, ()) and isinstance(value, int | float):
        return fmt_number(value, lang, decimals=0 if float(value).is_integer() else 2)
    entry = MESSAGES.get(f"{code}.{key}.{value}") if isinstance(value, str) else None
    return (entry.get(lang) or entry["en"]) if entry else value


CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def fmt_number(value: float, lang: str = "nl", decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en)."""
    s = f"{value:,.{decimals}f}"
    if lang == "nl":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def fmt(value, unit: str = "count", lang: str = "nl", currency: str = "EUR", decimals: int | None = None) -> str:
    """A value as a person reads it: '3,45%', '€ 1.234,56', '5,0×', '1.234'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "percent":
        return fmt_number(value * 100, lang, 2 if decimals is None else decimals) + "%"
    if unit == "currency":
        sym = CURRENCY_SYMBOLS.get(currency, currency)
        d = 2 if decimals is None else decimals
        num = fmt_number(abs(value), lang, d)
        sign = "-" if value < 0 else ""
        # A code for a symbol ('NZD') stands apart from the figure in English too: 'NZD 9.97', '$9.97'.
        return f"{sign}{sym} {num}" if lang == "nl" or sym.isalpha() else f"{sign}{sym}{num}"
    if unit == "multiplier":
        return fmt_number(value, lang, 2 if decimals is None else decimals) + "×"
    d = decimals if decimals is not None else (0 if float(value).is_integer() else 1)  # 99,5 leads, not 99,45
    return fmt_number(value, lang, d)


def fmt_date(d, lang: str = "nl") -> str:
    """A date as '2 jan 2025' (nl) or 'Jan 2, 2025' (en)."""
    if d is None:
        return "–"
    short = MONTHS_SHORT.get(lang, MONTHS_SHORT["en"])[d.month - 1]
    return f"{d.day} {short} {d.year}" if lang == "nl" else f"{short} {d.day}, {d.year}"


def has(code: str) -> bool:
    """Whether a text exists for `code`."""
    return code in MESSAGES


def tool_name(source_id: str, lang: str = "nl") -> str:
    """A tool's name as a person knows it ('HubSpot-contacten' for hubspot_contacts); the value when it is no tool."""
    if has(f"tool.{source_id}"):
        return t(f"tool.{source_id}", lang)
    from .ingest.sources import SOURCES

    src = SOURCES.get(source_id)
    return src.name if src is not None else str(source_id)


def field_name(field: str, lang: str = "nl") -> str:
    """What a column means, in words: a measure or dimension by its name, a tool's own field by its description."""
    from .catalogue import catalogue

    kpi = catalogue().get(field)
    if kpi is not None:
        return kpi.name[lang]
    for prefix in ("dim", "field"):
        if has(f"{prefix}.{field}"):
            return t(f"{prefix}.{field}", lang)
    return field.replace("_", " ").capitalize()


def _measure_names() -> dict[str, str]:
    """Every way a person may write a base measure in a formula (its id, its Dutch and English name), lower-cased,
    to the measure id."""
    from .catalogue import catalogue
    from .formula import NAMES

    cat = catalogue()
    out = {"kosten": "cost", "spend": "cost"}  # what people call ad spend in a formula
    for m in NAMES:
        out[m.lower()] = m
        if m in cat:
            for lang in LANGS:
                out[cat[m].name[lang].lower()] = m
    return out


def formula_from_words(text: str, lang: str = "nl") -> tuple[str, list[int]]:
    """A formula as a person types it ('Omzet / Bestellingen', 'Conversion value - Ad spend', '1,21 * omzet' in
    Dutch) in measure ids for the parser, and for each character of the result the 1-based position in `text` it
    came from (so the parser's positions can be shown in the person's own text)."""
    import re

    names = sorted(_measure_names().items(), key=lambda kv: -len(kv[0]))
    lowered = text.lower()
    out, back, i = [], [], 0
    while i < len(text):
        ch = lowered[i]
        starts_word = i == 0 or not (lowered[i - 1].isalnum() or lowered[i - 1] == "_")
        hit = None
        if starts_word and (ch.isalpha() or ch == "_"):
            for name, measure in names:
                end = i + len(name)
                if lowered.startswith(name, i) and (end == len(text) or not (lowered[end].isalnum()
                                                                             or lowered[end] == "_")):
                    hit = (measure, end)
                    break
        if hit is not None:
            out.append(hit[0])
            back += [i + 1] * len(hit[0])
            i = hit[1]
            continue
        m = re.match(r"\d+,\d+", text[i:]) if lang == "nl" and starts_word else None
        if m:  # a Dutch decimal comma: 1,21 is 1.21
            out.append(m.group(0).replace(",", "."))
            back += list(range(i + 1, i + 1 + len(m.group(0))))
            i += len(m.group(0))
            continue
        out.append(text[i])
        back.append(i + 1)
        i += 1
    return "".join(out), back


def formula_in_words(text: str, lang: str = "nl") -> str:
    """A formula over measure ids as a person reads it: 'conversion_value / cost' -> 'Conversiewaarde /
    Advertentiekosten'; numbers in the language's notation."""
    import re

    from .catalogue import catalogue

    cat = catalogue()
    names = {m for m in _measure_names().values()}

    def word(m):
        w = m.group(0)
        if w in names and w in cat:
            return cat[w].name[lang]
        return w.replace(".", ",") if lang == "nl" and w[:1].isdigit() else w  # no grouping: 1000 reads back

    return re.sub(r"\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*", word, text)


@dataclass(frozen=True)
class NumberReading:
    """A number a person typed, read in their interface language.

    `value`: the number when the text is one in that language's notation ('150.000' in Dutch is 150000).
    `meant`: when the text is a number only in the other notation ('1.5' in Dutch, '1,5' in English), what it would
    be there: a question to ask, never an answer to take. Both None: empty (`empty`) or not a number."""

    value: float | None
    meant: float | None = None
    empty: bool = False


_MARKS = {"nl": (",", "."), "en": (".", ",")}  # decimal mark, group mark
_SPACES = "\u00a0\u202f\u2009 '"  # spaces and an apostrophe group thousands in every language


def _read(body: str, dec: str, grp: str) -> float | None:
    """`body` (digits and marks, no sign) as a number in the notation with this decimal and group mark."""
    import re

    g, d = re.escape(grp), re.escape(dec)
    whole = rf"(?:\d{{1,3}}(?:{g}\d{{3}})+|\d{{1,3}}(?:[ ]\d{{3}})+|\d+)"
    m = re.fullmatch(rf"({whole})?(?:{d}(\d+))?", body)
    if not m or not (m.group(1) or m.group(2)):
        return None
    digits = re.sub(r"\D", "", m.group(1) or "0")
    return float(f"{digits}.{m.group(2) or '0'}")


def parse_number(text, lang: str = "nl") -> NumberReading:
    """Read a typed number in `lang`'s notation: '150.000' and '1.234,56' in Dutch, '150,000' and '1,234.56' in
    English. A currency sign, a percent or times sign and spaces around are allowed; a minus sign may lead."""
    s = "" if text is None else str(text).strip()
    for sign in ("€", "$", "£", "%", "×", "EUR", "USD", "GBP"):
        s = s.replace(sign, "")
    s = s.strip()
    for space in _SPACES:
        s = s.replace(space, " ")
    s = " ".join(s.split())
    if not s:
        return NumberReading(None, empty=True)
    neg = s[0] in "-−"
    if s[0] in "-−+":
        s = s[1:].strip()
    dec, grp = _MARKS.get(lang, _MARKS["en"])
    own = _read(s, dec, grp)
    if own is not None:
        return NumberReading(-own if neg else own)
    other = _read(s, grp, dec)
    return NumberReading(None, meant=None if other is None else (-other if neg else other))


def fmt_input(value: float | None, lang: str = "nl", max_decimals: int = 6) -> str:
    """A number as it goes back into an input field: grouped, with the decimals it has (150.000; 1.234,56)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{abs(value):.{max_decimals}f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return ("-" if value < 0 else "") + fmt_number(abs(value), lang, decimals)


# How each unit's figures show on a chart axis (Vega-Lite/D3 formats; '~': no trailing zeros), for the app's
# charts and the review's alike; tooltips and tables use fmt().
AXIS_FORMAT = {"percent": ".1~%", "currency": ",.2~f", "multiplier": ",.2~f", "count": ",.2~f"}

# The month names Koers writes, once for every module that shows a date (the words it reads: ingest/period.py).
MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}
MONTHS_SHORT = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
                "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}


def fmt_month(d, lang: str = "nl") -> str:
    """A month as 'februari 2025' (nl) or 'February 2025' (en)."""
    return f"{MONTHS.get(lang, MONTHS['en'])[d.month - 1]} {d.year}"


def tn(code: str, n: int, lang: str = "nl", **params) -> str:
    """The text for a count: `code.one` for exactly one, else `code.other` ('1 week', '3 weken')."""
    form = f"{code}.one" if n == 1 and has(f"{code}.one") else f"{code}.other"
    return t(form if has(form) else code, lang, n=n, **params)
