"""Numbered schema steps for a workspace database; a workspace is migrated to the newest step when opened."""

from __future__ import annotations

from datetime import UTC, datetime

from .. import schema
from . import facts


def _v1(cur) -> None:
    """The first workspace layout."""
    cur.execute(f"CREATE TABLE datasets ({_DATASETS_V1})")
    _v1_rest(cur)


_DATASETS_V1 = """id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL, account VARCHAR, mapping VARCHAR, skipped VARCHAR, set_aside VARCHAR,
    info VARCHAR, rows BIGINT NOT NULL, date_min DATE, date_max DATE, uploaded_at TIMESTAMP NOT NULL"""


def _v1_rest(cur) -> None:
    cur.execute("""CREATE TABLE mapping_overrides (
        source_id VARCHAR NOT NULL, header_key VARCHAR NOT NULL, headers VARCHAR NOT NULL,
        mapping VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL, PRIMARY KEY (source_id, header_key))""")
    cur.execute("""CREATE TABLE targets (
        id VARCHAR PRIMARY KEY, body VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""")
    cur.execute("""CREATE TABLE checkins (
        target_id VARCHAR NOT NULL, n INTEGER NOT NULL, date DATE NOT NULL, note VARCHAR,
        created_at TIMESTAMP NOT NULL)""")
    cur.execute("CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")


def _v2(cur) -> None:
    """Check-ins may record the measured value; datasets remember keep-both and their canonical columns."""
    cur.execute("ALTER TABLE checkins ADD COLUMN value DOUBLE")
    cur.execute("ALTER TABLE datasets ADD COLUMN keep_both BOOLEAN DEFAULT FALSE")
    cur.execute("ALTER TABLE datasets ADD COLUMN columns VARCHAR")  # JSON list; NULL for datasets added before


def _v3(cur) -> None:
    """Custom KPIs: the user's formulas, with the same fields as catalogue KPIs."""
    cur.execute("""CREATE TABLE custom_kpis (
        id VARCHAR PRIMARY KEY, body VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""")


def _v4(cur) -> None:
    """Facts in narrow tables, one per set of columns (a tool's format); `facts` becomes a view over them.

    A wide table pays for every NULL column on each insert; a table per upload makes every query pay for a long
    union. A table per column set keeps both small."""
    cur.execute("ALTER TABLE facts RENAME TO wide_facts_v3")
    facts.create_base(cur)
    facts.create_record(cur)
    facts.split(cur, "wide_facts_v3")
    cur.execute("DROP TABLE wide_facts_v3")


def _v5(cur) -> None:
    """Period reports: a fact row may cover several days (date_end); `facts_days` spreads it for queries."""
    cur.execute(f"ALTER TABLE {facts.BASE} ADD COLUMN IF NOT EXISTS {schema.PERIOD_END} DATE")
    facts.rebuild_view(cur)


def _v6(cur) -> None:
    """Currencies: each dataset's currency (as its file stated it), and conversion rates per currency and month."""
    from .money import RATES_DDL

    cur.execute("ALTER TABLE datasets ADD COLUMN IF NOT EXISTS currency VARCHAR")
    cur.execute("UPDATE datasets SET currency = json_extract_string(info, '$.currency')")
    cur.execute(RATES_DDL)


def _v7(cur) -> None:
    """KPI queries by week or longer read `facts_spans` (period rows whole) and spread them over the grain's periods
    themselves; `facts_days` stays for queries by day."""
    facts.rebuild_view(cur)


# Append only: a step, once released, never changes (workspaces in the field were built by it).
MIGRATIONS = ((1, _v1), (2, _v2), (3, _v3), (4, _v4), (5, _v5), (6, _v6), (7, _v7))
FACTS_VIEW = 4  # from this version on, `facts` is a view over column-set tables (store/facts.py)
CURRENT = MIGRATIONS[-1][0]


def _current(cur) -> None:
    """A new workspace in the newest layout at once, never built old and migrated on the spot. It is what the steps
    above build, written as it stands at CURRENT (tests/unit/test_workspace.py compares the two); a new step changes
    this too."""
    from .money import RATES_DDL

    cur.execute(f"CREATE TABLE datasets ({_DATASETS_V1}, keep_both BOOLEAN DEFAULT FALSE, columns VARCHAR, "
                "currency VARCHAR)")
    _v1_rest(cur)
    cur.execute("ALTER TABLE checkins ADD COLUMN value DOUBLE")  # as v2 left it: after created_at
    _v3(cur)
    cur.execute("DROP TABLE IF EXISTS facts")  # the empty table an engine makes on connecting; now a view
    facts.create_base(cur)
    facts.create_record(cur)
    cur.execute(RATES_DDL)
    facts.rebuild_view(cur)


_VERSIONS = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)"


def create(engine) -> int:
    """Lay out an empty database (an Engine made with facts=False) in the newest layout: nothing to look up or
    migrate, as an in-memory workspace is always new."""

    def run(cur):
        cur.execute(_VERSIONS)
        return _newest(cur)

    return engine.write(run)


def _newest(cur) -> int:
    """The newest layout, with every step recorded as applied."""
    _current(cur)
    cur.executemany("INSERT INTO schema_version VALUES (?, ?)", [[n, _now()] for n, _ in MIGRATIONS])
    return CURRENT


def _is_new(cur) -> bool:
    """Whether the database holds nothing but the empty `facts` table an engine makes on connecting."""
    names = {r[0] for r in cur.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'"
    ).fetchall()}
    # An engine in memory makes the period views over its empty `facts` on connecting (engine.py): still new.
    views = cur.execute("SELECT count(*) FROM duckdb_views() WHERE database_name = current_database() "
                        "AND schema_name = 'main' AND NOT internal AND view_name NOT IN ('facts_days', 'facts_spans')"
                        ).fetchone()[0]
    return names <= {"facts", "schema_version"} and not views and (
        "facts" not in names or not cur.execute("SELECT count(*) FROM facts").fetchone()[0])


def version(cur) -> int:
    """The schema version of the database behind cur (0 when it has none)."""
    # duckdb_tables(), not information_schema.tables: the same tables, found in a tenth of the time.
    exists = cur.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'").fetchone()[0]
    if not exists:
        return 0
    return cur.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(engine, upto: int | None = None) -> int:
    """Apply every step after the database's version (up to `upto`), in one transaction; returns the version."""
    upto = CURRENT if upto is None else upto

    def run(cur):
        cur.execute(_VERSIONS)
        have = version(cur)
        if have == 0 and upto == CURRENT and _is_new(cur):
            return _newest(cur)
        for number, step in MIGRATIONS:
            if have < number <= upto:
                step(cur)
                cur.execute("INSERT INTO schema_version VALUES (?, ?)", [number, _now()])
        _sync_fact_columns(cur, max(have, upto))
        return max(have, upto)

    return engine.write(run)


def _sync_fact_columns(cur, version: int) -> None:
    # schema.py only ever gains dimensions and measures; an older workspace gets the new columns as NULL.
    # From v4 on they go to facts_base, and the view (which fixes its columns when made) is rebuilt to show them.
    table = facts.BASE if version >= FACTS_VIEW else "facts"
    have = {r[0] for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()}
    missing = [c for c in (*schema.DIMENSIONS, *schema.MEASURES) if c not in have]
    for col in missing:
        cur.execute(f"ALTER TABLE {table} ADD COLUMN {col} {facts.type_of(col)}")
    if missing and version >= FACTS_VIEW:
        facts.rebuild_view(cur)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
