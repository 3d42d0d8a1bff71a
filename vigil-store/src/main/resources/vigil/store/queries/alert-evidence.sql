-- The conflict events behind an alert: one dyad, one week. Parameters: source entity, target
-- entity, week start, week end (exclusive), limit.
SELECT event_date, source_code, target_code, code, goldstein, rule, sentence, doc_id
FROM events
WHERE source_entity = ? AND target_entity = ? AND quad_class >= 3 AND polarity = 'positive'
  AND event_date >= ? AND event_date < ?
ORDER BY goldstein, event_date, doc_id, sentence_index
LIMIT ?
