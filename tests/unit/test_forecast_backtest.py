"""The forecast method is the one the back-tests choose: on every sum KPI of the sample exports, hold out the rest of
a window, forecast it from the days before, and compare. The chosen rules must do as well as the run-rate and far
better than extrapolating the daily trend (which made the demo's Q1 revenue forecast flat)."""

import numpy as np
import pandas as pd
import pytest

from kpi_core import kpis
from kpi_core.catalogue import catalogue
from kpi_core.compiler import Filters
from kpi_core.pacing import sum_rest
from kpi_core.workspace import build_demo


@pytest.fixture(scope="module")
def daily_series():
    ws = build_demo(None, lang="nl")
    cat = catalogue()
    out = []
    for k in kpis.present_kpis(ws.engine):
        kpi = cat[k]
        if kpi.denominator is not None or kpi.growth or kpi.cumulative or k in ("followers", "customers", "reach",
                                                                                   "users"):
            continue
        df = kpis.series(ws.engine, k, "day", Filters())
        s = df.assign(period=pd.to_datetime(df["period"])).set_index("period")["numerator"].astype(float)
        y = s.reindex(pd.date_range(s.index.min(), s.index.max())).fillna(0.0).to_numpy()
        if (y > 0).sum() >= 20:
            out.append(y)
    return out


def straight_trend(y: np.ndarray, m: int) -> float:
    n = len(y)
    b, a = np.polyfit(np.arange(1, n + 1.0), y, 1)
    return float(np.clip(a + b * np.arange(n + 1, n + m + 1), 0, None).sum())


def test_the_chosen_forecast_matches_the_run_rate_and_beats_the_trend(daily_series):
    chosen, run_rate, trend = [], [], []
    for y in daily_series:
        for total in (28, 42, 56, 90):
            for frac in (0.3, 0.5, 0.7):
                for off in range(0, max(len(y) - total, 0) + 1, 14):
                    w = y[off:off + total]
                    if len(w) < total:
                        continue
                    n = int(total * frac)
                    truth, scale = w[n:].sum(), max(w.sum(), 1e-9)
                    chosen.append(abs(sum_rest(w[:n], total)["point"] - truth) / scale)
                    run_rate.append(abs(w[:n].mean() * (total - n) - truth) / scale)
                    trend.append(abs(straight_trend(w[:n], total - n) - truth) / scale)
    assert len(chosen) > 300, "enough windows to judge"
    assert np.mean(chosen) <= np.mean(run_rate) * 1.02
    assert np.mean(chosen) < np.mean(trend) / 2
