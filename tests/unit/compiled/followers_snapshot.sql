-- followers, per month
-- params: []
SELECT period, numerator, denominator, value, estimated FROM (WITH spread AS (
  SELECT date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, followers, FALSE AS _part
  FROM facts_spans WHERE date_end IS NULL OR date_end <= date
  UNION ALL
  SELECT _b AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, CASE WHEN _b = _p_end THEN followers END AS followers, _part
  FROM (SELECT *, greatest(_p_start, CAST(_g AS DATE)) AS _a, least(_p_end, CAST(_g + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)) AS _b, _p_start < CAST(_g AS DATE) OR _p_end > CAST(_g + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS _part
    FROM (SELECT source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, followers, date AS _p_start, date_end AS _p_end, unnest(generate_series(CAST(date_trunc('month', date) AS TIMESTAMP), CAST(date_trunc('month', date_end) AS TIMESTAMP), INTERVAL 1 MONTH)) AS _g FROM facts_spans WHERE date_end > date AND NOT (date_trunc('month', date) = date_trunc('month', date_end))))
  UNION ALL
  SELECT date_end AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, followers, FALSE AS _part
  FROM facts_spans WHERE date_end > date AND date_trunc('month', date) = date_trunc('month', date_end)),
base AS (SELECT CAST(date_trunc('month', date) AS DATE) AS _period, fsum(followers) FILTER (WHERE date = _last_followers) AS m_followers, bool_or(_part) FILTER (WHERE followers IS NOT NULL) AS e_followers FROM (SELECT *, max(CASE WHEN followers IS NOT NULL THEN date END) OVER (PARTITION BY CAST(date_trunc('month', date) AS DATE), source_id, account, channel) AS _last_followers FROM spread WHERE (followers IS NOT NULL)) AS facts GROUP BY ALL),
spine AS (SELECT CAST(gs AS DATE) AS _period FROM unnest(generate_series(CAST(date_trunc('month', (SELECT min(_period) FROM base)) AS TIMESTAMP), CAST(date_trunc('month', (SELECT max(_period) FROM base)) AS TIMESTAMP), INTERVAL 1 MONTH)) AS t(gs)),
grid AS (SELECT _period FROM spine),
j AS (SELECT g.*, b.m_followers, b.e_followers FROM grid g LEFT JOIN base b ON g._period IS NOT DISTINCT FROM b._period)
SELECT 0 AS k, _period AS period, m_followers AS numerator, CAST(NULL AS DOUBLE) AS denominator, m_followers AS value, (coalesce(e_followers, FALSE)) AS estimated FROM j) ORDER BY period
