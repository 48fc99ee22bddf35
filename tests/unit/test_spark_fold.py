"""The KPI query as Spark gets it (sql.for_spark). The folded value: worked out from the numerator and denominator
fields only where the branch's own value is exactly that quotient (or the numerator itself); any other value is carried
as its own expression. The parity test (test_spark_parity.py) runs the folded queries on Spark against DuckDB; this
checks which form each branch gets, and which CTEs are computed first."""

import sqlglot

from kpi_core.backends.sql import _value_form, for_spark


def cols(select: str) -> dict:
    tree = sqlglot.parse_one(f"SELECT {select} FROM j", read="spark")
    return {e.alias_or_name: e.unalias() for e in tree.expressions}


def test_the_quotient_and_the_numerator_are_recognised():
    assert _value_form(cols("(m_a - m_b) AS numerator, m_c AS denominator, "
                            "(m_a - m_b) / NULLIF(m_c, 0) AS value")) == 1
    assert _value_form(cols("m_a AS numerator, CAST(NULL AS DOUBLE) AS denominator, m_a AS value")) == 2


def test_anything_else_keeps_its_own_value():
    assert _value_form(cols("m_a AS numerator, m_c AS denominator, m_a / NULLIF(m_b, 0) AS value")) == 0
    assert _value_form(cols("m_a AS numerator, m_c AS denominator, m_a / NULLIF(m_c, 1) AS value")) == 0
    assert _value_form(cols("m_a AS numerator, m_c AS denominator, m_a / m_c AS value")) == 0  # no NULLIF
    assert _value_form(cols("m_a AS numerator, m_c AS denominator, m_a * 2 AS value")) == 0
    assert _value_form(cols("m_a AS numerator, m_a AS value")) == 2


def test_the_folded_query_keeps_the_columns_in_order_and_each_branch_its_form():
    branch = "SELECT {k} AS k, _period AS period, m_a AS numerator, m_c AS denominator, {v} AS value, e AS estimated "
    sql = " UNION ALL ".join(branch.format(k=k, v=v) + "FROM j" for k, v in
                             enumerate(["m_a / NULLIF(m_c, 0)", "m_a", "m_a * 2"])) + " ORDER BY k"
    steps, text = for_spark(sql, "_v")
    assert steps == ()
    out = sqlglot.parse_one(text, read="spark")
    assert out.named_selects == ["k", "period", "numerator", "denominator", "value", "estimated"]
    assert "INLINE(" in text and text.count(" FROM j") == 1  # one scan of j
    assert text.count("'_form', 1") == text.count("'_form', 2") == text.count("'_form', 0") == 1
    assert "'_value', m_a * 2" in text and text.count("'_value', CAST(NULL AS DOUBLE)") == 2


def test_a_union_that_is_not_the_compiler_s_stays_as_it_is():
    sql = "SELECT a FROM t UNION ALL SELECT a FROM u"
    assert for_spark(sql, "_v") == ((), sql)


def test_a_cte_read_twice_is_computed_once_and_j_stays_inline():
    """`base` is read by the grid and by the join: one view, computed first. compile_kpi wraps the query in a
    subquery, whose CTEs count as the top level's (Spark's SQL has them there)."""
    from kpi_core import compiler
    from kpi_core.catalogue import get

    steps, final = for_spark(compiler.compile_kpi(get("ctr"), "month", None, "channel").sql, "_v")
    assert [v for v, _ in steps] == ["_v_base"] and "FROM facts_spans" in steps[0][1]  # spread: inline, read once
    assert "base AS (" not in final and final.count("_v_base") >= 2
    steps, final = for_spark(compiler.compile_kpis([get("ctr"), get("cpc")], "month", None, "channel").sql, "_v")
    assert [v for v, _ in steps] == ["_v_base"]
    assert "j AS (" in final and final.count("FROM j") == 1  # the folded KPIs read j once: it stays inline
