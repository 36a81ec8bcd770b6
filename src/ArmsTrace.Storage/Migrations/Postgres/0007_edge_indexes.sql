-- As SQLite's 0009: each claim's edge (subject to object, else item, else '') indexed both ways.
CREATE INDEX ix_claims_edge ON claims(subject_key, (COALESCE(object_key, item_key, '')));
CREATE INDEX ix_claims_target ON claims((COALESCE(object_key, item_key, '')), subject_key);
