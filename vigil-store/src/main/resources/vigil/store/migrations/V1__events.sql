-- Schema version 1: documents and their coded events.
CREATE TABLE documents (
  doc_id VARCHAR PRIMARY KEY,
  published DATE,
  text_hash VARCHAR NOT NULL,
  kb_version VARCHAR NOT NULL,
  sentences INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE events (
  doc_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  event_date DATE,
  source_code VARCHAR NOT NULL,
  source_entity VARCHAR NOT NULL,
  source_text VARCHAR,
  target_code VARCHAR NOT NULL,
  target_entity VARCHAR NOT NULL,
  target_text VARCHAR,
  code VARCHAR NOT NULL,
  root_code VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE NOT NULL,
  plover VARCHAR,
  polarity VARCHAR NOT NULL,
  modality VARCHAR NOT NULL,
  trigger VARCHAR,
  trigger_begin INTEGER,
  trigger_end INTEGER,
  sentence VARCHAR,
  rule VARCHAR NOT NULL,
  kb_version VARCHAR NOT NULL
);
CREATE INDEX events_dyad ON events (source_entity, target_entity, event_date);
CREATE INDEX events_doc ON events (doc_id);
