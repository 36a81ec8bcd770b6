-- A claim's edge runs from its subject to its target (object, else item; '' for neither, as facts
-- key it). Indexed both ways on that expression, so the network's walk ("edges touching these
-- entities") and its "claims among these entities" probe the pairs asked for: before, the target
-- side of the walk's OR had no index and every step read all claims (4 s at a million claims).
CREATE INDEX ix_claims_edge ON claims(subject_key, COALESCE(object_key, item_key, ''));
CREATE INDEX ix_claims_target ON claims(COALESCE(object_key, item_key, ''), subject_key);
