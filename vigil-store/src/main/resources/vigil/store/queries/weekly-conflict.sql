-- Conflict events (quad classes 3 and 4) per dyad and week, for the escalation detector.
SELECT source_entity, target_entity, date_trunc('week', event_date) AS week, count(*) AS conflict
FROM events
WHERE polarity = 'positive' AND quad_class >= 3 AND target_entity <> '' AND event_date IS NOT NULL
GROUP BY source_entity, target_entity, week
ORDER BY source_entity, target_entity, week
