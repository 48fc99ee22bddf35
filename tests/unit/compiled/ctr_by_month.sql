-- clicks ÷ impressions, per month
-- params: []
SELECT period, numerator, denominator, value, estimated FROM (WITH spread AS (
  SELECT date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, impressions, clicks, FALSE AS _part
  FROM facts_spans WHERE date_end IS NULL OR date_end <= date
  UNION ALL
  SELECT _b AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, impressions * CAST(date_diff('day', _a, _b) + 1 AS DOUBLE) / CAST(date_diff('day', _p_start, _p_end) + 1 AS DOUBLE) AS impressions, clicks * CAST(date_diff('day', _a, _b) + 1 AS DOUBLE) / CAST(date_diff('day', _p_start, _p_end) + 1 AS DOUBLE) AS clicks, _part
  FROM (SELECT *, greatest(_p_start, CAST(_g AS DATE)) AS _a, least(_p_end, CAST(_g + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)) AS _b, _p_start < CAST(_g AS DATE) OR _p_end > CAST(_g + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS _part
    FROM (SELECT source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, impressions, clicks, date AS _p_start, date_end AS _p_end, unnest(generate_series(CAST(date_trunc('month', date) AS TIMESTAMP), CAST(date_trunc('month', date_end) AS TIMESTAMP), INTERVAL 1 MONTH)) AS _g FROM facts_spans WHERE date_end > date AND NOT (date_trunc('month', date) = date_trunc('month', date_end))))
  UNION ALL
  SELECT date_end AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, impressions, clicks, FALSE AS _part
  FROM facts_spans WHERE date_end > date AND date_trunc('month', date) = date_trunc('month', date_end)),
base AS (SELECT CAST(date_trunc('month', date) AS DATE) AS _period, fsum(clicks) AS m_clicks, fsum(impressions) AS m_impressions, bool_or(_part) FILTER (WHERE clicks IS NOT NULL) AS e_clicks, bool_or(_part) FILTER (WHERE impressions IS NOT NULL) AS e_impressions FROM spread WHERE (clicks IS NOT NULL OR impressions IS NOT NULL) GROUP BY ALL),
spine AS (SELECT CAST(gs AS DATE) AS _period FROM unnest(generate_series(CAST(date_trunc('month', (SELECT min(_period) FROM base)) AS TIMESTAMP), CAST(date_trunc('month', (SELECT max(_period) FROM base)) AS TIMESTAMP), INTERVAL 1 MONTH)) AS t(gs)),
grid AS (SELECT _period FROM spine),
j AS (SELECT g.*, b.m_clicks, b.m_impressions, b.e_clicks, b.e_impressions FROM grid g LEFT JOIN base b ON g._period IS NOT DISTINCT FROM b._period)
SELECT 0 AS k, _period AS period, m_clicks AS numerator, m_impressions AS denominator, m_clicks / NULLIF(m_impressions, 0) AS value, (coalesce(e_clicks, FALSE) OR coalesce(e_impressions, FALSE)) AS estimated FROM j) ORDER BY period
