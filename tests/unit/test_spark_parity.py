"""One SQL source, two engines: the compiler's queries give the same KPIs on DuckDB and on Spark (local), both reading
the same Parquet files (`export --parquet`).

The workspace is the demo plus period reports (a Meta ad-set report over March, a Google Ads search-terms report
over two months, a Search Console report over a quarter, its period given), a campaign report in INR converted by a
rate, and a sheet with the measures the demo lacks (video views, followers, new subscribers, COGS), so every
catalogue KPI has data. Every catalogue KPI is compared at every grain, without and with a dimension and a filter
(each alone at one grain), with custom and cross-source KPIs (default sources of truth and chosen ones): relative
1e-9, NULLs equal, rows in the same order. One SparkSession serves the module; the plain and custom KPIs of a grain
and variant are one query, as the app asks them.
"""

from __future__ import annotations

import json
import math
import os
from datetime import date
from pathlib import Path

import pytest

from kpi_core import compiler, kpis, tracking
from kpi_core.backends import open_files
from kpi_core.backends.duckdb_files import DuckDBFiles
from kpi_core.catalogue import catalogue, custom_kpi
from kpi_core.compiler import Filters
from kpi_core.schema import FACT_COLUMNS
from kpi_core.store import parquet_layout

ROOT = Path(__file__).resolve().parents[2]
GRAINS = compiler.GRAINS
TOOLS_AND_TRAFFIC = ["google_ads", "meta_ads", "hubspot_contacts", "shopify_orders", "generic", "search_console",
                     "mailchimp", "ga4", "google"]  # 'google': a traffic source (GA4's source), not a tool
FILTER = Filters(date(2025, 2, 10), date(2026, 1, 20), {"source": TOOLS_AND_TRAFFIC})
VARIANTS = {"plain": (None, None), "dim": ("channel", None), "filter": (None, FILTER),
            "dim+filter": ("channel", FILTER)}
CUSTOM = [
    custom_kpi("margin_per_order", "(revenue - cogs) / orders"),
    custom_kpi("cost_per_deal", "cost / deals_won"),  # ads and CRM
    custom_kpi("blended_return", "(conversion_value + won_revenue) / (cost + 100)"),
    custom_kpi("engagement", "(unique_clicks + clicks + organic_clicks) / (emails_delivered + impressions)"),
    custom_kpi("net_subscribers", "new_subscribers - unsubscribes - bounces / 2"),
]
OVERRIDE = {"leads": ["linkedin_ads", "meta_ads"], "revenue": ["ga4"], "conversions": ["ga4"]}
GENERIC = "date,channel,campaign,video_views,followers,new subscribers,cogs\n" + "".join(
    f"2025-{2 + (d > 28):02d}-{d - 28 * (d > 28):02d},{ch},{ch} always-on,{100 + 37 * d % 800},{1000 + 7 * d + i},"
    f"{d * 13 % 31},{50 + 17 * d % 350}.{d * 7 % 100:02d}\n"
    for d in range(1, 60, 3) for i, ch in enumerate(("Video", "Social")))


def same(a, b, what: str) -> None:
    """Rows equal in order; floats to a relative 1e-9, NULLs only to NULLs."""
    assert len(a) == len(b), f"{what}: {len(a)} rows against {len(b)}"
    for i, (ra, rb) in enumerate(zip(a, b, strict=True)):
        assert len(ra) == len(rb), f"{what}, row {i}: {ra} against {rb}"
        for x, y in zip(ra, rb, strict=True):
            if isinstance(x, float) or isinstance(y, float):
                ok = (x is None) == (y is None) and (x is None or math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9))
            else:
                ok = x == y
            assert ok, f"{what}, row {i}: {ra} against {rb}"


def table(backend, ks, grain, f, dim, override=None) -> tuple[list[str], list[tuple]]:
    out = kpis.table_many(backend, ks, grain, f, dim, override)
    return out["columns"], out["rows"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    from kpi_core.ingest.period import given
    from kpi_core.store.demo import add_demo
    from kpi_core.workspace import Workspace
    from tests.golden.corpus import google_ads, meta_ads, search_console

    d = tmp_path_factory.mktemp("parity")
    w = Workspace(d / "parity.duckdb")
    add_demo(w, lang="en")
    meta_ads.meta_ad_sets_fr(d / "meta_fr.xlsx")  # period rows: 1-31 March 2025
    google_ads.google_search_terms_de(d / "terms_de.csv")  # 8 Jan - 6 Feb 2026, across a month's end
    google_ads.google_campaign_report_us(d / "campaigns_inr.csv")  # July 2025, in INR
    (d / "generic.csv").write_text(GENERIC)
    reports = [w.add_files([d / n], lang="en")[0] for n in ("meta_fr.xlsx", "terms_de.csv", "campaigns_inr.csv",
                                                            "generic.csv")]
    search_console.queries(d / "queries.csv")  # a report without dates: the quarter it covers is given
    reports += w.add_files([d / "queries.csv"], lang="en", period=given("2025-01-01..2025-03-31"))
    assert [r["status"] for r in reports] == ["added"] * 5, [r["message"] for r in reports]
    w.set_rate("INR", "EUR", "2025-07", 0.0105)
    yield w
    w.close()


@pytest.fixture(scope="module")
def folder(ws, tmp_path_factory):
    out = tmp_path_factory.mktemp("files") / "facts.parquet"
    manifest = parquet_layout.export(ws.engine, out)
    assert manifest["converted"] == ["INR"] and manifest["currency"] == "EUR"
    return out


@pytest.fixture(scope="module")
def duck(folder, ws):
    backend = DuckDBFiles(folder, ws.engine)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def spark(folder, ws):
    """One local Spark for the module (2 cores, as on the machine that runs the suite)."""
    from kpi_core.backends import spark as spark_mod

    os.environ.setdefault(spark_mod.MASTER, "local[2]")
    backend = open_files(folder, "spark", ws.engine)
    yield backend
    spark_mod.stop()


def test_every_catalogue_kpi_has_data_in_the_parity_workspace(ws):
    assert set(kpis.present_kpis(ws.engine)) == set(catalogue())


def test_the_files_give_what_the_workspace_gives(ws, duck, folder):
    """The Parquet export loses nothing: DuckDB over the files equals DuckDB over the workspace."""
    ks = list(catalogue().values()) + CUSTOM
    plain = [k for k in ks if not (k.cumulative or k.growth)]
    for grain in ("total", "month"):
        for name, (dim, f) in VARIANTS.items():
            same(table(ws.engine, plain, grain, f, dim)[1], table(duck, plain, grain, f, dim)[1], f"{grain} {name}")
    assert kpis.presence(duck) == kpis.presence(ws.engine)
    manifest = parquet_layout.read_manifest(folder)  # what Spark takes instead of counting
    assert {m: set(tools) for m, tools in manifest["presence"].items()} == kpis.presence(ws.engine)
    assert set(manifest["period_rows"]) == {"meta_ads", "google_ads", "search_console"} and kpis.has_periods(duck)


def test_period_rows_spread_alike(duck, spark):
    """The facts_days view (schema.facts_days_ddl, transpiled for Spark) spreads period rows the same way."""
    cols = [*FACT_COLUMNS, "_p_start", "_p_end"]
    sql = f"SELECT {', '.join(cols)} FROM facts_days ORDER BY {', '.join(cols)}"
    a, b = duck.records(sql), spark.records(sql)
    assert a[0] == b[0] == cols
    same(a[1], b[1], "facts_days")
    assert sum(r[-1] is not None for r in b[1]) > 150  # days of period rows were compared, not only plain rows
    assert kpis.presence(spark) == kpis.presence(duck)


PLAIN = [k for k in catalogue().values() if not (k.cumulative or k.growth)] + CUSTOM
OVER_TIME = [k for k in catalogue().values() if k.cumulative or k.growth]  # history before the period; pandas after
ESTIMATED = {"day", "week", "month"}  # grains at which a period row (plain variant) covers part of a period


def matches(duck, spark, grain: str, variant: str) -> list[tuple]:
    dim, f = VARIANTS[variant]
    a, b = table(duck, PLAIN, grain, f, dim), table(spark, PLAIN, grain, f, dim)
    assert a[0] == b[0]
    same(a[1], b[1], f"{grain} {variant}")
    answered = {r[0] for r in b[1]}
    if variant == "plain":
        assert answered == {k.id for k in PLAIN}  # every KPI answered, in one query
    else:  # a filter on tools leaves some KPIs without data; most still answer
        assert len(answered) > len(PLAIN) / 2
    rows = b[1]
    a, b = table(duck, OVER_TIME, grain, f, dim), table(spark, OVER_TIME, grain, f, dim)
    assert a[0] == b[0]
    same(a[1], b[1], f"{grain} {variant}, cumulative and growth")
    assert {r[0] for r in b[1]} == {k.id for k in OVER_TIME}
    return rows


@pytest.mark.parametrize("grain", GRAINS)
def test_every_catalogue_kpi_matches_with_and_without_a_dimension_and_a_filter(duck, spark, grain):
    """Every catalogue KPI and the custom ones, at this grain: alone, and by channel within a date range and tools."""
    assert [k.id for k in OVER_TIME] == ["clv", "revenue_growth"]
    rows = matches(duck, spark, grain, "plain")
    assert any(r[-1] for r in rows) == (grain in ESTIMATED)  # period rows made estimates, and only where partial
    rows = matches(duck, spark, grain, "dim+filter")
    assert {r[2] for r in rows} > {"Video", "Social"}  # by channel


@pytest.mark.parametrize(("grain", "variant"), [("week", "dim"), ("total", "filter")])
def test_a_dimension_alone_and_a_filter_alone_match(duck, spark, grain, variant):
    rows = matches(duck, spark, grain, variant)
    assert any(r[-1] for r in rows) == (grain in ESTIMATED or variant == "filter")  # the range cuts period rows


def test_cross_source_kpis_with_chosen_sources_match(duck, spark):
    """KPIs that divide one tool's sums by another's, with the default sources of truth and with chosen ones."""
    ks = ["cost_per_lead", "mer", "cac", "roas", "cvr", "lead_to_customer", "engagement"]
    ks = [next((c for c in CUSTOM if c.id == k), k) for k in ks]
    for override in (None, OVERRIDE):
        a = kpis.table_many(duck, ks, "month", None, "source_id", override)
        b = kpis.table_many(spark, ks, "month", None, "source_id", override)
        assert a["measure_sources"] == b["measure_sources"] and a["notes"] == b["notes"]
        same(a["rows"], b["rows"], f"month {override}")
        assert len({r[2] for r in b["rows"]}) >= 5  # several tools side by side
    assert a["measure_sources"]["leads"] == OVERRIDE["leads"]


def test_target_status_matches(ws, duck, spark):
    """`targets status` reads its KPIs through the same backend: pace, forecast and insights alike."""
    from kpi_core.backends import _On

    as_of = date(2025, 3, 20)
    a, b = tracking.status(_On(ws, duck), as_of), tracking.status(_On(ws, spark), as_of)
    # Every word and date alike; figures to a relative 1e-9 (DuckDB's sums are compensated, Spark's plain).
    flat_a, flat_b = _flat(json.loads(json.dumps(a, default=str))), _flat(json.loads(json.dumps(b, default=str)))
    assert [k for k, _ in flat_a] == [k for k, _ in flat_b]
    same([tuple(v for _, v in flat_a)], [tuple(v for _, v in flat_b)], "target status")
    assert sum(isinstance(v, float) for _, v in flat_a) > 20  # the figures were compared, not only the words


def _flat(node, at: str = "") -> list[tuple[str, object]]:
    """(path, leaf) pairs of a JSON value, keys sorted; whole numbers as floats, so 2 and 2.0 compare alike."""
    if isinstance(node, dict):
        return [x for k in sorted(node) for x in _flat(node[k], f"{at}.{k}")]
    if isinstance(node, list):
        return [x for i, v in enumerate(node) for x in _flat(v, f"{at}[{i}]")]
    return [(at, float(node) if isinstance(node, int) and not isinstance(node, bool) else node)]


def test_the_files_follow_the_workspace(tmp_path, write):
    """A rate or an upload after the export makes the files stale; an unknown folder is never emptied."""
    from kpi_core.workspace import Workspace

    w = Workspace(tmp_path / "w.duckdb")
    w.add_files([write("a.csv", "Date,Campaign,Clicks,Cost\n2025-01-01,A,10,5\n")])
    out = tmp_path / "w.parquet"
    manifest = parquet_layout.export(w.engine, out)
    assert (manifest["rows"], manifest["files"]) == (1, 1) and parquet_layout.is_current(w.engine, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet")) == [
        "facts/source_id=generic/month=2025-01/data_0.parquet"]
    w.add_files([write("b.csv", "Date,Campaign,Clicks,Cost\n2025-02-01,B,1,1\n")])
    assert not parquet_layout.is_current(w.engine, out)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    with pytest.raises(Exception, match="parquet_not_ours"):
        parquet_layout.export(w.engine, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep"
    assert parquet_layout.export(Workspace(None).engine, tmp_path / "e.parquet")["files"] == 0
    assert DuckDBFiles(tmp_path / "e.parquet").rows("SELECT count(*) FROM facts_days") == [(0,)]
