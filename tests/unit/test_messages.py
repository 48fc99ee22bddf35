"""Every text Koers shows, in every message table: Dutch and English, with the same placeholders."""

import importlib
import pkgutil
import string

from kpi_core import messages
from kpi_core.i18n import MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _tables() -> dict[str, dict]:
    return {m.name: importlib.import_module(f"{messages.__name__}.{m.name}").MESSAGES
            for m in pkgutil.iter_modules(messages.__path__)}


def test_every_message_has_dutch_and_english_with_the_same_placeholders():
    tables = _tables()
    assert len(tables) >= 6 and sum(map(len, tables.values())) == len(MESSAGES)  # keys unique across tables
    for name, table in tables.items():
        for code, entry in table.items():
            assert set(entry) == {"nl", "en"}, (name, code)
            assert bool(entry["nl"].strip()) == bool(entry["en"].strip()), (name, code)  # empty only in both
            assert _fields(entry["nl"]) == _fields(entry["en"]), (name, code)


def test_every_reason_a_row_is_set_aside_has_its_words_on_the_data_page():
    # The data page lists `skipped` by reason: a reason without words showed its message key to the user.
    import re

    from kpi_core.ingest.parse import KIND
    from kpi_core.ingest.result import REASONS

    kinds = set(re.findall(r"'(\w+)'", KIND)) - {"data", "other"}  # 'other' rows are data before anyone reads t
    assert kinds <= set(REASONS)
    assert [r for r in REASONS if f"ui.data.reason.{r}" not in MESSAGES] == []


def test_every_field_a_tool_maps_has_its_words_in_the_column_mapping():
    # The data page shows what each column means: a field without words showed its id ('delivered_date').
    from kpi_core.ingest.sources import SOURCES

    assert sorted({f for s in SOURCES.values() for f in s.fields if f"field.{f}" not in MESSAGES}) == []


def test_a_count_of_one_has_its_own_words():
    from kpi_core.i18n import t

    one = [c for c in MESSAGES if c.endswith(".one") and c[:-4] in MESSAGES and "{count}" in MESSAGES[c[:-4]]["en"]]
    assert len(one) >= 30
    for code in one:
        base = MESSAGES[code[:-4]]
        for lang in ("nl", "en"):
            assert "{count}" not in MESSAGES[code][lang] and _fields(MESSAGES[code][lang]) <= _fields(base[lang])
    params = {"rows": "7", "measure": "cost"}
    assert t("ingest.check_negative", "en", count=1, **params) == \
        "1 row has a negative Ad spend (row 7); kept as the file says. Check it in the tool."
    assert t("ingest.check_negative", "nl", count=1, **params).startswith("1 rij heeft een negatieve waarde voor ")
    assert t("ingest.check_negative", "en", count=2, rows="7, 9", measure="cost").startswith(
        "2 rows have a negative Ad spend (rows 7, 9)")
    from kpi_core.messages.one import COUNTS  # messages whose count has another name, given as text too

    for code, name in COUNTS.items():
        assert f"{code}.one" in MESSAGES and "{" + name + "}" in MESSAGES[code]["en"], code
    assert t("ui.data.rows_all", "nl", rows="1") == "1 rij, in gebruik"
    assert t("ui.data.rows_all", "en", rows="1,234") == "1,234 rows, all in use"
