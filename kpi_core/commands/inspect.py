"""`inspect FILE`: what Koers detects in an export."""

from __future__ import annotations

INSPECT_KEYS = ("file", "source", "encoding", "delimiter", "decimal", "header_row", "rows", "skipped",
                "date_min", "date_max", "period", "currency", "mapping", "unmapped", "warnings")


def add_arguments(p, name: str) -> None:
    from ..ingest.period import add_argument

    p.add_argument("file", help="an export file (CSV, TSV, XLSX, XLS)")
    add_argument(p)


def run(args) -> dict:
    from ..ingest import read_export
    from ..ingest.period import given, zone

    return read_export(args.file, lang=args.lang, period=given(args.period), zone=zone(args.timezone)).info


def render(out: dict, args) -> str:
    lines = [f"{k:>10}: {out[k]}" for k in INSPECT_KEYS if k not in ("mapping", "unmapped", "warnings", "skipped")]
    lines.append(f"{'skipped':>10}: " + ", ".join(f"{k} {v}" for k, v in out["skipped"].items() if v) or "-")
    lines.append("   mapping:")
    lines += [f"    {h!r:32} -> {m['canonical']} ({m['confidence']:.0%})" for h, m in out["mapping"].items()]
    if out["unmapped"]:
        lines.append("  unmapped: " + ", ".join(out["unmapped"]))
    lines += [f"   warning: {w}" for w in out["warnings"]]
    return "\n".join(lines)
