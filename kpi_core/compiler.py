"""The only place KPI SQL is built: sums first, then the ratio (num / NULLIF(den, 0)); user values are params."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import formula, schema
from .errors import KoersError

GRAINS = ("total", "day", "week", "month", "quarter", "year")
_STEP = {"day": "1 DAY", "week": "7 DAY", "month": "1 MONTH", "quarter": "3 MONTH", "year": "1 YEAR"}
FILTER_KEYS = (*schema.DIMENSIONS, "source_id")
FACTS = "facts_days"  # facts with period rows spread over their days (schema.facts_days_ddl)
SPANS = "facts_spans"  # facts as stored, period rows whole (schema.facts_spans_ddl); _spread spreads them by grain

FAMILIES = schema.TOOL_FAMILIES  # the tools by family: within one they add up, across families they re-report
KNOWN_SOURCES = schema.TOOLS
_NATIVE = {
    "ads": ("impressions", "reach", "clicks", "cost", "conversions", "conversion_value", "video_views", "interactions"),
    "email": ("emails_sent", "emails_delivered", "unique_opens", "unique_clicks", "unsubscribes", "bounces",
              "new_subscribers"),
    "crm": ("leads", "mqls", "sqls", "new_customers", "deals_created", "deals_won", "deals_lost", "won_revenue"),
    "shop": ("orders", "revenue", "cogs", "customers"),
    "analytics": ("sessions", "users", "organic_clicks", "organic_impressions"),
}
# After the native family: own sheets before analytics, which mostly re-reports what other tools measured.
_ORDER = ("ads", "email", "crm", "shop", "other", "generic", "analytics")


class UnknownDimension(KoersError):
    code = "engine.unknown_dimension"


class UnknownGrain(KoersError):
    code = "engine.unknown_grain"


@dataclass(frozen=True)
class Filters:
    """Date range (inclusive) and equality/IN filters: {dimension or `source` or `source_id`: value(s)}."""

    date_from: date | None = None
    date_to: date | None = None
    where: dict = field(default_factory=dict)

    def __hash__(self):
        items = tuple(sorted((k, (v,) if isinstance(v, str) else tuple(v)) for k, v in self.where.items()))
        return hash((self.date_from, self.date_to, items))


@dataclass(frozen=True)
class Query:
    sql: str
    params: dict = field(default_factory=dict)  # every user value
    explain: str = ""  # "clicks ÷ impressions, per month"


def family(source_id: str) -> str:
    """The family of a tool; unknown `*_ads` tools are ad platforms."""
    for fam, tools in FAMILIES.items():
        if source_id in tools:
            return fam
    return "ads" if source_id.endswith("_ads") else "other"


def choose_sources(present: dict[str, set[str]]) -> dict[str, tuple[list[str], list[str]]]:
    """Default source of truth: for each measure in several families, (tools used, tools left out)."""
    out = {}
    for measure, sources in present.items():
        fams = {family(s) for s in sources}
        if len(fams) < 2:
            continue
        native = next((f for f, ms in _NATIVE.items() if measure in ms), None)
        order = ((native,) if native else ()) + _ORDER
        best = min(fams, key=order.index)
        used = sorted(s for s in sources if family(s) == best)
        out[measure] = (used, sorted(set(sources) - set(used)))
    return out


class _Params(dict):
    def add(self, value) -> str:
        key = f"p{len(self)}"
        self[key] = value
        return f"${key}"

    def named(self, key: str, value) -> str:
        self[key] = value
        return f"CAST(${key} AS DATE)"

    def isin(self, col: str, values) -> str:
        values = list(values)
        return f"{col} IN ({', '.join(self.add(v) for v in values)})" if values else "FALSE"


def _values(v) -> list:
    return [v] if isinstance(v, str) or not hasattr(v, "__iter__") else list(v)


def _check_dim(dim: str | None) -> None:
    if dim is not None and dim not in FILTER_KEYS:
        raise UnknownDimension(dimension=dim, known=", ".join(FILTER_KEYS))


def _where(f: Filters, p: _Params, known: frozenset, lower: bool = True) -> list[str]:
    """WHERE conditions for the filters; keys are checked against the schema, values bound as params."""
    conds = []
    if f.date_from is not None and lower:
        conds.append(f"date >= {p.named('date_from', f.date_from)}")
    if f.date_to is not None:
        conds.append(f"date <= {p.named('date_to', f.date_to)}")
    for key, raw in sorted(f.where.items()):
        values = _values(raw)
        if key == "source":  # the tool when the value names one, else the traffic source
            tools = [v for v in values if v in known]
            other = [v for v in values if v not in known]
            parts = ([p.isin("source_id", tools)] if tools else []) + ([p.isin("source", other)] if other else [])
            conds.append(f"({' OR '.join(parts)})" if parts else "FALSE")
        elif key in FILTER_KEYS:
            conds.append(p.isin(key, values))
        else:
            raise UnknownDimension(dimension=key, known=", ".join(FILTER_KEYS))
    return conds


def _agg(m: str, sources: dict, p: _Params) -> str:
    """The aggregate of one measure over the rows of a group, restricted to its source of truth."""
    conds = [p.isin("source_id", sources[m])] if m in sources else []
    if m == "customers":
        conds.append("orders > 0 AND customer_id IS NOT NULL")
        # NULLIF: a group without customers has no value, like a SUM over no rows.
        return f"CAST(NULLIF(COUNT(DISTINCT customer_id) FILTER (WHERE {' AND '.join(conds)}), 0) AS DOUBLE)"
    if m in schema.SNAPSHOT:
        conds.append(f"date = _last_{m}")
    # fsum, a compensated sum: the figures' own sum rounded once, the same whatever order the threads take the rows
    # in. SUM gave a month's cost of a 1M-row export as 9756115.200000051, other last digits from run to run
    # (fsum: 9756115.2). Spark has no such sum and gets SUM (backends/sql.py).
    return f"fsum({m})" + (f" FILTER (WHERE {' AND '.join(conds)})" if conds else "")


def _measures(kpis) -> list[str]:
    """Measure ids of the KPIs; only ids the parser knows may enter SQL text."""
    out = list(dict.fromkeys(m for k in kpis for m in k.measures))
    bad = [m for m in out if m not in formula.NAMES]
    if bad:
        raise ValueError(f"not a measure id: {bad}")
    return out


def _has(m: str, sources: dict | None = None, p: _Params | None = None) -> str:
    """Row condition: the row carries measure m (from one of its chosen tools, when given)."""
    cond = "(orders > 0 AND customer_id IS NOT NULL)" if m == "customers" else f"{m} IS NOT NULL"
    if sources and m in sources:
        cond = f"({cond} AND {p.isin('source_id', sources[m])})"
    return cond


def _sql(node, coalesce: bool) -> str:
    """A linear tree over the measure columns m_<id> as SQL; only ids and float literals enter the text."""
    if isinstance(node, formula.Num):
        return f"CAST({float(node.value)!r} AS DOUBLE)"
    if isinstance(node, formula.Ref):
        assert node.measure in formula.NAMES  # parse() checked; this guards the SQL text
        return f"COALESCE(m_{node.measure}, 0)" if coalesce else f"m_{node.measure}"
    if isinstance(node, formula.Neg):
        return f"(-{_sql(node.operand, coalesce)})"
    left, right = _sql(node.left, coalesce), _sql(node.right, coalesce)
    if node.op == "/":
        return f"({left} / NULLIF({right}, 0))"
    return f"({left} {node.op} {right})"


def _expr(node) -> str:
    """A linear expression of sums; NULL only when none of its measures has a value in the group."""
    if node is None:
        return "CAST(NULL AS DOUBLE)"
    refs = formula.measures(node)
    if len(refs) < 2:
        return _sql(node, False)
    # Several measures: a missing one counts as 0 (no rows that period), all missing is no data.
    return f"CASE WHEN COALESCE({', '.join(f'm_{m}' for m in refs)}) IS NULL THEN NULL ELSE {_sql(node, True)} END"


def _bounds(grain: str, f: Filters, p: _Params, start: str) -> tuple[str | None, str | None]:
    """The first and last day of a group: the grain's period that begins at `start`, or by total the filter's dates
    (None where there is none)."""
    if grain == "total":
        return (p.named("date_from", f.date_from) if f.date_from else None,
                p.named("date_to", f.date_to) if f.date_to else None)
    return f"CAST({start} AS DATE)", f"CAST({start} + INTERVAL {_STEP[grain]} - INTERVAL 1 DAY AS DATE)"


def _outside(lo: str | None, hi: str | None) -> str | None:
    """Row condition: the row's period reaches outside the days lo to hi (None when nothing bounds them)."""
    return " OR ".join([*([f"_p_start < {lo}"] if lo else []), *([f"_p_end > {hi}"] if hi else [])]) or None


def _partial(m: str, grain: str, f: Filters, p: _Params, spread: bool = False) -> str:
    """Whether a group's figure for m rests on a share of a period row (a period that reaches outside the group's
    days, spread evenly over them): the result is then an estimate. `spread`: the rows come from _spread, where each
    row says so itself (`_part`)."""
    outside = _outside(*_bounds(grain, f, p, f"date_trunc('{grain}', date)"))
    if outside is None:
        return "FALSE"
    return f"bool_or({'_part' if spread else f'_p_start IS NOT NULL AND ({outside})'}) FILTER (WHERE {_has(m)})"


def _spread(measures: list[str], grain: str, f: Filters, p: _Params) -> str:
    """The rows of a query by week or longer: facts_days grouped by the grain's periods gives the same sums, with a
    row per period a period row touches where facts_days has one per day (a weekly row by month: one or two rows
    where facts_days has seven).

    A period row's figure counts in each period of the grain in the share of its days that lie there and within
    the filter's dates, on the last such day (`date`); `_part` says whether its period reaches outside the group's
    days (_partial). A snapshot counts whole, on the period row's last day, if that day is within the filter's
    dates. Rows of one day pass through."""
    lo = p.named("date_from", f.date_from) if f.date_from else None
    hi = p.named("date_to", f.date_to) if f.date_to else None
    keep = ["source_id", *schema.DIMENSIONS]
    figures = [m for m in schema.MEASURES if m in measures or (m == "orders" and "customers" in measures)]
    if grain == "total" and not lo and not hi:  # every row counts whole, on its last day
        last = f"CASE WHEN {schema.PERIOD_END} > date THEN {schema.PERIOD_END} ELSE date END AS date"
        return f"SELECT {', '.join([last, *keep, *figures, 'FALSE AS _part'])} FROM {SPANS}"
    dated = ", ".join(["date", *keep, *figures, "FALSE AS _part"])
    share = "CAST(date_diff('day', _a, _b) + 1 AS DOUBLE) / CAST(date_diff('day', _p_start, _p_end) + 1 AS DOUBLE)"
    spread = ", ".join(["_b AS date", *keep, *(
        f"CASE WHEN _b = _p_end THEN {m} END AS {m}" if m in schema.SNAPSHOT else f"{m} * {share} AS {m}"
        for m in figures), "_part"])
    pieces = f"SELECT {', '.join([*keep, *figures])}, date AS _p_start, {schema.PERIOD_END} AS _p_end"
    if grain != "total":  # a row for each of the grain's periods it touches
        pieces += (f", unnest(generate_series(CAST(date_trunc('{grain}', date) AS TIMESTAMP), "
                   f"CAST(date_trunc('{grain}', {schema.PERIOD_END}) AS TIMESTAMP), INTERVAL {_STEP[grain]})) AS _g")
    first, last = _bounds(grain, f, p, "_g")  # by total: the filter's dates
    # The piece's days: within the row's period, the grain's period and the filter's dates.
    starts = [x for x in dict.fromkeys(["_p_start", first, lo]) if x]
    ends = [x for x in dict.fromkeys(["_p_end", last, hi]) if x]
    a = f"greatest({', '.join(starts)})" if len(starts) > 1 else starts[0]
    b = f"least({', '.join(ends)})" if len(ends) > 1 else ends[0]
    overlaps = [f"{schema.PERIOD_END} > date"] + ([f"{schema.PERIOD_END} >= {lo}"] if lo else []) + (
        [f"date <= {hi}"] if hi else [])
    # Without the filter's dates every piece holds a day: the grain's periods run from the one of the row's first day
    # to the one of its last. Only those dates can leave a piece empty (and asking costs a tenth of the query).
    empty = "\n  WHERE _a <= _b" if lo or hi else ""
    # A period row within one of the grain's periods and within the filter's dates is one piece, itself: its figures
    # whole on its last day, no part of a group outside it. It skips the unnest (most weekly rows by month: the
    # unnest runs on one thread, bench/README.md).
    whole = ""
    if grain != "total":
        within = " AND ".join([f"date_trunc('{grain}', date) = date_trunc('{grain}', {schema.PERIOD_END})",
                               *([f"date >= {lo}"] if lo else []), *([f"{schema.PERIOD_END} <= {hi}"] if hi else [])])
        overlaps.append(f"NOT ({within})")
        itself = ", ".join([f"{schema.PERIOD_END} AS date", *keep, *figures, "FALSE AS _part"])
        whole = f"\n  UNION ALL\n  SELECT {itself}\n  FROM {SPANS} WHERE {schema.PERIOD_END} > date AND {within}"
    return (f"\n  SELECT {dated}\n  FROM {SPANS} WHERE {schema.PERIOD_END} IS NULL OR {schema.PERIOD_END} <= date"
            f"\n  UNION ALL\n  SELECT {spread}\n  FROM (SELECT *, {a} AS _a, {b} AS _b, "
            f"{_outside(first, last) or 'FALSE'} AS _part"
            f"\n    FROM ({pieces} FROM {SPANS} WHERE {' AND '.join(overlaps)})){empty}{whole}")


def _select_kpi(i: int, kpi, dim: str | None, own: list[str] = (), spread: bool = True) -> str:
    num, den = _expr(kpi.numerator), _expr(kpi.denominator)
    value = num if kpi.denominator is None else f"{num} / NULLIF({den}, 0)"
    d = f", _dim AS {dim}" if dim else ""
    where = f" WHERE {' AND '.join(own)}" if own else ""
    est = " OR ".join(f"coalesce(e_{m}, FALSE)" for m in _measures([kpi])) if spread else "FALSE"
    cols = f"{num} AS numerator, {den} AS denominator, {value} AS value, ({est}) AS estimated"
    return f"SELECT {i} AS k, _period AS period{d}, {cols} FROM j{where}"


def _own(kpis, dim: str | None, f: Filters, grain: str) -> tuple[str, list[str], list[list[str]]]:
    """In a shared query each KPI keeps only the dimension values and period range its own measures have:
    (joins onto the grid, extra columns, conditions per KPI)."""
    marks, rng, own = [], [], []
    for i, k in enumerate(kpis):
        has = " OR ".join(f"m_{m} IS NOT NULL" for m in _measures([k]))
        conds = []
        if dim:
            marks.append(f"bool_or({has}) AS _h{i}")
            conds.append(f"_h{i}")
        if grain != "total" and f.date_from is None:
            rng.append(f"min(_period) FILTER (WHERE {has}) AS _lo{i}")
            conds.append(f"_period >= _lo{i}")
        if grain != "total" and f.date_to is None:
            rng.append(f"max(_period) FILTER (WHERE {has}) AS _hi{i}")
            conds.append(f"_period <= _hi{i}")
        own.append(conds)
    joins, cols = "", []
    if marks:
        joins += (f" LEFT JOIN (SELECT _dim, {', '.join(marks)} FROM base GROUP BY _dim) d"
                  " ON d._dim IS NOT DISTINCT FROM g._dim")
        cols += [f"d._h{i}" for i in range(len(kpis))]
    if rng:
        joins += f" CROSS JOIN (SELECT {', '.join(rng)} FROM base) r"
        cols.append("r.*")
    return joins, cols, own


def _spine(grain: str, f: Filters, p: _Params, rows: str, col: str) -> str:
    """The periods of a series: every period from the first to the last date (the filter's, else the data's)."""
    if grain == "total":
        return "SELECT CAST(NULL AS DATE) AS _period"
    lo = p.named("date_from", f.date_from) if f.date_from else f"(SELECT min({col}) FROM {rows})"
    hi = p.named("date_to", f.date_to) if f.date_to else f"(SELECT max({col}) FROM {rows})"
    # unnest(generate_series(...)) rather than the table function generate_series(...) AS t(gs): the same rows in
    # DuckDB, and the form sqlglot carries over to Spark (EXPLODE(SEQUENCE(...)) AS t(gs); it mangles the other).
    # A day is its own period: date_trunc('day', <a date>) becomes Spark's TRUNC(.., 'DAY'), which gives NULL.
    lo, hi = (lo, hi) if grain == "day" else (f"date_trunc('{grain}', {lo})", f"date_trunc('{grain}', {hi})")
    return (
        "SELECT CAST(gs AS DATE) AS _period FROM unnest(generate_series("
        f"CAST({lo} AS TIMESTAMP), CAST({hi} AS TIMESTAMP), INTERVAL {_STEP[grain]})) AS t(gs)"
    )


def _paren(text: str) -> str:
    return f"({text})" if " " in text else text


def describe(kpi, grain: str, f: Filters, dim: str | None = None) -> str:
    """How a number is made, in one line: 'clicks ÷ impressions, per month, channel = Search'."""
    text = _paren(formula.to_text(kpi.numerator))
    if kpi.denominator is not None:
        text = f"{text} ÷ {_paren(formula.to_text(kpi.denominator))}"
    parts = [text, "total" if grain == "total" else f"per {grain}"]
    if dim:
        parts.append(f"by {dim}")
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or '…'} – {f.date_to or '…'}")
    parts += [f"{k} = {', '.join(map(str, _values(v)))}" for k, v in sorted(f.where.items())]
    return ", ".join(parts)


def _start(grain: str, dim: str | None, filters, measure_sources, known_sources):
    """Checked grain and dimension; (filters, params, sources of truth, known tool ids) for one query."""
    if grain not in GRAINS:
        raise UnknownGrain(grain=grain, known=", ".join(GRAINS))
    _check_dim(dim)
    return filters or Filters(), _Params(), measure_sources or {}, KNOWN_SOURCES | frozenset(known_sources)


def compile_kpis(kpis, grain: str = "total", filters: Filters | None = None, dim: str | None = None, *,
                 measure_sources: dict | None = None, known_sources=frozenset(), ordered: bool = True,
                 periods: bool = True) -> Query:
    """One query for several plain KPIs: k (index into kpis), period, [dim], numerator, denominator, value.

    periods=False when the facts hold no period rows (kpis.has_periods): no figure can then rest on a share of a
    period, and the query skips asking so of every row for every measure (a third less time on a million rows).
    periods="days": spread them over their days (facts_days) at every grain, not over the grain's periods."""
    f, p, sources, known = _start(grain, dim, filters, measure_sources, known_sources)
    measures = _measures(kpis)
    conds = _where(f, p, known) + [f"({' OR '.join(_has(m, sources, p) for m in measures)})"]
    by_period = periods is True and grain != "day"
    period = "CAST(NULL AS DATE)" if grain == "total" else f"CAST(date_trunc('{grain}', date) AS DATE)"
    keys = f"{period} AS _period" + (f", {dim} AS _dim" if dim else "")
    aggs = ", ".join([f"{_agg(m, sources, p)} AS m_{m}" for m in measures]
                     + [f"{_partial(m, grain, f, p, by_period) if periods else 'FALSE'} AS e_{m}" for m in measures])
    rows = f"{'spread' if by_period else FACTS} WHERE {' AND '.join(conds)}"
    snaps = [m for m in measures if m in schema.SNAPSHOT]
    if snaps:  # a snapshot counts on the last date it has per tool, account and channel within the group
        part = ", ".join([period, *([dim] if dim else []), "source_id", "account", "channel"])
        lasts = ", ".join(
            f"max(CASE WHEN {m} IS NOT NULL THEN date END) OVER (PARTITION BY {part}) AS _last_{m}" for m in snaps
        )
        rows = f"(SELECT *, {lasts} FROM {rows}) AS facts"
    grid = "SELECT _period FROM spine"
    if dim:
        grid = "SELECT _period, _dim FROM spine CROSS JOIN (SELECT DISTINCT _dim FROM base)"
    on = "g._period IS NOT DISTINCT FROM b._period" + (" AND g._dim IS NOT DISTINCT FROM b._dim" if dim else "")
    joins, extra, own = _own(kpis, dim, f, grain) if len(kpis) > 1 else ("", [], [[]])
    cols = ", ".join([f"b.m_{m}" for m in measures] + [f"b.e_{m}" for m in measures] + extra)
    selects = "\nUNION ALL\n".join(_select_kpi(i, k, dim, own[i]) for i, k in enumerate(kpis))
    order = "k, period" + (f", {dim}" if dim else "")
    first = f"spread AS ({_spread(measures, grain, f, p)}),\n" if by_period else ""
    sql = f"""WITH {first}base AS (SELECT {keys}, {aggs} FROM {rows} GROUP BY ALL),
spine AS ({_spine(grain, f, p, "base", "_period")}),
grid AS ({grid}),
j AS (SELECT g.*, {cols} FROM grid g LEFT JOIN base b ON {on}{joins})
{selects}"""
    sql += f"\nORDER BY {order}" if ordered else ""
    explain = "; ".join(describe(k, grain, f, dim) for k in kpis)
    return Query(sql, dict(p), explain)


def compile_cumulative(kpi, grain: str = "total", filters: Filters | None = None, dim: str | None = None, *,
                       measure_sources: dict | None = None, known_sources=frozenset(), ordered: bool = True) -> Query:
    """A KPI over all history up to the end of each period (CLV): period, [dim], numerator, denominator, value."""
    f, p, sources, known = _start(grain, dim, filters, measure_sources, known_sources)
    conds = _where(f, p, known, lower=False) + [f"({' OR '.join(_has(m, sources, p) for m in _measures([kpi]))})"]
    end = "DATE '9999-12-31'" if grain == "total" else f"_period + INTERVAL {_STEP[grain]}"
    dims = f" CROSS JOIN (SELECT DISTINCT {dim} AS _dim FROM f)" if dim else ""
    on = "f.date < g._end" + (f" AND f.{dim} IS NOT DISTINCT FROM g._dim" if dim else "")
    keys = "g._period" + (", g._dim" if dim else "")
    aggs = ", ".join(f"{_agg(m, sources, p)} AS m_{m}" for m in kpi.measures)
    sql = f"""WITH f AS (SELECT * FROM {FACTS} WHERE {' AND '.join(conds)}),
spine AS ({_spine(grain, f, p, "f", "date")}),
grid AS (SELECT *, {end} AS _end FROM spine{dims}),
j AS (SELECT {keys}, {aggs} FROM grid g LEFT JOIN f ON {on} GROUP BY ALL)
{_select_kpi(0, kpi, dim, spread=False)}"""
    sql += f"\nORDER BY period{f', {dim}' if dim else ''}" if ordered else ""
    return Query(sql, dict(p), describe(kpi, grain, f, dim) + ", cumulative")


def compile_kpi(kpi, grain: str = "total", filters: Filters | None = None, dim: str | None = None, *,
                measure_sources: dict | None = None, known_sources=frozenset(), periods: bool = True) -> Query:
    """The query for one KPI: columns period, [dim], numerator, denominator, value, estimated."""
    opts = {"measure_sources": measure_sources, "known_sources": known_sources, "ordered": False}
    if kpi.cumulative:
        q = compile_cumulative(kpi, grain, filters, dim, **opts)
    else:
        q = compile_kpis([kpi], grain, filters, dim, periods=periods, **opts)
    keys = "period" + (f", {dim}" if dim else "")
    return Query(f"SELECT {keys}, numerator, denominator, value, estimated FROM ({q.sql}) ORDER BY {keys}", q.params,
                 q.explain)


def compile_presence(source: str = "facts") -> Query:
    """Per tool, how many rows carry each measure (and `customers`: rows with a customer id and orders), and how many
    are period rows (date_end after date). source: `facts`, or the view the Parquet export reads (facts_money)."""
    counts = ", ".join(f"count({m})" if m in schema.MEASURES else f"count(*) FILTER (WHERE {_has(m)})"
                       for m in formula.NAMES)
    periods = f"count(*) FILTER (WHERE {schema.PERIOD_END} > date)"
    # Ordered: the notes on sources of truth follow this order, the same on every engine.
    return Query(f"SELECT source_id, {counts}, {periods} FROM {source} GROUP BY source_id ORDER BY source_id", {},
                 "measures per tool")


def presence_of(rows) -> tuple[dict[str, set[str]], set[str]]:
    """compile_presence's rows as ({measure: the tools that carry it}, the tools with period rows)."""
    out: dict[str, set[str]] = {}
    periods: set[str] = set()
    for row in rows:
        for m, n in zip(formula.NAMES, row[1:-1], strict=True):
            if n:
                out.setdefault(m, set()).add(row[0])
        if row[-1]:
            periods.add(row[0])
    return out, periods


def compile_range(measures, filters: Filters | None = None, known_sources=frozenset()) -> Query:
    """First and last date with any of the measures, under the filters."""
    p = _Params()
    conds = _where(filters or Filters(), p, KNOWN_SOURCES | frozenset(known_sources))
    conds.append(f"({' OR '.join(_has(m) for m in measures)})")
    sql = f"SELECT min(date) AS lo, max(date) AS hi FROM {FACTS} WHERE {' AND '.join(conds)}"
    return Query(sql, dict(p), "date range")
