"""The cost-growth table of `make bench`: bench/growth.py once per size, each in its own process (its own peak)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(sizes: dict[str, list[Path]], py: str, env: dict) -> None:
    from bench.run import bar

    got = {}
    for name, files in sizes.items():
        out = subprocess.run([py, str(ROOT / "bench" / "growth.py"), *map(str, files)], capture_output=True, text=True,
                             cwd=ROOT, env=env)
        if out.returncode:
            raise SystemExit(f"growth {name} failed:\n{out.stderr[-2000:]}")
        got[name] = json.loads(out.stdout)
    base = next(iter(got.values()))
    cols = (("read", "read s"), ("add", "add s"), ("add_max", "add/upl s"), ("compute", "compute s"),
            ("filter", "filter s"), ("peak_mib", "peak MiB"))
    print(f"  {'rows':>11} " + " ".join(f"{title:>17}" for _, title in cols))
    for g in got.values():
        cells = [f"{g[k]:8.2f} ({g[k] / base[k]:5.1f}x)" if k != "peak_mib" else f"{g[k]:8.0f} ({g[k] / base[k]:5.1f}x)"
                 for k, _ in cols]
        print(f"  {g['rows']:>11,} " + " ".join(f"{c:>17}" for c in cells), flush=True)
    big = got[list(got)[-1]]
    bar("largest: slowest add of one upload", big["add_max"], 1.5, "s")
    bar("largest: filter change", big["filter"] * 1000, 200, "ms")
    bar("largest: peak memory", big["peak_mib"], 2048, "MiB")
