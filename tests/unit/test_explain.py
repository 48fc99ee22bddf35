"""What moved a KPI: shift-share by hand, members that come and go, zero denominators, and the explain command."""

import datetime as dt
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi_core import cli, explain, schema
from kpi_core.explain import Period, decompose, parse_period
from kpi_core.store import facts
from kpi_core.workspace import Workspace
from tests.unit.facts_helper import engine_with

MARCH, FEB = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"), Period(dt.date(2025, 2, 1),
                                                                                   dt.date(2025, 2, 28), "month")
# Two channels, one day a month each: Meta 200 for 10 conversions, then 300 for 10; Display 50 for 1, then 200 for 4.
ROWS = [
    ("2025-02-10", "meta_ads", "Meta", "Voorjaar", 200.0, 10.0),
    ("2025-02-10", "google_ads", "Display", "=HYPERLINK(\"http://x.example\",\"klik\")", 50.0, 1.0),
    ("2025-03-10", "meta_ads", "Meta", "Voorjaar", 300.0, 10.0),
    ("2025-03-10", "google_ads", "Display", "=HYPERLINK(\"http://x.example\",\"klik\")", 200.0, 4.0),
]


def make_workspace(path):
    """A workspace file holding ROWS (cost and conversions by channel and campaign)."""
    ws = Workspace(path)

    def fill(cur):
        cur.execute(schema.facts_ddl("new_rows").replace("CREATE TABLE", "CREATE TEMP TABLE"))
        cur.executemany("INSERT INTO new_rows (dataset_id, source_id, date, channel, campaign, cost, conversions) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", [[f"d{s}", s, d, ch, cp, c, n] for d, s, ch, cp, c, n in ROWS])
        facts.split(cur, "new_rows")
        cur.execute("DROP TABLE new_rows")

    ws.engine.write(fill)
    return ws


def by_member(result):
    return {c["member"]: c for c in result["contributions"]}


def test_two_channels_split_into_rate_and_mix_by_hand():
    # R1 = 500/14, R0 = 250/11, change 1000/77. Midpoint R 29.22; Meta's CPA rose 20 -> 30 on a mean weight of
    # (10/14 + 10/11)/2: rate 625/77; its share fell while it is cheaper than average: mix 4875/5929. Display kept
    # its CPA of 50 and grew its share from 1/11 to 4/14: mix 24000/5929.
    r = decompose({"Meta": (300.0, 10.0), "Display": (200.0, 4.0)}, {"Meta": (200.0, 10.0), "Display": (50.0, 1.0)},
                  ratio=True)
    assert r["value"] == pytest.approx(500 / 14) and r["value_vs"] == pytest.approx(250 / 11)
    assert r["change"] == pytest.approx(1000 / 77)
    m = by_member(r)
    assert m["Meta"]["rate_effect"] == pytest.approx(625 / 77)
    assert m["Meta"]["mix_effect"] == pytest.approx(4875 / 5929)
    assert m["Display"]["rate_effect"] == pytest.approx(0.0, abs=1e-12)
    assert m["Display"]["mix_effect"] == pytest.approx(24000 / 5929)
    assert [c["member"] for c in r["contributions"]] == ["Meta", "Display"]  # the largest first
    assert math.fsum(c["total"] for c in r["contributions"]) == pytest.approx(r["change"], abs=1e-12)
    assert r["notes"] == []


def test_a_channel_that_appears_is_all_mix_and_said():
    # Search 100/10 both months; Display comes in at 300/10. R 10 -> 20, midpoint 15.
    r = decompose({"Search": (100.0, 10.0), "Display": (300.0, 10.0)}, {"Search": (100.0, 10.0)}, ratio=True)
    m = by_member(r)
    assert r["change"] == pytest.approx(10.0)
    assert (m["Display"]["rate_effect"], m["Display"]["mix_effect"]) == (0.0, pytest.approx(7.5))
    assert m["Display"]["presence"] == "new" and m["Display"]["value_vs"] is None
    assert m["Search"]["rate_effect"] == pytest.approx(0.0) and m["Search"]["mix_effect"] == pytest.approx(2.5)
    assert {"code": "review.explain.new", "member": "Display"} in r["notes"]


def test_a_channel_that_is_gone_is_said():
    r = decompose({"Search": (100.0, 10.0)}, {"Search": (100.0, 10.0), "Display": (300.0, 10.0)}, ratio=True)
    m = by_member(r)
    assert r["change"] == pytest.approx(-10.0)
    assert m["Display"]["presence"] == "gone" and m["Display"]["total"] == pytest.approx(-7.5)
    assert {"code": "review.explain.gone", "member": "Display"} in r["notes"]


def test_spend_without_conversions_counts_as_its_own_effect():
    # CPA: A 100 for 10 both months; B spends 50 in March without a conversion. R 10 -> 15, all of it B's.
    r = decompose({"A": (100.0, 10.0), "B": (50.0, 0.0)}, {"A": (100.0, 10.0)}, ratio=True)
    m = by_member(r)
    assert r["change"] == pytest.approx(5.0)
    assert m["B"]["rate_effect"] == pytest.approx(5.0) and m["B"]["mix_effect"] == 0.0
    assert m["A"]["total"] == pytest.approx(0.0)
    assert {"code": "review.explain.no_denominator", "member": "B", "side": "period"} in r["notes"]


def test_a_zero_denominator_overall_has_nothing_to_explain():
    r = decompose({"A": (100.0, 10.0)}, {"A": (80.0, 0.0)}, ratio=True)
    assert r["value"] == 10.0 and r["value_vs"] is None and r["change"] is None
    assert r["contributions"] == []
    assert r["notes"] == [{"code": "review.explain.no_value", "side": "vs"}]


def test_a_sum_kpi_contribution_is_its_own_difference():
    r = decompose({"Shop": (900.0, None), "Stripe": (100.0, None)}, {"Shop": (1000.0, None)}, ratio=False)
    m = by_member(r)
    assert r["change"] == -0.0 or r["change"] == 0.0
    assert (m["Shop"]["total"], m["Stripe"]["total"]) == (-100.0, 100.0)
    assert m["Shop"]["rate_effect"] == -100.0 and m["Shop"]["mix_effect"] == 0.0


def test_a_total_that_does_not_add_up_over_members_leaves_an_unattributed_rest():
    # Unique customers: 3 in each channel but 5 overall (one bought in both).
    r = decompose({"A": (300.0, 3.0), "B": (300.0, 3.0)}, {"A": (300.0, 3.0), "B": (300.0, 3.0)}, ratio=True,
                  total_now=(600.0, 5.0), total_before=(600.0, 6.0))
    rest = [c for c in r["contributions"] if c["presence"] == "unattributed"]
    assert r["change"] == pytest.approx(20.0) and rest and rest[0]["total"] == pytest.approx(20.0)
    assert {"code": "review.explain.unattributed"} in r["notes"]


_sums = st.tuples(st.integers(0, 5_000).map(float), st.integers(0, 200).map(float))
_side = st.dictionaries(st.sampled_from(["Meta", "Display", "Search", "Shopping", None]), _sums, max_size=5)


@settings(max_examples=300, deadline=None)
@given(now=_side, before=_side, ratio=st.booleans())
def test_contributions_always_add_up_to_the_change(now, before, ratio):
    if not ratio:
        now, before = ({k: (n, None) for k, (n, _) in side.items()} for side in (now, before))
    r = decompose(now, before, ratio)
    if r["change"] is None:
        assert r["contributions"] == []
        return
    total = math.fsum(c["total"] for c in r["contributions"])
    assert math.isclose(total, r["change"], rel_tol=1e-9, abs_tol=1e-9)
    for c in r["contributions"]:
        assert math.isclose(c["rate_effect"] + c["mix_effect"], c["total"], rel_tol=1e-9, abs_tol=1e-9)
    assert not [c for c in r["contributions"] if c["presence"] == "unattributed"]


@pytest.mark.parametrize("text,start,end,kind", [
    ("2025-03", dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
    ("2025-Q1", dt.date(2025, 1, 1), dt.date(2025, 3, 31), "quarter"),
    ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"),
    ("2025-01-15..2025-02-14", dt.date(2025, 1, 15), dt.date(2025, 2, 14), "range"),
])
def test_periods_are_read(text, start, end, kind):
    assert parse_period(text) == Period(start, end, kind)


def test_comparison_periods():
    assert explain.previous(MARCH) == FEB
    assert explain.previous(parse_period("2025-Q1")) == Period(dt.date(2024, 10, 1), dt.date(2024, 12, 31), "quarter")
    assert explain.last_year(parse_period("2024-02")) == Period(dt.date(2023, 2, 1), dt.date(2023, 2, 28), "month")
    assert explain.previous(parse_period("2025-01-11..2025-01-20")).start == dt.date(2025, 1, 1)
    assert explain.last_year(parse_period("2024-02-29..2024-03-05")).start == dt.date(2023, 2, 28)


@pytest.mark.parametrize("text", ["2025-13", "2025-Q5", "March", "2025-03-31..2025-03-01", ""])
def test_a_period_that_cannot_be_read_is_one_clear_error(text):
    with pytest.raises(Exception) as e:
        parse_period(text)
    assert e.value.code == "review.bad_period"


def test_explain_over_an_engine_matches_the_hand_numbers():
    e = engine_with([{"date": d, "source_id": s, "channel": ch, "cost": c, "conversions": n}
                     for d, s, ch, _, c, n in ROWS])
    r = explain.explain(e, "cpa", MARCH, FEB, "channel")
    assert r["change"] == pytest.approx(1000 / 77)
    assert by_member(r)["Meta"]["rate_effect"] == pytest.approx(625 / 77)
    s = explain.sentence(r, explain_kpi("cpa"), "en")
    assert s == "CPA rose €12.99: Meta's own CPA explains €8.12, the shift of conversions towards Display €4.05."
    nl = explain.sentence(r, explain_kpi("cpa"), "nl")
    assert nl == ("CPA: € 12,99 hoger; de eigen CPA van Meta verklaart € 8,12, de verschuiving van conversies naar "
                  "Display € 4,05.")


def explain_kpi(kpi_id):
    from kpi_core.catalogue import get

    return get(kpi_id)


def run_cli(capsys, *argv):
    rc = cli.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_explain_command_json_adds_up(tmp_path, capsys):
    make_workspace(tmp_path / "w.duckdb")
    rc, out, _ = run_cli(capsys, "explain", "--workspace", str(tmp_path / "w.duckdb"), "--kpi", "cpa",
                         "--period", "2025-03", "--vs", "2025-02", "--by", "channel", "--json")
    assert rc == 0
    d = json.loads(out)
    assert {"kpi", "period", "vs", "value", "value_vs", "change", "contributions", "notes"} <= set(d)
    assert d["kpi"] == "cpa" and d["period"] == {"start": "2025-03-01", "end": "2025-03-31"}
    assert d["vs"] == {"start": "2025-02-01", "end": "2025-02-28"}
    for c in d["contributions"]:
        assert {"member", "rate_effect", "mix_effect", "total"} <= set(c)
    assert sum(c["total"] for c in d["contributions"]) == pytest.approx(d["change"])


def test_explain_command_text_is_a_sentence_and_a_table(tmp_path, capsys):
    make_workspace(tmp_path / "w.duckdb")
    rc, out, _ = run_cli(capsys, "--lang", "nl", "explain", "--workspace", str(tmp_path / "w.duckdb"), "--kpi",
                         "cpa", "--period", "2025-03", "--vs", "2025-02")
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].startswith("CPA: € 12,99 hoger; de eigen CPA van Meta verklaart € 8,12")
    assert lines[2] == "Kosten per conversie (CPA), maart 2025 tegenover februari 2025, per channel"
    assert lines[3].split() == ["Lid", "Ervoor", "Nu", "Eigen", "effect", "Mixeffect", "Bijdrage"]
    assert lines[4].split()[:1] == ["Meta"] and "+€ 8,12" in lines[4]
    assert lines[-1].startswith("Totaal") and lines[-1].endswith("+€ 12,99")


@pytest.mark.parametrize("argv,words", [
    (["--period", "2025-13", "--vs", "2025-02"], "2025-13"),
    (["--period", "2025-03", "--vs", "2025-02", "--kpi", "nope"], "nope"),
    (["--period", "2025-03", "--vs", "2025-02", "--by", "colour"], "colour"),
    (["--period", "2025-03", "--vs", "2025-02", "--kpi", "revenue_growth"], "revenue_growth"),
])
def test_explain_command_user_errors_are_one_line(tmp_path, capsys, argv, words):
    make_workspace(tmp_path / "w.duckdb")
    args = ["explain", "--workspace", str(tmp_path / "w.duckdb"), "--kpi", "cpa", *argv]
    rc, out, err = run_cli(capsys, *args)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and words in err


def test_explain_command_needs_an_existing_workspace(tmp_path, capsys):
    rc, _, err = run_cli(capsys, "explain", "--workspace", str(tmp_path / "none.duckdb"), "--kpi", "cpa",
                         "--period", "2025-03", "--vs", "2025-02")
    assert rc == 2 and "none.duckdb" in err
