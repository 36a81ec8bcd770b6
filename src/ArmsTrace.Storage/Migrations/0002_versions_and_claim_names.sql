-- Text can return to an earlier version after an edit, so a content hash may now appear more
-- than once; what must be unique is one current version per key and one row per key and version.
-- SQLite cannot drop a table constraint, hence the rebuild (the migrator turns foreign keys off
-- around it and checks them before commit).
CREATE TABLE documents_new (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    content_hash TEXT NOT NULL,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    raw_text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    UNIQUE (doc_key, version)
);
INSERT INTO documents_new (id, doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
SELECT id, doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE UNIQUE INDEX ux_documents_current_key ON documents(doc_key) WHERE is_current = 1;
CREATE INDEX ix_documents_hash ON documents(content_hash);

-- Claims keep the names their extractor gave, so a later rename of the entity does not rewrite evidence.
ALTER TABLE claims ADD COLUMN subject_name TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN object_name TEXT;
ALTER TABLE claims ADD COLUMN item_name TEXT;
ALTER TABLE claims ADD COLUMN source_name TEXT;
UPDATE claims SET
    subject_name = (SELECT e.name FROM entities e WHERE e.entity_key = claims.subject_key),
    object_name = (SELECT e.name FROM entities e WHERE e.entity_key = claims.object_key),
    item_name = (SELECT e.name FROM entities e WHERE e.entity_key = claims.item_key),
    source_name = (SELECT e.name FROM entities e WHERE e.entity_key = claims.source_key);

CREATE INDEX ix_claims_item ON claims(item_key);
CREATE INDEX ix_claims_source ON claims(source_key);
CREATE INDEX ix_claims_type ON claims(type);
CREATE INDEX ix_mentions_document ON mentions(document_id);
