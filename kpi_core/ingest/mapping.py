"""Per-column decisions: which field each header is, with what confidence; number and date layout per column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import error, shown
from ..schema import DEFAULT_ZONE, DIMENSIONS, MEASURES, PERIOD_END, TOOL_FAMILIES
from . import values
from .sniff import SAMPLE_ROWS
from .sources import SOURCES, Source, hinted_lacking, lacking, norm, recognise, refused_name
from .sources.generic import WHOLE_ONLY
from .sources.unread import NOT_COUNTED, OVERLAPPING, RECORD_LISTS
from .sources.unread import which as which_unread

GENERIC = "generic"


@dataclass
class Plan:
    """How each column of one file is read."""

    file: str
    source: Source
    header: list[str]
    fields: dict[str, int] = field(default_factory=dict)  # field -> column index
    mapping: dict[str, dict] = field(default_factory=dict)  # header -> {canonical, confidence}
    unmapped: list[str] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)
    decimal: dict[str, str] = field(default_factory=dict)  # number field -> ',' | '.'
    date_kind: dict[str, str] = field(default_factory=dict)
    date_order: dict[str, str] = field(default_factory=dict)
    file_decimal: str = "."
    primary_date: str = "date"
    period: object = None  # ingest.period.Period every row covers, for a report without a date column
    own_cells: set = field(default_factory=set)  # number fields whose few other-convention cells are read as written
    flipped: set = field(default_factory=set)  # number fields whose sample's decimal mark all their cells overruled
    converted: dict = field(default_factory=dict)  # converted copies of money columns: {copy: column it copies}
    converted_used: bool = False  # the copies are read instead (accounts in several currencies)
    currency_column: str | None = None  # the header whose values are the money's currency, when the copies are read
    unnamed: list = field(default_factory=list)  # (column index, a value) of columns without a name that hold values
    notes: list = field(default_factory=list)  # warnings (code, params) the plan's own decisions give
    within: tuple | None = None  # (first, last day): rows of a month counted only within the range the file states
    within_unit: str = "month"  # or "week" or "year": what each row of such a file stands for
    stated: object = None  # the Period the file states, where its rows carry their own dates
    dated_at_start: str | None = None  # the date column whose every row is the stated period's first day
    names: list = field(default_factory=list)  # columns naming what a row is about (name_columns)
    level: int | None = None  # a column saying each row's level (Campaign, Ad Set, Ad): rows below the top are parts
    zone: str = DEFAULT_ZONE  # the time zone whose days times written in UTC count on (Source.utc)
    # 'start'/'end' -> (column index, date kind, order): a period row's own schedule (Source.schedule), within which
    # its figures are spread
    schedule: dict = field(default_factory=dict)

    def kind_of(self, idx: int) -> str:
        """'number', 'date' or 'text' for a column index (unmapped columns are text)."""
        for name, i in self.fields.items():
            if i == idx:
                return self.source.field_type(name)
        return "text"


def _say_assumed_order(con, plan: Plan, f: str, i: int, cell: str, order: str, dollars: bool = False) -> None:
    """A column whose every date reads both day first and month first (no number above 12) is read in the tool's
    habit, or month first in a file of dollars alone (`dollars`); the first date the two readings tell apart is said
    with what it was read as. Dates such as 03/03 read the same either way: nothing is said."""
    parts = values.order_parts_sql(cell)
    hit = con.execute(f"SELECT trim(CAST(c{i} AS VARCHAR)), {values.date_sql(f'c{i}', plan.date_kind[f], order)} "
                      f"FROM raw WHERE {parts}.a <> '' AND TRY_CAST({parts}.a AS INTEGER) <> "
                      f"TRY_CAST({parts}.b AS INTEGER) LIMIT 1").fetchone()
    if hit and hit[1] is not None:
        key = "ingest.dates_read_month_first" if order == "mdy" else "ingest.dates_read_day_first"
        key += "_dollars" if dollars and order == "mdy" else ""
        plan.notes.append((key, {"column": shown(plan.header[i]), "example": shown(hit[0]),
                                 "read": hit[1].isoformat(), "tool": plan.source.name}))


def _words(*words: str, whole: bool = True) -> re.Pattern:
    """A pattern finding any of `words` in a normalised header as a word of its own (`whole=False`: as its start).
    A word may follow a dot: scripts write a tool's nested fields as paths ('stats.total_opens',
    data-is-plural/newsletter-stats `messages.csv`)."""
    end = r"($|[\s_)/-])" if whole else ""
    return re.compile(rf"(^|[\s_(/.-])({'|'.join(words)}){end}")


# Words that make a header say when, not how many: 'Delivered_Date' (Brevo's export of one campaign's recipients) is
# the moment of a delivery, never a count of them.
_WHEN = _words("date", "datum", "timestamp", "tijdstip")
# A header ending in 'at' names a moment as scripts name their fields ('sent_at', 'created_at'): data-is-plural/
# newsletter-stats `messages.csv` holds Unix times under 'sent_at', which were read as 1,614,776,401 emails sent.
_AT = re.compile(r"\sat$")
_TOTAL = _words("total", "totaal", "totale", "gesamt")
_UNIQUE = _words("unique", "uniek", "unieke", "eindeutige?")
_WEEK = _words("week", "wk", "weeknummer", "kw", "woche", "semaine", "semana", "settimana", whole=False)
_NEW = _words("new", "nieuwe", "nieuw", "neue", "nouveaux", "nuevos", "nuevas", "nuovi", "nuove", "novos", "novas")
# A yearly figure of a company (a CRM's 'Annual Revenue', 'Jaaromzet') describes the record, no flow in its dates.
_ATTRIBUTE = re.compile(r"^(annual|yearly|jaarlijkse?|jährliche?r?) (revenue|sales|turnover|omzet|umsatz)$"
                        r"|^(jaar|jahres)(omzet|umsatz)$")
_TERM = _words("search term", "zoekterm", "suchbegriff", "keyword", "query")
# A comparison's columns ('Sessions (previous_year)', 'Month (previous_year)' of Shopify's analytics reports, 'Omzet
# vorig jaar'): the figures and days of another period, never guessed to be this one's.
_PRIOR = _words("previous", "prior", "vorige", "vorig", "vorjahr", "vorjahres", "précédente", "précédent", "anterior",
                "precedente", whole=False)
# Sessions or users of one kind ('Sessions with cart additions', 'Sessions that reached checkout' of Shopify's
# analytics, 'Users who purchased'): some of them, never all of them.
_SOME = _words("with", "that", "which", "who", "met", "die", "dat", "mit", "avec", "qui", "con", "que", "com")
# Views of a web page ('landing_page_views', 'Paginaweergaven', 'Seitenaufrufe') are no views of a video.
_PAGE = _words("page", "pagina", "seite", "screen", "landing", whole=False)
# A campaign's setting, as Google Ads Editor's campaign sheet names them ('Flexible Reach', 'Mobile Bid Modifier';
# intragoinc/cp-mktg-google-ads-i `campaign.csv`): no figure, whatever figure's name it holds.
_SETTING = _words("flexible", "modifier")
# A sum of money or a fee ('Platform commission fee', 'Campaign resource fee', 'Customer payment', 'Platform discounts'
# of TikTok Shop's settlement report, bonsus/rekapanuxt) names no campaign, channel or customer, whatever other word it
# holds; and what a shop pays to ship or buy goods ('Shipping cost', 'Product cost') is no ad spend.
_MONEY = _words("fee", "fees", "cost", "costs", "amount", "price", "commission", "tax", "revenue", "spend", "kosten",
                "kost", "bedrag", "prijs", "provisie", "commissie", "btw", "omzet", "gebühr", "gebühren", "betrag",
                "preis", "provision", "steuer", "umsatz", "frais", "montant", "prix", "taxe", "coût", "coûts",
                "comisión", "tarifa", "precio", "importe", "coste", "costo", "impuesto", "ingresos", "prezzo",
                "importo", "commissione", "payment", "payments", "discount", "discounts", "refund", "refunds",
                "subtotal", "betaling", "korting", "zahlung", "rabatt", "erstattung", "paiement", "remise",
                "remboursement", "pago", "descuento", "reembolso", "pagamento", "sconto", "rimborso")
# Hard or soft bounces are some of the bounces, never all of them.
_PART_OF_BOUNCES = _words("hard", "soft", "harde", "zachte")
_GOODS = _words("shipping", "delivery", "handling", "product", "item", "goods", "unit", "verzend", "porto", "levering",
                "versand", "livraison", "envío", "spedizione", whole=False)
# A column named for a period of the calendar ('Month', 'Week', 'Quarter'): a table that has one is split by
# period, though not by day, and is no table of one whole period.
_PERIODS = {"day", "dag", "tag", "jour", "día", "date", "datum", "fecha", "week", "woche", "semaine", "semana",
            "month", "maand", "monat", "mois", "mes", "quarter", "kwartaal", "quartal", "trimestre", "year", "jaar",
            "jahr", "année", "año"}


def _generic_guess(h: str, lookup: dict[str, str]) -> tuple[str, float] | None:
    """A synonym inside a longer header ('Totale kosten' -> cost), as a whole word, at lower confidence; a figure
    never from a header that names a moment, a count of unique people never from a total ('Total Opens' counts
    every open again), all users or sessions never from new ones or some ('Nieuwe gebruikers', 'Sessions with cart
    additions'), video views never from page views, all bounces never from hard or soft ones, no text from a sum of
    money, no ad spend from what goods cost, and nothing from a comparison's column of another period."""
    if _PRIOR.search(h):
        return None
    when = _WHEN.search(h) is not None or _AT.search(h) is not None
    total = _TOTAL.search(h) is not None and _UNIQUE.search(h) is None  # 'Total unique opens' is unique
    new = _NEW.search(h) is not None  # 'New users' are some of the users, never all of them
    kept = _ATTRIBUTE.search(h) is not None  # a company's 'Annual Revenue' is what it earns, not what it paid here
    term = _TERM.search(h) is not None  # Amazon's 'Customer search term' names what was searched, not a customer
    page = _PAGE.search(h) is not None
    some = _SOME.search(h) is not None
    money = _MONEY.search(h) is not None
    goods = money and _GOODS.search(h) is not None
    part = _PART_OF_BOUNCES.search(h) is not None
    setting = _SETTING.search(h) is not None
    for pattern, f in _synonym_patterns(tuple(lookup.items())):
        if pattern.search(h) and not ((when or setting) and f in MEASURES) and not (total and f.startswith("unique_")) \
                and not (new and f == "users") and not (kept and f in MEASURES) and not (term and f == "customer_id") \
                and not (page and f == "video_views") and not (some and f in ("sessions", "users")) \
                and not (money and f not in MEASURES) and not (goods and f == "cost") \
                and not (part and f == "bounces"):
            return f, 0.6
    return None


@lru_cache(maxsize=8)
def _synonym_patterns(items: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern, str]]:
    """The synonyms of 4 characters or more, longest first, compiled once (a file of 2,000 columns asks 2,000 times)."""
    return [(_words(re.escape(syn)), f) for syn, f in sorted(items, key=lambda kv: -len(kv[0]))
            if len(syn) >= 4 and syn not in WHOLE_ONLY]


def plan_columns(header: list[str], sample: list[list[str]], file: str, overrides: dict, con,
                 default_decimal: str = ".", period=None, context: list[str] = (), zone: str | None = None) -> Plan:
    """Recognise the tool and decide every column; raises when no date or no measure can be found.

    `period`: the days the whole file covers (stated in it or given); then rows need no date column.
    `context`: the lines before the header (a tool's hints may show there, see sources.recognise).
    `zone`: the time zone whose days times written in UTC count on (Source.utc; DEFAULT_ZONE when None)."""
    names, compared, src = _compared(header, context, file)
    src = src or recognise(names, [*context, file])
    if src.id == GENERIC and not overrides and (near := hinted_lacking(names, [*context, file])):
        # a tool's own preamble or file name over a table of none of the figures Koers reads of it (GA4's page
        # views alone: PsyTeachR/analytics data-export_2021-10-17.csv, read as video views)
        raise error("ingest.tool_lacks", file=file, tool=near[0].name, form="columns",
                    needs="; ".join(" / ".join(f"'{h}'" for h in g) for g in near[1]))
    if refused := refused_name(file):  # whatever its headers make it
        raise error(refused, file=file)
    if (unread := which_unread(header)) in OVERLAPPING:  # rows that overlap never add up, whatever they hold
        raise error(unread, file=file)
    if callable(overrides):  # remembered per tool and header set by the workspace
        overrides = overrides(src.id, [h for h in header if h]) or {}
    if unread in NOT_COUNTED and not overrides:  # figures under a measure's name that are no such measure
        raise error(unread, file=file)
    plan = Plan(file=file, source=src, header=header, zone=zone or DEFAULT_ZONE)
    if compared:
        plan.notes.append(compared)
    lookup = src.lookup()
    generic = SOURCES[GENERIC]
    for idx, h in enumerate(header):
        if not h:
            continue
        n = norm(names[idx])
        if h in overrides:
            f, conf = overrides[h], 1.0
            if f is not None and not src.knows(f):  # a remembered or imported mapping names no field of this tool
                raise error("ingest.bad_override", file=file, column=shown(h), field=shown(f))
        elif n in lookup:
            # On a sheet of no tool, a header that is the field's own name ('unique_opens') is surer than a synonym
            # ('opens', which may count every open): luiscape/progress-visuals `mailchimp.csv` holds both.
            f = lookup[n]
            conf = 1.0 if src.id != GENERIC else 0.95 if n == f.replace("_", " ") else 0.9
        elif _VIDEO_POINT.search(n):  # a count Koers does not read, never a guess at video views
            plan.unmapped.append(h)
            continue
        elif n in src.derived or n in generic.derived or _is_derived(n):
            plan.derived.append(h)
            plan.unmapped.append(h)
            continue
        elif src.id == GENERIC:
            guess = _generic_guess(n, lookup)
            if guess is None:
                plan.unmapped.append(h)
                continue
            f, conf = guess
        else:
            plan.unmapped.append(h)
            continue
        if f is None:
            plan.unmapped.append(h)
            continue
        if f == "date" and n in src.row_days:
            f = ROW_DAY  # decided once its cells are seen (_decide_values)
        elif f == "date" and n in src.row_months:
            f = ROW_MONTH  # likewise
        if f in plan.fields:  # the same field twice: keep the surer or first column, report the other
            prev = plan.header[plan.fields[f]]
            weeks = src.row_weeks | src.week_numbers
            week_first = f == "date" and norm(prev) in weeks and n not in weeks  # a Day beats it
            if plan.mapping[prev]["confidence"] >= conf and not week_first:
                plan.unmapped.append(h)
                continue
            plan.unmapped.append(prev)
            del plan.mapping[prev]
        plan.fields[f] = idx
        plan.mapping[h] = {"canonical": f, "confidence": conf}
    if src.id == GENERIC and not overrides:  # a sheet's few Latin headers ('Date Created') are no reading of it
        _refuse_unread_script(plan)
    _drop_foreign_end(plan, overrides)
    _drop_zeroed_by_segment(plan, overrides)
    _drop_people_by_segment(plan, overrides)
    if src.id == GENERIC and unread in RECORD_LISTS:
        # A list of records: its figures are each record's totals so far, on no day (sources/unread.py). Refused
        # below, with the export to take instead.
        for f in [f for f in plan.fields if f in MEASURES]:
            _unmap(plan, f)
    if src.id == GENERIC and unread in NOT_COUNTED:  # mapped by the user (else refused above): those columns alone
        for f in [f for f in plan.fields if f in MEASURES and plan.header[plan.fields[f]] not in overrides]:
            _unmap(plan, f)
    plan.period = period
    plan.unnamed = unnamed_columns(header, sample)
    _converted_copies(plan, sample)
    _decide_values(plan, sample, con, default_decimal)
    plan.names = name_columns(plan, sample)
    plan.level = _level_column(plan, sample)
    return plan


# A column naming each row's level in an ad account's tree, in English, Dutch, German, French and Spanish; a campaign's
# row holds the sum of its ad sets', an ad set's the sum of its ads'.
LEVEL_HEADERS = frozenset({"level", "niveau", "ebene", "nivel", "livello"})
LEVELS = {"account": 0, "campaign": 1, "campagne": 1, "kampagne": 1, "campaña": 1, "campagna": 1, "ad set": 2,
          "adset": 2, "ad group": 2, "advertentieset": 2, "advertentiegroep": 2, "anzeigengruppe": 2,
          "ensemble de publicités": 2, "conjunto de anuncios": 2, "ad": 3, "advertentie": 3, "anzeige": 3,
          "publicité": 3, "anuncio": 3}


def _level_column(plan: Plan, sample: list[list[str]]) -> int | None:
    """A column left unread whose cells name two levels or more of an ad account (KeithArogo/Meta-Ads-Reporting-and-
    Analysis-Tool's weekly report: a Campaign row, its Ad Set row and its two Ad rows, every figure three times)."""
    for i, h in enumerate(plan.header):
        if i in plan.fields.values() or norm(h) not in LEVEL_HEADERS:
            continue
        cells = {r[i].strip().lower() for r in sample if i < len(r) and r[i].strip()}
        if len({LEVELS[c] for c in cells if c in LEVELS}) >= 2:
            return i
    return None


def name_columns(plan: Plan, sample: list[list[str]]) -> list[int]:
    """The columns that name what a row is about (parse.build: a row with figures and none of them filled sums the
    others): the mapped dimensions and the tool's own text fields (Search Console's query or page column is no Koers
    dimension); without any, the first column unless it holds figures, and each column left unread whose cells are
    mostly words, of more than one value. Google Business Profile's performance report names some locations by
    Business name alone, their Store code empty; by the first column alone they were set aside as totals
    (DanielTheC/internal-lnking-tool, 2 of 27 locations in one report, all 4 in another). A column of one word (a
    currency) names no row."""
    src = plan.source
    dims = [i for n, i in plan.fields.items() if (n in DIMENSIONS and n != "account")
            or (not src.events and n in src.fields and src.fields[n] == "text")]
    if dims:
        return dims
    out = [0] if plan.kind_of(0) != "number" else []
    if len(plan.header) > 200:  # a wide sheet keeps the first column alone: no pass over thousands of columns
        return out
    mapped = set(plan.fields.values())
    for i, h in enumerate(plan.header):
        if i in out or i in mapped or not h:
            continue
        cells = [r[i].strip() for r in sample[:500] if i < len(r) and r[i].strip()]
        if len(set(cells)) >= 2 and 2 * sum(any(c.isalpha() for c in v) for v in cells) > len(cells):
            out.append(i)
    return out


def _compared(header: list[str], context: list[str], file: str):
    """(the names columns are known by, the warning, the tool): Search Console's Compare export is read for its first
    period, each figure under its own name, and the other period's columns are set aside and said."""
    from .sources.search_console import SOURCE as SEARCH_CONSOLE
    from .sources.search_console import comparison

    got = comparison(header)
    if got is None:
        return header, None, None
    names, previous, current, other = got
    # Known by the compared period's columns alone (the date tab is Search Console's five plain columns).
    if recognise([n for i, n in enumerate(names) if i not in previous], [*context, file]) is not SEARCH_CONSOLE:
        return header, None, None
    return names, ("ingest.compare_export", {"current": shown(current), "previous": shown(other),
                                             "columns": shown(", ".join(header[i] for i in previous), 300)}), \
        SEARCH_CONSOLE


# Search Console's English interface writes a compared period's days with two-digit years ('8/1/25 - 8/30/25';
# roelberry/septembermeeting `KAA REPORT`), its Dutch one with four ('25-06-2026 - 01-07-2026').
_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2}[/.-]\d{1,2}[/.-])(\d{2})(?![\d/.-])")


def _compared_period(plan: Plan):
    """The period a Compare export's figures cover, from their headers' label (`_compared`), when the table has no
    dates (its queries or pages): a range the file states, as a comment line states one. None for a label of no
    days ('Last 28 days'), for one whose day order cannot be told (8/1/25 - 8/12/25) and for one outside the years."""
    from . import period as periods

    label = next((n[1]["current"] for n in plan.notes if n[0] == "ingest.compare_export"), None)
    got = periods.parse_range(_SHORT_YEAR.sub(r"\g<1>20\2", label), order=None) if label else None
    lo, hi = values.year_range()
    if not isinstance(got, tuple) or not (lo <= got[0].year and got[1].year <= hi):
        return None
    return periods.Period(got[0], got[1], "file")


# The field of a column of each row's own day beside a report's range (Source.row_days): it becomes the date once its
# cells read as dates, else it is left unread.
ROW_DAY = "row_day"
# The field of a column of each row's own month (Source.row_months): the date once its cells read as months and no
# day column stands beside it, else it is left unread.
ROW_MONTH = "row_month"


def _row_days_are_the_dates(plan: Plan) -> None:
    """Meta's Day breakdown beside Reporting starts and ends: each row is its own day, so the day column is the date
    and the report's range no row's period (the range columns are reported unmapped)."""
    _drop_dates(plan, "date", "date_end")
    _to_date(plan, ROW_DAY)


def _to_date(plan: Plan, f: str) -> int:
    """Make field f's column (a row's own day or month) the rows' date, with its layout and day order; its index."""
    i = plan.fields.pop(f)
    plan.fields["date"] = i
    plan.mapping[plan.header[i]]["canonical"] = "date"
    plan.date_kind["date"] = plan.date_kind.pop(f)
    if f in plan.date_order:
        plan.date_order["date"] = plan.date_order.pop(f)
    return i


def _row_months(plan: Plan) -> None:
    """Google Ads' Month segment: beside a Day or Week column the rows' own days stand (the month only labels them);
    else each row is its month: its first day the date, its last day date_end. A month whose cells are no months with
    a year ('March', a month of any year) was already left unread: the rows stand for the report's range.

    Meta's Month breakdown writes each month as a period cut to the report's range ('2024-08-28 - 2024-08-31'), beside
    Reporting starts and ends: that period is the row's own, and the range no row's period (as with its Day)."""
    kind = plan.date_kind.get(ROW_MONTH, "")
    day = "date" in plan.fields and norm(plan.header[plan.fields["date"]]) in plan.source.row_days
    if kind.startswith("span:") and not day:
        _drop_dates(plan, "date", "date_end")
    if "date" in plan.fields or ROW_MONTH not in plan.date_kind:
        _drop_dates(plan, ROW_MONTH)
        return
    i = _to_date(plan, ROW_MONTH)
    plan.date_kind["date"] = _span(plan, "date", i, plan.date_kind["date"])
    _within_stated_range(plan, "month")


def _within_stated_range(plan: Plan, unit: str) -> None:
    """Rows that each stand for a month, a week or a year: in a report of the range it states, the first and last
    count only their days in that range (a report of 24 March - 6 April has eight days of March), so no row is spread
    over days the report does not cover. A period the user gives is for files without dates, never a cut of these."""
    p = plan.period
    if p is not None and p.origin in ("file", "name") and "date_end" in plan.fields:
        plan.within, plan.within_unit = (p.start, p.end), unit


# Date layouts whose cells stand for more than a day or are counted from another date (a plain layout such as
# 'month_day', 'Nov 1, 2018', is one day)
_PERIOD_KINDS = ("span:", "month:", "offset:", "weeknum:", "nthweek:")


def _row_weeks(plan: Plan, con) -> None:
    """Google Ads' Week segment without a Day beside it: each row is its week, Monday (the cell) to Sunday, and in a
    report of the range it states the first and last week count only their days in that range (a report of March
    that begins with the week of 24 February holds that week's 1 and 2 March). Counted on the Monday, the first week's
    figures fell in February, outside the report."""
    if "date" not in plan.fields or "date_end" in plan.fields:
        return
    i = plan.fields["date"]
    kind = plan.date_kind.get("date", "")
    if norm(plan.header[i]) not in plan.source.row_weeks or kind == "none" or kind.startswith(_PERIOD_KINDS):
        return
    if plan.source.id == GENERIC:  # a sheet's week may be named by its last day: only Mondays are weeks' starts
        day = values.date_sql(f"c{i}", kind, plan.date_order.get("date", "dmy"))
        (mondays,) = con.execute(f"SELECT bool_and(isodow(d) = 1) FROM (SELECT {day} AS d FROM raw LIMIT 2000) "
                                 "WHERE d IS NOT NULL").fetchone()
        if not mondays:
            return
    plan.fields["date_end"] = i
    plan.date_kind["date_end"] = f"week_end:{kind}"
    if "date" in plan.date_order:
        plan.date_order["date_end"] = plan.date_order["date"]
    _within_stated_range(plan, "week")


def _utc_days(plan: Plan, sample: list[list[str]]) -> None:
    """The tool's date columns whose times are in UTC (Source.utc) and whose sample shows a time: each cell counts on
    its day in the plan's time zone, said once per file. Pipedrive's deal won at 23:00 UTC on 5 March was won on 6
    March in Paris, a Stripe payment at 23:30 UTC on 31 December is January's revenue in Amsterdam."""
    if plan.zone == "UTC":  # the days as written
        return
    shifted = []
    for f in sorted(plan.source.utc & plan.date_kind.keys(), key=lambda f: plan.fields[f]):
        kind, i = plan.date_kind[f], plan.fields[f]
        if not kind.startswith(values.DAY_LAYOUTS) or not any(
                values.HAS_TIME.search(r[i].strip()) for r in sample if i < len(r)):
            continue
        plan.date_kind[f] = f"utc:{plan.zone}:{kind}"
        shifted.append(shown(plan.header[i]))
    if shifted:
        plan.notes.append(("ingest.utc_days", {"columns": ", ".join(f"'{c}'" for c in shifted), "zone": plan.zone}))


def _schedule(plan: Plan, sample: list[list[str]], con) -> None:
    """A period row's own schedule (Source.schedule: Meta's Starts and Ends) beside its range: the row's figures are
    spread over the part of the range within it (values.schedule_sql). Cells that are no date ('Ongoing') leave the
    range as it is; a schedule column is no figure, so nothing of the row is lost either way. Said with the number of
    rows whose range it shortened."""
    if "date" not in plan.fields or PERIOD_END not in plan.fields or not plan.source.schedule:
        return
    used = set(plan.fields.values())
    for i, h in enumerate(plan.header):
        which = plan.source.schedule.get(norm(h)) if h and i not in used else None
        if which is None or which in plan.schedule:
            continue
        cells = [r[i] for r in sample if i < len(r) and any(ch.isdigit() for ch in r[i])]
        kind = values.date_kind(cells, plan.file, plan.header[i]) if cells else None
        if kind is None or not kind.startswith(values.DAY_LAYOUTS):
            continue
        order = plan.date_order.get("date", plan.source.date_order)
        plan.schedule[which] = (i, kind, order)
    if not plan.schedule:
        return
    day, end = row_span(plan)
    first, last = values.schedule_sql(day, end, plan.schedule)
    (rows,) = con.execute(f"SELECT count(*) FILTER (WHERE {first} <> {day} OR {last} <> {end}) FROM raw").fetchone()
    if rows:
        plan.notes.append(("ingest.schedule_spread", {
            "count": rows, "columns": ", ".join(f"'{shown(plan.header[i])}'" for i, _, _ in plan.schedule.values())}))


def row_span(plan: Plan, cell=lambda c: c) -> tuple[str, str]:
    """SQL of a period row's first and last day as its columns give them (date, date_end), before its schedule."""
    return tuple(values.date_sql(cell(f"c{plan.fields[f]}"), plan.date_kind[f], plan.date_order.get(f, "dmy"))
                 for f in ("date", PERIOD_END))


def _months_by_first_day(plan: Plan, con, sample: list[list[str]]) -> None:
    """Rows each dated the first day of a month, over three months or more, and no row another day: each row is its
    month, its first day to its last (xvr/datasciencecoursera `Sponsored Products Campaign12.10.csv`, Amazon's
    campaign report by month: 'Nov 1, 2018' ... 'Dec 1, 2019'). Read as that one day, a month's spend stood on the 1st
    and a week or a range within the month showed none. The sample's dates decide; the column confirms, stopping at
    its first other day."""
    if "date" not in plan.fields or "date_end" in plan.fields or plan.source.events:
        return
    i, kind = plan.fields["date"], plan.date_kind.get("date", "")
    if kind in ("", "none") or kind.startswith((*_PERIOD_KINDS, "week_end:", "either:")):
        return
    cells = sorted({r[i] for r in sample if i < len(r) and r[i].strip()})
    if len(cells) < 3:  # three months need three dates
        return
    day = values.date_sql(f"c{i}", kind, plan.date_order.get("date", "dmy"))
    firsts, months = con.execute(f"SELECT bool_and(day(d) = 1), count(DISTINCT date_trunc('month', d)) FROM "
                                 f"(SELECT {day} AS d FROM (SELECT unnest(?::VARCHAR[]) AS c{i})) "
                                 "WHERE d IS NOT NULL", [cells]).fetchone()
    if not firsts or months < 3 or con.execute(f"SELECT 1 FROM (SELECT {day} AS d FROM raw) WHERE day(d) <> 1 "
                                                "LIMIT 1").fetchone():
        return
    plan.date_kind["date"] = _span(plan, "date", i, f"month:{kind}")
    if "date" in plan.date_order:
        plan.date_order["date_end"] = plan.date_order["date"]
    plan.notes.append(("ingest.months_by_first_day", {"column": shown(plan.header[i])}))
    _within_stated_range(plan, "month")


def _week_numbers(plan: Plan, f: str, i: int) -> bool:
    """GA4's Week of numbers in a report of a stated range: each row is its week's days within that range, so a year
    by week is no longer spread evenly over the year. False (the column left unread) for another tool's or a sheet's
    week numbers (which count?), without a range, or over a range where one number names two weeks."""
    p = plan.period
    if f != "date" or norm(plan.header[i]) not in plan.source.week_numbers or p is None:
        return False
    if values.year_weeks(p.start, p.end) is None:
        return False
    _weeks_in_range(plan, i, "weeknum")
    plan.notes.append(("ingest.week_numbers", {"column": shown(plan.header[i]), "tool": plan.source.name,
                                               "start": p.start.isoformat(), "end": p.end.isoformat()}))
    return True


def _weeks_in_range(plan: Plan, i: int, form: str) -> None:
    """Column i, of week numbers in a count of the stated range ('weeknum', 'nthweek': values.date_sql), is each row's
    first and last day."""
    span = f"{plan.period.start.isoformat()}:{plan.period.end.isoformat()}"
    plan.date_kind["date"], plan.date_kind["date_end"] = f"{form}:{span}", f"{form}_end:{span}"
    plan.fields["date_end"] = i


def _unread_months(plan: Plan, i: int, cells: list[str]) -> None:
    """A Month column of months with a year Koers cannot read is refused: taken for the report's range, every month
    would show the same rates. Months without a year ('March') are left unread, as _row_months says."""
    dated = [v for v in cells if re.search(r"\d{4}", v)]
    if dated:
        _refuse_date(plan, i, dated)


def _refuse_date(plan: Plan, i: int, cells: list[str]) -> None:
    """Refuse column i's dates, naming the first of `cells` no layout reads."""
    cell = values.unreadable_date(cells) or cells[0]
    e = error("ingest.bad_date", file=plan.file, column=shown(plan.header[i]), row=None, value=shown(cell))
    e.cell, e.index = cell, i  # the reader looks up its row by the whole cell
    raise e


def _drop_foreign_end(plan: Plan, overrides: dict) -> None:
    """An end column that closes another start column than the one the rows' dates are read from (Source.ends) is
    no row's last day; beside a campaign's settings (Source.settings) the start and end columns are the campaign's
    own dates, no row's. Such columns are reported unmapped, unless the user chose them."""
    src = plan.source
    mapped = {f: plan.header[plan.fields[f]] for f in ("date", "date_end") if f in plan.fields}
    start = mapped.get("date")
    if start is not None and norm(start) in src.ends.values() and start not in overrides and any(
            norm(h) in src.settings for h in plan.header):
        _unmap(plan, "date")
        start = None
    end = mapped.get("date_end")
    closes = src.ends.get(norm(end)) if end else None
    if closes is not None and end not in overrides and (start is None or norm(start) != closes):
        _unmap(plan, "date_end")


ZEROED_BY_SEGMENT = ("impressions", "clicks", "cost", "interactions", "video_views")


def _drop_zeroed_by_segment(plan: Plan, overrides: dict) -> None:
    """Beside a segment of the conversions alone (Source.conversion_segments), a row's impressions, clicks and cost
    are the tool's zeros, not the campaign's: those columns are left unread (unless the user chose them) and said,
    so that no cost per conversion of 0 and no ROAS without spend comes out of the file."""
    segment = next((h for h in plan.header if norm(h) in plan.source.conversion_segments), None)
    if segment is None:
        return
    dropped = [plan.header[plan.fields[f]] for f in ZEROED_BY_SEGMENT
               if f in plan.fields and plan.header[plan.fields[f]] not in overrides]
    for h in dropped:
        _unmap(plan, plan.mapping[h]["canonical"])
    if not dropped:
        return
    said = {"segment": shown(segment), "columns": ", ".join(dropped), "tool": plan.source.name}
    if not any(f in MEASURES for f in plan.fields):  # nothing left to read: say why, not 'no figures found'
        raise error("ingest.conversion_segment_only", file=plan.file, **said)
    plan.notes.append(("ingest.conversion_segment", said))


def _drop_people_by_segment(plan: Plan, overrides: dict) -> None:
    """Beside a breakdown whose rows count the same people again (Source.people_segments), the users column is left
    unread (unless the user chose it) and said; a file with no other figure is refused saying why."""
    segment = next((h for h in plan.header if norm(h) in plan.source.people_segments), None)
    if segment is None or "users" not in plan.fields or plan.header[plan.fields["users"]] in overrides:
        return
    said = {"segment": shown(segment), "column": plan.header[plan.fields["users"]], "tool": plan.source.name}
    _unmap(plan, "users")
    if not any(f in MEASURES for f in plan.fields):
        raise error("ingest.people_segment_only", file=plan.file, **said)
    plan.notes.append(("ingest.people_segment", said))


def _unmap(plan: Plan, f: str) -> None:
    h = plan.header[plan.fields.pop(f)]
    del plan.mapping[h]
    plan.unmapped.append(h)


def _drop_dates(plan: Plan, *fields: str) -> None:
    """Leave these date fields' columns unread, with their layouts and day orders."""
    for f in fields:
        if f in plan.fields:
            _unmap(plan, f)
        plan.date_kind.pop(f, None)
        plan.date_order.pop(f, None)


def unnamed_columns(header: list[str], sample: list[list[str]]) -> list[tuple[int, str]]:
    """(index, first filled value in the sample) of each column without a name before the header's last named one
    (an index column, a gap): such a column is read into no field, which the reader says in a warning. Columns past
    the last name are left out here: a trailing delimiter, a note beside a sheet's table."""
    named = [i for i, h in enumerate(header) if h.strip()]
    out = []
    for i in range(named[-1] if named else 0):
        if not header[i].strip():
            value = next((r[i].strip() for r in sample if i < len(r) and r[i].strip()), None)
            if value is not None:
                out.append((i, value))
    return out


# Google Ads in a manager account writes each money column twice: in the account's own currency ('Cost', with
# 'Currency code') and converted into the manager's ('Cost (Converted currency)', with 'Converted currency code').
# A Salesforce report in a multi-currency org does the same: 'Amount' with 'Amount Currency', and 'Amount
# (converted)' with 'Amount (converted) Currency' (Parkbee/data-binderhub salesforce_opportunities.csv).
_CONVERTED = re.compile(r"^(.*\S)\s*\(converted(?: currency)?\)$")
_CONVERTED_CODE = "converted currency code"


def _converted_copies(plan: Plan, sample: list[list[str]]) -> None:
    """Note the converted copies of mapped money columns. One account currency: the account's own figures are
    read and the copies set aside (said in a warning). Accounts in several currencies cannot be added up: the
    copies, all in one currency, are read instead, when every mapped money column has one."""
    money = {h: m["canonical"] for h, m in plan.mapping.items() if plan.source.field_type(m["canonical"]) == "number"}
    for h in plan.unmapped:
        m = _CONVERTED.match(norm(h))
        base = next((b for b in money if norm(b) == m[1]), None) if m else None
        if base is not None:
            plan.converted[h] = base
    if not plan.converted:
        return
    codes = [i for i, h in enumerate(plan.header) if norm(h) in plan.source.currency_headers()]
    named = {_CONVERTED_CODE, *(f"{norm(copy)} currency" for copy in plan.converted)}
    code_to = next((h for h in plan.header if norm(h) in named), None)
    own = {c for i in codes for r in sample if i < len(r) and re.fullmatch(r"[A-Z]{3}", c := r[i].strip().upper())}
    if len(own) < 2 or code_to is None:
        return
    for copy, base in plan.converted.items():
        f = money[base]
        plan.fields[f] = plan.header.index(copy)
        plan.mapping[copy] = {"canonical": f, "confidence": plan.mapping.pop(base)["confidence"]}
        plan.unmapped[plan.unmapped.index(copy)] = base
    plan.converted_used, plan.currency_column = True, code_to


# Rates and averages, in other interface languages too: 'Coût par clic', 'Coste por adquisición', 'Kosten pro Klick',
# 'Umsatz pro Sitzung', 'Taux de clic', 'Tasa de clics', 'Percentuale di clic', 'Costo medio', 'Spesa media', 'Valor
# medio de los pedidos'. 'par', 'por' and 'pro' make a rate, unless what follows splits the figure ('Ingresos por
# ventas', 'Clics por dispositivo', 'Umsatz pro Kanal', 'Pro rata').
_SPLIT = (r"(canal|kanal|channel|dispositiv|appareil|gerät|device|pa[ií]s\b|pays\b|land\b|paese|campa|kampagne"
          r"|produ|vent|vend|suscrip|assinat|abonnement|formul|modul|fonte|fuente|source|quelle|origen|origin|regi"
          r"|ciudad|ville|stadt|città|cidade|rata\b|tipo|type|typ\b|edad|âge|alter|età|idade|g[ée]nero|sexe"
          r"|geschlecht|red\b|réseau|netzwerk|rete\b|plata|plate|platt|piatta|anunci|annonc|anzeige|grupo|groupe"
          r"|gruppe|gruppo|palabra|mot\b|keyword|hora|heure|stunde|ora\b)")
_DERIVED = re.compile(
    r"(^|\s)(ctr|cpc|cpm|cpa|roas|acos|cvr|rate|ratio|ratio %|%)($|\s)|^(avg|gem)\.?\s|per\s|/\s*(conv|klik)"
    rf"|(^|\s)(par|por|pro)\s+(?!{_SPLIT})|(^|\s)(taux|tasa|taxa|porcentaje|percentuale|porcentagem|tasso)($|\s)"
    r"|(^|\s)(medio|médio|média|promedio|moyen|moyenne)($|\s)|^media (de|di|del|della)\s"
    # English, Dutch and German averages ('Average purchase revenue' of a GA4 exploration was summed as revenue)
    r"|(^|\s)(average|gemiddeld|gemiddelde|durchschnitt|durchschn\.?|durchschnittlich\w*|arpu|arppu)($|\s)"
    r"|(spesa|durata|posizione|frequenza|importo|duración|posición|frecuencia|visita|sessione) media$"
)


# Plays or views that reached a point of a video ('Video plays at 75%', 'Video views at 25%', 'Reproducciones de
# video hasta el 75%', 'Videowiedergaben zu 75 %'): counts, not rates; Koers reads none of them (ThruPlays and video
# views are its video views), no warning calls them rates, and no sheet's guess takes them for video views.
_VIDEO_POINT = re.compile(r"(^|\s)(at|hasta el|hasta|zu|à|al|tot)\s*\d{1,3}\s*%$")


def _is_derived(n: str) -> bool:
    return bool(_DERIVED.search(n)) or n.endswith("%") or n.startswith("cost per") or n.startswith("kosten per")


def _in_dollars(plan: Plan, sample: list[list[str]]) -> bool:
    """Whether the file's currency column says USD in every filled cell of the sample: a shop's orders saved again by
    a spreadsheet in the United States write '11/10/24 09:17' for 10 November (abcamp/CS201_dashboard
    `orders_export_1.csv`: 94 orders of one day, read as 11 October; its Tags hold the pickup day, 2024-11-25)."""
    heads = plan.source.currency_headers()
    at = next((i for i, h in enumerate(plan.header) if norm(h) in heads), None)
    cells = {r[at].strip().upper() for r in sample if at is not None and at < len(r) and r[at].strip()}
    return cells == {"USD"}


def _decide_values(plan: Plan, sample: list[list[str]], con, default_decimal: str) -> None:
    src, file = plan.source, plan.file
    col = lambda i: [r[i] for r in sample if i < len(r)]  # noqa: E731
    nums = {f: i for f, i in plan.fields.items() if src.field_type(f) == "number"}
    votes = {f: values.decimal_votes(col(i)) for f, i in nums.items()}  # each cell judged once, for both
    every = (sum(c for c, _ in votes.values()), sum(p for _, p in votes.values()))
    plan.file_decimal = values.decimal_mark(every, default_decimal)
    for f in nums:
        plan.decimal[f] = values.decimal_mark(votes[f], plan.file_decimal)
    dates = [f for f in plan.fields if src.field_type(f) == "date"]
    if "date" not in plan.fields and ROW_MONTH not in plan.fields and src.id == GENERIC:
        found = _find_date_column(plan, sample)
        if found is not None:
            dates.append("date")
    habits, forced = [], {}  # columns read by the tool's habit; the order a column's own days decide, per layout
    for f in dates:
        i = plan.fields[f]
        cells = [v.lstrip(values.NUMBER_MARK) for v in col(i)]  # a workbook may hold 20250131 as a number
        kind = values.date_kind(cells, file, plan.header[i])
        if kind and "month:" in kind and _WEEK.search(norm(plan.header[i])):
            kind = None  # '2025-01' under a Week header is a week of the year, not January
        if f == ROW_MONTH:
            if kind == "iso" and all(v.strip().endswith("-01") for v in cells
                                     if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip())):
                kind = "month:iso"  # each month written as its first day ('2025-03-01')
            if kind is not None and kind.startswith(("month:", "span:")):  # a month, or one cut to the range
                plan.date_kind[f] = kind
            elif "date" not in plan.fields and ROW_DAY not in plan.fields:
                _unread_months(plan, i, cells)
            continue
        if kind is None and norm(plan.header[i]) in values.DAY_NUMBER_HEADERS and plan.period is not None:
            kind = f"offset:{plan.period.start.isoformat()}"  # GA4's 'Nth day': 0000 is the stated start date
        if kind is None and f == "date" and norm(plan.header[i]) in values.WEEK_NUMBER_HEADERS \
                and plan.period is not None and "date_end" not in plan.fields:
            # GA4's 'Nth week': week 0000 is the week (Sunday to Saturday) of the stated start, each one cut to the
            # range: a half year from Thursday 1 January 2026 ends with week 0026, Sunday 28 to Tuesday 30 June
            # (dannywebsites/impulse-english). Unread, the weeks were spread evenly over the whole range.
            _weeks_in_range(plan, i, "nthweek")
            continue
        if kind is None and f == "date" and any(v.strip() for v in cells) and all(
                v.strip().lower() in values.WEEKDAYS for v in cells if v.strip()):
            # 'Day' holding Monday..Sunday (Google's day & hour card): a breakdown, not dates. Without a period the
            # table is then refused as one that needs it, never for a weekday that is no date. A generic sheet's
            # dates may stand in a later column ('Day' of weekdays before 'Date'): that column is then the date.
            _unmap(plan, f)
            if src.id == GENERIC and _find_date_column(plan, sample) is not None:
                dates.append("date")
            continue
        if kind is None and _WEEK.search(norm(plan.header[i])) and any(v.strip() for v in cells) and all(
                v.strip().isdigit() and 1 <= int(v) <= 53 for v in cells if v.strip()):
            if not _week_numbers(plan, f, i):
                _unmap(plan, f)  # a Week column of week numbers ('10'): the week of the year, no day to count on
            continue
        if kind is None and f == ROW_DAY:  # a Day column of weekdays or day numbers: the report's dates stand
            _unmap(plan, f)
            continue
        if kind is None:
            if f == _primary(plan):
                if not any(ch.isdigit() for v in cells for ch in v):
                    # An empty sample, or words only ('Total'): parse strictly; bad cells are reported with their row
                    kind = "iso"
                else:
                    _refuse_date(plan, i, [v for v in cells if v.strip()])
            else:
                kind = "iso"
        if kind.startswith(("span:", "month:")):
            kind = _span(plan, f, i, kind)
            if kind.startswith("month:") and f == "date":  # a month or a year a row stands for ('2024' in a
                # store's yearly orders report named 'orders-report-2022-03-20-2026-03-20.csv'): cut to the range
                _within_stated_range(plan, "year" if kind == "month:y" else "month")
        plan.date_kind[f] = kind
        span = kind.startswith("span:")
        layout = values.numeric_part(kind.split(":", 1)[1] if span else kind)
        if layout.startswith(("numeric:", "numeric_yy:")):
            ends = [f"c{i}"] if not span else [f"regexp_extract(c{i}, {values.SPAN_SQL}, {n})" for n in (1, 2)]
            got = con.execute(f"SELECT {', '.join(map(values.order_pairs_sql, ends))} FROM raw").fetchone()
            # Both orders possible: '-' and '.' are day-first habits (1-3-2026, 1.3.2026); '/' is the tool's, or the
            # United States' in a file of dollars alone (_in_dollars).
            dollars = layout.endswith(":/") and src.date_order == "dmy" and _in_dollars(plan, sample)
            own = "dmy" if norm(plan.header[i]) in src.day_first else src.date_order
            habit = ("mdy" if dollars else own) if layout.endswith(":/") else "dmy"
            pairs = list(zip(got[::2], got[1::2], strict=True))
            order = values.date_order(pairs, file, shown(plan.header[i]), habit)
            plan.date_order[f] = order
            if span:
                plan.date_order["date_end"] = order
            if all(a is None or a <= 12 for p in pairs for a in p):  # no day above 12: read by habit, unless...
                habits.append((f, i, ends[0], layout, dollars))
            else:
                forced.setdefault(layout, order)
    for f, i, cell, layout, dollars in habits:
        if layout in forced:  # ...another column of the same layout ('Reporting ends' 03/31/2025) decides it
            plan.date_order[f] = forced[layout]
            if plan.date_kind[f].startswith("span:"):
                plan.date_order["date_end"] = forced[layout]
        else:
            _say_assumed_order(con, plan, f, i, cell, plan.date_order[f], dollars)
    if ROW_DAY in plan.fields:
        _row_days_are_the_dates(plan)
    if ROW_MONTH in plan.fields:
        _row_months(plan)
    _row_weeks(plan, con)
    _months_by_first_day(plan, con, sample)
    _utc_days(plan, sample)
    _schedule(plan, sample, con)
    plan.primary_date = _primary(plan)
    if plan.period is None and plan.primary_date not in plan.fields and not src.events:
        plan.period = _compared_period(plan)  # Search Console's Compare export names it before each figure
    if plan.primary_date in plan.fields:
        # A month row cut to the stated range is its own period, never a row stamped with the range's first day.
        weeks = plan.date_kind.get("date", "").startswith(("weeknum:", "nthweek:"))  # rows already their days
        if plan.within is None and not weeks and _dated_at_start(con, plan, sample):
            plan.fields.pop("date_end", None)  # rows stamped with the first day stand for the stated period
            plan.dated_at_start = shown(plan.header[plan.fields[plan.primary_date]])
            # that first day is the period's: the column's order, read by habit, is the file's own
            plan.notes = [n for n in plan.notes if not (n[0].startswith(("ingest.dates_read_month_first",
                                                                          "ingest.dates_read_day_first"))
                                                        and n[1]["column"] == plan.dated_at_start)]
        else:  # rows carry their own dates; a range the file states is still the report's period (shown)
            plan.stated = plan.period if plan.period is not None and plan.period.origin in ("file", "name") else None
            plan.period = None
    elif plan.period is None or src.events:
        if len(sample) < SAMPLE_ROWS and not any(any(c.strip() for c in r) for r in sample):
            # column names alone (the sample is the whole file): no period would give it rows
            raise error("ingest.no_data_rows", file=file, note="-", totals=0, form="empty")
        _refuse_label_lines(plan, sample)
        _refuse_without_measures(plan, sample)
        if plan.period is None and not src.events and src.id != GENERIC and not any(
                norm(h) in _PERIODS for h in plan.header if h):  # a tool's table of its whole period
            raise error("ingest.table_needs_period", file=file, tool=src.name)
        _refuse_tool_lacking(plan, period_reads=True)
        raise error("ingest.no_date_column", file=file, columns=shown(", ".join(h for h in plan.header if h), 300))
    else:
        plan.fields.pop("date_end", None)  # the file's period is every row's period
    _refuse_without_measures(plan, sample)


def _refuse_without_measures(plan: Plan, sample: list[list[str]]) -> None:
    """A table of rows (no record-level export) without a column of figures Koers counts is refused, naming the
    export it is where Koers knows it; before any question of its dates, which would not give it figures (Google Ads
    Editor's campaign sheet)."""
    if plan.source.events or any(f in MEASURES for f in plan.fields):
        return
    _refuse_label_lines(plan, sample)
    if unread := which_unread(plan.header):  # a known export without figures Koers counts: say which it is
        raise error(unread, file=plan.file)
    _refuse_tool_lacking(plan)
    _refuse_unread_script(plan)
    raise error("ingest.no_measure_column", file=plan.file,
                columns=shown(", ".join(h for h in plan.header if h), 300))


def _refuse_unread_script(plan: Plan) -> None:
    """Column names written mostly in a script Koers reads no words of (Shione4937/ads: Japanese Google Ads, Meta and
    Yahoo! downloads): said as such, not as an export that lacks Clicks or Cost, which it has."""
    import unicodedata

    def foreign(h: str) -> bool:
        letters = [c for c in h if c.isalpha()]
        return sum("LATIN" not in unicodedata.name(c, "") for c in letters) * 2 > len(letters)

    named = [h for h in plan.header if h and h.strip()]
    odd = [h for h in named if foreign(h)]
    if named and len(odd) * 2 >= len(named):
        raise error("ingest.headers_unread_script", file=plan.file, examples=shown(", ".join(odd[:4]), 120))


# Tools whose tables are reports of figures over a period (a campaign's clicks), not lists of records (a deal, an
# order), whose figures without their dates say nothing of when they happened.
_REPORTS = frozenset(t for family in ("ads", "email", "analytics") for t in TOOL_FAMILIES[family])


def _refuse_tool_lacking(plan: Plan, period_reads: bool = False) -> None:
    """A sheet read as generic for want of a column its tool's export needs (a HubSpot deals export without Create
    Date or Close Date): say which tool and which column, not only that no figures or dates were found.
    `period_reads`: the sheet has figures and no date column, so a report's period, given, would read it."""
    if plan.source.id != GENERIC or not (near := lacking(plan.header)):
        return
    tool, groups, date_only = near
    form = "date" if date_only and period_reads and tool.id in _REPORTS else "columns"
    raise error("ingest.tool_lacks", file=plan.file, tool=tool.name, form=form,
                needs="; ".join(" / ".join(f"'{h}'" for h in g) for g in groups))


def _refuse_label_lines(plan: Plan, sample: list[list[str]]) -> None:
    """A report of one campaign or item, a label and its value per line ('"Total Recipients:","1000"', Mailchimp's
    Email Campaign Report as derekology/simpledash tests/fixtures.py copies it) is no table of rows: said as such."""
    labels = [r[0].strip() for r in [plan.header, *sample[:50]] if r and r[0].strip()]
    if labels and sum(x.endswith(":") for x in labels) >= 0.6 * len(labels):
        raise error("ingest.label_lines", file=plan.file, label=shown(labels[0]))


def _span(plan: Plan, f: str, i: int, kind: str) -> str:
    """The layout of date column f whose cells each hold a period ('May 01 2025 - May 31 2025', Klaviyo's flow
    reports) or a month ('08/2025'): the row's first day, and its last day as date_end, unless the file has an end
    column of its own or f is not the row's date. Then only a single date is read, and each cell holding a period
    is a bad date, named with its row: its first day alone would shrink the period without a word."""
    form, layout = kind.split(":", 1)
    if f != "date" or "date_end" in plan.fields:
        return layout if form == "span" else "none"
    plan.fields["date_end"] = i
    plan.date_kind["date_end"] = f"{form}_end:{layout}"
    return kind


def _dated_at_start(con, plan: Plan, sample) -> bool:
    """Whether every row's date is the first day of a longer period the file states (LinkedIn without a time
    breakdown: each row is the whole report, dated Report Start). The sample decides first; the column confirms."""
    p, f = plan.period, plan.primary_date
    if p is None or p.origin != "file" or p.end <= p.start or plan.source.events:
        return False
    i = plan.fields[f]
    if len({r[i].strip() for r in sample if i < len(r) and r[i].strip()}) > 1:
        return False  # the first rows already carry several dates (a daily report): no scan needed
    expr = values.date_sql(f"c{i}", plan.date_kind[f], plan.date_order.get(f, "dmy"))
    # Two questions that stop at their first hit (LIMIT 1), not a count over the file: a daily report shows another
    # date within its first day's rows.
    probe = f"SELECT 1 FROM (SELECT {expr} AS d FROM raw) WHERE "
    if con.execute(f"{probe} d <> DATE '{p.start.isoformat()}' LIMIT 1").fetchone():
        return False
    return con.execute(f"{probe} d IS NOT NULL LIMIT 1").fetchone() is not None


def _primary(plan: Plan) -> str:
    """The date a record is about: a record-level export's first event date the file has (a deals export saved
    without its Create Date still has its Close Date), else that of its first event."""
    events = plan.source.events
    if not events:
        return "date"
    return next((e.date for e in events if e.date in plan.fields), events[0].date)


def _find_date_column(plan: Plan, sample: list[list[str]]) -> int | None:
    """A generic sheet with no date header: the first unmapped column whose values are dates. Two-digit years, months
    and periods need a date header: without one, '1.2.10' is as likely a version as a day, '1.0850' a rate as a month,
    'Promo - Aug 2025' a name as a period."""
    for idx, h in enumerate(plan.header):
        if h in plan.mapping or not h or _PRIOR.search(norm(h)):  # a comparison's days are another period's
            continue
        vals = [r[idx] for r in sample if idx < len(r)]
        kind = values.date_kind(vals, plan.file, h) if vals else None
        if kind and not kind.startswith(("numeric_yy:", "month:", "span:", "either:")):
            plan.fields["date"] = idx
            plan.mapping[h] = {"canonical": "date", "confidence": 0.6}
            plan.unmapped.remove(h)
            return idx
    return None
