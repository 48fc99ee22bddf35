"""Stage: shape canonical rows from the classified table `t`: one row per data row (or per event of a record-level
export) in the schema's dimensions and measures, with the file's account and currency."""

from __future__ import annotations

import re

from ..engine import arrow
from ..errors import error, shown
from ..schema import DIMENSIONS, MEASURES, MONEY, NON_ADDITIVE, SNAPSHOT
from . import values
from .delimited import q as _q
from .mapping import Plan


def shape(con, plan: Plan, lang: str, into: str | None = None, sample: list[list[str]] = ()):
    """Canonical rows: one row per data row, or per event for record-level exports.

    As Arrow, or with `into` (the schema the reader made for this file, holding `t`) as a Resident query over it.
    `sample`: the first records as the reader sniffed them (which channel names need renaming)."""
    src = plan.source
    present = set(plan.fields)
    stand_in = {d: [f for f in src.fallbacks.get(d, ()) if f in present] for d in DIMENSIONS}
    dims = [d for d in DIMENSIONS if d in present or stand_in[d]]
    warnings: list[tuple[str, dict]] = [(w, {}) for w in src.warnings
                                        if w not in src.warns_about or src.warns_about[w] & present]
    if "channel" in present:
        named = _channel_names(con, plan, sample, warnings)
        channel = f"coalesce({named}, {_q(src.channel)})" if src.channel else named
    else:
        channel = _q(src.channel) if src.channel else None
    dim_sql = [(f"coalesce({', '.join(([d] if d in present else []) + stand_in[d])}) AS {d}" if stand_in[d] else d)
               for d in dims if d != "channel"] + ([f"{channel} AS channel"] if channel else [])
    # Rows over more than one day (Meta's Reporting starts/ends) keep their end; daily rows need no end column.
    spanning = con.execute("SELECT count(*) FROM t WHERE _kind = 'data' AND date_end > date").fetchall()[0][0] \
        if "date_end" in present else 0
    if spanning:
        warnings.append(("ingest.date_ranges", {"count": int(spanning)}))
    for code, condition, needs in src.refusals:
        if set(needs) <= present and con.execute(f"SELECT {condition} FROM t WHERE _kind = 'data'").fetchone()[0]:
            raise error(code, file=plan.file)
    if src.events:
        parts, measures = [], set()
        for ev in _events(plan):
            measures |= set(ev.measures)
            parts.append(ev)
            if ev.warn and (ev.warn, {}) not in warnings:  # said once, however many of its events read the rows
                warnings.append((ev.warn, {}))
        ms = [m for m in MEASURES if m in measures]
        spans = bool(spanning)
        selects = []
        # A record marked deleted (Salesforce's IsDeleted, in an export of all records) counts for nothing; said.
        live = "TRUE"
        if "deleted" in present:
            live = "lower(coalesce(deleted, '')) NOT IN ('1', 'true')"
            (gone,) = con.execute(f"SELECT count(*) FROM t WHERE _kind = 'data' AND NOT ({live})").fetchone()
            if gone:
                warnings.append(("ingest.deleted_records", {"count": int(gone)}))
        for ev in parts:
            vals = ", ".join(f"CAST({ev.measures[m]} AS DOUBLE) AS {m}" if m in ev.measures else f"NULL::DOUBLE AS {m}"
                             for m in ms)
            end = (", CASE WHEN date_end > date THEN date_end END AS date_end" if ev.date == "date"
                   else ", CAST(NULL AS DATE) AS date_end") if spans else ""
            selects.append(f"SELECT {ev.date} AS date{end}, {', '.join(dim_sql + [vals]) if dim_sql else vals} "
                           f"FROM t WHERE _kind = 'data' AND {ev.date} IS NOT NULL AND ({ev.where}) AND {live}")
        if not selects:
            raise error("ingest.no_measure_column", file=plan.file,
                        columns=shown(", ".join(h for h in plan.header if h), 300))
        warnings += _undated(con, plan, parts) + _without_money(con, parts)
        keys = ", ".join(["date"] + (["date_end"] if spans else [])
                         + [d for d in DIMENSIONS if d in dims or (d == "channel" and channel)])
        sums = ", ".join(f"fsum({m}) AS {m}" for m in ms)  # compensated: the same sum in every run (compiler._agg)
        con.execute(f"CREATE {'' if into else 'TEMP '}TABLE shaped AS SELECT {keys}, {sums} "
                    f"FROM ({' UNION ALL '.join(selects)}) "
                    f"GROUP BY ALL ORDER BY date")
    else:
        ms = [m for m in MEASURES if m in present]
        if plan.period is not None:  # a period report: every row covers the file's period
            days = f"DATE '{plan.period.start.isoformat()}' AS date, DATE '{plan.period.end.isoformat()}' AS date_end"
        elif spanning:  # rows with their own period
            days = "date, CASE WHEN date_end > date THEN date_end END AS date_end"
        else:
            days = "date"
        select = f"SELECT {days}, {', '.join(dim_sql + ms)}"
        con.execute(f"CREATE TEMP VIEW shaped AS {select} FROM t WHERE _kind = 'data'")
    overlap = [m for m in ms if m in NON_ADDITIVE]
    if overlap:  # one row of them (a GA4 card of the property's users) sums no one twice: nothing to say
        counts = con.execute(f"SELECT {', '.join(f'count({m})' for m in overlap)} FROM shaped").fetchone()
        overlap = [m for m, n in zip(overlap, counts, strict=True) if n > 1]
    if overlap:
        warnings.append(("ingest.non_additive", {"measures": ", ".join(overlap)}))
    for code, count_sql, off, on in src.checks:
        if off & plan.fields.keys() or not on <= plan.fields.keys():
            continue  # the check describes a fallback this file does not use
        try:
            n = con.execute(f"SELECT {count_sql} FROM t WHERE _kind = 'data'").fetchone()[0]
        except Exception as e:  # a check over a field this file lacks
            if "not found" in str(e).lower():
                continue
            raise
        if n:
            warnings.append((code, {"count": int(n)}))
    warnings += _derived(plan, ms)
    if into is None:
        return arrow(con, "SELECT * FROM shaped"), warnings
    from .result import Resident

    # The rows stay in `t` (or the summed `shaped`) until they are added: the store reads them from there.
    sql = f"SELECT * FROM {into}.shaped" if src.events else f"{select} FROM {into}.t WHERE _kind = 'data'"
    names = [d[0] for d in con.execute("SELECT * FROM shaped LIMIT 0").description]
    (n,) = con.execute("SELECT count(*) FROM shaped").fetchone()
    return Resident(sql, into, names, n), warnings




def _channel_names(con, plan: Plan, sample, warnings: list) -> str:
    """The channel column as SQL, each value the tool names in another interface language in its English name
    (Source.channel_names); the values so renamed are said with their rows. A download is in one interface language:
    a sample without such a value (an English download) is read as it stands, at no cost."""
    src, i = plan.source, plan.fields["channel"]
    names = src.channel_names
    if not any(names.get(v.strip().lower(), v.strip()) != v.strip() for v in (r[i] for r in sample if i < len(r))):
        return "channel"
    named = ("CASE lower(channel) " + " ".join(f"WHEN {_q(k)} THEN {_q(v)}" for k, v in names.items())
             + " ELSE channel END")
    renamed = con.execute(f"SELECT channel, {named}, count(*) FROM t WHERE _kind = 'data' AND channel <> {named} "
                          "GROUP BY ALL ORDER BY 1").fetchall()
    if renamed:
        warnings.append(("ingest.channel_named", {"tool": src.name, "count": sum(n for *_, n in renamed),
                                                  "values": ", ".join(f"'{shown(a)}' → '{b}'" for a, b, _ in renamed)}))
    return named


def fill_groups(con, plan: Plan, subtotals: int) -> list[tuple[str, dict]]:
    """In a report of groups (its grouped field in the first column, a subtotal row closing each group), each data row
    without the field's value (Source.grouped) takes the value of its group's first row, the only one the report
    writes it on. A report of rows alone, with one Total at its end, is left as it is (`subtotals`: the file's count
    of totals rows). Said with the rows' count."""
    from ..errors import shown

    out = []
    for f in (g for g in plan.source.grouped if plan.fields.get(g) == 0 and subtotals >= 2):
        (n,) = con.execute(f'SELECT count(*) FROM t WHERE _kind = \'data\' AND "{f}" IS NULL').fetchone()
        if not n:
            continue
        # A group is the rows after one totals row up to the next: a value never passes a subtotal.
        con.execute(f'UPDATE t SET "{f}" = g.v FROM (SELECT r, k, last_value("{f}" IGNORE NULLS) OVER (PARTITION BY '
                    f'grp ORDER BY r) AS v FROM (SELECT rowid AS r, _kind AS k, "{f}", count(*) FILTER (WHERE _kind '
                    f'= \'totals\') OVER (ORDER BY rowid) AS grp FROM t)) AS g '
                    f'WHERE t.rowid = g.r AND g.k = \'data\' AND t."{f}" IS NULL')
        out.append(("ingest.grouped_filled", {"count": int(n), "column": shown(plan.header[plan.fields[f]])}))
    return out


def short_of_total(con, plan: Plan, counts: dict[str, int]) -> list[tuple[str, dict]]:
    """A file whose one totals row counts more than its rows add up to lists only some of what it totals (a GA4
    exploration downloads the rows it shows, its Grand total is of all of them): Koers counts the rows, and says by
    how much the total is more, for the measure where the gap is widest. Counts of people are no sums: left out."""
    ms = [m for m in MEASURES if m in plan.fields and m not in NON_ADDITIVE and m not in SNAPSHOT]
    if counts.get("totals") != 1 or plan.source.events or not ms:
        return []
    got = con.execute("SELECT " + ", ".join(
        f"sum({m}) FILTER (WHERE _kind = 'data'), max({m}) FILTER (WHERE _kind = 'totals')" for m in ms)
        + " FROM t").fetchone()
    gaps = [(total / rows - 1, m, rows, total) for m, rows, total in zip(ms, got[::2], got[1::2], strict=True)
            if rows is not None and total is not None and rows > 0 and total > rows * 1.01 and total - rows > 0.5]
    if not gaps:
        return []
    share, m, rows, total = max(gaps)
    return [("ingest.short_of_total", {"count": counts.get("data", 0), "measure": m, "rows_sum": round(rows, 2),
                                       "total": round(total, 2), "percent": round(100 * share)})]


def months_outside(con, plan: Plan) -> list[tuple[str, dict]]:
    """Month (week, year) rows the range a file states does not touch keep their own days (never cut to nothing):
    said."""
    if not plan.within:
        return []
    lo, hi = plan.within
    sql = "SELECT count(*) FROM t WHERE _kind = 'data' AND (date > ? OR date_end < ?)"
    (n,) = con.execute(sql, [hi, lo]).fetchone()
    if not n:
        return []
    code = f"ingest.{plan.within_unit}s_outside_range"
    return [(code, {"count": int(n), "start": lo.isoformat(), "end": hi.isoformat()})]


def _undated(con, plan: Plan, events) -> list[tuple[str, dict]]:
    """The records an outcome applies to (a deal won or lost, Event.outcome) that have no date for it: such a record
    counts nowhere, so their number is said per date column, never dropped without a word."""
    from ..errors import shown

    by_date: dict[str, list] = {}
    for ev in events:
        if ev.outcome:
            by_date.setdefault(ev.date, []).append(ev)
    if not by_date:
        return []
    # Per date column: the records without it that any of its outcomes applies to, and each outcome's own count (the
    # measures named are those of the outcomes such records have).
    sql = [f"count(*) FILTER (WHERE {d} IS NULL AND ({' OR '.join(f'({ev.where})' for ev in evs)}))"
           + "".join(f", count(*) FILTER (WHERE {d} IS NULL AND ({ev.where}))" for ev in evs)
           for d, evs in by_date.items()]
    counts = iter(con.execute(f"SELECT {', '.join(sql)} FROM t WHERE _kind = 'data'").fetchone())
    out = []
    for d, evs in by_date.items():
        n, each = next(counts), [next(counts) for _ in evs]
        if n:
            measures = dict.fromkeys(m for ev, k in zip(evs, each, strict=True) if k for m in ev.measures)
            out.append(("ingest.undated_rows", {"count": int(n), "measures": ", ".join(measures),
                                                "column": shown(plan.header[plan.fields[d]])}))
    return out


def _without_money(con, parts: list) -> list[tuple[str, dict]]:
    """Records counted with their money (a won deal and its amount, an order and its total) whose money cell is
    empty: they count, and bring nothing, so an average per record (the average deal size) takes them as nothing."""
    found = {}  # (counted, money) -> the SQL of such a record, per event
    for ev in parts:
        counted = [m for m, sql in ev.measures.items() if sql == "1" and m not in MONEY]
        money = _money_of(ev)
        if counted and money:
            empty = " AND ".join(f"({sql}) IS NULL" for sql in money.values())
            found.setdefault((counted[0], ", ".join(money)), []).append(
                f"({ev.date} IS NOT NULL AND ({ev.where}) AND {empty})")
    if not found:
        return []
    counts = con.execute("SELECT " + ", ".join(f"count(*) FILTER (WHERE {' OR '.join(c)})" for c in found.values())
                         + " FROM t WHERE _kind = 'data'").fetchone()
    return [("ingest.counted_without_money", {"count": int(n), "counted": counted, "money": money})
            for (counted, money), n in zip(found, counts, strict=True) if n]


def _derived(plan: Plan, measures: list[str]) -> list[tuple[str, dict]]:
    """What is said of the rates and averages a file writes beside its counts ('Open Rate', 'CTR'): never summed, as
    Koers computes each KPI from the counts; and, for a KPI the file's counts cannot make (a report of rates alone),
    which counts it lacks."""
    if not plan.derived:
        return []
    from ..catalogue import catalogue
    from .sources.base import norm

    # A KPI by its id and its names ('open rate', 'Openratio'), of the tool's own figures: Search Console's CTR is
    # of its unpaid clicks, GA4's bounce rate of sessions, neither the ad or email KPI of that name.
    src = plan.source
    own = {f for f in src.columns.values() if f in MEASURES} | {m for ev in src.events for m in ev.measures}
    named = {}
    for k in catalogue().values():
        if set(k.measures) <= own:
            for name in (k.id.replace("_", " "), *k.name.values()):
                named.setdefault(norm(name), k)
    lacking = {h: [m for m in named[norm(h)].measures if m not in measures] for h in plan.derived if norm(h) in named}
    lacking = {h: ms for h, ms in lacking.items() if ms}
    out = []
    if len(lacking) < len(plan.derived):
        out.append(("ingest.derived_ignored", {"columns": ", ".join(h for h in plan.derived if h not in lacking)}))
    if lacking:
        counts = dict.fromkeys(m for ms in lacking.values() for m in ms)
        out.append(("ingest.derived_without_counts", {"columns": ", ".join(lacking), "measures": ", ".join(counts)}))
    return out


def _money_of(ev) -> dict[str, str]:
    """An event's measures of money: {measure: its SQL}."""
    return {m: sql for m, sql in ev.measures.items() if m in MONEY}


def _events(plan: Plan) -> list:
    """The events of the tool that this file's fields allow: those its rows are read by."""
    present = set(plan.fields)
    return [ev for ev in plan.source.events
            if ev.date in present and set(ev.needs) <= present and not present & set(ev.unless)]


def _brings_money(plan: Plan) -> str:
    """SQL over `t`: a data row that brings money into the rows read (a won deal's value, an order's total; not an
    open deal's value, which no KPI counts)."""
    if plan.source.events:
        parts = []
        for ev in _events(plan):
            money = " OR ".join(f"({sql}) IS NOT NULL" for sql in _money_of(ev).values())
            if money:
                parts.append(f"({ev.date} IS NOT NULL AND ({ev.where}) AND ({money}))")
    else:
        parts = [f"{m} IS NOT NULL" for m in MONEY if m in plan.fields]
    return f"_kind = 'data' AND ({' OR '.join(parts) or 'FALSE'})"


def currency(con, plan: Plan, warnings: list, sample: list[list[str]]) -> tuple[str | None, list[str]]:
    """(the ISO code of the file's money, or None; the codes when it holds several): a currency column's one value,
    else a header suffix ('Cost (CAD)'), else the sign beside the figures (_marked)."""
    from .sources.base import CURRENCIES, currency_suffix, norm

    found = set()
    named = (norm(plan.currency_column),) if plan.converted_used else plan.source.currency_headers()
    if any(f in plan.fields for f in plan.source.company_money):
        named = ()  # the money read is in the company's currency; the column names each deal's own
    columns = [(named.index(norm(h)), i) for i, h in enumerate(plan.header) if norm(h) in named]
    for _, i in sorted(columns)[:1]:  # the first the list names that the file has
        # The currencies of the rows that bring money; of all rows only when none does (a list of open deals). An
        # open deal in dollars beside won deals in euros leaves the won revenue one currency. `raw` and `t` hold the
        # same records in the same order.
        cell = f"trim(CAST(r.c{i} AS VARCHAR))"
        codes = con.execute(f"SELECT upper({cell}), bool_or(m._money) FROM raw AS r POSITIONAL JOIN "
                            f"(SELECT {_brings_money(plan)} AS _money FROM t) AS m "
                            f"WHERE regexp_full_match({cell}, '[A-Za-z]{{3}}') GROUP BY 1 LIMIT 20").fetchall()
        codes = [(c, money) for c, money in codes if c in CURRENCIES]
        found |= {c for c, money in codes if money} or {c for c, _ in codes}
    if not found:
        found = {c for h in plan.mapping if (c := currency_suffix(h))}
    if not found:
        found = _marked(con, plan, warnings, sample)
    if len(found) > 1:
        warnings.append(("ingest.mixed_currency", {"currencies": ", ".join(sorted(found))}))
        return None, sorted(found)
    code = next(iter(found), None)
    if plan.converted and code:
        bases, copies = list(plan.converted.values()), list(plan.converted)
        read, left = (copies, bases) if plan.converted_used else (bases, copies)
        key = "ingest.converted_used" if plan.converted_used else "ingest.converted_ignored"
        warnings.append((key, {"currency": code, "columns": ", ".join(read), "others": ", ".join(left)}))
    return code, []


def _marked(con, plan: Plan, warnings: list, sample: list[list[str]]) -> set[str]:
    """The currencies the figures' own cells name ('€ 1.234,56', '$99.00', '৳1,234'), when no column or header
    does. Which mark was read as which code is said: '$' is taken for the US dollar, and the message says how a file
    names another. The sample's cells are looked at in Python; only columns whose sample shows a mark are read whole
    (a file of plain figures costs no read at all)."""
    from .sources.base import CURRENCIES, SHARED_MARKS, currency_of_mark

    # Money only: a measure of money, or a tool's own figure an event turns into one (Salesforce's Amount, WooCommerce's
    # Order Total); a count of clicks or bounces beside '5 ALL' names no currency.
    into_money = " ".join(sql for ev in plan.source.events for sql in _money_of(ev).values())
    money = [i for n, i in plan.fields.items() if plan.source.field_type(n) == "number"
             and (n in MONEY or re.search(rf"\b{n}\b", into_money))]
    # A column DuckDB parsed as numbers holds plain digits in the sample, so it is never read here: reading a few of a
    # file's columns can stop at a row the whole read passed (a totals row with empty cells in them).
    seen = [f"c{i}" for i in money if any(values.currency_mark(r[i]) for r in sample if i < len(r))]
    if not seen:
        return set()
    parts = [f"SELECT DISTINCT {values.currency_mark_sql(f'CAST({c} AS VARCHAR)')} AS m FROM raw" for c in seen]
    written = sorted(m for (m,) in con.execute(
        f"SELECT m FROM ({' UNION '.join(parts)}) WHERE m <> '' ORDER BY m LIMIT 20").fetchall())
    # A mark several currencies write ('kr') stands as written: alone it names none, beside the code of one of them
    # ('SEK') it is that one, beside any other it makes two.
    found = {currency_of_mark(m) or m.strip().rstrip(".").lower() for m in written}  # 'Kr' and 'kr.' are one
    for mark in found & set(SHARED_MARKS):
        if len(found & set(SHARED_MARKS[mark])) == 1:
            found.discard(mark)
    if len(found) == 1 and next(iter(found)) not in CURRENCIES:  # 'kr', 'kn': a mark of several names none
        return set()
    if len(found) == 1:
        warnings.append(("ingest.currency_from_marks", {"marks": ", ".join(written), "currency": next(iter(found))}))
    return found


def account(con, plan: Plan) -> str | None:
    if "account" not in plan.fields:
        return None
    names = [r[0] for r in con.execute(
        "SELECT DISTINCT account FROM t WHERE _kind = 'data' AND account IS NOT NULL ORDER BY 1").fetchall()]
    return ", ".join(names) if names else None
