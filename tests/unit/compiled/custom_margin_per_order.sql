-- (revenue − cogs) ÷ orders, per week
-- params: []
SELECT period, numerator, denominator, value, estimated FROM (WITH spread AS (
  SELECT date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, orders, revenue, cogs, FALSE AS _part
  FROM facts_spans WHERE date_end IS NULL OR date_end <= date
  UNION ALL
  SELECT _b AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, orders * CAST(date_diff('day', _a, _b) + 1 AS DOUBLE) / CAST(date_diff('day', _p_start, _p_end) + 1 AS DOUBLE) AS orders, revenue * CAST(date_diff('day', _a, _b) + 1 AS DOUBLE) / CAST(date_diff('day', _p_start, _p_end) + 1 AS DOUBLE) AS revenue, cogs * CAST(date_diff('day', _a, _b) + 1 AS DOUBLE) / CAST(date_diff('day', _p_start, _p_end) + 1 AS DOUBLE) AS cogs, _part
  FROM (SELECT *, greatest(_p_start, CAST(_g AS DATE)) AS _a, least(_p_end, CAST(_g + INTERVAL 7 DAY - INTERVAL 1 DAY AS DATE)) AS _b, _p_start < CAST(_g AS DATE) OR _p_end > CAST(_g + INTERVAL 7 DAY - INTERVAL 1 DAY AS DATE) AS _part
    FROM (SELECT source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, orders, revenue, cogs, date AS _p_start, date_end AS _p_end, unnest(generate_series(CAST(date_trunc('week', date) AS TIMESTAMP), CAST(date_trunc('week', date_end) AS TIMESTAMP), INTERVAL 7 DAY)) AS _g FROM facts_spans WHERE date_end > date AND NOT (date_trunc('week', date) = date_trunc('week', date_end))))
  UNION ALL
  SELECT date_end AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, orders, revenue, cogs, FALSE AS _part
  FROM facts_spans WHERE date_end > date AND date_trunc('week', date) = date_trunc('week', date_end)),
base AS (SELECT CAST(date_trunc('week', date) AS DATE) AS _period, fsum(revenue) AS m_revenue, fsum(cogs) AS m_cogs, fsum(orders) AS m_orders, bool_or(_part) FILTER (WHERE revenue IS NOT NULL) AS e_revenue, bool_or(_part) FILTER (WHERE cogs IS NOT NULL) AS e_cogs, bool_or(_part) FILTER (WHERE orders IS NOT NULL) AS e_orders FROM spread WHERE (revenue IS NOT NULL OR cogs IS NOT NULL OR orders IS NOT NULL) GROUP BY ALL),
spine AS (SELECT CAST(gs AS DATE) AS _period FROM unnest(generate_series(CAST(date_trunc('week', (SELECT min(_period) FROM base)) AS TIMESTAMP), CAST(date_trunc('week', (SELECT max(_period) FROM base)) AS TIMESTAMP), INTERVAL 7 DAY)) AS t(gs)),
grid AS (SELECT _period FROM spine),
j AS (SELECT g.*, b.m_revenue, b.m_cogs, b.m_orders, b.e_revenue, b.e_cogs, b.e_orders FROM grid g LEFT JOIN base b ON g._period IS NOT DISTINCT FROM b._period)
SELECT 0 AS k, _period AS period, CASE WHEN COALESCE(m_revenue, m_cogs) IS NULL THEN NULL ELSE (COALESCE(m_revenue, 0) - COALESCE(m_cogs, 0)) END AS numerator, m_orders AS denominator, CASE WHEN COALESCE(m_revenue, m_cogs) IS NULL THEN NULL ELSE (COALESCE(m_revenue, 0) - COALESCE(m_cogs, 0)) END / NULLIF(m_orders, 0) AS value, (coalesce(e_revenue, FALSE) OR coalesce(e_cogs, FALSE) OR coalesce(e_orders, FALSE)) AS estimated FROM j) ORDER BY period
