-- Events of one dyad (entities, both directions counted separately by source) per period.
-- Parameters: source entity, target entity, period ('day' or 'week'), from date, to date.
SELECT date_trunc(?, event_date) AS period,
       count(*) AS events,
       count(*) FILTER (WHERE quad_class = 1) AS q1,
       count(*) FILTER (WHERE quad_class = 2) AS q2,
       count(*) FILTER (WHERE quad_class = 3) AS q3,
       count(*) FILTER (WHERE quad_class = 4) AS q4,
       sum(goldstein) AS goldstein_sum,
       avg(goldstein) AS goldstein_mean
FROM events
WHERE source_entity = ? AND target_entity = ? AND polarity = 'positive'
  AND event_date BETWEEN ? AND ?
GROUP BY period
ORDER BY period
