"""The real-format corpus: one generator per export format found in public repositories.

Each generator writes a file with the structure of a real download (encoding and BOM, delimiter, quoting, preamble
and footer lines, header spellings of the interface language, number and date style, totals rows) and made-up values,
and names the repository and path the structure comes from. Its expectations (rows kept, totals per measure, period,
currency) are counted by hand from the rows it writes; tests/golden/test_corpus.py checks them through the reader.
No third-party file and no personal data is committed: every value here is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Case:
    """One real-world export format and what Koers must read from it."""

    id: str  # '<tool>/<report kind>/<interface language or variant>'
    origin: str  # the public repository and path whose structure the generator reproduces
    filename: str  # the name the tool gives the download
    make: Callable[[Path], None]  # writes the file at the given path
    source: str  # the source id Koers must recognise
    rows: int  # data rows kept (the `rows` of inspect --json)
    totals: dict[str, float]  # measure id -> sum over the canonical rows, counted by hand
    period: tuple[str, str, str] | None = None  # (start, end, from) as inspect reports it; None: not checked
    currency: str | None = None  # ISO code inspect reports (None: the file names none)
    language: str = "en"  # the interface language the export was written in
    given_period: str | None = None  # FROM..TO the user gives for a report that states none ('All time')
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows set aside, where the format has them
    refused: str | None = None  # the error code a file without data rows must give (one line, exit 2)


CASES: list[Case] = []


def case(**kw):
    """Register the decorated generator as a corpus case."""

    def wrap(make):
        CASES.append(Case(make=make, **kw))
        return make

    return wrap


def write(path: Path, lines: list[str], encoding: str = "utf-8", bom: bool = False, eol: str = "\n",
          final_eol: bool = True) -> None:
    """Write lines as a tool does: encoding (utf-8, utf-16-le, cp1252), optional BOM, line ending."""
    text = eol.join(lines) + (eol if final_eol else "")
    data = text.encode("utf-16-le" if encoding == "utf-16-le" else encoding)
    if bom:
        data = (b"\xff\xfe" if encoding == "utf-16-le" else b"\xef\xbb\xbf") + data
    path.write_bytes(data)


def load_all() -> list[Case]:
    """Every case of every module in this package."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")
    return sorted(CASES, key=lambda c: c.id)
