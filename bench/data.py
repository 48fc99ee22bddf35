"""Benchmark data: a year of daily Google Ads data for ~2,740 campaigns (1,000,100 rows), as exported and clean."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

CHANNELS = ["Search", "Display", "Shopping", "Video", "Performance Max"]


def frame(n_campaigns: int = 2740, days: int = 365, seed: int = 7, start: str = "2025-01-01") -> pd.DataFrame:
    """Synthetic daily campaign rows with plausible rates."""
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=days, freq="D")
    camp = np.arange(n_campaigns)
    n = n_campaigns * days
    impressions = rng.integers(50, 20_000, n)
    clicks = (impressions * rng.uniform(0.005, 0.08, n)).astype(int)
    cost = np.round(clicks * rng.uniform(0.2, 2.5, n), 2)
    conversions = np.round(clicks * rng.uniform(0.0, 0.08, n), 2)
    value = np.round(conversions * rng.uniform(20, 120, n), 2)
    return pd.DataFrame({
        "Day": np.repeat(dates.strftime("%Y-%m-%d").to_numpy(), n_campaigns),
        "Campaign": np.tile(np.char.add("Campaign ", camp.astype(str)), days),
        "Campaign type": np.tile(np.array(CHANNELS)[camp % len(CHANNELS)], days),
        "Impr.": impressions, "Clicks": clicks, "Cost": cost, "Conversions": conversions, "Conv. value": value,
    })


def write(out: Path, df: pd.DataFrame | None = None) -> tuple[Path, Path]:
    """Write the export (as Google Ads writes it: preamble, '1,234.56' numbers, CTR column, totals) and a clean copy."""
    out.mkdir(parents=True, exist_ok=True)
    export, clean = out / "google_ads_1m.csv", out / "google_ads_1m_clean.csv"
    if export.exists() and clean.exists():
        return export, clean
    df = frame() if df is None else df
    df.to_csv(clean, index=False)
    write_export(export, df)
    return export, clean


def exports(out: Path, name: str, n_campaigns: int, years: int = 1) -> list[Path]:
    """`years` exports of a year of daily rows for `n_campaigns` campaigns each, one per year from 2025 back (so that
    each is new days in one workspace): 274 campaigns make 100,010 rows, 2,740 make 1,000,100."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(years):
        path = out / f"{name}_{2025 - k}.csv"
        if not path.exists():
            write_export(path, frame(n_campaigns, seed=7 + k, start=f"{2025 - k}-01-01"))
        paths.append(path)
    return paths


def write_export(export: Path, df: pd.DataFrame) -> None:
    """One Google Ads campaign report download of these rows."""
    first, last = pd.Timestamp(df["Day"].iloc[0]), pd.Timestamp(df["Day"].iloc[-1])
    shown = df.copy()
    shown["Impr."] = shown["Impr."].map("{:,}".format)
    shown["Cost"] = shown["Cost"].map("{:,.2f}".format)
    shown["Conv. value"] = shown["Conv. value"].map("{:,.2f}".format)
    shown["CTR"] = (df["Clicks"] / df["Impr."] * 100).round(2).astype(str) + "%"
    with open(export, "w", encoding="utf-8") as fh:
        fh.write(f"Campaign report\n{first:%B} {first.day}, {first.year} - {last:%B} {last.day}, {last.year}\n")
        shown.to_csv(fh, index=False)
        fh.write(f'Total: Account,,,"{df["Impr."].sum():,}",{df["Clicks"].sum()},"{df["Cost"].sum():,.2f}",,,\n')
