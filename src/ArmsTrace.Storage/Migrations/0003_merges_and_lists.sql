-- Merges are judgements, not rewrites: mentions and claims keep the entity key they were
-- extracted with, and queries join entities through the merges still in force, so undoing a
-- merge (setting undone_at) gives both entities back their own claims.
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    left_key TEXT NOT NULL,
    right_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual')),
    score REAL,
    reasons TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT,
    CHECK (left_key <> right_key)
);
CREATE INDEX ix_merges_left ON merges(left_key) WHERE undone_at IS NULL;
CREATE INDEX ix_merges_right ON merges(right_key) WHERE undone_at IS NULL;

-- Entries of imported sanctions lists, one row per list and entry; re-importing a list replaces its rows.
CREATE TABLE list_entries (
    id INTEGER PRIMARY KEY,
    list TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    type TEXT,
    country TEXT,
    birth_date TEXT,
    programs TEXT,
    source_file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (list, entry_id)
);
