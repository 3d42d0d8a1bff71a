-- Schema version 3: near-duplicate documents (syndicated copies) share a story id.
ALTER TABLE documents ADD COLUMN story_id VARCHAR;
