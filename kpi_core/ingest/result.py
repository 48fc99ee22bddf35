"""What reading one export gives: canonical rows plus an account of every decision and every row set aside."""

from __future__ import annotations

from dataclasses import dataclass, field

# Why a row or line of a file is in no canonical row (ReadResult.set_aside, inspect's `skipped`); each has its words
# in the data page (messages/ui.py, ui.data.reason.*).
REASONS = ("preamble", "totals", "blank", "repeated_header", "note", "out_of_range", "undated", "extra_table",
           "in_total")


@dataclass
class ReadResult:
    """Canonical rows of one export; rows read = rows kept + rows set aside."""

    rows: object  # pyarrow.Table (or a Resident table): `date` (date32) + dimension (string) and measure (float64)
    info: dict  # the `inspect --json` object
    set_aside: list[tuple[int, str]] = field(default_factory=list)  # (1-based row, reason)
    content_hash: str = ""  # sha256 of the file's bytes
    account: str | None = None  # the ad account / property / list, when the export names one
    # {dimension: its values} an export covers alone (a report of one campaign): it replaces only those rows of an
    # earlier export of the same tool and account, never the rest of their days (store/datasets.py).
    scope: dict = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.info["source"]

    @property
    def file(self) -> str:
        return self.info["file"]


@dataclass
class Resident:
    """Canonical rows left where the reader classified them, in the engine that will store them
    (read_export(into=...)): no Arrow copy, no second table.

    `engine.registered()` shows `sql` under the caller's name; the store drops `schema` once added
    (store/datasets.py), unless it shows the rows where they are (store/facts.adopt, in memory): then `kept`, and
    dropped once they change."""

    sql: str  # a SELECT over the reader's tables in `schema`; made by the reader, never text from a file
    schema: str  # '_read_<hex>', made by the reader
    column_names: list[str]
    num_rows: int
    kept: bool = False  # the store shows them where they are (store/facts.adopt): the schema stays
