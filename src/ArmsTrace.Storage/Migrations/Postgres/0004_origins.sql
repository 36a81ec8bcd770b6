-- Origins, as in the SQLite migration 0006: copies of one story share origin_key.
CREATE TABLE document_origins (
    document_id bigint PRIMARY KEY REFERENCES documents(id),
    origin_key text COLLATE "C" NOT NULL,
    basis text COLLATE "C" NOT NULL CHECK (basis IN ('own', 'copy', 'wire')),
    similarity double precision,
    signature bytea
);
INSERT INTO document_origins (document_id, origin_key, basis) SELECT id, 'doc:' || doc_key, 'own' FROM documents;
CREATE INDEX ix_document_origins_key ON document_origins(origin_key);
CREATE INDEX ix_documents_published ON documents(published);

CREATE TABLE document_bands (
    document_id bigint NOT NULL REFERENCES documents(id),
    band_key bigint NOT NULL
);
CREATE INDEX ix_document_bands_key ON document_bands(band_key);

CREATE INDEX ix_claims_fact ON claims(subject_key, type);
