CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_current INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    raw_text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX ix_documents_key ON documents(doc_key);

CREATE TABLE entities (
    entity_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    entity_key TEXT NOT NULL REFERENCES entities(entity_key),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX ix_mentions_entity ON mentions(entity_key);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL,
    subject_key TEXT NOT NULL REFERENCES entities(entity_key),
    object_key TEXT REFERENCES entities(entity_key),
    item_key TEXT REFERENCES entities(entity_key),
    quantity_value REAL,
    quantity_unit TEXT,
    quantity_text TEXT,
    time_text TEXT,
    time_from TEXT,
    time_to TEXT,
    time_precision TEXT,
    source_key TEXT REFERENCES entities(entity_key),
    stance TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    extractor TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_claims_subject ON claims(subject_key);
CREATE INDEX ix_claims_object ON claims(object_key);
CREATE INDEX ix_claims_document ON claims(document_id);
