-- Each entity's number of current claims it plays any role in (subject, object, item or source; a
-- claim once however many roles), in the reviewed view and in the raw one (ClaimViews). Search ranks
-- by it and every node, dossier and match shows it: counting through the role indexes costs a hub's
-- whole history each time (0.4 s for Iran, Russia and China at a million claims), a lookup here
-- costs one row. Triggers keep it in step with every insert, deletion, review and new version,
-- whoever writes.
CREATE TABLE entity_claim_counts (
    entity_key TEXT PRIMARY KEY,
    reviewed INTEGER NOT NULL,
    raw INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
SELECT r.k, SUM(r.rv), SUM(r.rw) FROM (
    SELECT c.id, c.subject_key AS k, (c.review IS NULL OR c.review IN ('accepted', 'correction')) AS rv, (c.review IS NULL OR c.review <> 'correction') AS rw
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    UNION SELECT c.id, c.object_key, (c.review IS NULL OR c.review IN ('accepted', 'correction')), (c.review IS NULL OR c.review <> 'correction')
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    UNION SELECT c.id, c.item_key, (c.review IS NULL OR c.review IN ('accepted', 'correction')), (c.review IS NULL OR c.review <> 'correction')
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    UNION SELECT c.id, c.source_key, (c.review IS NULL OR c.review IN ('accepted', 'correction')), (c.review IS NULL OR c.review <> 'correction')
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1) r
WHERE r.k IS NOT NULL
GROUP BY r.k;

CREATE TRIGGER entity_claim_counts_insert AFTER INSERT ON claims
WHEN (SELECT is_current FROM documents WHERE id = new.document_id) = 1
BEGIN
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT k, (new.review IS NULL OR new.review IN ('accepted', 'correction')), (new.review IS NULL OR new.review <> 'correction')
    FROM (SELECT new.subject_key AS k UNION SELECT new.object_key UNION SELECT new.item_key UNION SELECT new.source_key) WHERE k IS NOT NULL
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;

CREATE TRIGGER entity_claim_counts_delete AFTER DELETE ON claims
WHEN (SELECT is_current FROM documents WHERE id = old.document_id) = 1
BEGIN
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT k, -(old.review IS NULL OR old.review IN ('accepted', 'correction')), -(old.review IS NULL OR old.review <> 'correction')
    FROM (SELECT old.subject_key AS k UNION SELECT old.object_key UNION SELECT old.item_key UNION SELECT old.source_key) WHERE k IS NOT NULL
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;

CREATE TRIGGER entity_claim_counts_update AFTER UPDATE OF review, subject_key, object_key, item_key, source_key, document_id ON claims
BEGIN
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT k, -(old.review IS NULL OR old.review IN ('accepted', 'correction')), -(old.review IS NULL OR old.review <> 'correction')
    FROM (SELECT old.subject_key AS k UNION SELECT old.object_key UNION SELECT old.item_key UNION SELECT old.source_key)
    WHERE k IS NOT NULL AND (SELECT is_current FROM documents WHERE id = old.document_id) = 1
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT k, (new.review IS NULL OR new.review IN ('accepted', 'correction')), (new.review IS NULL OR new.review <> 'correction')
    FROM (SELECT new.subject_key AS k UNION SELECT new.object_key UNION SELECT new.item_key UNION SELECT new.source_key)
    WHERE k IS NOT NULL AND (SELECT is_current FROM documents WHERE id = new.document_id) = 1
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;

-- A new version retires the old one's claims from the counts; a version made current again brings them back.
CREATE TRIGGER entity_claim_counts_current AFTER UPDATE OF is_current ON documents
WHEN old.is_current <> new.is_current
BEGIN
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT r.k, SUM(r.rv) * (CASE WHEN new.is_current = 1 THEN 1 ELSE -1 END), SUM(r.rw) * (CASE WHEN new.is_current = 1 THEN 1 ELSE -1 END)
    FROM (
        SELECT c.id, c.subject_key AS k, (c.review IS NULL OR c.review IN ('accepted', 'correction')) AS rv, (c.review IS NULL OR c.review <> 'correction') AS rw
        FROM claims c WHERE c.document_id = new.id
        UNION SELECT c.id, c.object_key, (c.review IS NULL OR c.review IN ('accepted', 'correction')), (c.review IS NULL OR c.review <> 'correction')
        FROM claims c WHERE c.document_id = new.id
        UNION SELECT c.id, c.item_key, (c.review IS NULL OR c.review IN ('accepted', 'correction')), (c.review IS NULL OR c.review <> 'correction')
        FROM claims c WHERE c.document_id = new.id
        UNION SELECT c.id, c.source_key, (c.review IS NULL OR c.review IN ('accepted', 'correction')), (c.review IS NULL OR c.review <> 'correction')
        FROM claims c WHERE c.document_id = new.id) r
    WHERE r.k IS NOT NULL
    GROUP BY r.k
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;
