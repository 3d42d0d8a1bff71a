-- Schema version 5: each document's language (ISO 639-1), its sentences with character offsets,
-- and one row per actor code with its totals (kept in step with the events on every ingest).
ALTER TABLE documents ADD COLUMN language VARCHAR DEFAULT 'en';
CREATE TABLE sentences (
  doc_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  char_begin INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  has_events BOOLEAN NOT NULL
);
CREATE INDEX sentences_doc ON sentences (doc_id);
CREATE TABLE actors (
  code VARCHAR PRIMARY KEY,
  name VARCHAR,
  entity VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  first_seen DATE,
  last_seen DATE,
  events INTEGER NOT NULL,
  as_source INTEGER NOT NULL,
  as_target INTEGER NOT NULL
);
-- Actors of the events already stored (names arrive when a knowledge base re-codes them).
INSERT INTO actors
SELECT code, NULL, entity, substr(code, length(entity) + 1), min(event_date), max(event_date),
       count(*), count(*) FILTER (WHERE side = 's'), count(*) FILTER (WHERE side = 't')
FROM (SELECT source_code AS code, source_entity AS entity, event_date, 's' AS side
      FROM events WHERE polarity = 'positive' AND source_code <> ''
      UNION ALL
      SELECT target_code, target_entity, event_date, 't'
      FROM events WHERE polarity = 'positive' AND target_code <> '') a
GROUP BY code, entity;
