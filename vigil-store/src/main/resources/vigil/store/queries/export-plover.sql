-- PLOVER-style JSON records (one per event with a PLOVER type; 01x/02x have none): the event
-- type, the two actors split into country and sector, the date, the evidence and the CAMEO code.
SELECT doc_id || '-' || sentence_index || '-' || row_number() OVER (PARTITION BY doc_id ORDER BY sentence_index, code, source_code, target_code) AS id,
  strftime(event_date, '%Y-%m-%d') AS date,
  plover AS event, '' AS mode, '' AS context,
  source_text AS actor1,
  CASE WHEN source_code LIKE 'IGO%' OR source_code LIKE 'NGO%' OR source_code LIKE 'IMG%' OR source_code LIKE 'MNC%' THEN '' ELSE substr(source_code, 1, 3) END AS actor1_country,
  CASE WHEN source_code LIKE 'IGO%' OR source_code LIKE 'NGO%' OR source_code LIKE 'IMG%' OR source_code LIKE 'MNC%' THEN source_code ELSE substr(source_code, 4) END AS actor1_sector,
  target_text AS actor2,
  CASE WHEN target_code LIKE 'IGO%' OR target_code LIKE 'NGO%' OR target_code LIKE 'IMG%' OR target_code LIKE 'MNC%' THEN '' ELSE substr(target_code, 1, 3) END AS actor2_country,
  CASE WHEN target_code LIKE 'IGO%' OR target_code LIKE 'NGO%' OR target_code LIKE 'IMG%' OR target_code LIKE 'MNC%' THEN target_code ELSE substr(target_code, 4) END AS actor2_sector,
  sentence AS text, code AS cameo_code, goldstein, location_name AS location, location_country, lat, lon,
  rule AS vigil_rule, kb_version
FROM events
WHERE polarity = 'positive' AND plover IS NOT NULL
ORDER BY event_date, doc_id, sentence_index
