-- Current documents in the order claims are listed: see SQLite's 0015.
CREATE INDEX ix_documents_current_published ON documents(published, doc_key) WHERE is_current;
