"""The case table: what each hostile file is and what the command line must do with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Case:
    """One hostile input and the answer it must get."""

    id: str  # '<kind>/<what>'
    make: Callable[[Path], list[str]]  # writes its files in a folder; returns the arguments of `python -m kpi_core`
    rc: int = 2  # 2: refused with one line on stderr; 0: read (warnings, if any, in the JSON on stdout)
    says: tuple[str, ...] = ()  # words the stderr line holds (rc 2)
    warns: tuple[str, ...] = ()  # warning codes `--json` lists (rc 0, inspect)
    shows: dict = field(default_factory=dict)  # keys of the `--json` object and the values they must have (rc 0)
    env: dict = field(default_factory=dict)  # settings for this run (KOERS_*)
    after: Callable[[Path], str | None] | None = None  # a check of the folder afterwards: a complaint, or None

    @property
    def kind(self) -> str:
        return self.id.split("/")[0]


def all_cases() -> list[Case]:
    from . import csv_files, other_files

    return csv_files.CASES + other_files.CASES
