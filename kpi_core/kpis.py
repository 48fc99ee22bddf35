"""Named KPI operations over an Engine: series, comparisons, and which KPIs the data can answer."""

from __future__ import annotations

import dataclasses
import weakref
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import compiler, formula
from .catalogue import Kpi, catalogue, get
from .compiler import Filters
from .errors import KoersError, error
from .schema import MONEY

if TYPE_CHECKING:  # pandas loads lazily: the command line answers without it
    import pandas as pd

COLUMNS = ("numerator", "denominator", "value", "estimated")  # estimated: rests on a share of a period row
_FACTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Engine -> (version, presence, period tools)
_MONEY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Engine -> (version, store.money.Money)


class MissingMeasures(KoersError):
    code = "engine.missing_measures"


def presence(engine) -> dict[str, set[str]]:
    """For each measure with data: the tools (source ids) that carry it. Cached per engine version."""
    return _facts(engine)[0]


def has_periods(engine) -> bool:
    """Whether any facts are period rows (date_end after date), which KPI queries spread over their days."""
    return bool(_facts(engine)[1])


def _periods(engine) -> bool | str:
    """compile_kpis' `periods`: False without period rows; "days" on an engine that spreads them over their days at
    every grain (Spark, whose facts_days is kept in memory); else True."""
    if not has_periods(engine):
        return False
    return "days" if getattr(engine, "spreads_by_day", False) else True


def _facts(engine) -> tuple[dict[str, set[str]], set[str]]:
    hit = _FACTS.get(engine)
    if hit and hit[0] == engine.version:
        return hit[1]
    known = getattr(engine, "known_facts", None)  # a backend over files whose manifest says it (Spark)
    out = known() if known else None
    if out is None:
        q = compiler.compile_presence()
        out = compiler.presence_of(engine.rows(q.sql, q.params))
    _FACTS[engine] = (engine.version, out)
    return out


def known_sources(engine) -> frozenset:
    """Tool ids a `source` filter value may name: every tool Koers reads (schema.TOOLS) and every tool in the
    data."""
    present = {s for tools in presence(engine).values() for s in tools}
    return compiler.KNOWN_SOURCES | frozenset(present)


def missing_measures(engine, kpi: str | Kpi) -> list[str]:
    """Measures the KPI needs that the data does not have."""
    have = presence(engine)
    return [m for m in get(kpi).measures if m not in have]


def present_kpis(engine) -> list[str]:
    """Catalogue KPIs whose measures are all in the data, in catalogue order."""
    have = presence(engine)
    return [k.id for k in catalogue().values() if all(m in have for m in k.measures)]


def money(engine):
    """The currency results are in (store.money.Money), or None for a bare engine without datasets. Cached."""
    hit = _MONEY.get(engine)
    if hit and hit[0] == engine.version:
        return hit[1]
    from .store import money as m

    with engine.cursor() as cur:
        out = m.state(cur) if m.has_rates_table(cur) else None
    _MONEY[engine] = (engine.version, out)
    return out


def require(engine, kpi: Kpi) -> None:
    """Refuse a KPI the data cannot answer: a measure missing, or money that cannot be summed (one line why)."""
    missing = missing_measures(engine, kpi)
    if missing:
        raise MissingMeasures(kpi=kpi.id, measures=", ".join(missing))
    state = money(engine)
    if state and state.in_one_file and set(kpi.measures) & set(state.unsummable):
        raise error("engine.currencies_in_one_file", files=", ".join(state.in_one_file))
    if state and state.mixed and set(kpi.measures) & set(MONEY):
        raise error("engine.mixed_currencies", currencies=", ".join(state.mixed), target=state.currency,
                    missing=", ".join(state.missing[:6]) or "-")


def answerable(engine, kpis, reasons: list[KoersError] | None = None) -> list[Kpi]:
    """The KPIs this data can answer: their measures present, their money in one currency (or converted). The
    refusals of the others go to `reasons` when given."""
    out = []
    for k in map(get, kpis):
        try:
            require(engine, k)
        except KoersError as e:
            if reasons is not None:
                reasons.append(e)
            continue
        out.append(k)
    return out


def _filter_tools(f: Filters, known: frozenset) -> set[str] | None:
    vals = [v for k in ("source", "source_id") for v in compiler._values(f.where.get(k, []))]
    tools = {v for v in vals if v in known}
    return tools or None


def sources_for(engine, kpis, filters: Filters | None = None, override: dict | None = None):
    """(source of truth per measure, notes): the default per measure unless override names its tools."""
    f, override = filters or Filters(), override or {}
    known = known_sources(engine)
    tools = _filter_tools(f, known)
    present = {m: (s & tools if tools else s) for m, s in presence(engine).items()}
    used = {m for k in kpis for m in k.measures}
    out, notes = dict(override), []
    for m, (keep, left) in compiler.choose_sources({m: s for m, s in present.items() if m in used}).items():
        if m not in override:
            out[m] = keep
            notes.append({"code": "engine.note.source_of_truth", "measure": m,
                          "used": ", ".join(keep), "left_out": ", ".join(left)})
    return out, notes


def _notes(kpis) -> list[dict]:
    return [{"code": "engine.note.kpi", "kpi": k.id, "note": k.note} for k in kpis if k.note]


def series(engine, kpi: str | Kpi, grain: str = "total", filters: Filters | None = None, dim: str | None = None,
           measure_sources: dict | None = None) -> pd.DataFrame:
    """One KPI per period (and dimension value): period, [dim], numerator, denominator, value; empty periods NULL."""
    kpi = get(kpi)
    require(engine, kpi)
    if kpi.growth:
        return _growth(engine, kpi, grain, filters, dim, measure_sources)
    ms, notes = sources_for(engine, [kpi], filters, measure_sources)
    q = compiler.compile_kpi(kpi, grain, filters, dim, measure_sources=ms, known_sources=known_sources(engine),
                             periods=_periods(engine))
    df = engine.query(q.sql, q.params, facts=True)
    df.attrs.update(kpi=kpi.id, explain=q.explain, notes=notes + _notes([kpi]), measure_sources=ms)
    return df


def series_many(engine, kpis, grain: str = "total", filters: Filters | None = None, dim: str | None = None,
                measure_sources: dict | None = None) -> pd.DataFrame:
    """Several KPIs at once (plain ones in one query): kpi, period, [dim], numerator, denominator, value."""
    import pandas as pd

    kpis = [get(k) for k in kpis]
    for k in kpis:
        require(engine, k)
    ms, notes = sources_for(engine, kpis, filters, measure_sources)
    plain = [k for k in kpis if not (k.cumulative or k.growth)]
    frames, explain = [], []
    if plain:
        q = compiler.compile_kpis(plain, grain, filters, dim, measure_sources=ms, known_sources=known_sources(engine),
                                  periods=_periods(engine))
        df = engine.query(q.sql, q.params, facts=True)
        df.insert(0, "kpi", [plain[i].id for i in df.pop("k")])
        frames.append(df)
        explain.append(q.explain)
    for k in kpis:
        if k.cumulative or k.growth:
            df = series(engine, k, grain, filters, dim, measure_sources)
            df.insert(0, "kpi", k.id)
            frames.append(df)
            explain.append(df.attrs["explain"])
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["kpi", "period", *COLUMNS])
    order = {k.id: i for i, k in enumerate(kpis)}
    out = out.sort_values("kpi", key=lambda s: s.map(order), kind="stable").reset_index(drop=True)
    out.attrs.update(explain="; ".join(explain), notes=notes + _notes(kpis), measure_sources=ms)
    return out


def table_many(engine, kpis, grain: str = "total", filters: Filters | None = None, dim: str | None = None,
               measure_sources: dict | None = None) -> dict:
    """series_many as plain rows (kpi, period, [dim], numerator, denominator, value), pandas only where needed."""
    kpis = [get(k) for k in kpis]
    if any(k.cumulative or k.growth for k in kpis):
        df = series_many(engine, kpis, grain, filters, dim, measure_sources)
        cols = ["kpi", "period", *([dim] if dim else []), *COLUMNS]
        rows = [tuple(None if v is None or v != v else v for v in r) for r in df[cols].astype(object).itertuples(
            index=False, name=None)]
        return {"columns": cols, "rows": rows, **{k: df.attrs.get(k) for k in ("explain", "notes", "measure_sources")}}
    for k in kpis:
        require(engine, k)
    ms, notes = sources_for(engine, kpis, filters, measure_sources)
    q = compiler.compile_kpis(kpis, grain, filters, dim, measure_sources=ms, known_sources=known_sources(engine),
                              periods=_periods(engine))
    cols, rows = engine.records(q.sql, q.params, facts=True)
    at = cols.index("k")
    # One query answers every KPI; k is the KPI's position in the request, kept as the order of the rows.
    rows = sorted(((r[at], kpis[r[at]].id, *r[:at], *r[at + 1:]) for r in rows), key=lambda r: r[0])
    rows = [r[1:] for r in rows]
    return {"columns": ["kpi", *cols[:at], *cols[at + 1:]], "rows": rows, "explain": q.explain,
            "notes": notes + _notes(kpis), "measure_sources": ms}


def trunc(d: date, grain: str) -> date:
    """The first day of the period d falls in (ISO weeks start on Monday)."""
    if grain == "week":
        return d - timedelta(days=d.weekday())
    if grain == "month":
        return d.replace(day=1)
    if grain == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if grain == "year":
        return date(d.year, 1, 1)
    return d


def _step(grain: str):
    import pandas as pd

    return {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1),
            "quarter": pd.DateOffset(months=3), "year": pd.DateOffset(years=1)}[grain]


def _year_back(grain: str) -> pd.DateOffset:
    # A week last year is the same ISO week, 52 weeks back; other periods are the same dates a year back.
    import pandas as pd

    return pd.DateOffset(weeks=52) if grain == "week" else pd.DateOffset(years=1)


def _data_range(engine, kpi: Kpi, f: Filters) -> tuple[date | None, date | None]:
    lo, hi = f.date_from, f.date_to
    if lo is None or hi is None:
        q = compiler.compile_range(kpi.measures, f, known_sources(engine))
        dlo, dhi = engine.rows(q.sql, q.params, facts=True)[0]
        lo, hi = lo or dlo, hi or dhi
    return lo, hi


def _shifted(hist: pd.DataFrame, keys: list[str], prefix: str, offset) -> pd.DataFrame:
    import pandas as pd

    out = hist[[*keys, *COLUMNS]].rename(columns={c: f"{prefix}_{c}" for c in COLUMNS})
    period = pd.to_datetime(out["period"])
    out["period"] = period + offset
    # A day with no twin (29 February a year on) is nobody's previous day: it would give 28 February two rows.
    return out[out["period"] - offset == period]


def _add_changes(df: pd.DataFrame) -> pd.DataFrame:
    den = df["prev_value"].where(df["prev_value"] != 0)
    df["change"] = (df["value"] - df["prev_value"]) / den.abs()
    yoy = df["yoy_value"].where(df["yoy_value"] != 0)
    df["yoy_change"] = (df["value"] - df["yoy_value"]) / yoy.abs()
    df["speed"] = df["value"] - df["prev_value"]
    df["acceleration"] = df["speed"] - (df["prev_value"] - df["prev2_value"])
    return df.drop(columns=["prev2_numerator", "prev2_denominator"])


def compare(engine, kpi: str | Kpi, grain: str = "month", filters: Filters | None = None, dim: str | None = None,
            measure_sources: dict | None = None) -> pd.DataFrame:
    """Each period against the previous one and the same period last year: value, numerator and denominator
    of each, change (in %, of the previous value), speed (change per period) and acceleration (change of speed)."""
    return _compare(engine, kpi, grain, filters, dim, measure_sources)


def _compare(engine, kpi, grain, filters, dim, measure_sources, full: bool = True) -> pd.DataFrame:
    """compare(); full=False asks only the previous period (a growth KPI's need): the columns of the two periods
    before and of last year are then NULL, and no query is made for them."""
    import pandas as pd

    kpi = dataclasses.replace(get(kpi), growth=False)
    f = filters or Filters()
    keys = ["period", *([dim] if dim else [])]
    lo, hi = _data_range(engine, kpi, f)
    run = lambda a, b, g=grain: series(engine, kpi, g, dataclasses.replace(f, date_from=a, date_to=b), dim,
                                       measure_sources)
    if lo is None:  # no data under these filters
        cols = [*keys, *COLUMNS] + [f"{p}_{c}" for p in ("prev", "yoy") for c in COLUMNS]
        return pd.DataFrame(columns=[*cols, "prev2_value", "change", "yoy_change", "speed", "acceleration"])
    names = ("prev", "prev2", "yoy") if full else ("prev",)
    skipped = {f"{n}_{c}": float("nan") for n in ("prev", "prev2", "yoy") if n not in names for c in COLUMNS}
    if grain == "total":
        from .windows import previous, year_before

        before = previous(lo, hi)
        windows = {"prev": before, "prev2": previous(*before), "yoy": year_before(lo, hi)}
        out = run(lo, hi)
        for name in names:
            other = run(*windows[name]).rename(columns={c: f"{name}_{c}" for c in COLUMNS}).drop(columns="period")
            out = out.merge(other, on=dim, how="left") if dim else pd.concat([out, other], axis=1)
        return _add_changes(out.assign(**skipped))
    cur = run(lo, hi)
    start = pd.Timestamp(trunc(lo, grain))
    ext = (min(start - 2 * _step(grain), start - _year_back(grain)) if full else start - _step(grain)).date()
    hist = run(ext, hi)
    cur["period"] = pd.to_datetime(cur["period"])
    offsets = {"prev": _step(grain), "prev2": 2 * _step(grain), "yoy": _year_back(grain)}
    for name in names:
        cur = cur.merge(_shifted(hist, keys, name, offsets[name]), on=keys, how="left")
    return _add_changes(cur.assign(**skipped))


def _growth(engine, kpi: Kpi, grain, filters, dim, measure_sources) -> pd.DataFrame:
    """A growth KPI: numerator = change against the previous period, denominator = the previous value; estimated
    when either period's figure is."""
    c = _compare(engine, kpi, grain, filters, dim, measure_sources, full=False)
    out = c[["period", *([dim] if dim else [])]].copy()
    out["numerator"] = c["value"] - c["prev_value"]
    out["denominator"] = c["prev_value"]
    out["value"] = c["change"]
    either = c["estimated"].astype("boolean") | c["prev_estimated"].astype("boolean")  # True | unknown is True
    out["estimated"] = either.fillna(False).astype(bool)
    out.attrs.update(kpi=kpi.id, explain=f"change of {formula.to_text(kpi.numerator)} against the previous period",
                     notes=_notes([kpi]))
    return out


# --- over a workspace: what pages call (they never hold the engine) -----------------------------------------------

def missing_in(ws, kpi: str | Kpi) -> list[str]:
    """missing_measures() over a workspace's data."""
    return missing_measures(ws.engine, kpi)


def series_in(ws, kpi: str | Kpi, grain: str = "total", filters: Filters | None = None) -> pd.DataFrame:
    """series() over a workspace's data."""
    return series(ws.engine, kpi, grain, filters)
