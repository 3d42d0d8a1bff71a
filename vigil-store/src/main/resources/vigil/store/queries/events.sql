-- Asserted events matching optional filters, newest first (the events page and vigil events). A
-- NULL parameter switches its filter off. Parameters: $1 from date, $2 to date (inclusive), $3
-- actor code prefix on source or target (BLR matches BLRGOV), $4 and $5 dyad source and target
-- code prefixes, $6 CAMEO event code prefix (19 = the root, 190 = the code), $7 quad class, $8
-- place: location country code or place name (any case), $9 text in the evidence sentence (any
-- case, a plain substring: contains(lower(...)) has no wildcards to escape and measured faster
-- than ILIKE with a parameter pattern), $10 limit, $11 offset.
SELECT doc_id, sentence_index, event_date, source_code, target_code, code, quad_class, goldstein,
       location_name, location_country, rule, sentence
FROM events
WHERE polarity = 'positive'
  AND ($1::DATE IS NULL OR event_date >= $1::DATE)
  AND ($2::DATE IS NULL OR event_date <= $2::DATE)
  AND ($3::VARCHAR IS NULL OR starts_with(source_code, $3::VARCHAR) OR starts_with(target_code, $3::VARCHAR))
  AND ($4::VARCHAR IS NULL OR starts_with(source_code, $4::VARCHAR))
  AND ($5::VARCHAR IS NULL OR starts_with(target_code, $5::VARCHAR))
  AND ($6::VARCHAR IS NULL OR starts_with(code, $6::VARCHAR))
  AND ($7::INTEGER IS NULL OR quad_class = $7::INTEGER)
  AND ($8::VARCHAR IS NULL OR location_country = upper($8::VARCHAR) OR lower(location_name) = lower($8::VARCHAR))
  AND ($9::VARCHAR IS NULL OR contains(lower(sentence), lower($9::VARCHAR)))
ORDER BY event_date DESC NULLS LAST, doc_id, sentence_index, code, source_code, target_code
LIMIT $10 OFFSET $11
