-- Conflict events (quad classes 3 and 4) per dyad and week, for the escalation detector. Copies
-- of a story count once: an event is (story, date, actor codes, event code).
SELECT e.source_entity, e.target_entity, date_trunc('week', e.event_date) AS week,
       count(DISTINCT (coalesce(d.story_id, e.doc_id), e.event_date, e.source_code, e.target_code, e.code)) AS conflict
FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
WHERE e.polarity = 'positive' AND e.quad_class >= 3 AND e.target_entity <> '' AND e.event_date IS NOT NULL
GROUP BY e.source_entity, e.target_entity, week
ORDER BY e.source_entity, e.target_entity, week
