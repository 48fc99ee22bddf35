"""Pages hold UI only: they call kpi_core's named operations, never its engine or its CLI commands; charts carry
their own data and leave Altair's process-wide settings alone."""

import ast
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.stem)
def test_a_page_never_touches_the_engine_or_a_cli_command(path):
    tree = ast.parse(path.read_text())
    engine = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "engine"]
    commands = [n.lineno for n in ast.walk(tree)
                if (isinstance(n, ast.ImportFrom) and (n.module or "").startswith("kpi_core.commands"))
                or (isinstance(n, ast.Import) and any(a.name.startswith("kpi_core.commands") for a in n.names))]
    assert not engine and not commands, (engine, commands)


def test_charts_inline_their_rows_without_changing_altair_for_the_process():
    import altair as alt

    from ui import charts

    before = ("default", {})  # Altair's own: no page of any session may have changed it

    assert (alt.data_transformers.active, dict(alt.data_transformers.options)) == before
    rows = 6000  # over Altair's default limit of 5000 rows
    df = pd.DataFrame({"period": pd.date_range("2010-01-01", periods=rows), "value": range(rows),
                       "numerator": range(rows), "denominator": [None] * rows})
    spec = charts.inline_data(charts.trend(df, "count", "nl").to_dict())
    assert "datasets" not in spec
    values = [layer.get("data", {}).get("values") for layer in [spec, *spec.get("layer", [])]]
    assert [len(v) for v in values if v] == [rows]
    assert (alt.data_transformers.active, dict(alt.data_transformers.options)) == before
