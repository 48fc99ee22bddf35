"""The KPI catalogue: required formulas, every measure a KPI, validation that names the KPI, every KPI compiles."""


import pytest

from kpi_core import catalogue as cat
from kpi_core import compiler, formula, schema
from kpi_core.engine import Engine

REQUIRED = {
    "ctr": "clicks/impressions", "cpc": "cost/clicks", "cpm": "1000*cost/impressions", "cvr": "conversions/clicks",
    "cpa": "cost/conversions", "roas": "conversion_value/cost", "mer": "revenue/cost",
    "open_rate": "unique_opens/emails_delivered", "click_rate": "unique_clicks/emails_delivered",
    "ctor": "unique_clicks/unique_opens", "unsubscribe_rate": "unsubscribes/emails_delivered",
    "bounce_rate": "bounces/emails_sent", "cost_per_lead": "cost/leads", "lead_to_customer": "new_customers/leads",
    "cac": "cost/new_customers", "win_rate": "deals_won/(deals_won+deals_lost)",
    "avg_deal_size": "won_revenue/deals_won", "aov": "revenue/orders",
    "mql_rate": "mqls/leads", "list_growth": "new_subscribers - unsubscribes", "margin": "(revenue - cogs)/revenue",
    "gross_profit": "revenue - cogs", "video_view_rate": "video_views/impressions",
    "delivery_rate": "emails_delivered/emails_sent", "frequency": "impressions/reach",
}


@pytest.mark.parametrize(("kid", "text"), sorted(REQUIRED.items()))
def test_required_kpi_has_its_formula(kid, text):
    assert formula.parse(cat.catalogue()[kid].formula) == formula.parse(text)


def test_every_measure_is_a_kpi_of_its_sum():
    for m in schema.MEASURES:
        assert cat.catalogue()[m].formula == m


def test_every_kpi_has_texts_and_valid_fields():
    for k in cat.catalogue().values():
        assert k.name["nl"] and k.name["en"] and k.definition["nl"] and k.definition["en"]
        assert k.unit in cat.UNITS and k.good in cat.GOOD and k.domain in cat.DOMAINS
        assert k.kinds and set(k.kinds) <= set(cat.KINDS)
    for domain in cat.DOMAINS:
        assert any(k.domain == domain for k in cat.catalogue().values()), domain


def test_non_additive_and_snapshot_measures_carry_a_note():
    for m in (*schema.NON_ADDITIVE, *schema.SNAPSHOT, "frequency", "clv"):
        assert cat.catalogue()[m].note, m


def _engine_with_every_measure() -> Engine:
    e = Engine(None)
    cols = ", ".join(schema.MEASURES)
    vals = ", ".join(str(i + 1) for i in range(len(schema.MEASURES)))
    for day, cust in (("2024-12-30", "c1"), ("2025-02-14", "c2")):
        e.write(lambda cur, day=day, cust=cust: cur.execute(
            f"INSERT INTO facts (dataset_id, source_id, date, channel, customer_id, {cols}) "
            f"VALUES ('d', 'generic', DATE '{day}', 'Search', '{cust}', {vals})"))
    return e


@pytest.mark.parametrize("grain", compiler.GRAINS)
def test_every_kpi_compiles_and_runs(grain):
    e = _engine_with_every_measure()
    f = compiler.Filters(where={"channel": ["Search"]})
    for k in cat.catalogue().values():
        q = compiler.compile_kpi(k, grain, f, "channel" if grain == "month" else None)
        df = e.query(q.sql, q.params)
        assert list(df.columns)[-4:] == ["numerator", "denominator", "value", "estimated"], k.id
        assert len(df) >= 1 and q.explain


def test_all_plain_kpis_compile_into_one_query():
    e = _engine_with_every_measure()
    plain = [k for k in cat.catalogue().values() if not k.cumulative]
    q = compiler.compile_kpis(plain, "quarter")
    assert set(e.query(q.sql, q.params)["k"]) == set(range(len(plain)))


BAD = """
[kpi.ok]
name = { nl = "Goed", en = "Fine" }
definition = { nl = "x", en = "x" }
formula = "clicks / impressions"
unit = "percent"
good = "higher"
kinds = ["leading"]
domain = "marketing"

[kpi.broken]
name = { nl = "Kapot" }
definition = { nl = "x", en = "x" }
formula = "clicks / impresions"
unit = "percentage"
good = "higher"
kinds = ["leading", "fast"]
domain = "marketing"
colour = "red"
"""


def test_loader_gathers_every_error_naming_the_kpi():
    with pytest.raises(cat.CatalogueError) as e:
        cat.load_text(BAD)
    errors = e.value.info["errors"]
    for part in ("broken: name", "impresions", "broken: unit 'percentage'", "unknown kind 'fast'",
                 "unknown key 'colour'"):
        assert part in errors
    assert "ok:" not in errors


def test_loader_rejects_missing_keys_and_duplicate_ids():
    with pytest.raises(cat.CatalogueError, match="missing key 'formula'"):
        cat.load_text('[kpi.x]\nname = { nl = "a", en = "b" }')
    dup = BAD.split("[kpi.broken]")[0]
    with pytest.raises(cat.CatalogueError):
        cat.load_text(dup + dup)


def test_custom_kpi_goes_through_the_same_checks():
    k = cat.custom_kpi("profit_on_spend", "(conversion_value - cost) / cost", unit="multiplier")
    assert k.custom and k.measures == ("conversion_value", "cost")
    with pytest.raises(cat.CatalogueError):
        cat.custom_kpi("ctr", "clicks / impressions")
    with pytest.raises(formula.UnexpectedToken):
        cat.custom_kpi("mine", "clicks // impressions")


def test_unknown_kpi_is_a_user_error():
    with pytest.raises(cat.UnknownKpi):
        cat.get("ctrr")
