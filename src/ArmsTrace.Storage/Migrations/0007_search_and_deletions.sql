-- Full-text search over documents and evidence sentences. External-content FTS5 tables read their
-- text from the tables themselves, so nothing is stored twice; the triggers keep each index in step
-- with every insert, deletion and metadata correction, whoever writes. Old versions stay indexed,
-- as they stay stored: searches join to the current documents. porter stems English words
-- ("supplied" finds "supplies"), unicode61 folds case and accents as the PostgreSQL side does.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, raw_text, content = 'documents', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, raw_text) VALUES (new.id, new.title, new.raw_text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, raw_text) VALUES ('delete', old.id, old.title, old.raw_text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, raw_text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, raw_text) VALUES ('delete', old.id, old.title, old.raw_text);
    INSERT INTO documents_fts (rowid, title, raw_text) VALUES (new.id, new.title, new.raw_text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5(
    evidence_text, content = 'claims', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, evidence_text) VALUES (new.id, new.evidence_text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, evidence_text) VALUES ('delete', old.id, old.evidence_text);
END;

-- Entity type-ahead matches names the way screening does (docs/matching.md): each name or mention
-- text of an entity as its words' comparison keys (variant group or consonant skeleton), once from
-- each word on, so a prefix range on the index finds "Hizballah" for Hezbollah and "Qassem
-- Suleimani" from "Suleimani". The keys are made in .NET, which fills the table for stored
-- entities right after this migration.
CREATE TABLE entity_name_keys (
    name_key TEXT NOT NULL,
    entity_key TEXT NOT NULL REFERENCES entities(entity_key),
    PRIMARY KEY (name_key, entity_key)
) WITHOUT ROWID;

-- A deleted document leaves this row for the audit log: who removed what, and what went with it.
CREATE TABLE document_deletions (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    versions INTEGER NOT NULL,
    claims INTEGER NOT NULL,
    orphaned_judgements INTEGER NOT NULL,
    reason TEXT,
    deleted_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL
);
