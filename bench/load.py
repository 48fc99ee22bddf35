"""`python bench/load.py [--sessions 20] [--seconds 60]`: simulated sessions on one workspace, side by side.

Each session is a thread on the process's one Workspace for the file (as the app's `open_workspace` shares it) that,
until the time is up, uploads a small generated export, saves a target, or computes the dashboard's KPIs the way
pages/dashboard.py does through ui/cache.py (present KPIs, filter choices, the period, the previous period, the trend).
Reported: p50 and p95 latency per action. Checked afterwards, on the workspace opened again from its file: no write
was lost (every upload is a dataset with all its rows, the clicks sum to what the uploads held, every saved target is
there) and no action failed; else it exits 1.
Not part of `make test`; `make bench` runs it after the speed benchmarks."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY0 = dt.date(2024, 1, 1)
CAMPAIGNS = 25  # rows per upload: one day of 25 campaigns
WEIGHTS = {"upload": 1, "target": 1, "dashboard": 3}  # a session looks more often than it writes


class Log:
    """What every session did: latencies per action, the writes it made, what failed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seconds: dict[str, list[float]] = {a: [] for a in WEIGHTS}
        self.uploads: dict[str, tuple[int, int]] = {}  # file name -> (rows, clicks)
        self.targets: set[str] = set()
        self.failures: list[str] = []
        self.day = 0  # the next upload's day: one day each, so no upload replaces another's days

    def next_day(self) -> dt.date:
        with self.lock:
            self.day += 1
            return DAY0 + dt.timedelta(days=self.day)

    def took(self, action: str, seconds: float) -> None:
        with self.lock:
            self.seconds[action].append(seconds)


def export(folder: Path, day: dt.date, rng: random.Random) -> tuple[Path, int, int]:
    """A Google Ads daily export of one day (preamble, grouped numbers, a totals row); returns (path, rows, clicks)."""
    lines = ["Campaign report", f"{day:%B} {day.day}, {day.year} - {day:%B} {day.day}, {day.year}",
             "Day,Campaign,Campaign type,Impr.,Clicks,Cost,Conversions,Conv. value"]
    clicks = 0
    for c in range(CAMPAIGNS):
        impressions = rng.randrange(1_000, 50_000)
        n = rng.randrange(0, impressions // 20)
        clicks += n
        lines.append(f'{day.isoformat()},Campaign {c},{("Search", "Display")[c % 2]},"{impressions:,}",{n},'
                     f'{n * 0.4:.2f},{n // 25},{n // 25 * 40:.2f}')
    lines.append(f"Total: Account,,,,{clicks},,,")
    path = folder / f"google_ads_{day.isoformat()}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, CAMPAIGNS, clicks


def upload(ws, folder: Path, log: Log, rng: random.Random) -> None:
    path, rows, clicks = export(folder, log.next_day(), rng)
    report = ws.add_files([path], lang="en")[0]
    if report.get("status") != "added":
        raise RuntimeError(f"{path.name}: {report.get('status')}: {report.get('message')}")
    with log.lock:
        log.uploads[path.name] = (rows, clicks)


def save_target(ws, session: int, n: int, log: Log) -> None:
    tid = f"s{session}-t{n}"
    ws.save_target({"id": tid, "kpi": "clicks", "target": 1000 + n, "start": "2024-01-01", "deadline": "2026-12-31",
                    "owner": f"Session {session}"})
    with log.lock:
        log.targets.add(tid)


def dashboard(ws) -> None:
    """What a first render of pages/dashboard.py computes (ui/cache.py, without its caches)."""
    from kpi_core import kpis
    from kpi_core.catalogue import DOMAINS
    from kpi_core.compiler import Filters

    sets = ws.datasets()
    table = {**kpis.catalogue(), **ws.custom_kpis()}
    have = kpis.presence(ws.engine)
    present = [k for k, kpi in table.items() if all(m in have for m in kpi.measures)]
    chosen = []
    for dom in DOMAINS:  # _default_kpis: ratios first, two per domain, six at most
        ks = [k for k in present if table[k].domain == dom and not table[k].growth and not table[k].cumulative]
        ks.sort(key=lambda k: table[k].denominator is None)
        chosen += ks[:2]
    chosen = [table[k] for k in chosen[:6]]
    if not chosen:
        return
    plain = [k for k in chosen if not k.growth]
    for dim in ("channel", "campaign"):  # the filter choices
        kpis.series_many(ws.engine, plain, "total", None, dim)
    lo = min(dt.date.fromisoformat(d["date_min"]) for d in sets if d["date_min"])
    hi = max(dt.date.fromisoformat(d["date_max"]) for d in sets if d["date_max"])
    span = (hi - lo).days + 1
    kpis.series_many(ws.engine, chosen, "total", Filters(lo, hi))
    kpis.series_many(ws.engine, chosen, "total", Filters(lo - dt.timedelta(days=span), lo - dt.timedelta(days=1)))
    kpis.series_many(ws.engine, chosen, "month", Filters(lo, hi))


def session(ws, number: int, folder: Path, until: float, log: Log) -> None:
    rng = random.Random(number)
    targets = 0
    while time.perf_counter() < until:
        action = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        start = time.perf_counter()
        try:
            if action == "upload":
                upload(ws, folder, log, rng)
            elif action == "target":
                targets += 1
                save_target(ws, number, targets, log)
            else:
                dashboard(ws)
        except Exception as e:  # counted and reported: a failed action is a failed run
            with log.lock:
                log.failures.append(f"session {number} {action}: {type(e).__name__}: {e}")
            continue
        log.took(action, time.perf_counter() - start)


def lost_writes(ws, log: Log) -> list[str]:
    """Every upload a dataset with all its rows and clicks, every target there: the writes no session lost."""
    problems = []
    sets = {d["file"]: d for d in ws.datasets()}
    for name, (rows, _) in sorted(log.uploads.items()):
        d = sets.get(name)
        if d is None:
            problems.append(f"upload {name} is no dataset")
        elif (d["rows"], d["rows_now"]) != (rows, rows):
            problems.append(f"upload {name}: {d['rows_now']} of {rows} rows")
    (clicks,) = ws.engine.rows("SELECT sum(clicks) FROM facts")[0]
    expected = sum(c for _, c in log.uploads.values())
    if clicks != expected:
        problems.append(f"clicks in the workspace {clicks}, in the uploads {expected}")
    have = {t["id"] for t in ws.targets()}
    problems += [f"target {tid} is missing" for tid in sorted(log.targets - have)]
    return problems


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sessions", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    args = p.parse_args(argv)
    from kpi_core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="koers-load-"))
    ws = Workspace.shared(folder / "load.duckdb")
    log = Log()
    upload(ws, folder, log, random.Random(0))  # the dashboard has something to show from the first second
    until = time.perf_counter() + args.seconds
    threads = [threading.Thread(target=session, args=(ws, i, folder, until, log)) for i in range(args.sessions)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print(f"load: {args.sessions} sessions for {args.seconds:.0f} s on one workspace; {len(log.uploads)} uploads, "
          f"{len(log.targets)} targets saved")
    for action, secs in log.seconds.items():
        if secs:
            print(f"  {action:10} {len(secs):5} done   p50 {percentile(secs, 50) * 1000:7.0f} ms   "
                  f"p95 {percentile(secs, 95) * 1000:7.0f} ms   max {max(secs) * 1000:7.0f} ms")
    ws.close()
    again = Workspace(folder / "load.duckdb")  # read back from the file: what was written is what was kept
    problems = log.failures + lost_writes(again, log)
    again.close()
    for line in problems[:20]:
        print("  FAILED", line)
    print("  no write lost, no action failed" if not problems else f"  {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
