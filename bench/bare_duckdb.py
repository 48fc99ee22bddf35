"""Baseline: the ad KPIs by month and channel from the clean file, in bare DuckDB."""
import json
import sys

import duckdb

rows = duckdb.sql(f"""
    SELECT date_trunc('month', "Day") AS period, "Campaign type" AS channel,
           sum("Clicks") / NULLIF(sum("Impr."), 0) AS ctr, sum("Cost") / NULLIF(sum("Clicks"), 0) AS cpc,
           1000 * sum("Cost") / NULLIF(sum("Impr."), 0) AS cpm, sum("Conversions") / NULLIF(sum("Clicks"), 0) AS cvr,
           sum("Cost") / NULLIF(sum("Conversions"), 0) AS cpa, sum("Conv. value") / NULLIF(sum("Cost"), 0) AS roas
    FROM read_csv('{sys.argv[1]}') GROUP BY ALL ORDER BY ALL""").fetchall()
print(json.dumps([[str(r[0]), *r[1:]] for r in rows]))
