"""Charts: trend, sparkline, pacing with forecast band, bullet per target, speed and acceleration.

Trend, sparkline and speed, which the dashboard draws on every run, are Vega-Lite specs written as dicts and draw
what their Altair versions drew: no Altair to import or to check against its schema on each rerun, and no pandas.
The others are Altair charts; Altair, numpy and pandas load when one of them is drawn."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

import streamlit as st

from kpi_core.i18n import AXIS_FORMAT, fmt, fmt_date, formula_in_words, t

if TYPE_CHECKING:
    import altair as alt
    import numpy as np
    import pandas as pd

GREEN, AMBER, RED, GREY, INK = "#0B6E4F", "#C98A04", "#B3261E", "#9AA5A1", "#1B2A26"
BLUE = "#2F6690"
LOCALE = {
    "nl": {"number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]},
           "time": {"dateTime": "%a %e %B %Y %X", "date": "%d-%m-%Y", "time": "%H:%M:%S",
                    "periods": ["AM", "PM"],
                    "days": ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
                    "shortDays": ["zo", "ma", "di", "wo", "do", "vr", "za"],
                    "months": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                               "september", "oktober", "november", "december"],
                    "shortMonths": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                                    "dec"]}},
    # Both parts, always: a locale without `time` leaves Vega's time formats unset after a language switch.
    "en": {"number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]},
           "time": {"dateTime": "%a %b %e %X %Y", "date": "%m/%d/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
                    "days": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
                    "shortDays": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
                    "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December"],
                    "shortMonths": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                    "Dec"]}},
}


SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"


class Spec(dict):
    """A Vega-Lite spec built as a dict; to_dict() as an Altair chart has it, so show() draws either."""

    def to_dict(self) -> dict:
        return dict(self)


def _data(df: pd.DataFrame) -> alt.InlineData:
    """A frame as values inside the spec: Altair's data transformer (process-wide, with a row limit) is never used
    or changed, so what a chart holds depends on its own rows only (they are aggregates, never raw facts)."""
    import altair as alt
    from altair.utils.data import to_values

    return alt.InlineData(values=to_values(df)["values"])


def inline_data(spec: dict) -> dict:
    """The spec with every named dataset put inline where it is used (a new dict; the input is left alone).

    st.altair_chart ships data as named datasets; when a page is drawn again in another language the browser tries
    to update the old view with them ("Unrecognized data set") and the chart stays empty. Inline data has no names.
    A pure function of the spec: nothing process-wide changes, so sessions drawing at once cannot interleave."""
    named = spec.get("datasets", {})

    def walk(node):
        if isinstance(node, dict):
            data = node.get("data")
            out = {k: walk(v) for k, v in node.items() if k != "datasets"}
            if isinstance(data, dict) and set(data) == {"name"} and data["name"] in named:
                out["data"] = {"values": named[data["name"]]}
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(spec)


def show(chart, key: str) -> None:
    """Draw a chart with its data inline in the spec, without the chart menu (source, editor) a client must not get."""
    spec = inline_data(chart.to_dict())
    spec["usermeta"] = {**spec.get("usermeta", {}), "embedOptions": {"actions": False}}
    st.vega_lite_chart(spec, width="stretch", key=key)


def show_spec(spec: dict, key: str) -> None:
    """Draw a Vega-Lite spec made elsewhere (the review's charts): no chart menu, and its own height kept (fit-x),
    so axis and legend never squeeze its rows together."""
    spec = {**spec, "autosize": {"type": "fit-x", "contains": "padding"},
            "usermeta": {**spec.get("usermeta", {}), "embedOptions": {"actions": False}}}
    st.vega_lite_chart(spec, width="stretch", key=key)


def _config(lang: str, axes: bool = True) -> dict:
    """What _finish configures (and Altair's default view size), for a spec written as a dict."""
    view = {"continuousWidth": 300, "continuousHeight": 300, "stroke": None}
    if not axes:
        return {"view": view, "locale": LOCALE.get(lang, LOCALE["en"])}
    return {"view": view, "axis": {"labelFontSize": 12, "labelLimit": 220, "titleFontSize": 12},
            "legend": {"labelFontSize": 12, "labelLimit": 300, "orient": "bottom", "titleFontSize": 12},
            "locale": LOCALE.get(lang, LOCALE["en"])}


def _finish(chart, lang: str, height: int = 260):
    return (chart.properties(height=height)
            .configure(locale=LOCALE.get(lang, LOCALE["en"]))
            .configure_axis(labelFontSize=12, titleFontSize=12, labelLimit=220)
            .configure_legend(orient="bottom", labelFontSize=12, titleFontSize=12, labelLimit=300)
            .configure_view(stroke=None))


_PERIOD_FORMAT = {"month": "%b %Y", "quarter": "%b %Y", "year": "%Y"}


def _time_axis(periods, grain: str | None = None) -> dict:
    """Month ticks over long spans, day ticks over short ones: never the same label twice. `periods`: the x values
    (dates, timestamps or None), as a Vega-Lite axis (Altair takes it as it is)."""
    days = list(dict.fromkeys(d for d in map(_day, periods) if d is not None))  # distinct, in order
    ticks = [{"date": d.day, "month": d.month, "year": d.year} for d in days]
    if grain in _PERIOD_FORMAT and len(periods) <= 24:  # one tick per period, named as the period
        return {"format": _PERIOD_FORMAT[grain], "labelAngle": 0, "values": ticks}
    if grain == "week" and 1 < len(days) <= 16:  # a tick on each week's Monday, where its point sits
        return {"format": "%-d %b", "labelAngle": 0, "values": ticks}
    span = (max(days) - min(days)).days if days else 0
    if span > 120:
        return {"format": "%b %Y", "labelAngle": 0, "tickCount": {"interval": "month", "step": 1 if span < 400 else 3}}
    if span > 21:
        return {"format": "%d %b", "labelAngle": 0, "tickCount": {"interval": "week", "step": 1 if span < 60 else 2}}
    return {"format": "%d %b", "labelAngle": 0, "tickCount": {"interval": "day", "step": 1 if span < 10 else 3}}


def _num(s: pd.Series) -> pd.Series:
    import pandas as pd

    return pd.to_numeric(s, errors="coerce").astype(float)


def _day(v) -> dt.date | None:
    """A period as a date (from a date, a datetime or pandas Timestamp, or ISO text); None when missing."""
    if v is None or v != v:  # NaN and NaT are not equal to themselves
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])


def _float(v) -> float | None:
    """A number as a float; None when missing, not finite or not a number (pd.to_numeric with errors='coerce')."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _stamp(d: dt.date) -> str:
    """A day as a chart's x value, as Altair writes a pandas timestamp ('2025-03-01T00:00:00')."""
    return f"{d.isoformat()}T00:00:00"


def _records(rows) -> list[dict]:
    """A frame's rows as dicts, or the dicts themselves."""
    return rows.to_dict("records") if hasattr(rows, "to_dict") else list(rows)


def _axis_title(unit: str, currency: str, lang: str) -> str:
    return t(f"ui.unit.{unit}", lang, currency=currency)


_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def covered(period: dt.date, grain: str | None, lo: dt.date, hi: dt.date) -> tuple[int, int]:
    """How many days of the period starting on `period` (one `grain` long) lie within lo..hi, and its length."""
    from ui.periods import add_months

    if grain in _MONTHS:
        end = add_months(period, _MONTHS[grain]) - dt.timedelta(days=1)
    else:
        end = period + dt.timedelta(days=6 if grain == "week" else 0)
    return max((min(end, hi) - max(period, lo)).days + 1, 0), (end - period).days + 1


def has_partial(periods, grain: str | None, lo: dt.date, hi: dt.date) -> bool:
    """Whether a period of a trend lies only partly within the chosen days (a week that began the month before)."""
    return any(a < b for a, b in (covered(d, grain, lo, hi) for d in map(_day, periods) if d is not None))


def trend(rows, unit: str, lang: str, currency: str = "EUR", title: str = "", num_label: str = "",
          den_label: str = "", grain: str | None = None, span: tuple | None = None) -> Spec:
    """The KPI per period; the tooltip shows the value with its numerator and denominator. With `span` (the chosen
    days), a period only partly inside it is an open point that says how many of its days count: the 2 days of a
    week that began in the month before are not a fall. `rows`: dicts or a frame with period, value, numerator and
    denominator."""
    rows = _records(rows)
    periods = [_day(r["period"]) for r in rows]
    days = [covered(p, grain, *span) for p in periods] if span is not None else [(1, 1)] * len(rows)
    dens = [_float(r.get("denominator")) for r in rows]
    show_days = span is not None and grain != "day"
    values = []
    for r, p, (a, b), den in zip(rows, periods, days, dens, strict=True):
        v = _float(r["value"])
        row = {"period": _stamp(p), "value": v, "fill": GREEN if a >= b else "white",
               "value_txt": fmt(v, unit, lang, currency), "num_txt": fmt(_float(r["numerator"]), "count", lang),
               "den_txt": fmt(den, "count", lang), "period_txt": fmt_date(p, lang)}
        if show_days:
            row["days_txt"] = t("ui.chart.days_in", lang, n=fmt(a, "count", lang), total=fmt(b, "count", lang))
        values.append(row)
    # a formula over measure ids reads as names ('Klikken / Vertoningen')
    num_label, den_label = formula_in_words(num_label, lang), formula_in_words(den_label, lang)
    tip = [("period_txt", t("ui.chart.period", lang)), ("value_txt", title or t("ui.chart.value", lang)),
           ("num_txt", num_label or t("ui.chart.numerator", lang))]
    if any(d is not None for d in dens):
        tip.append(("den_txt", den_label or t("ui.chart.denominator", lang)))
    if show_days:
        tip.append(("days_txt", t("ui.chart.days", lang)))
    encoding = {
        "x": {"field": "period", "type": "temporal", "title": None, "axis": _time_axis(periods, grain)},
        "y": {"field": "value", "type": "quantitative", "title": _axis_title(unit, currency, lang),
              "axis": {"format": AXIS_FORMAT[unit]}},
        "tooltip": [{"field": f, "type": "nominal", "title": name} for f, name in tip],
    }
    line = {"mark": {"type": "line", "color": GREEN, "strokeWidth": 2.5}}  # straight: a period is a point, not a curve
    points = {"mark": {"type": "point", "filled": True, "size": 70, "opacity": 1, "stroke": GREEN, "strokeWidth": 2},
              "encoding": {"fill": {"field": "fill", "type": "nominal", "scale": None}}}
    # The rows sit in the layer, not at the top: Streamlit turns top-level data into Arrow, through pandas.
    return Spec({"$schema": SCHEMA, "config": _config(lang), "height": 260,
                 "layer": [{"data": {"values": values}, "encoding": encoding, "layer": [line, points]}]})


def sparkline(rows, lang: str) -> Spec:
    """A small line without axes, for a KPI tile. `rows`: dicts or a frame with period and value."""
    values = [{"period": _stamp(p), "value": v} for p, v in
              ((_day(r["period"]), _float(r["value"])) for r in _records(rows)) if p is not None and v is not None]
    gradient = {"gradient": "linear", "stops": [{"color": "white", "offset": 0}, {"color": "#CFE6DD", "offset": 1}],
                "x1": 1, "x2": 1, "y1": 1, "y2": 0}
    area = {"data": {"values": values},
            "mark": {"type": "area", "color": gradient, "interpolate": "monotone",
                     "line": {"color": GREEN, "strokeWidth": 1.5}},
            "encoding": {"x": {"field": "period", "type": "temporal", "axis": None},
                         "y": {"field": "value", "type": "quantitative", "axis": None, "scale": {"zero": False}},
                         "tooltip": []}}
    return Spec({"$schema": SCHEMA, "config": _config(lang, axes=False), "height": 48, "layer": [area]})


def _label(key: str, lang: str) -> str:
    return t(f"ui.chart.{key}", lang)


def pacing(daily: pd.DataFrame, target, pace: dict, unit: str, is_ratio: bool, lang: str, currency: str = "EUR",
           shares: np.ndarray | None = None):
    """Cumulative actual against the pacing line, with the forecast band from as-of to the deadline."""
    import altair as alt
    import numpy as np
    import pandas as pd

    start, deadline = target.start, target.deadline
    as_of = min(dt.date.fromisoformat(str(pace["as_of"])), deadline)
    days = pd.date_range(start, deadline, freq="D")
    total = len(days)
    num = np.zeros(total)
    den = np.zeros(total)
    if daily is not None and not daily.empty:
        d = daily.assign(period=pd.to_datetime(daily["period"]))
        d = d[(d["period"] >= pd.Timestamp(start)) & (d["period"] <= pd.Timestamp(deadline))]
        idx = (d["period"] - pd.Timestamp(start)).dt.days.to_numpy()
        np.add.at(num, idx, _num(d["numerator"]).fillna(0).to_numpy())
        if "denominator" in d:
            np.add.at(den, idx, _num(d["denominator"]).fillna(0).to_numpy())
    done = max(min((as_of - start).days + 1, total), 0)
    goal = float(target.target)
    act_name, plan_name, fc_name = _label("actual", lang), _label("pacing_line", lang), _label("forecast", lang)
    if is_ratio:
        cn, cd = np.cumsum(num), np.cumsum(den)
        actual = np.where(cd > 0, cn / np.where(cd > 0, cd, 1), np.nan)
        planned = np.full(total, goal)
    else:
        actual = np.cumsum(num)
        planned = goal * (np.cumsum(shares) if shares is not None else np.arange(1, total + 1) / total)
    rows = [{"date": days[i], "series": plan_name, "value": planned[i]} for i in range(total)]
    rows += [{"date": days[i], "series": act_name, "value": actual[i]} for i in range(done)
             if not np.isnan(actual[i])]
    lines = pd.DataFrame(rows)
    lines["value_txt"] = [fmt(v, unit, lang, currency) for v in lines["value"]]
    lines["date_txt"] = [fmt_date(x.date(), lang) for x in lines["date"]]
    color = alt.Color("series:N", title=None, scale=alt.Scale(domain=[act_name, plan_name, fc_name],
                                                               range=[GREEN, GREY, BLUE]))
    tip = [alt.Tooltip("date_txt:N", title=_label("date", lang)), alt.Tooltip("series:N", title=""),
           alt.Tooltip("value_txt:N", title=_label("value", lang))]
    x = alt.X("date:T", title=None, axis=_time_axis(pd.Series(days)))
    y_axis = alt.Axis(format=AXIS_FORMAT[unit], title=_axis_title(unit, currency, lang))
    layers = [alt.Chart(_data(lines)).mark_line(strokeWidth=2.5).encode(
        x=x, y=alt.Y("value:Q", axis=y_axis), color=color, tooltip=tip,
        strokeDash=alt.condition(alt.datum.series == plan_name, alt.value([6, 4]), alt.value([1, 0])))]
    last = actual[done - 1] if done and not np.isnan(actual[done - 1]) else None
    if last is not None and done < total and pace.get("forecast") is not None:
        end = pd.Timestamp(deadline)
        lo = pace.get("forecast_low") if pace.get("forecast_low") is not None else pace["forecast"]
        hi = pace.get("forecast_high") if pace.get("forecast_high") is not None else pace["forecast"]
        band = pd.DataFrame({"date": [days[done - 1], end], "low": [last, lo], "high": [last, hi],
                             "value": [last, pace["forecast"]], "series": [fc_name, fc_name]})
        band["value_txt"] = [fmt(v, unit, lang, currency) for v in band["value"]]
        band["range_txt"] = [f"{fmt(a, unit, lang, currency)} – {fmt(b, unit, lang, currency)}"
                             for a, b in zip(band["low"], band["high"], strict=True)]
        band["date_txt"] = [fmt_date(x.date(), lang) for x in band["date"]]
        btip = [alt.Tooltip("date_txt:N", title=_label("date", lang)),
                alt.Tooltip("value_txt:N", title=fc_name), alt.Tooltip("range_txt:N", title=_label("band", lang))]
        layers.insert(0, alt.Chart(_data(band)).mark_area(opacity=0.18, color=BLUE).encode(
            x=x, y=alt.Y("low:Q", axis=y_axis), y2="high:Q", tooltip=btip))
        layers.append(alt.Chart(_data(band)).mark_line(strokeDash=[2, 3], strokeWidth=2).encode(
            x=x, y="value:Q", color=color, tooltip=btip))
    goal_df = pd.DataFrame({"value": [goal], "txt": [f"{_label('target', lang)}: {fmt(goal, unit, lang, currency)}"]})
    layers.append(alt.Chart(_data(goal_df)).mark_rule(color=INK, strokeWidth=1).encode(y="value:Q", tooltip=["txt:N"]))
    layers.append(alt.Chart(_data(pd.DataFrame({"date": [pd.Timestamp(as_of)]}))).mark_rule(
        color=INK, strokeDash=[2, 2], opacity=0.5).encode(x="date:T"))
    return _finish(alt.layer(*layers), lang, height=320)


STATUS_COLORS = {"on_track": GREEN, "achieved": GREEN, "at_risk": AMBER, "off_track": RED, "missed": RED,
                 "none": GREY, "not_started": GREY}


def bullets(rows: list[dict], lang: str):
    """One bullet per target: bands for off/at-risk/on track, the bar is performance (share of expected)."""
    import altair as alt
    import numpy as np
    import pandas as pd

    recs, bands = [], []
    for r in rows:
        perf = r.get("performance")
        perf = None if perf is None or not np.isfinite(perf) else float(perf)
        label = r["label"] if len(r["label"]) <= 48 else r["label"][:46] + "…"
        status = r.get("status") or "none"
        recs.append({"target": label, "perf": min(perf, 1.5) if perf is not None else 0.0,
                     "perf_txt": fmt(perf, "percent", lang, decimals=0), "status": status,
                     "status_txt": r["status_txt"], "actual": r["actual_txt"], "expected": r["expected_txt"]})
        th = r.get("thresholds") or {"on_track": 1.0, "at_risk": 0.9}
        for lo, hi, c in ((0, th["at_risk"], "#F3D9D7"), (th["at_risk"], th["on_track"], "#F7EBC8"),
                          (th["on_track"], 1.5, "#DCEFE6")):
            bands.append({"target": label, "lo": lo, "hi": hi, "c": c})
    d, b = pd.DataFrame(recs), pd.DataFrame(bands)
    y = alt.Y("target:N", title=None, sort=None, axis=alt.Axis(labelLimit=320, labelFontSize=12))
    x_scale = alt.Scale(domain=[0, 1.5])
    band = alt.Chart(_data(b)).mark_bar(size=26).encode(y=y, x=alt.X("lo:Q", scale=x_scale), x2="hi:Q",
                                                 color=alt.Color("c:N", scale=None), tooltip=[])
    tip = [alt.Tooltip("target:N", title=_label("target", lang)),
           alt.Tooltip("status_txt:N", title=_label("status", lang)),
           alt.Tooltip("actual:N", title=_label("actual", lang)),
           alt.Tooltip("expected:N", title=_label("expected", lang)),
           alt.Tooltip("perf_txt:N", title=_label("performance", lang))]
    bar = alt.Chart(_data(d)).mark_bar(size=10).encode(
        y=y, x=alt.X("perf:Q", scale=x_scale, title=_label("performance_axis", lang),
                     axis=alt.Axis(format="%", values=[0, 0.25, 0.5, 0.75, 1, 1.25, 1.5])),
        color=alt.Color("status:N", scale=alt.Scale(domain=list(STATUS_COLORS), range=list(STATUS_COLORS.values())),
                        legend=None), tooltip=tip)
    tick = alt.Chart(_data(pd.DataFrame({"x": [1.0]}))).mark_rule(color=INK, strokeWidth=2).encode(x="x:Q")
    text = alt.Chart(_data(d)).mark_text(align="left", dx=6, fontSize=12, color=INK).encode(
        y=y, x="perf:Q", text="perf_txt:N")
    return _finish(alt.layer(band, bar, tick, text), lang, height=max(90, 44 * len(recs)))


def speed(df, unit: str, lang: str, currency: str = "EUR") -> Spec:
    """Speed (change per period) as bars and acceleration (change of speed) as a line, one panel each. `df`: rows
    (a frame or dicts) with period, speed and acceleration; a period without a speed is left out."""
    rows = [(_day(r["period"]), _float(r["speed"]), _float(r["acceleration"])) for r in _records(df)]
    rows = [(p, v, a) for p, v, a in rows if v is not None]
    values = [{"period": _stamp(p), "speed": v, "acceleration": a, "period_txt": fmt_date(p, lang),
               "speed_txt": fmt(v, unit, lang, currency), "acc_txt": fmt(a, unit, lang, currency),
               "sign": "up" if v >= 0 else "down"} for p, v, a in rows]
    tip = [{"field": f, "title": _label(name, lang), "type": "nominal"}
           for f, name in (("period_txt", "period"), ("speed_txt", "speed"), ("acc_txt", "acceleration"))]
    x = {"axis": _time_axis([p for p, _, _ in rows]), "field": "period", "title": None, "type": "temporal"}
    y = lambda f: {"axis": {"format": AXIS_FORMAT[unit]}, "field": f, "title": _label(f, lang),  # noqa: E731
                   "type": "quantitative"}
    zero = {"data": {"values": [{"y": 0}]}, "mark": {"type": "rule", "color": GREY},
            "encoding": {"y": {"field": "y", "type": "quantitative"}}}
    bars = {"data": {"values": values}, "mark": {"type": "bar", "opacity": 0.85},
            "encoding": {"color": {"field": "sign", "legend": None, "type": "nominal",
                                   "scale": {"domain": ["up", "down"], "range": [GREEN, RED]}},
                         "tooltip": tip, "x": x, "y": y("speed")}}
    acc = {"data": {"values": values}, "mark": {"type": "line", "color": BLUE, "point": True, "strokeWidth": 2},
           "encoding": {"tooltip": tip, "x": x, "y": y("acceleration")}}
    config = {**_config(lang, axes=False), "axis": {"labelFontSize": 12, "titleFontSize": 12}}
    return Spec({"$schema": SCHEMA, "config": config,
                 "vconcat": [{"layer": [bars, zero], "height": 170}, {"layer": [acc, zero], "height": 150}]})


def funnel(steps: list[tuple[str, float, str]], lang: str):
    """Horizontal bars, one per funnel step from the top (label, value, formatted value), on a log scale: the top of
    a funnel is thousands of times its bottom, and every step must show."""
    import altair as alt
    import pandas as pd

    d = pd.DataFrame(steps, columns=["step", "value", "txt"])
    d["value"] = d["value"].clip(lower=1)
    top = float(d["value"].max())
    y = alt.Y("step:N", sort=None, title=None, axis=alt.Axis(labelLimit=260))
    x = alt.X("value:Q", title=None, axis=None, scale=alt.Scale(type="log", domain=[1, top * 30]))
    bars = alt.Chart(_data(d)).mark_bar(color=GREEN, size=26).encode(  # a log scale has no 0: the bars start at 1
        y=y, x=x, x2=alt.X2Datum(1), tooltip=[alt.Tooltip("txt:N", title="")])
    text = alt.Chart(_data(d)).mark_text(align="left", dx=6, fontSize=13, color=INK).encode(y=y, x=x, text="txt:N")
    return _finish(alt.layer(bars, text), lang, height=max(80, 46 * len(d)))


def waterfall(steps: list[dict], before: tuple[str, float], after: tuple[str, float], unit: str, lang: str,
              currency: str = "EUR", parts: tuple[str, str, str] = ("", "", "")):
    """From the comparison's value, member by member, to this period's value. Each step is {'member', 'rate',
    'mix', 'total'}: its own change (rate effect) and the shift of its share (mix effect) as two parts of one bar;
    `parts` names the values, the rate effects and the mix effects (no mix name: a sum, one part per bar)."""
    import altair as alt
    import pandas as pd

    total_name, rate_name, mix_name = parts
    level, rows, labels = before[1], [], []
    ends = [before[1], after[1]]
    for i, s in enumerate(steps):
        name = f"{i + 1}. {s['member']}"[:60]
        at = level
        for part, v in ((rate_name, s["rate"]), (mix_name, s["mix"])):
            if v:
                rows.append({"step": name, "a": at, "b": at + v, "part": part, "txt": signed_text(v, unit, lang,
                                                                                                    currency)})
                ends += [at, at + v]
                at += v
        labels.append({"step": name, "x": max(level, level + s["total"]), "txt": signed_text(s["total"], unit, lang,
                                                                                               currency)})
        level += s["total"]
    lo, hi = min(ends), max(ends)
    pad = (hi - lo) * 0.25 or abs(hi) * 0.1 or 1
    # From zero, unless the change is small against the level (a CTR from 1,56% to 1,62%): then the axis starts just
    # below the lowest point, so the steps can be seen.
    base = lo - pad if lo > 0 and hi - lo < 0.1 * hi else min(0, lo)
    pad = max(pad, 0.15 * (hi - base))  # room for the figures right of the bars
    for label, v in (before, after):
        rows.append({"step": label, "a": base, "b": v, "part": total_name, "txt": fmt(v, unit, lang, currency)})
        labels.append({"step": label, "x": max(base, v), "txt": fmt(v, unit, lang, currency)})
    order = [before[0], *[f"{i + 1}. {s['member']}"[:60] for i, s in enumerate(steps)], after[0]]
    d, t_ = pd.DataFrame(rows), pd.DataFrame(labels)
    y = alt.Y("step:N", sort=order, title=None, axis=alt.Axis(labelLimit=260, labelFontSize=12))
    domain = [total_name, rate_name, mix_name] if mix_name else [total_name, rate_name]
    bars = alt.Chart(_data(d)).mark_bar(size=22, clip=True).encode(
        y=y, x=alt.X("a:Q", title=_axis_title(unit, currency, lang), axis=alt.Axis(format=AXIS_FORMAT[unit]),
                     scale=alt.Scale(domain=[base, hi + pad], zero=False, nice=False)),
        x2="b:Q", color=alt.Color("part:N", title=None, sort=domain,
                                  scale=alt.Scale(domain=domain, range=[GREY, GREEN, BLUE][:len(domain)])),
        tooltip=[alt.Tooltip("step:N", title=""), alt.Tooltip("part:N", title=""), alt.Tooltip("txt:N", title="")])
    text = alt.Chart(_data(t_)).mark_text(align="left", dx=6, fontSize=12, color=INK).encode(
        y=y, x="x:Q", text="txt:N")
    # the height is the bars' own (fit-x): with Streamlit's default (fit) axis and legend squeeze the rows together
    return _finish(alt.layer(bars, text), lang, height=max(120, 34 * len(order))).properties(
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))


def signed_text(value: float, unit: str, lang: str, currency: str = "EUR") -> str:
    """A change with its sign, as in the explanation's table ('+€ 0,18', '-0,12 pp')."""
    from kpi_core.explain import signed

    return signed(value, unit, lang, currency)
