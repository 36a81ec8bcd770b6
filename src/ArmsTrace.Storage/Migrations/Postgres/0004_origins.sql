-- Origins, as in the SQLite migration 0006: copies of one story share origin_key.
ALTER TABLE documents ADD COLUMN origin_key text COLLATE "C";
ALTER TABLE documents ADD COLUMN origin_basis text COLLATE "C";
ALTER TABLE documents ADD COLUMN origin_similarity double precision;
ALTER TABLE documents ADD COLUMN signature bytea;
UPDATE documents SET origin_key = 'doc:' || doc_key, origin_basis = 'own';
CREATE INDEX ix_documents_origin ON documents(origin_key);
CREATE INDEX ix_documents_published ON documents(published);

CREATE TABLE document_bands (
    document_id bigint NOT NULL REFERENCES documents(id),
    band_key bigint NOT NULL
);
CREATE INDEX ix_document_bands_key ON document_bands(band_key);

CREATE INDEX ix_claims_fact ON claims(subject_key, type);
