"""The target model: a SMART goal on one KPI, its YAML import/export and validation."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass, field, fields

from .errors import error, shown
from .schema import DIMENSIONS

COMPARISONS = ("at_least", "at_most")
PACINGS = ("linear", "seasonal")
CADENCES = ("weekly", "monthly", "quarterly")
DEFAULT_THRESHOLDS = {"on_track": 1.0, "at_risk": 0.9}
_ID = re.compile(r"^[A-Za-z0-9_.-]+$")



@dataclass
class Target:
    """One target: KPI, value, comparison, period, scope and who agreed to it."""

    id: str
    kpi: str
    target: float
    start: dt.date
    deadline: dt.date
    comparison: str = "at_least"
    scope: dict[str, str] = field(default_factory=dict)
    baseline: float | None = None
    pacing: str = "linear"
    cadence: str = "monthly"
    owner: str | None = None
    stakeholders: list[str] = field(default_factory=list)
    agreed_by: str | None = None
    agreed_on: dt.date | None = None
    notes: str | None = None
    objective: str | None = None
    title: str | None = None
    # share of the expected value needed for on_track / at_risk (below: off_track)
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))

    @property
    def days(self) -> int:
        """Days in the period, start and deadline inclusive."""
        return (self.deadline - self.start).days + 1

    def to_dict(self) -> dict:
        """Plain data (dates as YYYY-MM-DD); from_dict(to_dict()) gives the same target."""
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # asdict's deep copy is slow for thousands
        d.update(scope=dict(self.scope), stakeholders=list(self.stakeholders), thresholds=dict(self.thresholds))
        for k in ("start", "deadline", "agreed_on"):
            d[k] = d[k].isoformat() if d[k] else None
        return d

    @classmethod
    def from_dict(cls, d: dict, direction=None, file=None, lines=None) -> Target:
        """Validate a mapping into a Target; `direction(kpi) -> 'higher'|'lower'|None` (default: the catalogue)."""
        return _build(d, direction, file, lines or {})


KEYS = tuple(f.name for f in fields(Target))
REQUIRED = ("id", "kpi", "target", "start", "deadline")


def _fail(code, tid, key, line, file, **params):
    return error(code, file=file, row=line, line=line, target=shown(tid), key=_brief(key), **params)


def _brief(v) -> str:
    """A value from the file as a message may show it: at most 60 characters, however large the value is."""
    import reprlib

    if isinstance(v, str):
        return shown(v)
    r = reprlib.Repr()
    r.maxlevel, r.maxdict, r.maxlist, r.maxtuple, r.maxset, r.maxfrozenset = 2, 3, 3, 3, 3, 3
    r.maxstring, r.maxother, r.maxlong = 40, 40, 40
    return shown(r.repr(v))


def _number(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError
    v = float(v)
    if not math.isfinite(v):
        raise ValueError
    return v


def years() -> tuple[int, int]:
    """The years a date may fall in (KOERS_MIN_YEAR..KOERS_MAX_YEAR, default 1990..2100), as for exports."""
    from .ingest.values import year_range

    return year_range()


def _date(v):
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, str):
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", v.strip())
        if m is None:
            raise ValueError
        v = dt.date(*map(int, m.groups()))  # 2025-13-45 raises ValueError: a bad value, with its line
    if not isinstance(v, dt.date):
        raise ValueError
    lo, hi = years()
    if not lo <= v.year <= hi:
        raise ValueError
    return v


def _text(v):
    if isinstance(v, bool) or not isinstance(v, (str, int, float)):
        raise ValueError
    return str(v).strip() or None


def _choice(options):
    def check(v):
        if v not in options:
            raise ValueError
        return v
    return check


def _scope(v):
    if not isinstance(v, dict) or any(k not in DIMENSIONS for k in v):
        raise ValueError
    return {k: _text(x) for k, x in v.items() if x is not None}


def _stakeholders(v):
    if isinstance(v, str):
        return [v]
    if not isinstance(v, list):
        raise ValueError
    return [_text(x) for x in v]


def _thresholds(v):
    if not isinstance(v, dict) or set(v) - set(DEFAULT_THRESHOLDS):
        raise ValueError
    out = dict(DEFAULT_THRESHOLDS, **{k: _number(x) for k, x in v.items()})
    if not 0 < out["at_risk"] <= out["on_track"]:
        raise ValueError
    return out


def _ident(v):
    v = _text(v)
    if v is None or not _ID.match(v):
        raise ValueError
    return v


_PARSE = {
    "id": _ident, "kpi": _ident, "target": _number, "start": _date, "deadline": _date,
    "comparison": _choice(COMPARISONS), "scope": _scope, "baseline": _number,
    "pacing": _choice(PACINGS), "cadence": _choice(CADENCES), "owner": _text,
    "stakeholders": _stakeholders, "agreed_by": _text, "agreed_on": _date, "notes": _text,
    "objective": _text, "title": _text, "thresholds": _thresholds,
}
# what the user should write, shown in the error
_EXPECT = {
    "id": "letters, digits, _ . -", "kpi": "a KPI id", "target": "a number", "start": "YYYY-MM-DD",
    "deadline": "YYYY-MM-DD", "comparison": "at_least | at_most",
    "scope": "dimension: value, dimensions " + ", ".join(DIMENSIONS), "baseline": "a number",
    "pacing": "linear | seasonal", "cadence": "weekly | monthly | quarterly", "stakeholders": "a list of names",
    "agreed_on": "YYYY-MM-DD", "thresholds": "on_track: 1.0, at_risk: 0.9 (0 < at_risk <= on_track)",
}


def _expected(key: str) -> str:
    if _PARSE.get(key) is _date:
        lo, hi = years()
        return f"YYYY-MM-DD ({lo}-{hi})"
    return _EXPECT.get(key, "text")


def _build(d: dict, direction, file, lines: dict) -> Target:
    tid = d.get("id") or "?"
    tid = tid if isinstance(tid, str) else _brief(tid)
    line0 = lines.get(None)
    for k in d:
        if k not in KEYS:
            raise _fail("targets.unknown_key", tid, k, lines.get(k, line0), file, allowed=", ".join(KEYS))
    for k in REQUIRED:
        if d.get(k) is None:
            raise _fail("targets.missing_key", tid, k, line0, file)
    vals = {}
    for k, v in d.items():
        if v is None:
            continue
        try:
            vals[k] = _PARSE[k](v)
        except (ValueError, TypeError, OverflowError):
            raise _fail("targets.bad_value", tid, k, lines.get(k, line0), file, value=_brief(v),
                        expected=_expected(k)) from None
    if vals["deadline"] < vals["start"]:
        raise _fail("targets.deadline_before_start", tid, "deadline", lines.get("deadline", line0), file,
                    start=vals["start"].isoformat(), deadline=vals["deadline"].isoformat())
    if "comparison" not in vals:
        good = (direction or catalogue_direction)(vals["kpi"])
        vals["comparison"] = "at_most" if good == "lower" else "at_least"
    return Target(**vals)


def check_stored(body: dict, file=None, line=None) -> None:
    """A target as a workspace stores it, checked key by key as in a targets file (id, kpi and target needed).

    A workspace may hold a target still being written (no period yet), so the period is not required here."""
    tid = body.get("id") or "?"
    tid = tid if isinstance(tid, str) else _brief(tid)
    for k in ("id", "kpi", "target"):
        if body.get(k) is None:
            raise _fail("targets.missing_key", tid, k, line, file)
    vals = {}
    for k, v in body.items():
        if k not in KEYS:
            raise _fail("targets.unknown_key", tid, k, line, file, allowed=", ".join(KEYS))
        try:
            vals[k] = None if v is None else _PARSE[k](v)
        except (ValueError, TypeError, OverflowError):
            raise _fail("targets.bad_value", tid, k, line, file, value=_brief(v), expected=_expected(k)) from None
    if vals.get("start") and vals.get("deadline") and vals["deadline"] < vals["start"]:
        raise _fail("targets.deadline_before_start", tid, "deadline", line, file,
                    start=vals["start"].isoformat(), deadline=vals["deadline"].isoformat())


def catalogue_direction(kpi: str) -> str | None:
    """'higher' or 'lower' for a catalogue KPI, None for others."""
    from .catalogue import catalogue

    k = catalogue().get(kpi)
    return k.good if k else None


def parse_yaml(text: str, file=None, direction=None) -> list[Target]:
    """Parse a YAML list of targets; errors name the target and the line in the file.

    Read within the limits of safe_yaml (size, nesting, aliases, count) before anything is built from it."""
    import yaml

    from .safe_yaml import load

    root, data = load(text, file)
    if data is None:
        return []
    if not isinstance(data, list):
        line = root.start_mark.line + 1
        raise error("targets.not_a_list", file=file, row=line, line=line)
    out, seen = [], {}
    for node, item in zip(root.value, data, strict=True):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            raise error("targets.not_a_mapping", file=file, row=line, line=line)
        lines = {None: line}
        lines.update({k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)})
        t = Target.from_dict(item, direction, file, lines)
        if t.id in seen:
            raise _fail("targets.duplicate_id", t.id, "id", lines.get("id", line), file, first=seen[t.id])
        seen[t.id] = lines.get("id", line)
        out.append(t)
    return out


def read_yaml(path) -> str:
    """The text of a targets file, read within the limits of safe_yaml."""
    from .safe_yaml import read

    return read(path)


def to_yaml(targets: list[Target]) -> str:
    """YAML text for a list of targets (empty and default-free keys left out)."""
    import yaml

    rows = []
    for t in targets:
        d = asdict(t)  # dates stay dates: YAML writes them unquoted
        if d["thresholds"] == DEFAULT_THRESHOLDS:
            del d["thresholds"]
        first = {k: d.pop(k) for k in ("id", "title", "objective", "kpi")}  # what a reader looks for first
        rows.append({k: v for k, v in {**first, **d}.items() if v not in (None, [], {})})
    return yaml.safe_dump(rows, sort_keys=False, allow_unicode=True)


def active(targets: list[Target], as_of: dt.date) -> list[Target]:
    """Targets whose period contains as_of."""
    return [t for t in targets if t.start <= as_of <= t.deadline]
