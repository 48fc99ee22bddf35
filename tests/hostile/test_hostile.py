"""Every hostile case through the command line, each in its own process under an address-space limit: exit 2 with
exactly one line on stderr (no traceback, no raw control character, no echo of a whole line), or exit 0 with the
warnings the case names; within CPU seconds of work (WALL on the clock).

Each test runs its own case, so `make test`'s two workers run two cases side by side. (The cases once ran all at
once per test session; each pytest-xdist worker is a session of its own, so both workers ran every case.)"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from .cases import Case, all_cases

ROOT = Path(__file__).resolve().parents[2]
MEMORY = 2 << 30  # bytes of address space a run may take: exceeding it is a MemoryError, so a failed case
CPU = 20.0  # seconds of processor time a run may take: a guard, not a benchmark (a case takes 1-5 s alone)
WALL = 60.0  # seconds on the clock: CPU plus waiting, for a machine that runs other work beside the suite
LONGEST_LINE = 1000  # characters of the stderr line: a message names a line, it never repeats one
CASES = all_cases()

# Sets the limit, runs `python -m kpi_core ...` in this same process and writes its peak resident memory (VmHWM: of
# this process image only; ru_maxrss of a child would count the pages of the large test process it was forked from)
# and its processor seconds, all threads.
LAUNCH = """
import resource, runpy, sys
n, peak = int(sys.argv[1]), sys.argv[2]
resource.setrlimit(resource.RLIMIT_AS, (n, n))
sys.argv = ["kpi_core", *sys.argv[3:]]
try:
    runpy.run_module("kpi_core", run_name="__main__", alter_sys=True)
finally:
    use = resource.getrusage(resource.RUSAGE_SELF)
    with open("/proc/self/status") as fh, open(peak, "w") as out:
        out.write(next(line.split()[1] for line in fh if line.startswith("VmHWM:")))
        out.write(f" {use.ru_utime + use.ru_stime}")
"""


@dataclass
class Result:
    rc: int
    stdout: str
    stderr: str
    seconds: float
    cpu: float
    peak_mb: float
    complaint: str | None  # the case's own check of its folder afterwards


def run(case: Case, folder: Path) -> Result:
    """Write the case's files, run the command under the limit, and measure it."""
    import subprocess

    folder.mkdir(parents=True)
    args = case.make(folder)
    # pyarrow's default pool (mimalloc) reserves 1 GiB of address space on first use, memory it never touches: under
    # an address-space limit that reservation would decide, not the case (an import under load failed to map a
    # library once the reservation and the threads' malloc arenas had taken 2 GiB). The system pool reserves nothing.
    env = {**os.environ, "KOERS_DATA_DIR": str(folder / "data"), "ARROW_DEFAULT_MEMORY_POOL": "system", **case.env}
    out, err, peak = folder / "stdout", folder / "stderr", folder / "peak_kb"
    with open(out, "wb") as fo, open(err, "wb") as fe:
        start = time.perf_counter()
        p = subprocess.Popen([sys.executable, "-c", LAUNCH, str(MEMORY), str(peak), *args], stdout=fo, stderr=fe,
                             cwd=ROOT, env=env)
        try:
            p.wait(timeout=3 * WALL)  # a hung case ends its run, never the suite
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        seconds = time.perf_counter() - start
    kb, cpu = map(float, peak.read_text().split()) if peak.exists() else (float("nan"), float("nan"))
    return Result(rc=p.returncode, stdout=out.read_text(errors="replace"), stderr=err.read_text(errors="replace"),
                  seconds=seconds, cpu=cpu, peak_mb=kb / 1024, complaint=case.after(folder) if case.after else None)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input_gets_one_line_or_a_reading(case: Case, tmp_path):
    r = run(case, tmp_path / case.id.replace("/", "-"))
    said = f"rc {r.rc} in {r.seconds:.1f} s ({r.cpu:.1f} s CPU), peak {r.peak_mb:.0f} MB\nstderr: {r.stderr[:2000]!r}"
    assert "Traceback" not in r.stderr, said
    assert r.rc == case.rc, said
    assert r.cpu < CPU and r.seconds < WALL, said  # a run that crashed wrote no figures: NaN fails here too
    assert r.peak_mb < MEMORY / 2**20, said
    assert r.complaint is None, r.complaint
    if case.rc == 2:
        assert r.stderr.endswith("\n") and r.stderr.count("\n") == 1, said
        line = r.stderr[:-1]
        assert line.strip() and len(line) <= LONGEST_LINE, said
        assert all(ch.isprintable() for ch in line), said  # control characters from a file are shown escaped
        for words in case.says:
            assert words in line, said
        return
    assert r.stderr == "", said
    out = json.loads(r.stdout)
    codes = [w["code"] for w in out.get("warning_codes", [])]
    for code in case.warns:
        assert code in codes, (code, out.get("warnings"))
    for key, value in case.shows.items():
        assert out[key] == value, (key, out[key])


def test_the_corpus_covers_every_kind_of_input():
    """At least 60 cases; CSV in every way that hurts, and the other ways in: workbooks, workspace exports, target
    files, formulas."""
    kinds = {}
    for c in CASES:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)
    assert {"csv", "enc", "empty", "quote", "binary", "dates", "numbers", "plausible"} <= set(kinds), kinds
    assert kinds["xlsx"] >= 3 and kinds["zip"] >= 4 and kinds["yaml"] >= 4 and kinds["formula"] >= 1, kinds


def write_all(out: Path) -> None:
    """Write every case's files under `out` (one folder per case) and print the command each runs."""
    for c in CASES:
        folder = out / c.id.replace("/", "-")
        folder.mkdir(parents=True, exist_ok=True)
        print(c.id, "->", "python -m kpi_core", " ".join(c.make(folder)))
