"""Money in several currencies: each dataset's currency, rates per currency and month, and the one currency a
result is in. A sum across currencies is never silent: without rates for every month it is refused."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from ..schema import MONEY

RATES_DDL = """CREATE TABLE IF NOT EXISTS rates (
    from_currency VARCHAR NOT NULL, to_currency VARCHAR NOT NULL, month DATE NOT NULL, rate DOUBLE NOT NULL,
    PRIMARY KEY (from_currency, to_currency, month))"""


@dataclass(frozen=True)
class Money:
    """What a workspace's money adds up to: the currency of results, and the currencies converted into it."""

    currency: str
    converted: tuple[str, ...] = ()
    mixed: tuple[str, ...] = ()  # currencies that cannot be summed (no rates): results over money are refused
    missing: tuple[str, ...] = ()  # 'USD 2025-02', ... months of `mixed` currencies without a rate
    in_one_file: tuple[str, ...] = ()  # files whose own rows are in several currencies: 'deals.csv (EUR, GBP)'
    unsummable: tuple[str, ...] = ()  # the money measures those files hold: KPIs of them are refused
    # (file, its money measures) of files that name no currency: taken to be in the workspace's, and said
    unnamed: tuple[tuple[str, tuple[str, ...]], ...] = ()


def target(cur) -> str:
    """The workspace's currency setting (EUR when never set)."""
    row = cur.execute("SELECT value FROM settings WHERE key = 'currency'").fetchone()
    return json.loads(row[0]) if row else "EUR"


def _months(lo: date, hi: date) -> list[date]:
    out, d = [], date(lo.year, lo.month, 1)
    while d <= hi:
        out.append(d)
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def state(cur) -> Money:
    """The currencies of the datasets that hold money, against the workspace's currency and its rates.

    A dataset that names no currency is taken to be in the workspace's currency (most files do not say)."""
    goal = target(cur)
    have: dict[str, set[date]] = {}
    several: dict[str, str] = {}  # file -> its currencies, for files whose rows are in several
    unsummable: set[str] = set()
    unnamed: dict[str, set[str]] = {}
    for code, lo, hi, cols, file, named in cur.execute(
            "SELECT coalesce(currency, ?), date_min, date_max, columns, file, currency IS NOT NULL FROM datasets "
            "WHERE date_min IS NOT NULL ORDER BY file", [goal]).fetchall():
        held = set(MONEY) if cols is None else set(json.loads(cols)) & set(MONEY)
        if not held:
            continue  # no money in it (an email or analytics export)
        if not named:
            unnamed.setdefault(file, set()).update(held)
        if "," in code:  # no rate converts such a file row by row: its money is never summed, the rest is
            several[file] = code.replace(",", ", ")
            unsummable |= held
            continue
        have.setdefault(code, set()).update(_months(lo, hi))
    out = replace(_state(cur, goal, have), unnamed=tuple((f, tuple(sorted(m))) for f, m in unnamed.items()))
    if several:
        out = replace(out, in_one_file=tuple(f"{f} ({c})" for f, c in sorted(several.items())),
                      unsummable=tuple(sorted(unsummable)))
    return out


def _state(cur, goal: str, have: dict[str, set[date]]) -> Money:
    """The Money of datasets each in one currency (`have`: currency -> months with money)."""
    other = set(have) - {goal}
    if not other:
        return Money(goal)
    rated: dict[str, set[date]] = {}
    for frm, month in cur.execute("SELECT from_currency, month FROM rates WHERE to_currency = ?", [goal]).fetchall():
        rated.setdefault(frm, set()).add(month)
    converted = sorted(c for c in other if have[c] <= rated.get(c, set()))
    missing = sorted(f"{c} {m:%Y-%m}" for c in other for m in have[c] - rated.get(c, set()) if c in rated)
    left = other - set(converted)
    if not left:
        return Money(goal, tuple(converted))
    if len(left) == 1 and goal not in have and not converted and not missing:
        return Money(left.pop())  # all money is in one other currency: the results are in it
    summed = left | ({goal} if goal in have or converted else set())
    # every month a rate would convert, also of a currency without any rate yet: what to enter, month by month
    needed = sorted(f"{c} {m:%Y-%m}" for c in left for m in have[c] - rated.get(c, set()))
    return Money(goal, tuple(converted), tuple(sorted(summed)), tuple(needed))


def view_source(cur) -> str:
    """`facts_money` when some dataset's money converts into the workspace currency, else `facts` (no join)."""
    if not _has_rates(cur):
        return "facts"
    goal = target(cur)
    cols = {r[0] for r in cur.execute("SELECT * FROM facts LIMIT 0").description}
    repl = ", ".join(f"f.{c} * coalesce(x.rate, 1) AS {c}" for c in MONEY if c in cols)
    if goal != goal.upper() or not goal.isalpha() or len(goal) != 3:  # checked when set; never SQL from elsewhere
        raise ValueError(goal)
    cur.execute(
        f"CREATE OR REPLACE VIEW facts_money AS SELECT f.* REPLACE ({repl}) FROM facts f "
        "LEFT JOIN datasets d ON d.id = f.dataset_id "
        f"LEFT JOIN rates x ON x.from_currency = d.currency AND x.to_currency = '{goal}' "
        "AND x.month = CAST(date_trunc('month', f.date) AS DATE)"
    )
    return "facts_money"


def has_rates_table(cur) -> bool:
    """Whether this database has currencies at all (schema v6 on; not a bare engine or a half-migrated one)."""
    return bool(cur.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                            "AND table_name = 'rates'").fetchone()[0])


def _has_rates(cur) -> bool:
    return has_rates_table(cur) and bool(cur.execute("SELECT count(*) FROM rates").fetchone()[0])


def set_rate(cur, frm: str, to: str, month: date, rate: float) -> None:
    """Store one rate: 1 `frm` = `rate` `to`, for the month that starts on `month`."""
    cur.execute("INSERT INTO rates VALUES (?, ?, ?, ?) ON CONFLICT (from_currency, to_currency, month) "
                "DO UPDATE SET rate = excluded.rate", [frm, to, month, rate])


def rates(cur) -> list[dict]:
    """Every stored rate, by currency and month."""
    return [{"from": f, "to": t, "month": f"{m:%Y-%m}", "rate": r} for f, t, m, r in cur.execute(
        "SELECT from_currency, to_currency, month, rate FROM rates ORDER BY 1, 2, 3").fetchall()]
