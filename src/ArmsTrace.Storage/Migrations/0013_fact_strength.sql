-- Each fact's strength as the fact statements rank it (FactSql: independent origins, parties, claims, last
-- seen), over the current claims of the reviewed view, kept so a dossier can take an entity's 100 strongest
-- facts without aggregating its whole history (Iran: 40,000 claims in 31,000 facts, 0.3 to 1 s). The page's
-- full summaries (stances, disputes) are then computed for those 100 facts alone. Triggers recompute a fact
-- from its own claims whenever one of them, its document (current version, date) or that document's origin
-- changes, so the figures are always those a direct aggregation gives.
CREATE TABLE fact_strength (
    subject_key TEXT NOT NULL,
    type TEXT NOT NULL,
    target_key TEXT NOT NULL,
    claims INTEGER NOT NULL,
    origins INTEGER NOT NULL,
    parties INTEGER NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (subject_key, type, target_key)
) WITHOUT ROWID;

CREATE INDEX ix_fact_strength_subject ON fact_strength(subject_key, origins DESC, parties DESC, claims DESC, last_seen DESC, type, target_key);
CREATE INDEX ix_fact_strength_target ON fact_strength(target_key, origins DESC, parties DESC, claims DESC, last_seen DESC, subject_key, type);

INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
    COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
JOIN document_origins o ON o.document_id = d.id
GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');

CREATE TRIGGER fact_strength_claim_insert AFTER INSERT ON claims
BEGIN
    DELETE FROM fact_strength WHERE subject_key = new.subject_key AND type = new.type AND target_key = COALESCE(new.object_key, new.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    WHERE c.subject_key = new.subject_key AND COALESCE(c.object_key, c.item_key, '') = COALESCE(new.object_key, new.item_key, '') AND c.type = new.type
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;

CREATE TRIGGER fact_strength_claim_delete AFTER DELETE ON claims
BEGIN
    DELETE FROM fact_strength WHERE subject_key = old.subject_key AND type = old.type AND target_key = COALESCE(old.object_key, old.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    WHERE c.subject_key = old.subject_key AND COALESCE(c.object_key, c.item_key, '') = COALESCE(old.object_key, old.item_key, '') AND c.type = old.type
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;

CREATE TRIGGER fact_strength_claim_update AFTER UPDATE OF review, type, subject_key, object_key, item_key, document_id ON claims
BEGIN
    DELETE FROM fact_strength WHERE subject_key = old.subject_key AND type = old.type AND target_key = COALESCE(old.object_key, old.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    WHERE c.subject_key = old.subject_key AND COALESCE(c.object_key, c.item_key, '') = COALESCE(old.object_key, old.item_key, '') AND c.type = old.type
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
    DELETE FROM fact_strength WHERE subject_key = new.subject_key AND type = new.type AND target_key = COALESCE(new.object_key, new.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    WHERE c.subject_key = new.subject_key AND COALESCE(c.object_key, c.item_key, '') = COALESCE(new.object_key, new.item_key, '') AND c.type = new.type
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;

-- A new version retires the old one's claims and a corrected date moves "last seen".
CREATE TRIGGER fact_strength_document AFTER UPDATE OF is_current, published ON documents
BEGIN
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM (SELECT DISTINCT f.subject_key AS s, f.type AS t, COALESCE(f.object_key, f.item_key, '') AS o FROM claims f WHERE f.document_id = new.id) k
    JOIN claims c ON c.subject_key = k.s AND COALESCE(c.object_key, c.item_key, '') = k.o AND c.type = k.t
    JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;

-- Origins are assigned after a document's claims are stored, and copies may join another's origin.
CREATE TRIGGER fact_strength_origin_insert AFTER INSERT ON document_origins
BEGIN
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM (SELECT DISTINCT f.subject_key AS s, f.type AS t, COALESCE(f.object_key, f.item_key, '') AS o FROM claims f WHERE f.document_id = new.document_id) k
    JOIN claims c ON c.subject_key = k.s AND COALESCE(c.object_key, c.item_key, '') = k.o AND c.type = k.t
    JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;

CREATE TRIGGER fact_strength_origin_delete AFTER DELETE ON document_origins
BEGIN
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = old.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM (SELECT DISTINCT f.subject_key AS s, f.type AS t, COALESCE(f.object_key, f.item_key, '') AS o FROM claims f WHERE f.document_id = old.document_id) k
    JOIN claims c ON c.subject_key = k.s AND COALESCE(c.object_key, c.item_key, '') = k.o AND c.type = k.t
    JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;

CREATE TRIGGER fact_strength_origin_update AFTER UPDATE OF origin_key, document_id ON document_origins
BEGIN
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = old.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM (SELECT DISTINCT f.subject_key AS s, f.type AS t, COALESCE(f.object_key, f.item_key, '') AS o FROM claims f WHERE f.document_id = old.document_id) k
    JOIN claims c ON c.subject_key = k.s AND COALESCE(c.object_key, c.item_key, '') = k.o AND c.type = k.t
    JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM (SELECT DISTINCT f.subject_key AS s, f.type AS t, COALESCE(f.object_key, f.item_key, '') AS o FROM claims f WHERE f.document_id = new.document_id) k
    JOIN claims c ON c.subject_key = k.s AND COALESCE(c.object_key, c.item_key, '') = k.o AND c.type = k.t
    JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
END;
