"""What moved a KPI between two periods: each member of a dimension's contribution to the change (shift-share)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from . import windows
from .errors import error, shown
from .windows import month_end

_EPS = 1e-9


@dataclass(frozen=True)
class Period:
    """An inclusive range of days; `kind` is month, quarter, year or range (how it was asked for)."""

    start: date
    end: date
    kind: str = "range"

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    def label(self, lang: str = "nl") -> str:
        """'maart 2025', 'Q1 2025', '2025', or '1 jan 2025 – 31 mrt 2025'."""
        from .i18n import fmt_date, t

        if self.kind == "month":
            return t(f"review.month.{self.start.month}", lang) + f" {self.start.year}"
        if self.kind == "quarter":
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{fmt_date(self.start, lang)} – {fmt_date(self.end, lang)}"


def parse_period(text: str) -> Period:
    """'2025-03', '2025-Q1', '2025' or 'FROM..TO' (ISO dates) as a Period; one clear error otherwise."""
    s = (text or "").strip()
    try:
        if m := re.fullmatch(r"(\d{4})", s):
            y = int(m[1])
            return Period(date(y, 1, 1), date(y, 12, 31), "year")
        if m := re.fullmatch(r"(\d{4})-[Qq]([1-4])", s):
            y, q = int(m[1]), int(m[2])
            return Period(date(y, 3 * q - 2, 1), month_end(date(y, 3 * q, 1)), "quarter")
        if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
            y, mo = int(m[1]), int(m[2])
            return Period(date(y, mo, 1), month_end(date(y, mo, 1)), "month")
        a, sep, b = s.partition("..")
        if sep:
            start, end = date.fromisoformat(a.strip()), date.fromisoformat(b.strip())
            if start <= end:
                return Period(start, end, "range")
    except ValueError:
        pass
    raise error("review.bad_period", value=shown(text))


def previous(p: Period) -> Period:
    """The period before (windows.previous): the month, quarter or year before, or as many days."""
    lo, hi = windows.previous(p.start, p.end)
    return Period(lo, hi, p.kind if windows.whole_months(p.start, p.end) else "range")


def last_year(p: Period) -> Period:
    """The same days a year earlier (windows.year_before: whole months stay whole)."""
    return Period(*windows.year_before(p.start, p.end), p.kind)


def comparison(p: Period, vs: str) -> Period:
    """`previous`, `last_year`, or a period written as parse_period reads it."""
    if vs == "previous":
        return previous(p)
    if vs == "last_year":
        return last_year(p)
    return parse_period(vs)


# --- the arithmetic, pure over sums -------------------------------------------------------------------------------

def _num(v) -> float:
    return 0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def _value(num, den, ratio: bool) -> float | None:
    """A KPI from its sums: num / den for a ratio (None when den is 0), num for a sum (None without data)."""
    if num is None or (isinstance(num, float) and math.isnan(num)):
        return None
    if not ratio:
        return float(num)
    den = _num(den)
    return float(num) / den if den else None


def decompose(now: dict, before: dict, ratio: bool, total_now: tuple | None = None,
              total_before: tuple | None = None) -> dict:
    """Each member's contribution to the change of a KPI from `before` to `now`.

    `now`/`before`: {member: (numerator, denominator)} (denominator None for a sum KPI); `total_*`: the KPI's own
    (numerator, denominator) over all members, when measured on its own (a unique count does not add up over
    members). A sum KPI: a member's contribution is its own difference. A ratio R = sum(n) / sum(d) = sum(w * r):
    per member the rate effect is w_mid * (r1 - r0) (its own ratio moved) and the mix effect is
    (r_mid - R_mid) * (w1 - w0) (its share of the denominator moved, measured against the average), with midpoint
    weights, so the contributions add up exactly to the change. Returns value, value_vs, change, contributions and
    notes (codes with their params)."""
    members = [m for m in dict.fromkeys([*before, *now])
               if any(_num(v) for v in (*now.get(m, (0, 0)), *before.get(m, (0, 0))))]
    s1 = {m: tuple(map(_num, now.get(m, (0, 0)))) for m in members}
    s0 = {m: tuple(map(_num, before.get(m, (0, 0)))) for m in members}
    has1, has0 = (any(not _nan(n) for n, _ in side.values()) for side in (now, before))
    n1, d1 = math.fsum(n for n, _ in s1.values()), math.fsum(d for _, d in s1.values())
    n0, d0 = math.fsum(n for n, _ in s0.values()), math.fsum(d for _, d in s0.values())
    value = _value(*(total_now or ((n1 if has1 else None), d1)), ratio)
    value_vs = _value(*(total_before or ((n0 if has0 else None), d0)), ratio)
    out = {"value": value, "value_vs": value_vs, "change": None, "contributions": [], "notes": []}
    for side, v in (("vs", value_vs), ("period", value)):
        if v is None:
            out["notes"].append({"code": "review.explain.no_value", "side": side})
    if value is None or value_vs is None:
        return out
    out["change"] = change = value - value_vs
    if ratio and (d1 == 0 or d0 == 0):  # the members carry no denominator: nothing to split
        members = []
    rows = [_member(m, s1[m], s0[m], (n1, d1), (n0, d0), ratio, out["notes"]) for m in members]
    explained = math.fsum(r["total"] for r in rows)
    rest = change - explained
    if abs(rest) > _EPS * max(1.0, abs(change)):
        rows.append({"member": None, "rate_effect": None, "mix_effect": None, "total": rest,
                     "presence": "unattributed", "value": None, "value_vs": None, "share": None, "share_vs": None,
                     "numerator": None, "denominator": None, "numerator_vs": None, "denominator_vs": None})
        out["notes"].append({"code": "review.explain.unattributed"})
    rows.sort(key=lambda r: (-abs(r["total"]), r["presence"] == "unattributed", str(r["member"])))
    out["contributions"] = rows
    return out


def _nan(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _member(m, now: tuple, before: tuple, tot1: tuple, tot0: tuple, ratio: bool, notes: list) -> dict:
    (a, b), (a0, b0) = now, before
    in1, in0 = bool(a or b), bool(a0 or b0)
    presence = "both" if in1 and in0 else "new" if in1 else "gone"
    if presence != "both":
        notes.append({"code": f"review.explain.{presence}", "member": m})
    row = {"member": m, "presence": presence, "numerator": a, "denominator": b if ratio else None,
           "numerator_vs": a0, "denominator_vs": b0 if ratio else None}
    if not ratio:
        total = a - a0
        return {**row, "rate_effect": total, "mix_effect": 0.0, "total": total, "value": a if in1 else None,
                "value_vs": a0 if in0 else None, "share": None, "share_vs": None}
    (n1, d1), (n0, d0) = tot1, tot0
    r1, r0 = (a / b if b else None), (a0 / b0 if b0 else None)
    w1, w0 = b / d1, b0 / d0
    avg = (n1 / d1 + n0 / d0) / 2
    sides = [side for side, num, den in (("period", a, b), ("vs", a0, b0)) if num and not den]
    if sides:
        notes.append({"code": "review.explain.no_denominator", "member": m, "side": "both" if len(sides) == 2
                      else sides[0]})
    rates = [r for r in (r0, r1) if r is not None]
    mid = sum(rates) / len(rates) if rates else avg
    mix = (mid - avg) * (w1 - w0)
    if r1 is not None and r0 is not None:
        rate = (w1 + w0) / 2 * (r1 - r0)
    elif (r1 is not None and not (a0 or b0)) or (r0 is not None and not (a or b)):  # new or gone: all mix
        rate = 0.0
    else:  # a rate in one period only: what is not mix is its own (a numerator without a denominator counts here)
        rate = (a / d1 - a0 / d0) - avg * (w1 - w0) - mix
    return {**row, "rate_effect": rate, "mix_effect": mix, "total": rate + mix, "value": r1, "value_vs": r0,
            "share": w1, "share_vs": w0}


# --- over an engine ----------------------------------------------------------------------------------------------

def _table(engine, ks, p: Period, dim: str | None, where, measure_sources) -> tuple[dict, dict, list]:
    """{kpi id: {member: (numerator, denominator)}}, {kpi id: estimated} and the notes, in one query per call."""
    from . import kpis
    from .compiler import Filters

    tab = kpis.table_many(engine, ks, "total", Filters(p.start, p.end, dict(where or {})), dim, measure_sources)
    cols = tab["columns"]
    at = {c: cols.index(c) for c in ("kpi", "numerator", "denominator", "estimated", *([dim] if dim else []))}
    sums, est = {}, {}
    for r in tab["rows"]:
        key = r[at[dim]] if dim else None
        num, den = r[at["numerator"]], r[at["denominator"]]
        sums.setdefault(r[at["kpi"]], {})[None if _nan(key) else key] = (None if _nan(num) else float(num),
                                                                          None if _nan(den) else float(den))
        est[r[at["kpi"]]] = est.get(r[at["kpi"]], False) or bool(r[at["estimated"]])
    return sums, est, list(tab.get("notes") or [])


def _mine(notes: list, kpi) -> list:
    """The engine's notes that concern this KPI (its measures' sources of truth, its own note)."""
    return [n for n in notes if n.get("kpi") == kpi.id or n.get("measure") in kpi.measures]


def explain_many(engine, ks, period: Period, vs: Period, dims=("channel",), where: dict | None = None,
                 measure_sources: dict | None = None) -> dict:
    """explain() for several KPIs in a few queries: {kpi id: result}. Each KPI is split by the first of `dims`
    that gives it two members or more (else the last); a KPI that is a growth figure is left out."""
    from . import kpis
    from .catalogue import get

    ks = [k for k in (get(k) for k in ks) if not k.growth]
    if not ks:
        return {}
    money = kpis.money(engine)
    totals = {side: _table(engine, ks, p, None, where, measure_sources) for side, p in (("period", period),
                                                                                         ("vs", vs))}
    out, first, left = {}, {}, list(ks)
    for i, dim in enumerate(dims):
        split = {side: _table(engine, left, p, dim, where, measure_sources)[0] for side, p in (("period", period),
                                                                                                ("vs", vs))}
        for kpi in list(left):
            tot = {side: totals[side][0].get(kpi.id, {}).get(None, (None, None)) for side in totals}
            res = decompose(split["period"].get(kpi.id, {}), split["vs"].get(kpi.id, {}), kpi.denominator is not None,
                            tot["period"], tot["vs"])
            members = sum(c["presence"] != "unattributed" for c in res["contributions"])
            first.setdefault(kpi.id, (dim, res))
            if res["change"] is not None and members < 2:
                if i < len(dims) - 1:
                    continue  # try the next dimension
                dim, res = first[kpi.id]  # none splits it: the first one asked for
            if any(totals[side][1].get(kpi.id) for side in totals):
                res["notes"].append({"code": "review.explain.estimated"})
            out[kpi.id] = {"kpi": kpi.id, "by": dim, "unit": kpi.unit, "good": kpi.good,
                           "ratio": kpi.denominator is not None, "currency": money.currency if money else None,
                           "period": period.as_dict(), "vs": vs.as_dict(), **res,
                           "notes": res["notes"] + _mine(totals["period"][2], kpi)}
            left.remove(kpi)
        if not left:
            break
    return out


def explain(engine, kpi, period: Period, vs: Period, by: str, where: dict | None = None,
            measure_sources: dict | None = None) -> dict:
    """What moved `kpi` from `vs` to `period`, by the dimension `by` (see decompose), over the engine's sums."""
    from .catalogue import get

    kpi = get(kpi)
    if kpi.growth:  # its value is already a change; the change of a change explains nothing to a client
        raise error("review.explain_growth", kpi=kpi.id)
    return explain_many(engine, [kpi], period, vs, (by,), where, measure_sources)[kpi.id]


# --- in words ------------------------------------------------------------------------------------------------------

def short_name(kpi, lang: str) -> str:
    """'CPA' for 'Cost per acquisition (CPA)'; otherwise the name, lower-cased unless it is an abbreviation."""
    name = kpi.name[lang]
    m = re.search(r"\(([^)]+)\)\s*$", name)
    if m:
        return m[1]
    return name if name[:2].isupper() else name[:1].lower() + name[1:]


def amount(value, unit: str, lang: str, currency: str = "EUR", short: bool = False) -> str:
    """A change as a person reads it: a ratio in percent moves in percentage points ('pp' when short)."""
    from .i18n import fmt, t

    if unit == "percent":
        return t("review.pp_short" if short else "review.pp", lang, value=fmt(abs(value) * 100, "count", lang,
                                                                               decimals=2))
    return fmt(abs(value), unit, lang, currency)


def member_label(m, lang: str, by: str | None = None) -> str:
    """A member as a person reads it: a tool by its name, no value as '(none)'."""
    from .i18n import t

    if m is None:
        return t("review.none", lang)
    if by == "source_id":
        from .ingest.sources import SOURCES

        return SOURCES[m].name if m in SOURCES else str(m)
    return str(m)


def _den_name(kpi, lang: str) -> str | None:
    from . import formula
    from .catalogue import catalogue

    den = formula.measures(kpi.denominator) if kpi.denominator is not None else []
    k = catalogue().get(den[0]) if len(den) == 1 else None
    return short_name(k, lang) if k else None


def _drivers(result: dict) -> list[tuple]:
    """(member, effect kind, amount) for each part of the change, largest first; in the direction of the change."""
    parts = []
    for c in result["contributions"]:
        if c["presence"] == "unattributed":
            continue
        if not result["ratio"] or c["presence"] != "both":
            parts.append((c, "total", c["total"]))
        else:
            parts += [(c, "rate", c["rate_effect"]), (c, "mix", c["mix_effect"])]
    sign = math.copysign(1.0, result["change"] or 0.0)
    along = [p for p in parts if p[2] * sign > _EPS]
    return sorted(along or parts, key=lambda p: -abs(p[2]))


def sentence(result: dict, kpi, lang: str, top: int = 2) -> str:
    """One sentence a client understands: 'CPA rose € 4,10: Meta's own CPA explains € 3,20, the shift ...'."""
    from .i18n import fmt, t

    name, cur, unit = short_name(kpi, lang), result.get("currency") or "EUR", result["unit"]
    change = result["change"]
    if change is None:
        return _capital(t("review.s.no_change_value", lang, kpi=name))
    if abs(change) <= _EPS * max(1.0, abs(result["value"])):
        return _capital(t("review.s.same", lang, kpi=name, value=fmt(result["value"], unit, lang, cur)))
    head = t("review.s.rose" if change > 0 else "review.s.fell", lang, kpi=name,
             amount=amount(change, unit, lang, cur))
    den = _den_name(kpi, lang)
    parts = []
    drivers = _drivers(result)
    if len(result["contributions"]) == 1 and result["contributions"][0]["member"] is None:
        drivers = []  # one member without a name: nothing to tell beyond the change itself
    for c, kind, val in drivers[:top]:
        who = member_label(c["member"], lang, result.get("by"))
        if kind == "rate":
            what = t("review.s.own", lang, member=who, kpi=name)
        elif kind == "mix":
            toward = "towards" if c["share"] > c["share_vs"] else "away"
            what = t(f"review.s.mix_{toward}" + ("" if den else "_plain"), lang, member=who, den=den or "")
        elif result["ratio"] and c["presence"] != "both":
            what = t(f"review.s.{c['presence']}", lang, member=who)
        else:
            what = who
        sign = "" if val * change > 0 else "-"
        parts.append((what, sign + amount(val, unit, lang, cur)))
    if not parts:
        return _capital(head + ".")
    first = t("review.s.explains", lang, what=parts[0][0], amount=parts[0][1])
    rest = [f"{w} {a}" for w, a in parts[1:]]
    return _capital(t("review.s.sentence", lang, head=head, rest=", ".join([first, *rest])))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def signed(value, unit: str, lang: str, currency: str = "EUR") -> str:
    """A contribution with its sign, for a table ('+€ 1,10', '-0,50 pp'); one that rounds to nothing has none."""
    if value is None:
        return "–"
    shown_value = value * 100 if unit == "percent" else value
    if abs(shown_value) < 0.005:
        return amount(0.0, unit, lang, currency, short=True)
    return ("+" if value > 0 else "-") + amount(value, unit, lang, currency, short=True)


def note_text(note: dict, result: dict, lang: str, periods: tuple | None = None) -> str:
    """A note of explain() in words; `periods` (Period, Period) names the two periods by their labels."""
    from .i18n import t

    params = {k: v for k, v in note.items() if k != "code"}
    if isinstance(params.get("note"), dict):
        params["note"] = params["note"][lang]
    if "member" in params:
        params["member"] = member_label(params["member"], lang, result.get("by"))
    now, vs = periods or (None, None)
    label = {"period": now.label(lang) if now else result["period"]["start"],
             "vs": vs.label(lang) if vs else result["vs"]["start"]}
    label["both"] = t("review.both_periods", lang)
    params["in"] = label.get(params.get("side"), "")
    params["now"], params["before"] = label["period"], label["vs"]
    return t(note["code"], lang, **params)
