"""The period review: one data structure for a period against a comparison, written as .xlsx or .pdf."""

from __future__ import annotations

import datetime as dt
import functools
import io
import math

from . import explain as ex
from .errors import KoersError, error, shown
from .i18n import AXIS_FORMAT, field_name, fmt, fmt_date, t
from .windows import add_months

COMPARISONS = ("previous", "last_year")
DIMS = ("channel", "source_id", "campaign")  # the first that splits a KPI into two or more members explains it
TOP = 3  # "what moved it" lines per KPI
MAX_CHARTS = 12  # waterfalls, one per KPI, in the dashboard's order


def review_kpis(ws) -> list[str]:
    """The dashboard's KPIs (workspace setting `dashboard_kpis`), else the ones the dashboard starts with
    (catalogue.default_choice of those the data can answer): a review of a few KPIs, not of thirty."""
    from . import kpis
    from .catalogue import default_choice

    chosen = [k for k in (ws.settings().get("dashboard_kpis") or []) if k]
    return chosen or default_choice(kpis.present_kpis(ws.engine), ws.kpis())


def periods(lo: dt.date, hi: dt.date, kind: str) -> list:
    """The months, quarters or years that hold data from lo to hi, the latest first (for a picker)."""
    out, y, m = [], hi.year, hi.month
    step = {"month": 1, "quarter": 3, "year": 12}[kind]
    m = m - (m - 1) % step if kind != "year" else 1
    while (y, m) >= (lo.year, lo.month - (lo.month - 1) % step if kind != "year" else 1):
        text = str(y) if kind == "year" else f"{y}-Q{(m - 1) // 3 + 1}" if kind == "quarter" else f"{y}-{m:02d}"
        out.append(ex.parse_period(text))
        back = add_months(dt.date(y, m, 1), -step)
        y, m = back.year, back.month
    return out


def build(ws, period, vs: str = "previous", lang: str = "nl", today: dt.date | None = None,
          by: str | None = None) -> dict:
    """The review of `period` (a Period or '2025-Q1', '2025-03', 'FROM..TO') against `vs` (previous | last_year):
    KPIs with actual, comparison, change, target and status; what moved each; targets; insights; chart specs."""
    from . import tracking

    p = period if isinstance(period, ex.Period) else ex.parse_period(period)
    if vs not in COMPARISONS:
        raise error("review.bad_vs", value=shown(vs))
    q = ex.comparison(p, vs)
    today = today or p.end
    as_of = min(p.end, today)  # a target stands as it did at the end of the period under review
    settings = ws.settings()
    currency = ws.money().currency
    targets = tracking.load_targets(ws)
    evaluated, warnings = [], []
    for target in targets:
        row, warn = tracking.evaluate(ws, target, as_of, lang)
        evaluated.append((target, row))
        warnings += [w["message"] for w in warn]
    warnings += [w["message"] for w in tracking.guards(ws, targets, as_of, lang)]
    titles = {t.id: (t.title or t.id) for t in targets if getattr(t, "title", None)}
    warnings = [_named(text, titles) for text in warnings]  # a report speaks of targets by their titles
    rows, ids = [], review_kpis(ws)
    explained = _explain_all(ws, ids, p, q, by)
    for kid in ids:
        try:
            rows.append(_kpi_row(ws, kid, p, q, lang, explained, evaluated))
        except KoersError as e:
            warnings.append(f"{kid}: {e.message(lang)}")
    out = {
        "workspace": settings.get("name") or (ws.path.stem if ws.path else "Koers"), "currency": currency,
        "lang": lang, "created": today.isoformat(), "as_of": as_of.isoformat(),
        "period": {**p.as_dict(), "label": p.label(lang), "kind": p.kind},
        "vs": {**q.as_dict(), "label": q.label(lang), "kind": vs},
        "kpis": rows, "targets": [_target_row(ws, tg, row, p, lang) for tg, row in evaluated],
        "insights": _insights(ws, p, q, lang), "warnings": list(dict.fromkeys(warnings)),
    }
    out["charts"] = charts(out)
    return out


def dimensions() -> tuple[str, ...]:
    """The dimensions a KPI can be split by in "what moved it" (tools as `source_id`)."""
    from .compiler import FILTER_KEYS

    return FILTER_KEYS


def why(ws, kpi_id: str, period, vs, by: str, lang: str = "nl") -> dict:
    """One KPI's "what moved it" between two Periods by any dimension: its review row plus `chart` (a waterfall)."""
    from . import tracking

    kpi = tracking.resolve_kpi(ws, kpi_id)
    explained = {} if kpi is None or kpi.growth else ex.explain_many(ws.engine, [kpi], period, vs, (by,))
    row = _kpi_row(ws, kpi_id, period, vs, lang, explained, [])
    frame = {"lang": lang, "currency": ws.money().currency, "period": {"label": period.label(lang)},
             "vs": {"label": vs.label(lang)}}
    row["chart"] = waterfall(row, frame)
    return row


def why_within(ws, kpi_id: str, period, vs, by: str, lang: str = "nl", where: dict | None = None) -> dict:
    """why() over the rows a filter keeps ({'source': [...], 'channel': [...]}, as a dashboard filters), without
    the chart: its value is the filtered figure a dashboard tile shows."""
    from . import tracking

    kpi = tracking.resolve_kpi(ws, kpi_id)
    explained = {} if kpi is None or kpi.growth else ex.explain_many(ws.engine, [kpi], period, vs, (by,), where)
    return _kpi_row(ws, kpi_id, period, vs, lang, explained, [])


def _explain_all(ws, ids: list[str], p, q, by: str | None) -> dict:
    """What moved each KPI, in a few queries; a KPI the data cannot answer is left to fail on its own."""
    from . import tracking

    ks = [k for k in (tracking.resolve_kpi(ws, i) for i in ids) if k is not None and not k.growth]
    try:
        return ex.explain_many(ws.engine, ks, p, q, (by,) if by else DIMS)
    except KoersError:  # one KPI without data (or with mixed currencies) must not take the others along
        out = {}
        for k in ks:
            try:
                out.update(ex.explain_many(ws.engine, [k], p, q, (by,) if by else DIMS))
            except KoersError:
                continue
        return out


def _kpi_row(ws, kid: str, p, q, lang: str, explained: dict, evaluated) -> dict:
    from . import kpis, tracking
    from .catalogue import UnknownKpi
    from .compiler import Filters

    kpi = tracking.resolve_kpi(ws, kid)
    if kpi is None:
        raise UnknownKpi(kpi=kid)
    row = {"kpi": kid, "name": kpi.name[lang], "unit": kpi.unit, "good": kpi.good, "by": None, "summary": "",
           "moved": [], "contributions": [], "notes": []}
    if kpi.growth:  # a change already: its value per period, nothing to split
        frames = [kpis.series(ws.engine, kpi, "total", Filters(x.start, x.end)) for x in (p, q)]
        vals = [df["value"].iloc[0] if len(df) else None for df in frames]
        row.update(value=_f(vals[0]), value_vs=_f(vals[1]))
        row["change"] = None if None in (row["value"], row["value_vs"]) else row["value"] - row["value_vs"]
    else:
        res = explained.get(kid) or ex.explain(ws.engine, kpi, p, q, DIMS[0])  # not there: raises its own error
        row.update(value=res["value"], value_vs=res["value_vs"], change=res["change"], by=res["by"],
                   contributions=res["contributions"], summary=ex.sentence(res, kpi, lang),
                   notes=[ex.note_text(n, res, lang, (p, q)) for n in res["notes"]])
        lone = len(res["contributions"]) == 1 and res["contributions"][0]["member"] is None
        row["moved"] = [] if lone else [_moved(c, res, kpi, lang) for c in res["contributions"][:TOP]
                                        if abs(c["total"]) > 1e-12]
    ch, before = row["change"], row["value_vs"]
    row["change_pct"] = ch / abs(before) if ch is not None and before and not kpi.growth else None
    row["better"] = None if not ch else (ch > 0) == (kpi.good == "higher")
    # a target on all the data that runs in the period: a scoped one (one campaign) is not this row's number
    mine = [(tg, r) for tg, r in evaluated if tg.kpi == kid and not tg.scope and tg.start <= p.end
            and tg.deadline >= p.start]
    tg, r = mine[0] if mine else (None, {})
    row.update(target=tg.target if tg else None, target_id=tg.id if tg else None,
               comparison=tg.comparison if tg else None, status=r.get("status"))
    return row


def _f(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def _moved(c: dict, res: dict, kpi, lang: str) -> dict:
    cur, unit = res.get("currency") or "EUR", res["unit"]
    sign = lambda v: ex.signed(v, unit, lang, cur)  # noqa: E731
    who = (t("review.unattributed", lang) if c["presence"] == "unattributed"
           else ex.member_label(c["member"], lang, res["by"]))
    if c["presence"] in ("new", "gone", "unattributed") or not res["ratio"]:
        key = "review.line.sum" if c["presence"] in ("both", "unattributed") else f"review.line.{c['presence']}"
    else:
        key = "review.line.ratio"
    text = t(key, lang, member=who, total=sign(c["total"]), rate=sign(c["rate_effect"]), mix=sign(c["mix_effect"]),
             kpi=ex.short_name(kpi, lang))
    return {"member": c["member"], "total": c["total"], "rate_effect": c["rate_effect"],
            "mix_effect": c["mix_effect"], "text": text}


def _target_row(ws, tg, row: dict, p, lang: str) -> dict:
    from . import tracking

    kpi = tracking.resolve_kpi(ws, tg.kpi)
    keys = ("status", "actual_to_date", "expected_to_date", "forecast", "forecast_low", "forecast_high",
            "required_per_week", "required_per_month")
    checkins = [c for c in ws.checkins(tg.id) if str(c["date"])[:10] <= p.end.isoformat()]
    return {"id": tg.id, "title": tg.title or tg.id, "kpi": tg.kpi,
            "kpi_name": kpi.name[lang] if kpi else tg.kpi, "unit": row.get("unit") or (kpi.unit if kpi else "count"),
            "target": tg.target, "comparison": tg.comparison, "start": tg.start.isoformat(),
            "deadline": tg.deadline.isoformat(), "owner": tg.owner,
            **{k: row.get(k) for k in keys}, "smart": row.get("smart") or {},
            "checkins": [{"date": str(c["date"])[:10], "note": c["note"], "value": c.get("value")} for c in checkins]}


def _insights(ws, p, q, lang: str) -> list[str]:
    """The insight rules (insights.RULES) on this review's two periods, as sentences."""
    from . import insights, kpis, tracking

    ids = sorted({k for up, down, _ in insights.RULES for k in (up, down)} & set(kpis.present_kpis(ws.engine)))
    values = tracking.two_periods(ws, ids, (q.start, q.end), (p.start, p.end))
    out = []
    for r in insights.rule_insights(values):
        prm, shown_ = r["params"], {}
        for side in ("up", "down"):
            unit = tracking.resolve_kpi(ws, prm[side]).unit
            shown_.update({f"{side}_prev": fmt(prm[f"{side}_prev"], unit, lang),
                           f"{side}_cur": fmt(prm[f"{side}_cur"], unit, lang),
                           f"{side}_change": fmt(abs(prm[f"{side}_change"]), "percent", lang, decimals=1)})
        out.append(t(r["code"], lang, **shown_))
    return out


# --- charts: Vega-Lite specs, readable in black and white (greys, outlines and printed values) --------------------

_INK, _MID, _LIGHT = "#1a1a1a", "#8c8c8c", "#ffffff"


def _locale(lang: str) -> dict:
    if lang == "nl":
        return {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
    return {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]}


def _spec(title: str, data: list, layers: list, lang: str, height: int, **enc) -> dict:
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": 520,
            "height": height, "data": {"values": data}, "encoding": enc, "layer": layers,
            "config": {"locale": {"number": _locale(lang)}, "view": {"stroke": None},
                       "axis": {"labelFontSize": 11, "titleFontSize": 11, "labelLimit": 260},
                       "title": {"fontSize": 13, "anchor": "start"}}}


def change_chart(report: dict) -> dict | None:
    """Change against the comparison per KPI, in %: filled bars are better, open bars worse."""
    lang = report["lang"]
    data = [{"kpi": r["name"], "pct": r["change_pct"], "better": t(f"review.{'better' if r['better'] else 'worse'}",
                                                                    lang),
             "label": ("+" if r["change_pct"] > 0 else "") + fmt(r["change_pct"], "percent", lang, decimals=1)}
            for r in report["kpis"] if r["change_pct"] is not None and r["better"] is not None]
    if not data:
        return None
    names = [t("review.better", lang), t("review.worse", lang)]
    bar = {"mark": {"type": "bar", "stroke": _INK, "strokeWidth": 1},
           "encoding": {"fill": {"field": "better", "type": "nominal", "title": None,
                                 "scale": {"domain": names, "range": [_MID, _LIGHT]},
                                 "legend": {"orient": "bottom"}}}}
    text = {"mark": {"type": "text", "align": {"expr": "datum.pct >= 0 ? 'left' : 'right'"},
                     "dx": {"expr": "datum.pct >= 0 ? 4 : -4"}, "fontSize": 10, "color": _INK},
            "encoding": {"text": {"field": "label"}}}
    title = t("review.chart.change", lang, before=report["vs"]["label"])
    return _spec(title, data, [bar, text], lang, max(120, 22 * len(data)),
                 y={"field": "kpi", "type": "nominal", "sort": None, "title": None},
                 x={"field": "pct", "type": "quantitative", "title": None, "axis": {"format": ".0%"},
                    "scale": {"nice": True, "padding": 40}})


def waterfall(row: dict, report: dict, top: int = 6) -> dict | None:
    """From the comparison's value, member by member, to this period's value (horizontal, largest steps first)."""
    if row["change"] is None or not row["contributions"]:
        return None
    lang, unit, cur = report["lang"], row["unit"], report["currency"]
    moved = [c for c in row["contributions"] if ex.signed(c["total"], unit, lang, cur)[:1] in "+-"]  # not 0,00
    top = top if len(moved) > top + 1 else top + 1  # "other (1)" says less than its name
    parts = moved[:top]
    rest = math.fsum(c["total"] for c in moved[top:])
    steps = [(ex.member_label(c["member"], lang, row["by"]) if c["presence"] != "unattributed"
              else t("review.unattributed", lang), c["total"]) for c in parts]
    if len(moved) > top:
        steps.append((t("review.other", lang, n=len(moved) - top), rest))
    data, level = [], row["value_vs"]
    data.append({"step": report["vs"]["label"], "a": 0, "b": level, "kind": "total",
                 "label": fmt(level, unit, lang, cur)})
    for i, (name, v) in enumerate(steps):
        data.append({"step": f"{i + 1}. {name}"[:60], "a": level, "b": level + v, "kind": "up" if v >= 0 else "down",
                     "label": ex.signed(v, unit, lang, cur)})
        level += v
    data.append({"step": report["period"]["label"], "a": 0, "b": row["value"], "kind": "total",
                 "label": fmt(row["value"], unit, lang, cur)})
    ends = [x for d in data for x in (d["a"], d["b"]) if d["kind"] != "total"] + [row["value"], row["value_vs"]]
    lo, hi = min(ends), max(ends)
    pad = (hi - lo) * 0.25 or abs(hi) * 0.1 or 1
    # From zero, unless the change is small against the level (a CTR from 1,56% to 1,62%): then the axis starts
    # just below the lowest point, so the steps can be seen.
    base = lo - pad if lo > 0 and hi - lo < 0.1 * hi else min(0, lo)
    for d in data:  # totals start at the axis' start: the steps stay readable when the change is small
        d["a"] = base if d["kind"] == "total" else d["a"]
        d["lo"], d["hi"] = min(d["a"], d["b"]), max(d["a"], d["b"])
    kinds = ["total", "up", "down"]
    bar = {"mark": {"type": "bar", "stroke": _INK, "strokeWidth": 1, "clip": True},
           "encoding": {"x": {"field": "lo", "type": "quantitative", "title": None,
                              "scale": {"domain": [base, hi + pad], "zero": False, "nice": False},
                              "axis": {"format": AXIS_FORMAT[unit], "tickCount": 6, "labelOverlap": True}},
                        "x2": {"field": "hi"},
                        "fill": {"field": "kind", "type": "nominal", "legend": None,
                                 "scale": {"domain": kinds, "range": [_MID, _INK, _LIGHT]}}}}
    text = {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 10, "color": _INK},
            "encoding": {"x": {"field": "hi", "type": "quantitative"}, "text": {"field": "label"}}}
    by = field_name(row["by"], lang).lower() if row["by"] else ""  # a name, never the dimension's id
    title = t("review.chart.waterfall", lang, kpi=row["name"], by=by)
    return _spec(title, data, [bar, text], lang, 26 * len(data) + 20,
                 y={"field": "step", "type": "nominal", "sort": None, "title": None})


def charts(report: dict) -> list[dict]:
    """The report's charts as {'id', 'title', 'spec'}: the change per KPI, then what moved each KPI."""
    out = []
    spec = change_chart(report)
    if spec:
        out.append({"id": "change", "kpi": None, "title": spec["title"], "spec": spec})
    for row in report["kpis"]:
        if sum(c["kpi"] is not None for c in out) >= MAX_CHARTS:
            break
        spec = waterfall(row, report)
        if spec:
            out.append({"id": f"moved.{row['kpi']}", "kpi": row["kpi"], "title": spec["title"], "spec": spec})
    return out


def png(spec: dict, scale: float = 2.0) -> bytes | None:
    """A chart as PNG, rendered here without a browser or network (vl-convert); None when it cannot be."""
    import json

    return _png(json.dumps(spec, sort_keys=True), scale)


@functools.lru_cache(maxsize=64)  # the page writes both files from one review: each chart is drawn once
def _png(spec: str, scale: float) -> bytes | None:
    try:
        import vl_convert as vlc
    except ImportError:
        return None
    return vlc.vegalite_to_png(spec, scale=scale)


# --- .xlsx ---------------------------------------------------------------------------------------------------------

_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Text a spreadsheet shows and never runs: a leading =, +, -, @, tab or CR gets an apostrophe before it."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return "'" + text if text.startswith(_RISKY) else text


def _formats(lang: str, currency: str) -> dict:
    from .i18n import CURRENCY_SYMBOLS

    sym = CURRENCY_SYMBOLS.get(currency, currency)
    money = f'"{sym}" #,##0.00' if lang == "nl" else f'"{sym}"#,##0.00'
    return {"currency": f"{money};-{money}", "percent": "0.00%", "multiplier": '0.00"×"', "count": "#,##0.00",
            "int": "#,##0", "share": "0.0%", "change_pct": "+0.0%;-0.0%;0.0%",
            "date": "dd-mm-yyyy" if lang == "nl" else "mmm d, yyyy",
            "signed_currency": f"+{money};-{money};{money}", "signed_percent": "+0.00%;-0.00%;0.00%",
            "signed_multiplier": '+0.00"×";-0.00"×";0.00"×"', "signed_count": "+#,##0.00;-#,##0.00;0.00",
            "signed_int": "+#,##0;-#,##0;0"}


def _fmt_for(unit: str, value, f: dict, signed: bool = False) -> str:
    """The number format of a value in a unit: whole counts without decimals ('1.234', never '1.234,')."""
    whole = unit == "count" and isinstance(value, int | float) and float(value).is_integer()
    if signed:
        return f["signed_int"] if whole else f["signed_" + unit]
    return f["int"] if whole else f[unit]


def _sheet(wb, title: str, head: list[str], rows: list[list], widths_min: int = 8):
    """A sheet with a bold, frozen header and columns as wide as their text; cells are (value, number format)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(safe_text(title)[:31])
    ws.append([safe_text(h) for h in head])
    for c in ws[1]:
        c.font, c.fill = Font(bold=True), PatternFill("solid", fgColor="DDDDDD")
        c.alignment = Alignment(vertical="top", wrap_text=False)
    width = [len(h) for h in head]
    for r, row in enumerate(rows, start=2):
        for col, cell in enumerate(row, start=1):
            value, number_format = cell if isinstance(cell, tuple) else (cell, None)
            target = ws.cell(row=r, column=col)
            if isinstance(value, str):
                target.value = safe_text(value)
                target.data_type = "s"  # never a formula, whatever it looks like
                target.alignment = Alignment(vertical="top", wrap_text=len(value) > 80)
            else:
                target.value = value
            if number_format and value is not None:
                target.number_format = number_format
            shown_len = len(str(value)) if isinstance(value, str) else 14 if isinstance(value, float) else 11
            width[col - 1] = max(width[col - 1], min(shown_len, 80))
    ws.freeze_panes = "A2"
    for i, w in enumerate(width, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = max(widths_min, w + 2)
    return ws


def to_xlsx(report: dict) -> bytes:
    """The review as a workbook: one sheet per section, numbers as numbers with formats for the language."""
    from openpyxl import Workbook

    lang, cur = report["lang"], report["currency"]
    f, T = _formats(lang, cur), (lambda code, **kw: t(code, lang, **kw))
    wb = Workbook()
    wb.remove(wb.active)
    day = lambda s: (dt.date.fromisoformat(s), f["date"]) if s else None  # noqa: E731
    _sheet(wb, T("review.sheet.summary"), [T("review.col.item"), T("review.col.detail")], [
        [T("review.title"), report["workspace"]], [T("review.period"), report["period"]["label"]],
        [T("review.period_start"), day(report["period"]["start"])],
        [T("review.period_end"), day(report["period"]["end"])],
        [T("review.compared_with"), report["vs"]["label"]], [T("review.vs_start"), day(report["vs"]["start"])],
        [T("review.vs_end"), day(report["vs"]["end"])], [T("review.as_of"), day(report["as_of"])],
        [T("review.created"), day(report["created"])], [T("review.currency"), cur]])
    rows = []
    for r in report["kpis"]:
        u = r["unit"]
        rows.append([r["name"], r["kpi"], (r["value"], _fmt_for(u, r["value"], f)),
                     (r["value_vs"], _fmt_for(u, r["value_vs"], f)), (r["change"], _fmt_for(u, r["change"], f, True)),
                     (r["change_pct"], f["change_pct"]), (r["target"], _fmt_for(u, r["target"], f)),
                     T(f"targets.status.{r['status']}") if r["status"] else "", r["summary"]])
    _sheet(wb, T("review.sheet.kpis"), [T(f"review.col.{k}") for k in (
        "kpi", "id", "actual", "comparison", "change", "change_pct", "target", "status", "summary")], rows)
    rows = []
    for r in report["kpis"]:
        u = r["unit"]
        for c in r["contributions"]:
            who = (T("review.unattributed") if c["presence"] == "unattributed"
                   else ex.member_label(c["member"], lang, r["by"]))
            rows.append([r["name"], r["by"], who, (c["value_vs"], _fmt_for(u, c["value_vs"], f)),
                         (c["value"], _fmt_for(u, c["value"], f)), (c["share_vs"], f["share"]),
                         (c["share"], f["share"]), (c["rate_effect"], _fmt_for(u, c["rate_effect"], f, True)),
                         (c["mix_effect"], _fmt_for(u, c["mix_effect"], f, True)),
                         (c["total"], _fmt_for(u, c["total"], f, True)),
                         *[(c[k], _fmt_for("count", c[k], f)) for k in ("numerator_vs", "denominator_vs", "numerator",
                                                                         "denominator")]])
    _sheet(wb, T("review.sheet.moved"), [T(f"review.col.{k}") for k in (
        "kpi", "by", "member", "value_vs", "value", "share_vs", "share", "rate", "mix", "total", "numerator_vs",
        "denominator_vs", "numerator", "denominator")], rows)
    rows, smart_rows, checkin_rows = [], [], []
    for g in report["targets"]:
        u = g["unit"]
        rows.append([g["title"], g["kpi_name"], T(f"ui.cmp.{g['comparison']}"),
                     (g["target"], _fmt_for(u, g["target"], f)), day(g["start"]), day(g["deadline"]), g["owner"] or "",
                     T(f"targets.status.{g['status'] or 'none'}"),
                     *[(g[k], _fmt_for(u, g[k], f)) for k in ("actual_to_date", "expected_to_date", "forecast",
                                                              "forecast_low", "forecast_high", "required_per_week")]])
        smart_rows += [[g["title"], f"{letter} · {T('ui.smart.' + letter.lower())}", T(f"ui.level.{s['level']}"),
                        s["reason"]] for letter, s in g["smart"].items()]
        checkin_rows += [[g["title"], day(c["date"]), (c["value"], _fmt_for(u, c["value"], f)), c["note"]]
                         for c in g["checkins"]]
    _sheet(wb, T("review.sheet.targets"), [T(f"review.col.{k}") for k in (
        "target_title", "kpi", "cmp", "target", "start", "deadline", "owner", "status", "actual_to_date",
        "expected_to_date", "forecast", "forecast_low", "forecast_high", "required_per_week")], rows)
    _sheet(wb, T("review.sheet.smart"), [T(f"review.col.{k}") for k in ("target_title", "letter", "level",
                                                                           "reason")], smart_rows)
    _sheet(wb, T("review.sheet.checkins"), [T(f"review.col.{k}") for k in ("target_title", "date", "value_ci",
                                                                              "note")], checkin_rows)
    _sheet(wb, T("review.sheet.insights"), [T("review.col.kind"), T("review.col.message")],
           [[T("review.insight"), m] for m in report["insights"]] + [[T("review.warning"), m]
                                                                        for m in report["warnings"]])
    _charts_sheet(wb, report, T("review.sheet.charts"))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _charts_sheet(wb, report: dict, title: str) -> None:
    from openpyxl.drawing.image import Image

    ws = wb.create_sheet(title)
    ws.append([safe_text(c["title"]) for c in report["charts"][:1]])
    row = 2
    for c in report["charts"]:
        data = png(c["spec"], scale=1.0)
        if data is None:
            break
        img = Image(io.BytesIO(data))
        ws.add_image(img, f"A{row}")
        row += int(img.height / 20) + 2
    ws.column_dimensions["A"].width = 12


# --- .pdf ----------------------------------------------------------------------------------------------------------

def _fonts() -> tuple[str, str]:
    """DejaVu Sans when the system has it (every script a campaign name may use), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        if "KoersSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("KoersSans", "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont("KoersSans-Bold", "DejaVuSans-Bold.ttf"))
        return "KoersSans", "KoersSans-Bold"
    except Exception:  # noqa: BLE001 - a missing font file is not an error: the built-in font still prints
        return "Helvetica", "Helvetica-Bold"


def _esc(text) -> str:
    from xml.sax.saxutils import escape

    return escape(str(text))


def to_pdf(report: dict) -> bytes:
    """The review as a PDF: a title page, then KPIs, what moved them, targets, insights and warnings, charts."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    lang, cur = report["lang"], report["currency"]
    T = lambda code, **kw: t(code, lang, **kw)  # noqa: E731
    regular, bold = _fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", base["BodyText"], fontName=regular, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", body, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", body, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("h1", base["Heading1"], fontName=bold, fontSize=16, spaceBefore=6, spaceAfter=8)
    h2 = ParagraphStyle("h2", base["Heading2"], fontName=bold, fontSize=12, spaceBefore=10, spaceAfter=4)
    big = ParagraphStyle("big", h1, fontSize=30, leading=36, spaceAfter=24)
    width = A4[0] - 4 * cm
    P = lambda text, style=cell: Paragraph(_esc(text), style)  # noqa: E731
    # an amount never breaks between its currency sign and its number
    N = lambda text, style=cell: Paragraph(_esc(text).replace("€ ", "€&nbsp;"), style)  # noqa: E731

    def table(head, rows, widths, right=()):
        data = [[Paragraph(f"<b>{_esc(h)}</b>", ParagraphStyle("th", cell, fontName=bold)) for h in head]]
        data += [[v if isinstance(v, Paragraph) else N(v, ParagraphStyle("r", cell, alignment=2)) if i in right
                  else N(v) for i, v in enumerate(r)] for r in rows]
        tb = Table(data, colWidths=[w * width for w in widths], repeatRows=1, hAlign="LEFT")
        tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return tb

    def chart(c, max_h=15 * cm):
        data = png(c["spec"], scale=2.0)
        if data is None:
            return Spacer(1, 0)
        img = Image(io.BytesIO(data))
        ratio = img.imageHeight / img.imageWidth
        w = min(width, img.imageWidth / 2)
        h = w * ratio
        if h > max_h:
            w, h = max_h / ratio, max_h
        img.drawWidth, img.drawHeight = w, h
        img.hAlign = "LEFT"
        return img

    story = [Spacer(1, 5 * cm), Paragraph(_esc(T("review.title")), big),
             P(report["workspace"], ParagraphStyle("ws", h1, fontSize=20, leading=26)), Spacer(1, 0.6 * cm)]
    period = f"{report['period']['label']} ({fmt_date(dt.date.fromisoformat(report['period']['start']), lang)} – " \
             f"{fmt_date(dt.date.fromisoformat(report['period']['end']), lang)})"
    for label, value in ((T("review.period"), period), (T("review.compared_with"), report["vs"]["label"]),
                         (T("review.created"), fmt_date(dt.date.fromisoformat(report["created"]), lang))):
        story.append(Paragraph(f"<b>{_esc(label)}:</b> {_esc(value)}", ParagraphStyle("tp", body, fontSize=12,
                                                                                        leading=18)))
    story.append(PageBreak())
    # KPIs
    story.append(Paragraph(_esc(T("review.sheet.kpis")), h1))
    intro = T("review.kpis_intro", now=report["period"]["label"], before=report["vs"]["label"])
    story.append(P(intro[:1].upper() + intro[1:], body))
    rows = []
    for r in report["kpis"]:
        u = r["unit"]
        pct = "" if r["change_pct"] is None else " (" + ("+" if r["change_pct"] > 0 else "") + fmt(
            r["change_pct"], "percent", lang, decimals=1) + ")"
        verdict = "" if r["better"] is None else "<br/><i>" + T(f"review.{'better' if r['better'] else 'worse'}") \
            + "</i>"
        change = Paragraph(_esc(ex.signed(r["change"], u, lang, cur) + pct).replace("€ ", "€&nbsp;") + verdict,
                           ParagraphStyle("r", cell, alignment=2))
        rows.append([r["name"], fmt(r["value"], u, lang, cur), fmt(r["value_vs"], u, lang, cur), change,
                     "" if r["target"] is None else fmt(r["target"], u, lang, cur),
                     T(f"targets.status.{r['status']}") if r["status"] else ""])
    story.append(table([T(f"review.col.{k}") for k in ("kpi", "actual", "comparison", "change", "target", "status")],
                       rows, [0.22, 0.14, 0.15, 0.25, 0.12, 0.12], right=(1, 2, 4)))
    for c in report["charts"]:
        if c["id"] == "change":
            story += [Spacer(1, 0.4 * cm), chart(c)]
    # what moved it
    story += [PageBreak(), Paragraph(_esc(T("review.sheet.moved")), h1)]
    waterfalls = {c["kpi"]: c for c in report["charts"] if c["kpi"]}
    for r in report["kpis"]:
        if not r["summary"]:
            continue
        part = [Paragraph(_esc(r["name"]) + (f" <font size=9>({_esc(T('review.by', by=r['by']))})</font>"
                                             if r["by"] else ""), h2), P(r["summary"], body)]
        part += [P("• " + m["text"], small) for m in r["moved"]]
        story.append(KeepTogether(part))
        if r["kpi"] in waterfalls:
            story += [Spacer(1, 0.2 * cm), chart(waterfalls[r["kpi"]], 9 * cm)]
    # targets
    story += [PageBreak(), Paragraph(_esc(T("review.sheet.targets")), h1)]
    if not report["targets"]:
        story.append(P(T("review.no_targets"), body))
    for g in report["targets"]:
        u = g["unit"]
        f = lambda v, u=u: fmt(v, u, lang, cur)  # noqa: E731
        part = [Paragraph(_esc(g["title"]), h2),
                P(T("review.target_line", kpi=g["kpi_name"], cmp=T(f"ui.cmp.{g['comparison']}"), target=f(g["target"]),
                    start=fmt_date(dt.date.fromisoformat(g["start"]), lang),
                    deadline=fmt_date(dt.date.fromisoformat(g["deadline"]), lang), owner=g["owner"] or "–",
                    status=T(f"targets.status.{g['status'] or 'none'}")), body),
                table([T(f"review.col.{k}") for k in ("actual_to_date", "expected_to_date", "forecast",
                                                      "forecast_range", "required_per_week")],
                      [[f(g["actual_to_date"]), f(g["expected_to_date"]), f(g["forecast"]),
                        "–" if g["forecast_low"] is None and g["forecast_high"] is None
                        else f"{f(g['forecast_low'])} – {f(g['forecast_high'])}", f(g["required_per_week"])]],
                      [0.18, 0.18, 0.18, 0.26, 0.2], right=(0, 1, 2, 3, 4))]
        if g["smart"]:
            part.append(Spacer(1, 0.2 * cm))
            part.append(table([T("review.col.letter"), T("review.col.level"), T("review.col.reason")],
                              [[f"{k} · {T('ui.smart.' + k.lower())}", T(f"ui.level.{s['level']}"), s["reason"]]
                               for k, s in g["smart"].items()], [0.2, 0.12, 0.68]))
        story.append(KeepTogether(part))
        if g["checkins"]:
            story.append(Paragraph(_esc(T("review.sheet.checkins")), ParagraphStyle("h3", h2, fontSize=10)))
            story += [P(f"{fmt_date(dt.date.fromisoformat(c['date']), lang)}"
                        + ("" if c["value"] is None else f" · {f(c['value'])}") + f" — {c['note']}", small)
                      for c in g["checkins"]]
    # insights and warnings
    story += [Paragraph(_esc(T("review.sheet.insights")), h1)]
    lines = [(T("review.insight"), m) for m in report["insights"]] + [(T("review.warning"), m)
                                                                       for m in report["warnings"]]
    story += [Paragraph(f"<b>{_esc(k)}:</b> {_esc(m)}", small) for k, m in lines] or [P(T("review.none_fired"), body)]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"Koers · {report['workspace']} · {report['period']['label']}")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, T("review.page", n=doc.page))
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=f"{T('review.title')} · {report['workspace']}",
                            author="Koers", subject=report["period"]["label"])
    doc.build(story, onLaterPages=footer)
    return buf.getvalue()


def write(report: dict, out) -> str:
    """Write the review to `out` (.xlsx or .pdf); returns the kind written."""
    from pathlib import Path

    path = Path(out)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "pdf"):
        raise error("review.bad_out", file=str(path))
    if not path.parent.is_dir():
        raise error("review.out_dir", file=str(path))
    path.write_bytes(to_xlsx(report) if kind == "xlsx" else to_pdf(report))
    return kind


def _named(text: str, titles: dict[str, str]) -> str:
    """A message with each target id replaced by the target's title."""
    for tid, title in sorted(titles.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(f"'{tid}'", f"'{title}'").replace(tid, title)
    return text
