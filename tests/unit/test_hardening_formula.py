"""Custom KPI formulas have a length and a depth limit: one line each, never a RecursionError."""

from __future__ import annotations

import time

import pytest

from kpi_core import formula as f
from kpi_core.errors import KoersError


@pytest.mark.parametrize("text, code", [
    ("(" * 250 + "clicks" + ")" * 250, "formula.too_long"),  # 506 characters
    ("(" * 200 + "clicks" + ")" * 200, "formula.too_deep"),
    ("-" * 300 + "clicks", "formula.too_deep"),
    ("+".join(["1"] * 200), "formula.too_deep"),  # no parentheses, but a tree 199 deep
    ("clicks" + " + clicks" * 50, "formula.too_deep"),  # 456 characters, 51 deep
    ("x" * 10_000, "formula.too_long"),
])
def test_limits_are_one_error_not_a_recursion_error(text, code):
    with pytest.raises(f.FormulaError) as e:
        f.ratio(text)
    assert e.value.code == code
    message = e.value.message("en")
    assert "\n" not in message and len(message) < 300  # the formula itself is not echoed
    assert e.value.message("nl") != message


def test_depth_error_points_at_the_first_level_too_many():
    with pytest.raises(f.TooDeep) as e:
        f.parse("(" * 60 + "clicks" + ")" * 60)
    assert e.value.info["position"] == f.MAX_DEPTH + 1


def test_nested_sums_of_fractions_are_refused_quickly():
    text = "clicks"
    for _ in range(20):
        text = f"(1/({text})+1)"
    started = time.perf_counter()
    with pytest.raises(f.TooDeep):
        f.ratio(text)
    assert time.perf_counter() - started < 2  # the rewrite doubles per level: 2^20 nodes were never built out


def test_ordinary_formulas_within_the_limits_still_work():
    assert f.ratio("(" * 10 + "conversion_value - cost" + ")" * 10 + " / cost")[1] == f.Ref("cost")
    total = " + ".join(["leads", "mqls", "sqls"] * 10)  # 30 terms
    num, den = f.ratio(f"({total}) / cost")
    assert f.measures(num) == ["leads", "mqls", "sqls"] and den == f.Ref("cost")
    padded = "clicks / impressions" + " " * (f.MAX_LENGTH - 20)
    assert len(padded) == f.MAX_LENGTH and f.ratio(padded)[1] == f.Ref("impressions")


def test_saving_a_custom_kpi_with_a_deep_formula_is_refused(tmp_path):
    from kpi_core.workspace import Workspace

    ws = Workspace(tmp_path / "w.duckdb")
    with pytest.raises(KoersError) as e:
        ws.save_custom_kpi({"id": "deep", "formula": "(" * 100 + "clicks" + ")" * 100})
    assert e.value.code == "formula.too_deep" and ws.custom_kpi_bodies() == []
    ws.close()
