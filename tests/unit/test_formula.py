"""Formulas: tokens, precedence, errors that point at the token, and the rewrite to one fraction."""


import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpi_core import formula as f
from kpi_core.i18n import MESSAGES, t


def test_precedence_and_parentheses():
    assert f.parse("clicks + cost * 2") == f.Bin("+", f.Ref("clicks"), f.Bin("*", f.Ref("cost"), f.Num(2.0)))
    assert f.parse("(clicks + cost) * 2") == f.Bin("*", f.Bin("+", f.Ref("clicks"), f.Ref("cost")), f.Num(2.0))
    assert f.parse("cost - clicks - leads") == f.Bin("-", f.Bin("-", f.Ref("cost"), f.Ref("clicks")), f.Ref("leads"))


def test_unary_minus_and_typographic_operators():
    assert f.parse("-cost") == f.Neg(f.Ref("cost"))
    assert f.parse("clicks ÷ impressions") == f.parse("clicks / impressions")
    assert f.parse("2 × cost − revenue") == f.parse("2 * cost - revenue")
    assert f.parse("1000*cost/impressions") == f.parse(" 1000 * cost / impressions ")


@pytest.mark.parametrize(
    ("text", "code", "token", "position"),
    [
        ("clicks $ 2", "formula.unexpected_token", "$", 8),
        ("clicks impressions", "formula.unexpected_token", "impressions", 8),
        ("clicks)", "formula.unexpected_token", ")", 7),
        ("* clicks", "formula.unexpected_token", "*", 1),
        ("click / impressions", "formula.unknown_measure", "click", 1),
        ("revenue / ordres", "formula.unknown_measure", "ordres", 11),
        ("(clicks", "formula.unexpected_end", None, 8),
        ("clicks +", "formula.unexpected_end", None, 9),
        ("", "formula.unexpected_end", None, 1),
    ],
)
def test_bad_formula_points_at_token(text, code, token, position):
    with pytest.raises(f.FormulaError) as e:
        f.parse(text)
    assert e.value.code == code
    assert e.value.info["position"] == position
    if token is not None:
        assert e.value.info["token"] == token
        assert f"'{token}'" in e.value.message("en") and str(position) in e.value.message("nl")


def test_ratio_splits_top_level_division():
    num, den = f.ratio("1000 * cost / impressions")
    assert (f.to_text(num), f.to_text(den)) == ("1000 × cost", "impressions")
    num, den = f.ratio("deals_won / (deals_won + deals_lost)")
    assert (f.to_text(num), f.to_text(den)) == ("deals_won", "deals_won + deals_lost")
    num, den = f.ratio("(conversion_value - cost) / cost")
    assert (f.to_text(num), f.to_text(den)) == ("conversion_value − cost", "cost")


def test_ratio_without_division_has_no_denominator():
    assert f.ratio("new_subscribers - unsubscribes")[1] is None
    num, den = f.ratio("cost / 2")  # a number below the line is part of the numerator
    assert den is None and f.measures(num) == ["cost"]


def test_ratio_rewrites_a_scaled_ratio():
    num, den = f.ratio("revenue / cost * 100")
    assert (f.to_text(num), f.to_text(den)) == ("revenue × 100", "cost")


def test_product_of_measures_is_not_a_ratio():
    with pytest.raises(f.NotARatio):
        f.ratio("clicks * cost / impressions")
    with pytest.raises(f.NotARatio):
        f.ratio("cost / clicks + revenue / orders")


def test_measures_in_order_of_use():
    assert f.measures(f.parse("(revenue - cogs) / revenue")) == ["revenue", "cogs"]


def test_every_formula_error_has_a_text():
    codes = [c.code for c in (f.FormulaError, f.UnexpectedToken, f.UnexpectedEnd, f.UnknownMeasure, f.NotARatio)]
    assert all(code in MESSAGES and t(code, "nl") != code for code in codes)


def _evaluate(node, env):
    if isinstance(node, f.Num):
        return node.value
    if isinstance(node, f.Ref):
        return env[node.measure]
    if isinstance(node, f.Neg):
        return -_evaluate(node.operand, env)
    a, b = _evaluate(node.left, env), _evaluate(node.right, env)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[node.op]


_leaf = st.one_of(st.sampled_from(["clicks", "cost", "revenue"]), st.integers(1, 9).map(str))
_expr = st.recursive(
    _leaf,
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from("+-*/"), inner).map(lambda x: f"({x[0]} {x[1]} {x[2]})"),
        inner.map(lambda x: f"-{x}"),
    ),
    max_leaves=6,
)


@given(_expr, st.floats(1, 100), st.floats(1, 100), st.floats(1, 100))
def test_fraction_keeps_the_value(text, clicks, cost, revenue):
    env = {"clicks": clicks, "cost": cost, "revenue": revenue}
    tree = f.parse(text)
    try:
        want = _evaluate(tree, env)
    except ZeroDivisionError:
        return
    num, den = f.fraction(tree)
    try:
        got = _evaluate(num, env) / (1.0 if den is None else _evaluate(den, env))
    except ZeroDivisionError:
        return
    assert got == pytest.approx(want, rel=1e-6, abs=1e-9)
