"""Loads and validates catalogue.toml (and custom KPIs) into Kpi objects; all errors gathered first."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import formula
from .errors import KoersError

PATH = Path(__file__).with_name("catalogue.toml")
UNITS = ("count", "currency", "percent", "multiplier")
GOOD = ("higher", "lower")
DOMAINS = ("marketing", "sales", "email", "ecommerce", "finance")
KINDS = (
    "quantitative", "qualitative", "leading", "lagging", "input", "output",
    "process", "financial", "outcome", "directional",
)
REQUIRED = ("name", "definition", "formula", "unit", "good", "kinds", "domain")
OPTIONAL = ("note", "cumulative", "growth")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogueError(KoersError):
    code = "catalogue.invalid"


class UnknownKpi(KoersError):
    code = "engine.unknown_kpi"


@dataclass(frozen=True)
class Kpi:
    """One KPI: texts in nl/en, a formula over measure ids, and how to read it."""

    id: str
    name: dict
    definition: dict
    formula: str
    unit: str
    good: str
    kinds: tuple[str, ...]
    domain: str
    note: dict | None = None
    cumulative: bool = False  # sums from the first data up to the end of each period (CLV)
    growth: bool = False  # value = change against the previous period
    custom: bool = False
    numerator: object = field(default=None, compare=False, repr=False)
    denominator: object = field(default=None, compare=False, repr=False)
    measures: tuple[str, ...] = field(default=(), compare=False)

    def __hash__(self):  # texts are dicts; the id and formula identify a KPI
        return hash((self.id, self.formula, self.custom))


def _texts(kid: str, key: str, value, errors: list[str]) -> None:
    ok = isinstance(value, dict) and set(value) == {"nl", "en"}
    if not (ok and all(isinstance(v, str) and v.strip() for v in value.values())):
        errors.append(f"{kid}: {key} needs non-empty nl and en texts")


def build(kid: str, d: dict, custom: bool = False) -> tuple[Kpi | None, list[str]]:
    """A Kpi from a catalogue entry, or the list of what is wrong with it (each naming the KPI)."""
    errors = []
    if not _ID.match(kid):
        errors.append(f"{kid}: id must be lower-case letters, digits and _")
    errors += [f"{kid}: unknown key '{k}'" for k in d if k not in REQUIRED + OPTIONAL]
    errors += [f"{kid}: missing key '{k}'" for k in REQUIRED if k not in d]
    for key in ("name", "definition", "note"):
        if key in d:
            _texts(kid, key, d[key], errors)
    for key, allowed in (("unit", UNITS), ("good", GOOD), ("domain", DOMAINS)):
        if key in d and d[key] not in allowed:
            errors.append(f"{kid}: {key} '{d[key]}' is not one of {', '.join(allowed)}")
    kinds = d.get("kinds", [])
    if not isinstance(kinds, list) or not kinds:
        errors.append(f"{kid}: kinds must be a non-empty list")
        kinds = []
    errors += [f"{kid}: unknown kind '{k}'" for k in kinds if k not in KINDS]
    for key in ("cumulative", "growth"):
        if key in d and not isinstance(d[key], bool):
            errors.append(f"{kid}: {key} must be true or false")
    num = den = None
    if isinstance(d.get("formula"), str):
        try:
            num, den = formula.ratio(d["formula"])
        except formula.FormulaError as e:
            errors.append(f"{kid}: {e.message('en')}")
    elif "formula" in d:
        errors.append(f"{kid}: formula must be text")
    if errors:
        return None, errors
    measures = tuple(dict.fromkeys(formula.measures(num) + (formula.measures(den) if den else [])))
    kpi = Kpi(
        id=kid, name=d["name"], definition=d["definition"], formula=d["formula"], unit=d["unit"],
        good=d["good"], kinds=tuple(kinds), domain=d["domain"], note=d.get("note"),
        cumulative=d.get("cumulative", False), growth=d.get("growth", False), custom=custom,
        numerator=num, denominator=den, measures=measures,
    )
    return kpi, []


def load_text(text: str) -> dict[str, Kpi]:
    """KPIs from catalogue TOML text; raises CatalogueError listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:  # also a KPI declared twice
        raise CatalogueError(errors=str(e)) from None
    errors = [f"unknown section '{k}'" for k in data if k != "kpi"]
    out = {}
    for kid, entry in data.get("kpi", {}).items():
        if not isinstance(entry, dict):
            errors.append(f"{kid}: must be a table")
            continue
        kpi, errs = build(kid, entry)
        errors += errs
        if kpi:
            out[kid] = kpi
    if errors:
        raise CatalogueError(errors="; ".join(errors))
    return out


@functools.cache
def catalogue() -> dict[str, Kpi]:
    """Every catalogue KPI by id, in file order."""
    return load_text(PATH.read_text(encoding="utf-8"))


def custom_kpi(kid: str, text: str, *, name: dict | None = None, definition: dict | None = None,
               unit: str = "count", good: str = "higher", kinds=("quantitative",), domain: str = "marketing") -> Kpi:
    """A user's KPI from a formula, validated like catalogue ones; its id may not clash with the catalogue."""
    if kid in catalogue():
        raise CatalogueError(errors=f"{kid}: id already used by the catalogue")
    entry = {
        "name": name or {"nl": kid, "en": kid}, "definition": definition or {"nl": text, "en": text},
        "formula": text, "unit": unit, "good": good, "kinds": list(kinds), "domain": domain,
    }
    formula.ratio(text)  # a bad formula raises its own error, pointing at the token
    kpi, errors = build(kid, entry, custom=True)
    if errors:
        raise CatalogueError(errors="; ".join(errors))
    return kpi


def get(kpi: str | Kpi) -> Kpi:
    """The Kpi for an id (a Kpi passes through)."""
    if isinstance(kpi, Kpi):
        return kpi
    try:
        return catalogue()[kpi]
    except KeyError:
        raise UnknownKpi(kpi=kpi) from None


# The KPIs a person in each domain looks at first (the rest of a domain follows, ratios before counts).
HEADLINE = ("ctr", "cpc", "roas", "cost_per_lead", "cvr", "leads", "new_customers", "win_rate", "lead_to_customer",
            "open_rate", "click_rate", "revenue", "aov", "orders", "mer", "margin")


def default_choice(ids, table: dict | None = None, per_domain: int = 2, most: int = 8) -> list[str]:
    """The KPIs to show when none were chosen: 2 per domain of those the data can answer (`ids`), the headline ones
    first, then ratios (they say more than a count); few, as the articles advise. `table`: id -> Kpi (the
    workspace's KPIs; the catalogue by default). The dashboard and the review both start from this."""
    table = catalogue() if table is None else table
    out = []
    for dom in DOMAINS:
        ks = [k for k in ids if k in table and table[k].domain == dom
              and not table[k].growth and not table[k].cumulative]
        ks.sort(key=lambda k: (HEADLINE.index(k) if k in HEADLINE else len(HEADLINE), table[k].denominator is None))
        out += ks[:per_domain]
    return out[:most]
