"""What a tool's export looks like, as data: header names per field, markers, derived columns, event rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...schema import DIMENSIONS, MEASURES, PERIOD_END

# ISO 4217 codes in use: a header suffix such as 'Amount spent (IDR)' or 'Coût (EUR)' names the file's currency.
CURRENCIES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP
CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR
ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD
SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND
VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())
# What a currency symbol or a local short form stands for; None where several currencies write it ('kr': Swedish,
# Norwegian, Danish or Icelandic). '$' and '¥' are read as the dollar and the yen most exports mean by them.
SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "rp": "IDR", "zł": "PLN", "kr": None,
           "₺": "TRY", "₩": "KRW", "₫": "VND", "₱": "PHP", "₪": "ILS", "₴": "UAH", "₽": "RUB", "฿": "THB", "₦": "NGN",
           "৳": "BDT", "₲": "PYG", "₡": "CRC", "₸": "KZT", "₾": "GEL", "₼": "AZN", "₮": "MNT", "₭": "LAK", "₵": "GHS",
           "us$": "USD", "au$": "AUD", "a$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "nt$": "TWD",
           "hk$": "HKD", "s$": "SGD", "r$": "BRL", "mx$": "MXN", "kč": "CZK", "ft": "HUF", "lei": "RON", "rm": "MYR",
           "tl": "TRY", "sfr": "CHF", "kn": None, "rs": None, "fr": None}
# The currencies a mark of several stands for: beside the code of one of them ('kr' and 'SEK' in one column) it is
# that one.
SHARED_MARKS = {"kr": ("SEK", "NOK", "DKK", "ISK"), "rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
                "fr": ("CHF", "XOF", "XAF", "XPF")}
_SUFFIX = re.compile(r"\s*\((?P<c>[A-Za-z]{3}|€|\$|£|¥|₹)\)\s*$")


# The Month segment's header in each interface ('Month of year', a month of any year, is none of them): Google Ads'
# and Meta's row_months.
MONTH_HEADERS = ("Month", "Maand", "Monat", "Mois", "Mes", "Mese", "Mês")

# Headers of a column whose values say the money's currency, when a tool's description names none (currency_from).
CURRENCY_HEADERS = {"currency code", "currency", "valutacode", "valuta", "währung", "währungscode", "devise",
                    "code devise", "code de la devise", "moneda", "código de moneda", "codice valuta", "munteenheid",
                    "código da moeda", "moeda", "mata uang",
                    "通貨"}


def currency_suffix(header: str) -> str | None:
    """The currency a header names in a suffix: 'Cost (CAD)' -> 'CAD', 'Omzet (€)' -> 'EUR'; else None."""
    m = _SUFFIX.search(header.replace("\xa0", " ").strip().rstrip(":*"))
    if not m:
        return None
    c = m["c"]
    if c in SYMBOLS:
        return SYMBOLS[c]
    # Tools write codes in capitals; a lower-case word is a code only for the three that always were ('Clicks (all)'
    # is no Albanian lek).
    return c if c in CURRENCIES else (c.upper() if c.lower() in ("eur", "usd", "gbp") else None)


def currency_of_mark(mark: str) -> str | None:
    """The ISO code a mark written beside a figure stands for ('€', 'US$', 'eur', 'Kč.'), None when it names none
    or several."""
    m = mark.strip().rstrip(".").lower()
    return m.upper() if m.upper() in CURRENCIES else SYMBOLS.get(m)


def norm(header: str) -> str:
    """A header as compared: lower case, single spaces (an underscore is one: 'Unique_Opens', as scripts rename
    columns), no currency suffix like '(EUR)' or '(IDR)'."""
    h = header.replace("\ufeff", "").replace("\xa0", " ").replace("_", " ").strip()
    if currency_suffix(h):
        h = _SUFFIX.sub("", h.rstrip(":*"))
    return re.sub(r"\s+", " ", h.lower()).rstrip(":*").strip()


@dataclass(frozen=True)
class Event:
    """One kind of fact a record produces: on the date in field `date`, these measure expressions, where `where`."""

    date: str
    measures: dict[str, str]  # measure id -> SQL over fields (field names only, written by us, never by users)
    where: str = "TRUE"
    needs: tuple[str, ...] = ()  # other fields the SQL uses; the event applies only when the file has them
    unless: tuple[str, ...] = ()  # the event is a fallback, used only when the file has none of these
    warn: str | None = None  # warning code said when this event applies
    # `where` says the event took place (a deal won or lost): a record it applies to without a date is a date left
    # out, counted in a warning (shape._undated). Elsewhere an empty date is a step not taken (no MQL date yet).
    outcome: bool = False


@dataclass(frozen=True)
class Source:
    """A tool's export format."""

    id: str
    name: str
    columns: dict[str, str]  # header (any case) -> field: a dimension, a measure, 'date' or a key in `fields`
    markers: frozenset[str] = frozenset()  # headers only this tool writes: recognition evidence
    # Headers this export never has: a file with one is another export of the tool (a deals export with its contacts'
    # columns is no contacts export), never claimed by this one, whatever its score.
    not_with: frozenset[str] = frozenset()
    # Headers that name this export for sure, whatever `not_with` finds beside them (a contacts export with its deals'
    # columns has 'Record ID - Contact').
    own: frozenset[str] = frozenset()
    required: tuple[frozenset[str], ...] = ()  # fields that must all be present to claim a file
    derived: frozenset[str] = frozenset()  # rates and averages the tool writes; recomputed, never stored
    fields: dict[str, str] = field(default_factory=dict)  # extra fields -> 'date' | 'number' | 'text'
    events: tuple[Event, ...] = ()  # record-level exports; empty = rows are already daily facts
    channel: str | None = None  # channel when the file has no channel column
    warnings: tuple[str, ...] = ()  # rule codes always applied for this tool (said in `warnings`)
    # rule code -> the fields it is about: said only for a file that has one of them (a Meta file without Results is
    # told nothing about how results count)
    warns_about: dict[str, frozenset[str]] = field(default_factory=dict)
    # (warning code, SQL count over fields, fields any of which switch it off, fields all of which it needs); said
    # when the count > 0
    checks: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...] = ()
    # (error code, SQL condition over the data rows' aggregates, the fields it reads): a file of the tool's layout that
    # is another export of it, told by its cells alone (Shopify's abandoned checkouts share the orders export's
    # columns); refused when the file has those fields and the condition holds
    refusals: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # (pattern, error code): exports of the tool refused by the name it gives the download, whatever their headers
    # make them (Google Ads' search words card, Mailchimp's non-subscribed contacts)
    refused_names: tuple[tuple[re.Pattern, str], ...] = ()
    # Parts of the tool's data that come as exports of their own and hold none of each other's rows: (part, headers
    # any of which makes a file that part, a pattern over the file's name or None, headers any of which make it the
    # main export all the same). A file of one part never replaces another's days (Klaviyo's flows beside its
    # campaigns, Mailchimp's unsubscribed members beside the subscribed ones: each was taken for a newer copy of the
    # other); a file of none is the tool's main export.
    parts: tuple[tuple[str, tuple[str, ...], str | None, tuple[str, ...]], ...] = ()
    summary_rows: bool = False  # record-level export whose rows with no dimension are summaries (Meta)
    date_order: str = "dmy"  # day-month order when a column cannot tell (every day <= 12): the tool's own habit
    # Headers of a date column the tool writes day first in its interface's language, whatever its date_order
    # (LinkedIn's 'Data de início (em UTC)' in Portuguese: 01/09/2023 is 1 September).
    day_first: frozenset[str] = frozenset()
    signatures: tuple[frozenset[str], ...] = ()  # whole header sets that name this tool alone (few, plain columns)
    currency_from: tuple[str, ...] = ()  # headers of the money's currency column, before the usual CURRENCY_HEADERS
    hints: tuple[str, ...] = ()  # regexes over the lines before the header and the file name; a hit is two markers
    # The header of the start column each end column closes: that end is a row's last day only when the row's date is
    # read from that start column (Amazon's End Date closes Start Date; beside a daily Date it is the campaign's end).
    ends: dict[str, str] = field(default_factory=dict)
    # Headers of a campaign's settings (Amazon's Campaign bidding strategy): beside one, those start and end columns
    # are the campaign's own dates, never a row's (a list of campaigns, not a report of days).
    settings: frozenset[str] = frozenset()
    # Headers of a segment that splits only the conversion figures (Google Ads' Conversion action): beside one, the
    # tool writes 0 for impressions, clicks and cost on every row and the real ones only in its totals rows. Those
    # columns are then no figures: left unread, and said.
    conversion_segments: frozenset[str] = frozenset()
    # Headers of a breakdown whose rows count the same people again (GA4's Event name: every user has a page_view, a
    # session_start, ...): beside one, the users column is left unread and said; its sum was four times the users.
    people_segments: frozenset[str] = frozenset()
    # Whether the tool closes a report with a row of the items it does not list, labelled like a total ('Total: Other
    # search terms', values.OTHER_ITEMS): such a row is data. Elsewhere 'Total: other' is a subtotal like any.
    other_items: bool = False
    # Headers of a row's own day beside the report's range (Meta's Day breakdown beside Reporting starts and ends):
    # once its cells read as dates, such a column is the rows' date and the range no row's period (mapping.ROW_DAY).
    row_days: frozenset[str] = frozenset()
    # Headers of a row's own month in a report of a stated range (Google Ads' Month segment): once its cells read as
    # months and no day column stands beside it, each row is its month, cut to the range (mapping.ROW_MONTH).
    row_months: frozenset[str] = frozenset()
    # Headers of a date column whose cells are each the first day of the row's week (Google Ads' Week segment): beside
    # a column of each row's own day, that day is the date, whichever comes first.
    row_weeks: frozenset[str] = frozenset()
    # Headers of a column of week numbers in the tool's own count (GA4's Week: '01'-'53', each week from Sunday, week
    # 01 holding 1 January): in a report of a stated range each row is its week's days within the range. A Day or
    # Date column beside it is the date, as with row_weeks.
    week_numbers: frozenset[str] = frozenset()
    # Fields a formatted report of groups writes only on each group's first row (Salesforce's summary report grouped
    # by Stage): in a file with subtotal rows, a data row without one takes the value above (shape.fill_groups).
    grouped: tuple[str, ...] = ()
    # Fields of money in the account's one currency (HubSpot's Amount in company currency): when the file has one, its
    # currency column names each row's own currency, not the money read, and is not looked at.
    company_money: tuple[str, ...] = ()
    # A channel column's values in each interface language of the tool -> the one name the tool gives them in English
    # (Google Ads' 'Zoeken', 'Suche', 'Búsqueda' -> 'Search'): downloads in two languages give one channel, not two.
    # Keys in lower case; source() takes {name: (its other spellings, ...)}. Said in a warning where a value changed.
    channel_names: dict[str, str] = field(default_factory=dict)
    # Date fields whose times the tool writes in UTC (Pipedrive's exports; Stripe's '(UTC)' columns): a cell with a
    # time counts on its day in the reader's time zone (schema.DEFAULT_ZONE unless the workspace sets another).
    utc: frozenset[str] = frozenset()
    # Dimension -> fields whose value stands in where its cell is empty (Stripe's Customer ID, empty for a guest's
    # payment, by its Customer Email): the first filled one is the row's dimension.
    fallbacks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Headers of a row's own schedule in a report of a range (Meta's Starts and Ends of a campaign or ad: it delivers
    # only between them) -> 'start' or 'end'. A period row is spread over the part of its range within its schedule.
    schedule: dict[str, str] = field(default_factory=dict)

    def currency_headers(self) -> tuple[str, ...]:
        """The (normalised) headers of a column that says the money's currency, the tool's own first: of several in
        one file the first listed says it (Stripe's Converted Currency before the charge's Currency)."""
        return (*self.currency_from, *sorted(CURRENCY_HEADERS - set(self.currency_from)))

    def knows(self, name) -> bool:
        """Whether `name` is a field this tool's files can map a column to."""
        return isinstance(name, str) and (name in self.fields or name == "date" or name in MEASURES
                                           or name in DIMENSIONS)

    def field_type(self, name: str) -> str:
        """'date', 'number' or 'text' for a field name."""
        if name in self.fields:
            return self.fields[name]
        if name in ("date", PERIOD_END):
            return "date"
        if name in MEASURES:
            return "number"
        if name in DIMENSIONS:
            return "text"
        raise ValueError(f"{self.id}: unknown field {name}")

    @cached_property
    def _lookup(self) -> dict[str, str]:
        return {norm(h): f for h, f in self.columns.items()}

    def lookup(self) -> dict[str, str]:
        """Normalised header -> field."""
        return self._lookup


def source(id, name, columns, markers=(), required=(), derived=(), **kw) -> Source:
    """Build a Source with header sets normalised."""
    return Source(
        id=id,
        name=name,
        columns=columns,
        markers=frozenset(norm(m) for m in markers),
        not_with=frozenset(norm(h) for h in kw.pop("not_with", ())),
        own=frozenset(norm(h) for h in kw.pop("own", ())),
        required=tuple(frozenset(r) for r in required),
        derived=frozenset(norm(d) for d in derived),
        signatures=tuple(frozenset(norm(h) for h in sig) for sig in kw.pop("signatures", ())),
        currency_from=tuple(norm(h) for h in kw.pop("currency_from", ())),
        ends={norm(e): norm(s) for e, s in kw.pop("ends", {}).items()},
        settings=frozenset(norm(h) for h in kw.pop("settings", ())),
        conversion_segments=frozenset(norm(h) for h in kw.pop("conversion_segments", ())),
        people_segments=frozenset(norm(h) for h in kw.pop("people_segments", ())),
        row_days=frozenset(norm(h) for h in kw.pop("row_days", ())),
        day_first=frozenset(norm(h) for h in kw.pop("day_first", ())),
        row_months=frozenset(norm(h) for h in kw.pop("row_months", ())),
        row_weeks=frozenset(norm(h) for h in kw.pop("row_weeks", ())),
        week_numbers=frozenset(norm(h) for h in kw.pop("week_numbers", ())),
        warns_about={code: frozenset(fields) for code, fields in kw.pop("warns_about", {}).items()},
        checks=tuple((c[0], c[1], frozenset(c[2] if len(c) > 2 else ()), frozenset(c[3] if len(c) > 3 else ()))
                     for c in kw.pop("checks", ())),
        utc=frozenset(kw.pop("utc", ())),
        schedule={norm(h): which for h, which in kw.pop("schedule", {}).items()},
        channel_names={v.lower(): name for name, other in kw.pop("channel_names", {}).items() for v in (name, *other)},
        parts=tuple((p[0], tuple(p[1]), p[2], tuple(p[3]) if len(p) > 3 else ()) for p in kw.pop("parts", ())),
        **kw,
    )
