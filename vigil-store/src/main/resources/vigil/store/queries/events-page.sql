-- One page of events with filters. Parameters: source entity, target entity, from date, to date,
-- root code prefix ('' for all), limit, offset.
SELECT doc_id, sentence_index, event_date, source_code, target_code, code, goldstein, rule, sentence
FROM events
WHERE source_entity = ? AND target_entity = ? AND event_date BETWEEN ? AND ?
  AND root_code LIKE ? || '%' AND polarity = 'positive'
ORDER BY event_date DESC, doc_id, sentence_index
LIMIT ? OFFSET ?
