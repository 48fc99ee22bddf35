"""Target YAML: parsing, validation with line numbers, defaults and the round trip."""

import datetime as dt
from pathlib import Path

import pytest

from kpi_core.errors import KoersError
from kpi_core.i18n import t
from kpi_core.targets import Target, parse_yaml, to_yaml

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
- id: leads-q1
  kpi: leads
  target: 300
  start: 2025-01-01
  deadline: 2025-03-31
  scope: {source: google_ads, channel: search}
  owner: Anna
  stakeholders: [Sales, Marketing]
  agreed_by: Board
  agreed_on: 2024-12-15
- id: cpa-q1
  kpi: cpa
  target: 40
  start: '2025-01-01'
  deadline: '2025-03-31'
  pacing: linear
  cadence: weekly
  thresholds: {at_risk: 0.8}
"""


def direction(kpi):
    return {"cpa": "lower", "leads": "higher"}.get(kpi)


def parse_error(text) -> KoersError:
    with pytest.raises(KoersError) as e:
        parse_yaml(text, file="t.yaml", direction=direction)
    return e.value


def test_parses_fields_and_defaults():
    a, b = parse_yaml(GOOD, direction=direction)
    assert a.scope == {"source": "google_ads", "channel": "search"}
    assert (a.start, a.deadline, a.target) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31), 300.0)
    assert a.comparison == "at_least" and a.pacing == "linear" and a.cadence == "monthly"
    assert a.stakeholders == ["Sales", "Marketing"] and a.agreed_on == dt.date(2024, 12, 15)
    assert b.comparison == "at_most"  # cpa: lower is better
    assert b.thresholds == {"on_track": 1.0, "at_risk": 0.8}


def test_comparison_defaults_to_at_least_without_a_direction():
    (x,) = parse_yaml("- {id: a, kpi: my_kpi, target: 1, start: 2025-01-01, deadline: 2025-02-01}")
    assert x.comparison == "at_least"


def test_unknown_key_names_target_and_line():
    e = parse_error(GOOD.replace("  cadence: weekly", "  cadense: weekly"))
    assert e.code == "targets.unknown_key"
    assert (e.info["target"], e.info["key"], e.info["line"]) == ("cpa-q1", "cadense", 17)
    assert "t.yaml, line 17: target 'cpa-q1': unknown key 'cadense'" in e.message("en")


@pytest.mark.parametrize("old,new,key,line", [
    ("target: 300", "target: lots", "target", 3),
    ("deadline: 2025-03-31\n  scope", "deadline: 31-03-2025\n  scope", "deadline", 5),
    ("pacing: linear", "pacing: smooth", "pacing", 16),
    ("scope: {source: google_ads, channel: search}", "scope: {colour: red}", "scope", 6),
    ("thresholds: {at_risk: 0.8}", "thresholds: {at_risk: 1.2}", "thresholds", 18),
    ("stakeholders: [Sales, Marketing]", "stakeholders: {a: b}", "stakeholders", 8),
])
def test_bad_values_name_key_and_line(old, new, key, line):
    e = parse_error(GOOD.replace(old, new, 1))
    assert e.code == "targets.bad_value"
    assert (e.info["key"], e.info["line"]) == (key, line)
    assert t(e.code, "nl", **e.info).startswith(f"t.yaml, regel {line}:")


def test_missing_key_points_at_the_target():
    e = parse_error(GOOD.replace("  target: 40\n", ""))
    assert (e.code, e.info["target"], e.info["key"], e.info["line"]) == ("targets.missing_key", "cpa-q1", "target", 11)


def test_deadline_before_start_rejected():
    e = parse_error(GOOD.replace("deadline: '2025-03-31'", "deadline: '2024-03-31'"))
    assert (e.code, e.info["line"]) == ("targets.deadline_before_start", 15)


def test_duplicate_id_rejected():
    e = parse_error(GOOD.replace("id: cpa-q1", "id: leads-q1"))
    assert (e.code, e.info["line"], e.info["first"]) == ("targets.duplicate_id", 11, 1)


def test_yaml_syntax_error_has_line():
    e = parse_error(GOOD.replace("  owner: Anna", "  owner: [Anna"))
    assert e.code == "targets.yaml_syntax" and e.info["line"] is not None


def test_not_a_list():
    assert parse_error("id: a\nkpi: leads\n").code == "targets.not_a_list"
    assert parse_error("- just text\n").code == "targets.not_a_mapping"


def test_empty_file_is_no_targets():
    assert parse_yaml("") == [] and parse_yaml("# nothing\n") == []


def test_yaml_round_trip():
    targets = parse_yaml(GOOD, direction=direction)
    text = to_yaml(targets)
    assert parse_yaml(text) == targets
    assert "cadence: weekly" in text and "2025-01-01" in text


def test_dict_round_trip():
    for x in parse_yaml(GOOD, direction=direction):
        assert Target.from_dict(x.to_dict()) == x


def test_sample_targets_parse_and_use_catalogue_kpis():
    from kpi_core.catalogue import catalogue

    targets = parse_yaml((ROOT / "sample_data" / "targets.yaml").read_text(), direction=lambda k: catalogue()[k].good)
    assert {x.kpi for x in targets} == {"new_customers", "roas", "cost_per_lead", "revenue"}
    assert all(x.kpi in catalogue() and x.start.year == 2025 for x in targets)
    assert next(x for x in targets if x.kpi == "cost_per_lead").comparison == "at_most"
