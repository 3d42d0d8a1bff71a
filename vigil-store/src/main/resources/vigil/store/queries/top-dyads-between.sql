-- The dyads with most events between two dates. Parameters: from date, to date, limit.
SELECT source_entity, target_entity, count(*) AS events, avg(goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE quad_class >= 3) AS conflict
FROM events
WHERE polarity = 'positive' AND target_entity <> '' AND event_date BETWEEN ? AND ?
GROUP BY source_entity, target_entity
ORDER BY events DESC, source_entity, target_entity
LIMIT ?
