-- Asserted events matching optional filters, newest first (the events page and vigil events).
-- Each "AND" line holding a :parameter is dropped when that parameter has no value, so DuckDB
-- sees only the filters asked for (simple predicates are pushed into the scan). Parameters: :from
-- and :to dates (inclusive), :actor code prefix on source or target (BLR matches BLRGOV),
-- :dyad_source and :dyad_target code prefixes, :code CAMEO event code prefix (19 = the root, 190
-- = the code), :quad quad class, :place location country code or place name (any case), :text
-- substring of the evidence sentence as a case-insensitive RE2 pattern with every punctuation
-- character escaped (measured faster than ILIKE or contains(lower(...)) on 1M events), :limit,
-- :offset.
SELECT doc_id, sentence_index, event_date, source_code, target_code, code, quad_class, goldstein,
       location_name, location_country, rule, sentence
FROM events
WHERE polarity = 'positive'
  AND event_date >= :from
  AND event_date <= :to
  AND (starts_with(source_code, :actor) OR starts_with(target_code, :actor))
  AND starts_with(source_code, :dyad_source)
  AND starts_with(target_code, :dyad_target)
  AND starts_with(code, :code)
  AND quad_class = :quad
  AND (location_country = upper(:place) OR lower(location_name) = lower(:place))
  AND regexp_matches(sentence, :text, 'i')
ORDER BY event_date DESC NULLS LAST, doc_id, sentence_index, code, source_code, target_code
LIMIT :limit OFFSET :offset
