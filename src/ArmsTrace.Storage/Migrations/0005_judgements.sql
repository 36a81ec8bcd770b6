-- Analysts' judgements on claims. An extracted claim is never changed: a judgement names it by its
-- document key, evidence and endpoints, so the same claim is found again in a later version of
-- the document or after re-extraction; claim_id follows it, and is NULL while nothing matches
-- (orphaned). claims.review is derived from the judgements in force: NULL (not reviewed),
-- 'accepted', 'rejected', 'edited' (replaced by a correction), or 'correction' for the row an
-- edit makes (judgement_id names the edit). The reviewed graph hides rejected and edited rows;
-- the raw extraction hides corrections.
CREATE TABLE claim_judgements (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit')),
    claim_id INTEGER REFERENCES claims(id),
    doc_key TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    claim_type TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    object_key TEXT,
    edit_type TEXT,
    edit_subject_key TEXT REFERENCES entities(entity_key),
    edit_object_key TEXT REFERENCES entities(entity_key),
    edit_item_key TEXT REFERENCES entities(entity_key),
    edit_quantity_value REAL,
    edit_quantity_text TEXT,
    edit_stance TEXT,
    edit_source_key TEXT REFERENCES entities(entity_key),
    edit_time_from TEXT,
    edit_time_to TEXT,
    reason TEXT,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
);
CREATE INDEX ix_claim_judgements_doc ON claim_judgements(doc_key);
CREATE INDEX ix_claim_judgements_claim ON claim_judgements(claim_id);

ALTER TABLE claims ADD COLUMN review TEXT;
ALTER TABLE claims ADD COLUMN judgement_id INTEGER REFERENCES claim_judgements(id);
ALTER TABLE claims ADD COLUMN confidence REAL;
ALTER TABLE claims ADD COLUMN basis TEXT;
CREATE INDEX ix_claims_review ON claims(review);

-- Judgements on entities: a new name or type, the country an entity belongs to, its parent body.
-- previous is what the value was when the judgement was made, so undoing the last one restores it.
CREATE TABLE entity_judgements (
    id INTEGER PRIMARY KEY,
    entity_key TEXT NOT NULL REFERENCES entities(entity_key),
    action TEXT NOT NULL CHECK (action IN ('rename', 'retype', 'country', 'parent')),
    value TEXT NOT NULL,
    previous TEXT,
    reason TEXT,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
);
CREATE INDEX ix_entity_judgements_key ON entity_judgements(entity_key);
ALTER TABLE entities ADD COLUMN country_key TEXT;
ALTER TABLE entities ADD COLUMN parent_key TEXT;
