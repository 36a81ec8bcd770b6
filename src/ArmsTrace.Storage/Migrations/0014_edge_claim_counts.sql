-- Each edge's number of current claims, per subject, target (object, else item), type and stance, in
-- the reviewed and the raw view (ClaimViews). The network's walk and its edge tallies, and the paths'
-- walk, group a hub's whole history by pair on every request (0.5 to 0.8 s a step from Iran at a
-- million claims); read from here they cost one row per edge. Claims with neither object nor item
-- draw no edge and are left out. Triggers keep the counts in step with every insert, deletion, review,
-- change of keys and new version, whoever writes; a row whose counts fall to zero stays, and readers
-- skip it.
CREATE TABLE edge_claim_counts (
    subject_key TEXT NOT NULL,
    target_key TEXT NOT NULL,
    type TEXT NOT NULL,
    stance TEXT NOT NULL,
    reviewed INTEGER NOT NULL,
    raw INTEGER NOT NULL,
    PRIMARY KEY (subject_key, target_key, type, stance)
) WITHOUT ROWID;

-- The walk asks for edges touching a list of keys from both ends; with the counts in the index it never visits the table.
CREATE INDEX ix_edge_claim_counts_target ON edge_claim_counts(target_key, subject_key, type, stance, reviewed, raw);

INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
SELECT c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance,
    SUM(c.review IS NULL OR c.review IN ('accepted', 'correction')), SUM(c.review IS NULL OR c.review <> 'correction')
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
WHERE COALESCE(c.object_key, c.item_key) IS NOT NULL
GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance;

CREATE TRIGGER edge_claim_counts_insert AFTER INSERT ON claims
WHEN COALESCE(new.object_key, new.item_key) IS NOT NULL AND (SELECT is_current FROM documents WHERE id = new.document_id) = 1
BEGIN
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    VALUES (new.subject_key, COALESCE(new.object_key, new.item_key), new.type, new.stance,
        (new.review IS NULL OR new.review IN ('accepted', 'correction')), (new.review IS NULL OR new.review <> 'correction'))
    ON CONFLICT (subject_key, target_key, type, stance) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;

CREATE TRIGGER edge_claim_counts_delete AFTER DELETE ON claims
WHEN COALESCE(old.object_key, old.item_key) IS NOT NULL AND (SELECT is_current FROM documents WHERE id = old.document_id) = 1
BEGIN
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    VALUES (old.subject_key, COALESCE(old.object_key, old.item_key), old.type, old.stance,
        -(old.review IS NULL OR old.review IN ('accepted', 'correction')), -(old.review IS NULL OR old.review <> 'correction'))
    ON CONFLICT (subject_key, target_key, type, stance) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;

CREATE TRIGGER edge_claim_counts_update AFTER UPDATE OF review, subject_key, object_key, item_key, type, stance, document_id ON claims
BEGIN
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    SELECT old.subject_key, COALESCE(old.object_key, old.item_key), old.type, old.stance,
        -(old.review IS NULL OR old.review IN ('accepted', 'correction')), -(old.review IS NULL OR old.review <> 'correction')
    WHERE COALESCE(old.object_key, old.item_key) IS NOT NULL AND (SELECT is_current FROM documents WHERE id = old.document_id) = 1
    ON CONFLICT (subject_key, target_key, type, stance) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    SELECT new.subject_key, COALESCE(new.object_key, new.item_key), new.type, new.stance,
        (new.review IS NULL OR new.review IN ('accepted', 'correction')), (new.review IS NULL OR new.review <> 'correction')
    WHERE COALESCE(new.object_key, new.item_key) IS NOT NULL AND (SELECT is_current FROM documents WHERE id = new.document_id) = 1
    ON CONFLICT (subject_key, target_key, type, stance) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;

-- A new version retires the old one's claims from the counts; a version made current again brings them back.
CREATE TRIGGER edge_claim_counts_current AFTER UPDATE OF is_current ON documents
WHEN old.is_current <> new.is_current
BEGIN
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    SELECT c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance,
        SUM(c.review IS NULL OR c.review IN ('accepted', 'correction')) * (CASE WHEN new.is_current = 1 THEN 1 ELSE -1 END),
        SUM(c.review IS NULL OR c.review <> 'correction') * (CASE WHEN new.is_current = 1 THEN 1 ELSE -1 END)
    FROM claims c
    WHERE c.document_id = new.id AND COALESCE(c.object_key, c.item_key) IS NOT NULL
    GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance
    ON CONFLICT (subject_key, target_key, type, stance) DO UPDATE SET reviewed = reviewed + excluded.reviewed, raw = raw + excluded.raw;
END;
