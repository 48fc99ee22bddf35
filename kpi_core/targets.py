"""The target model: a SMART goal on one KPI, its YAML import/export and validation."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass, field, fields

from .errors import error
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
        d = asdict(self)
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
    return error(code, file=file, row=line, line=line, target=tid, key=key, **params)


def _number(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ValueError
    return float(v)


def _date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip()):
        return dt.date.fromisoformat(v.strip())
    raise ValueError


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


def _build(d: dict, direction, file, lines: dict) -> Target:
    tid = str(d.get("id") or "?")
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
        except (ValueError, TypeError):
            raise _fail("targets.bad_value", tid, k, lines.get(k, line0), file, value=v,
                        expected=_EXPECT.get(k, "text")) from None
    if vals["deadline"] < vals["start"]:
        raise _fail("targets.deadline_before_start", tid, "deadline", lines.get("deadline", line0), file,
                    start=vals["start"].isoformat(), deadline=vals["deadline"].isoformat())
    if "comparison" not in vals:
        good = (direction or catalogue_direction)(vals["kpi"])
        vals["comparison"] = "at_most" if good == "lower" else "at_least"
    return Target(**vals)


def catalogue_direction(kpi: str) -> str | None:
    """'higher' or 'lower' for a catalogue KPI, None for others."""
    from .catalogue import catalogue

    k = catalogue().get(kpi)
    return k.good if k else None


def parse_yaml(text: str, file=None, direction=None) -> list[Target]:
    """Parse a YAML list of targets; errors name the target and the line in the file."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise error("targets.yaml_syntax", file=file, row=line, line=line, detail=str(e).splitlines()[0]) from None
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
        lines.update({k.value: k.start_mark.line + 1 for k, _ in node.value})
        t = Target.from_dict(item, direction, file, lines)
        if t.id in seen:
            raise _fail("targets.duplicate_id", t.id, "id", lines.get("id", line), file, first=seen[t.id])
        seen[t.id] = lines.get("id", line)
        out.append(t)
    return out


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
