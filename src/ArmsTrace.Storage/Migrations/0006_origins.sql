-- Origins: every copy of one story shares an origin_key, so corroboration counts the story once
-- however many outlets print it. 'doc:KEY' is a story first seen in document KEY, 'wire:AGENCY' a
-- news agency's output that documents declare they carry. origin_basis says why a document joined
-- ('own', 'copy' for a near-duplicate, 'wire'); signature is its MinHash (docs/corroboration.md).
ALTER TABLE documents ADD COLUMN origin_key TEXT;
ALTER TABLE documents ADD COLUMN origin_basis TEXT;
ALTER TABLE documents ADD COLUMN origin_similarity REAL;
ALTER TABLE documents ADD COLUMN signature BLOB;
UPDATE documents SET origin_key = 'doc:' || doc_key, origin_basis = 'own';
CREATE INDEX ix_documents_origin ON documents(origin_key);
CREATE INDEX ix_documents_published ON documents(published);

-- One row per document and MinHash band: documents sharing a band key are near-duplicate candidates.
CREATE TABLE document_bands (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    band_key INTEGER NOT NULL
);
CREATE INDEX ix_document_bands_key ON document_bands(band_key);

-- A fact is (subject, type, target); its claims are found through this index.
CREATE INDEX ix_claims_fact ON claims(subject_key, type);
