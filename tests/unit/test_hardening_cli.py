"""The command line: one line and exit 2 for input to fix, one line and exit 1 for a bug, never a raw terminal
control from a file, no DuckDB connection left open, and dates only in the configured years."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kpi_core import cli, engine
from kpi_core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
RAW = ("\x1b", "\x07", "\x9b", "\u202e")  # ESC, BEL, CSI, right-to-left override


@pytest.fixture
def evil(tmp_path) -> Path:
    """An export whose file name and campaign name carry terminal controls."""
    path = tmp_path / "ev\x1b]0;title\x07il\u202e.csv"
    path.write_text("Date,Campaign,Clicks,Cost\n2025-01-01,\x1b[2JA\x9b,10,5\n2025-01-02,B,20,7.5\n")
    return path


def test_names_with_terminal_controls_are_printed_escaped(tmp_path, run, evil):
    ws = tmp_path / "w.duckdb"
    for argv in (["add", "--workspace", ws, evil], ["datasets", "--workspace", ws],
                 ["compute", "--workspace", ws, "--dim", "campaign", "--kpi", "cpc"]):
        code, out, err = run(*argv)
        assert code == 0 and not any(c in out + err for c in RAW), argv
    assert "\\x1b[2JA\\x9b" in out  # shown, escaped, where the campaign is
    code, out, _ = run("datasets", "--workspace", ws, "--json")
    assert not any(c in out for c in RAW)
    assert json.loads(out)["datasets"][0]["file"] == evil.name  # the JSON still says exactly what the name is


def test_an_error_naming_such_a_file_is_one_escaped_line(tmp_path, run):
    gone = tmp_path / "no\x1b[31mpe\nsecond line.yaml"
    code, out, err = run("targets", "import", "--workspace", tmp_path / "w.duckdb", gone)
    assert (code, out) == (2, "") and err.count("\n") == 1 and "\\x1b[31m" in err and "\x1b" not in err


def test_a_bug_is_one_line_and_exit_1(run, monkeypatch):
    from kpi_core.commands import catalog

    monkeypatch.delenv("KOERS_STRICT", raising=False)
    monkeypatch.setattr(catalog, "run", lambda args: 1 / 0)
    code, out, err = run("catalog")
    assert (code, out) == (1, "") and err == "Something went wrong: ZeroDivisionError: division by zero\n"
    monkeypatch.setenv("KOERS_STRICT", "1")  # tests see the traceback
    with pytest.raises(ZeroDivisionError):
        cli.main(["catalog"])


def test_every_connection_is_closed_when_a_command_ends(tmp_path, run, evil):
    ws = tmp_path / "w.duckdb"
    assert run("add", "--workspace", ws, evil)[0] == 0
    assert list(engine._OPEN) == []
    assert run("compute", "--workspace", ws, "--from", "1800-01-01")[0] == 2
    assert list(engine._OPEN) == []
    assert Workspace(ws).datasets()[0]["rows"] == 2  # and the file is whole


@pytest.mark.parametrize("argv, option, value", [
    (["compute", "--workspace", "W", "--from", "1800-01-01"], "--from", "1800-01-01"),
    (["compute", "--workspace", "W", "--to", "2101-01-01"], "--to", "2101-01-01"),
    (["compute", "--workspace", "W", "--from", "0001-01-01", "--to", "9999-12-31"], "--from", "0001-01-01"),
    (["targets", "status", "--workspace", "W", "--as-of", "1989-12-31"], "--as-of", "1989-12-31"),
])
def test_dates_outside_the_years_are_one_line(tmp_path, run, evil, argv, option, value):
    ws = tmp_path / "w.duckdb"
    run("add", "--workspace", ws, evil)
    code, out, err = run(*[ws if a == "W" else a for a in argv])
    assert (code, out) == (2, "")
    assert err == f"{option} {value}: a date falls in 1990–2100 (change that with KOERS_MIN_YEAR and KOERS_MAX_YEAR).\n"


def test_the_years_follow_the_environment(tmp_path, run, evil, monkeypatch):
    ws = tmp_path / "w.duckdb"
    run("add", "--workspace", ws, evil)
    monkeypatch.setenv("KOERS_MAX_YEAR", "2300")
    code, out, _ = run("compute", "--workspace", ws, "--kpi", "clicks", "--to", "2200-01-01", "--json")
    assert code == 0 and json.loads(out)["rows"][0]["value"] == 30
    assert run("compute", "--workspace", ws, "--to", "2301-01-01")[0] == 2
    assert run("compute", "--workspace", ws, "--to", "2025-02-30")[2] == \
        "'2025-02-30' is not a date. Write YYYY-MM-DD, for example 2025-01-31.\n"


def test_a_failing_command_in_its_own_process_exits_2_every_time(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k != "KOERS_STRICT"}
    (tmp_path / "bad.yaml").write_text("- id: a\n  kpi: ctr\n  target: 1\n  start: 2025-13-45\n"
                                       "  deadline: 2025-03-31\n")
    Workspace(tmp_path / "w.duckdb").close()
    for argv in (["targets", "import", "--workspace", "w.duckdb", "bad.yaml"],
                 ["compute", "--workspace", "w.duckdb", "--from", "1800-01-01"],
                 ["export", "--workspace", "w.duckdb", "--to", "w.duckdb"]) * 2:
        proc = subprocess.run([sys.executable, "-m", "kpi_core", *argv], capture_output=True, text=True,
                              cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)}, timeout=300)
        assert (proc.returncode, proc.stdout, proc.stderr.count("\n")) == (2, "", 1), (argv, proc.stderr)


def test_output_cut_short_by_its_reader_is_no_traceback(tmp_path):
    # `koers inspect … | head -2`: the pipe closed before the output was written raised BrokenPipeError with a
    # traceback. The reader here closes the pipe before reading anything.
    import os

    rows = "".join(f"2025-01-{d:02d},Campaign {n},{n},1.5\n" for d in range(1, 29) for n in range(60))
    (tmp_path / "ads.csv").write_text("Date,Campaign,Clicks,Cost\n" + rows)
    env = {k: v for k, v in os.environ.items() if k != "KOERS_STRICT"}
    proc = subprocess.Popen([sys.executable, "-m", "kpi_core", "compute", "ads.csv", "--by", "day", "--dim",
                             "campaign", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
                            env={**env, "PYTHONPATH": str(ROOT)})
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 1 and "Traceback" not in err and "BrokenPipe" not in err, err


def test_a_folder_given_as_a_file_is_said_as_one(tmp_path, run):
    # `inspect exports/` gave "Something went wrong: IsADirectoryError" and exit 1, as if Koers had a bug.
    (tmp_path / "exports").mkdir()
    for argv in (["inspect", tmp_path / "exports"], ["compute", tmp_path / "exports"],
                 ["add", "--workspace", tmp_path / "w.duckdb", tmp_path / "exports"]):
        code, out, err = run(*argv)
        assert (code, out) == (2, "") and err.count("\n") == 1, (argv, err)
        assert "exports is a folder, not a file" in err
