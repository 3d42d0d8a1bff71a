-- Totals per actor code over the asserted (positive) events, for the actors table: entity, role
-- blocks, first and last event date, events as source and as target. Only the codes in the
-- temporary table actor_scope (the codes an ingest touched).
SELECT code, entity, substr(code, length(entity) + 1) AS role, min(event_date) AS first_seen,
       max(event_date) AS last_seen, count(*) AS events,
       count(*) FILTER (WHERE side = 's') AS as_source, count(*) FILTER (WHERE side = 't') AS as_target
FROM (SELECT source_code AS code, source_entity AS entity, event_date, 's' AS side
      FROM events WHERE polarity = 'positive' AND source_code IN (SELECT code FROM actor_scope)
      UNION ALL
      SELECT target_code, target_entity, event_date, 't'
      FROM events WHERE polarity = 'positive' AND target_code IN (SELECT code FROM actor_scope)) a
WHERE code <> ''
GROUP BY code, entity
