-- conversion_value ÷ cost, total
-- params: [('p0', 'google_ads'), ('p1', 'google_ads')]
SELECT period, numerator, denominator, value, estimated FROM (WITH spread AS (SELECT CASE WHEN date_end > date THEN date_end ELSE date END AS date, source_id, channel, campaign, ad_group, source, medium, product, customer_id, stage, account, cost, conversion_value, FALSE AS _part FROM facts_spans),
base AS (SELECT CAST(NULL AS DATE) AS _period, fsum(conversion_value) FILTER (WHERE source_id IN ($p1)) AS m_conversion_value, fsum(cost) AS m_cost, FALSE AS e_conversion_value, FALSE AS e_cost FROM spread WHERE ((conversion_value IS NOT NULL AND source_id IN ($p0)) OR cost IS NOT NULL) GROUP BY ALL),
spine AS (SELECT CAST(NULL AS DATE) AS _period),
grid AS (SELECT _period FROM spine),
j AS (SELECT g.*, b.m_conversion_value, b.m_cost, b.e_conversion_value, b.e_cost FROM grid g LEFT JOIN base b ON g._period IS NOT DISTINCT FROM b._period)
SELECT 0 AS k, _period AS period, m_conversion_value AS numerator, m_cost AS denominator, m_conversion_value / NULLIF(m_cost, 0) AS value, (coalesce(e_conversion_value, FALSE) OR coalesce(e_cost, FALSE)) AS estimated FROM j) ORDER BY period
