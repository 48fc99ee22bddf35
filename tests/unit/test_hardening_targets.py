"""Targets files from anyone: every hostile shape is one line (exit 2), fast, and leaves nothing behind."""

from __future__ import annotations

import time

import pytest

from kpi_core import cli
from kpi_core.errors import KoersError
from kpi_core.targets import parse_yaml
from kpi_core.workspace import Workspace

ONE = "- id: a\n  kpi: ctr\n  target: {target}\n  start: {start}\n  deadline: 2025-03-31\n"


def laughs(levels: int = 10) -> str:
    """The 'billion laughs' document: each alias list names the previous one nine times (9^levels values)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def refused(text, file="t.yaml") -> KoersError:
    with pytest.raises(KoersError) as e:
        parse_yaml(text, file=file)
    return e.value


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMANDS", {"targets": "targets"})

    def call(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err
    return call


def test_billion_laughs_is_refused_before_it_expands():
    started = time.perf_counter()
    e = refused(laughs())
    assert e.code == "targets.aliases" and time.perf_counter() - started < 5
    assert len(e.message("en")) < 300


def test_an_alias_that_contains_itself_is_refused_not_followed():
    assert refused("- &a [*a]\n").code == "targets.aliases"
    assert refused("- id: x\n  notes: &n {a: *n}\n").code == "targets.aliases"


def test_a_large_aliased_value_in_an_error_is_shown_short():
    text = "- id: a\n  kpi: ctr\n  target: &big [" + ", ".join(["12345"] * 2000) + "]\n" \
           "  start: 2025-01-01\n  deadline: 2025-03-31\n  notes: *big\n"
    e = refused(text)
    assert (e.code, e.info["key"], e.info["line"]) == ("targets.bad_value", "target", 3)
    assert len(e.info["value"]) <= 60 and len(e.message("en")) < 300


def test_merge_keys_still_share_fields():
    text = ("- &base\n  id: a\n  kpi: ctr\n  target: 0.05\n  start: 2025-01-01\n  deadline: 2025-03-31\n"
            "  owner: Anna\n- <<: *base\n  id: b\n  target: 0.06\n")
    a, b = parse_yaml(text)
    assert (b.id, b.owner, b.target, b.start) == ("b", "Anna", 0.06, a.start)


def test_a_400_digit_number_is_a_bad_value_on_its_line():
    e = refused(ONE.format(target="9" * 400, start="2025-01-01"))
    assert (e.code, e.info["key"], e.info["line"]) == ("targets.bad_value", "target", 3)
    assert e.info["value"].endswith("…") and len(e.info["value"]) == 60


def test_an_impossible_date_is_a_bad_value_on_its_line():
    for start in ("2025-13-45", "!!timestamp 2025-13-45", "'2025-02-30'"):
        e = refused(ONE.format(target="1", start=start))
        assert (e.code, e.info["key"], e.info["line"]) == ("targets.bad_value", "start", 4), start
    assert "expected YYYY-MM-DD (1990-2100)" in refused(ONE.format(target="1", start="2025-13-45")).message("en")


def test_dates_outside_the_year_range_are_refused_and_the_range_is_configurable(monkeypatch):
    e = refused(ONE.format(target="1", start="1850-01-01"))
    assert (e.code, e.info["key"]) == ("targets.bad_value", "start")
    monkeypatch.setenv("KOERS_MIN_YEAR", "1800")
    assert parse_yaml(ONE.format(target="1", start="1850-01-01"))[0].start.year == 1850


def test_single_digit_months_and_quoted_dates_still_read():
    (t,) = parse_yaml(ONE.format(target="1", start="2025-1-5"))
    assert t.start.isoformat() == "2025-01-05"


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "{a: " * 100_000 + "}" * 100_000,
                                  "x: " + "[ " * 30 + "]" * 30])
def test_deep_flow_nesting_is_one_line(text):
    started = time.perf_counter()
    e = refused(text)
    assert (e.code, e.info["line"]) == ("targets.too_deep", 1) and time.perf_counter() - started < 5


def test_deep_block_nesting_is_refused_with_its_line():
    text = "- id: a\n  kpi: ctr\n  notes:\n" + "".join(" " * (2 * i + 4) + "-\n" for i in range(30))
    e = refused(text)
    assert e.code == "targets.too_deep" and e.info["line"] > 3


def test_more_targets_than_the_limit_are_refused_fast_and_the_limit_is_configurable(monkeypatch):
    many = "".join(ONE.replace("id: a", f"id: t{i}").format(target="1", start="2025-01-01") for i in range(45_000))
    started = time.perf_counter()
    e = refused(many)
    assert (e.code, e.info["limit"]) == ("targets.too_many", 5000)
    assert time.perf_counter() - started < 30  # stops at target 5,001: the other 40,000 are never parsed
    assert "at most 5000 (KOERS_MAX_TARGETS)" in e.message("en")
    monkeypatch.setenv("KOERS_MAX_TARGETS", "3")
    assert refused(many[: len(many) // 10_000]).code == "targets.too_many"


def test_5000_targets_import_in_one_transaction(tmp_path, run):
    f = tmp_path / "t.yaml"
    f.write_text("".join(ONE.replace("id: a", f"id: t{i}").format(target="1", start="2025-01-01")
                         for i in range(5000)))
    ws = Workspace(tmp_path / "w.duckdb")
    writes = ws.version
    started = time.perf_counter()
    ids = ws.save_targets([t.to_dict() for t in parse_yaml(f.read_text())])
    assert len(ids) == 5000 and ws.version == writes + 1  # one write: one transaction
    assert time.perf_counter() - started < 60
    assert [t["id"] for t in ws.targets()][:3] == ["t0", "t1", "t2"]  # in the file's order
    ws.close()
    code, out, _ = run("targets", "import", "--workspace", tmp_path / "w.duckdb", f)
    assert code == 0 and out.startswith("5000 targets imported")


@pytest.mark.parametrize("data, code", [
    ("- id: café\n".encode("latin-1"), "targets.encoding"),
    (ONE.format(target="1", start="2025-01-01").encode("utf-16-le"), "targets.encoding"),  # no BOM
    (bytes(range(256)) * 4, "targets.encoding"),
])
def test_an_encoding_it_cannot_read_is_one_line(tmp_path, run, data, code):
    f = tmp_path / "t.yaml"
    f.write_bytes(data)
    status, out, err = run("targets", "import", "--workspace", tmp_path / "w.duckdb", f)
    assert (status, out) == (2, "") and err.count("\n") == 1 and "Save the file as UTF-8" in err
    assert not (tmp_path / "w.duckdb").exists()  # a workspace is made only for good targets


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_utf16_and_utf8_with_a_bom_read(tmp_path, run, encoding):
    f = tmp_path / "t.yaml"
    f.write_bytes(ONE.format(target="1", start="2025-01-01").encode(encoding))
    assert run("targets", "import", "--workspace", tmp_path / "w.duckdb", f)[:2] == (0, "1 targets imported: a.\n")


@pytest.mark.parametrize("text", [
    laughs(), "[" * 100_000, ONE.format(target="9" * 400, start="2025-01-01"),
    ONE.format(target="1", start="2025-13-45"), "- id: a\n  kpi: [unclosed\n", "\t- bad: tab\n",
])
def test_every_bad_file_is_one_line_with_exit_2_and_no_workspace(tmp_path, run, text):
    f = tmp_path / "t.yaml"
    f.write_text(text)
    code, out, err = run("targets", "import", "--workspace", tmp_path / "w.duckdb", f)
    assert (code, out) == (2, "") and err.count("\n") == 1 and len(err) < 400
    assert not (tmp_path / "w.duckdb").exists()


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path, run, monkeypatch):
    from kpi_core import safe_yaml

    monkeypatch.setattr(safe_yaml, "MAX_YAML_MB", 0)
    f = tmp_path / "t.yaml"
    f.write_text(ONE.format(target="1", start="2025-01-01"))
    code, _, err = run("targets", "import", "--workspace", tmp_path / "w.duckdb", f)
    assert code == 2 and "a targets file is at most 0 MB" in err


def test_bad_targets_leave_an_existing_workspace_as_it_was(tmp_path, run):
    ws = Workspace(tmp_path / "w.duckdb")
    ws.save_target({"id": "keep", "kpi": "ctr", "target": 0.1, "start": "2025-01-01", "deadline": "2025-02-01"})
    f = tmp_path / "t.yaml"
    f.write_text(ONE.format(target="1", start="2025-01-01") + ONE.replace("id: a", "id: b").format(
        target="1", start="2025-13-45"))
    assert run("targets", "import", "--workspace", tmp_path / "w.duckdb", f)[0] == 2
    assert [t["id"] for t in Workspace(tmp_path / "w.duckdb").targets()] == ["keep"]
