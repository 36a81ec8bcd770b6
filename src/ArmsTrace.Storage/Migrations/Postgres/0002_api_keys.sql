-- API keys for the shared server: only a SHA-256 of each key is kept, so a copied database
-- gives no one access; the prefix lets a person tell their keys apart in lists.
CREATE TABLE api_keys (
    id BIGSERIAL PRIMARY KEY,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
    key_hash TEXT NOT NULL UNIQUE,
    key_prefix TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
