"""The demo: every export in sample_data/ plus the demo targets, if sample_data/ has a targets YAML."""

from __future__ import annotations

from pathlib import Path

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"
DATA_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls"}


def demo_files(folder: Path = SAMPLE_DATA) -> list[Path]:
    """The export files under folder, sorted, skipping hidden files and READMEs."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in DATA_SUFFIXES and not p.name.lower().startswith("readme")
        and not any(s.startswith(".") for s in p.relative_to(folder).parts)
    )


def demo_targets(folder: Path = SAMPLE_DATA) -> list[dict]:
    """Target dicts from folder/targets.yaml, validated (none when there is no such file)."""
    from ..targets import parse_yaml

    file = folder / "targets.yaml"
    if not file.is_file():
        return []
    return [t.to_dict() for t in parse_yaml(file.read_text(encoding="utf-8"), file=file.name)]


def add_demo(ws, folder: Path = SAMPLE_DATA, lang: str | None = None) -> dict:
    """Load the sample exports and demo targets into ws; returns {'files': reports, 'targets': count}."""
    files = ws.add_files(demo_files(folder), lang=lang)
    targets = demo_targets(folder)
    for target in targets:
        ws.save_target(target)
    return {"files": files, "targets": len(targets)}
