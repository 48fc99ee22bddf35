"""Baseline: the ad KPIs by month and channel from the clean file, in bare pandas."""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], parse_dates=["Day"])
df["period"] = df["Day"].dt.to_period("M").dt.start_time
g = df.groupby(["period", "Campaign type"])[["Impr.", "Clicks", "Cost", "Conversions", "Conv. value"]].sum()
out = pd.DataFrame({
    "ctr": g["Clicks"] / g["Impr."], "cpc": g["Cost"] / g["Clicks"], "cpm": 1000 * g["Cost"] / g["Impr."],
    "cvr": g["Conversions"] / g["Clicks"], "cpa": g["Cost"] / g["Conversions"], "roas": g["Conv. value"] / g["Cost"],
}).reset_index()
print(out.to_json(orient="records", date_format="iso"))
