-- Mean Goldstein value and event count per dyad and week (weeks with events only), for the trend test.
SELECT source_entity, target_entity, date_trunc('week', event_date) AS week,
       avg(goldstein) AS goldstein_mean, count(*) AS events
FROM events
WHERE polarity = 'positive' AND target_entity <> '' AND event_date IS NOT NULL
GROUP BY source_entity, target_entity, week
ORDER BY source_entity, target_entity, week
