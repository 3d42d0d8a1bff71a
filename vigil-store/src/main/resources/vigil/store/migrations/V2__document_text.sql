-- Schema version 2: keep each document's text (for re-coding with a newer knowledge base) and
-- its source metadata.
ALTER TABLE documents ADD COLUMN text VARCHAR;
ALTER TABLE documents ADD COLUMN title VARCHAR;
ALTER TABLE documents ADD COLUMN outlet VARCHAR;
ALTER TABLE documents ADD COLUMN url VARCHAR;
