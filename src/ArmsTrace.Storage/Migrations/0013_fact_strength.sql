-- Each fact's strength as the fact statements rank it (FactSql: independent origins, parties, claims, last
-- seen), over the current claims of the reviewed view, kept so a dossier can take an entity's 100 strongest
-- facts without aggregating its whole history (Iran: 40,000 claims in 31,000 facts, 0.3 to 1 s). The page's
-- full summaries (stances, disputes) are then computed for those 100 facts alone.
--
-- fact_contributions counts the counted claims of each fact by origin, party and the day each became known:
-- triggers add a claim's row when it starts to count and take it away when it stops (a claim stored or
-- deleted, judged, its document retired or restored or redated, its origin set or changed), and a changed
-- fact's strength is then aggregated again from its own rows there, an index range, not from its claims
-- joined to their documents and origins, so a fact with thousands of claims stays cheap to keep.

-- The fact target as a column SQLite can index and join on (it does not use an index on the expression for a
-- join), so the summaries of the strongest facts read exactly their claims.
ALTER TABLE claims ADD COLUMN fact_target TEXT GENERATED ALWAYS AS (COALESCE(object_key, item_key, '')) VIRTUAL;
CREATE INDEX ix_claims_fact_target ON claims(subject_key, fact_target, type);

CREATE TABLE fact_contributions (
    subject_key TEXT NOT NULL,
    type TEXT NOT NULL,
    target_key TEXT NOT NULL,
    origin_key TEXT NOT NULL,
    party TEXT NOT NULL,
    known TEXT NOT NULL,
    claims INTEGER NOT NULL,
    PRIMARY KEY (subject_key, type, target_key, origin_key, party, known)
) WITHOUT ROWID;

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

INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), o.origin_key,
    COALESCE(c.source_key, 'origin:' || o.origin_key), COALESCE(d.published, substr(c.recorded_at, 1, 10)), COUNT(*)
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
JOIN document_origins o ON o.document_id = d.id
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
FROM fact_contributions f
GROUP BY f.subject_key, f.type, f.target_key;

CREATE TRIGGER fact_strength_claim_insert AFTER INSERT ON claims
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT new.subject_key, new.type, COALESCE(new.object_key, new.item_key, ''), o.origin_key,
        COALESCE(new.source_key, 'origin:' || o.origin_key), COALESCE(d.published, substr(new.recorded_at, 1, 10)), 1
    FROM documents d JOIN document_origins o ON o.document_id = d.id
    WHERE d.id = new.document_id AND d.is_current = 1 AND (new.review IS NULL OR new.review IN ('accepted', 'correction'))
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE subject_key = new.subject_key AND type = new.type AND target_key = COALESCE(new.object_key, new.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE f.subject_key = new.subject_key AND f.type = new.type AND f.target_key = COALESCE(new.object_key, new.item_key, '') AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;

CREATE TRIGGER fact_strength_claim_delete AFTER DELETE ON claims
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT old.subject_key, old.type, COALESCE(old.object_key, old.item_key, ''), o.origin_key,
        COALESCE(old.source_key, 'origin:' || o.origin_key), COALESCE(d.published, substr(old.recorded_at, 1, 10)), -1
    FROM documents d JOIN document_origins o ON o.document_id = d.id
    WHERE d.id = old.document_id AND d.is_current = 1 AND (old.review IS NULL OR old.review IN ('accepted', 'correction'))
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE subject_key = old.subject_key AND type = old.type AND target_key = COALESCE(old.object_key, old.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE f.subject_key = old.subject_key AND f.type = old.type AND f.target_key = COALESCE(old.object_key, old.item_key, '') AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;

CREATE TRIGGER fact_strength_claim_update AFTER UPDATE OF review, type, subject_key, object_key, item_key, source_key, document_id, recorded_at ON claims
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT old.subject_key, old.type, COALESCE(old.object_key, old.item_key, ''), o.origin_key,
        COALESCE(old.source_key, 'origin:' || o.origin_key), COALESCE(d.published, substr(old.recorded_at, 1, 10)), -1
    FROM documents d JOIN document_origins o ON o.document_id = d.id
    WHERE d.id = old.document_id AND d.is_current = 1 AND (old.review IS NULL OR old.review IN ('accepted', 'correction'))
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT new.subject_key, new.type, COALESCE(new.object_key, new.item_key, ''), o.origin_key,
        COALESCE(new.source_key, 'origin:' || o.origin_key), COALESCE(d.published, substr(new.recorded_at, 1, 10)), 1
    FROM documents d JOIN document_origins o ON o.document_id = d.id
    WHERE d.id = new.document_id AND d.is_current = 1 AND (new.review IS NULL OR new.review IN ('accepted', 'correction'))
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE subject_key = old.subject_key AND type = old.type AND target_key = COALESCE(old.object_key, old.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE f.subject_key = old.subject_key AND f.type = old.type AND f.target_key = COALESCE(old.object_key, old.item_key, '') AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
    DELETE FROM fact_strength WHERE subject_key = new.subject_key AND type = new.type AND target_key = COALESCE(new.object_key, new.item_key, '');
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE f.subject_key = new.subject_key AND f.type = new.type AND f.target_key = COALESCE(new.object_key, new.item_key, '') AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;

-- A new version retires the old one's claims, and a corrected date changes when they became known.
CREATE TRIGGER fact_strength_document AFTER UPDATE OF is_current, published ON documents
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), o.origin_key,
        COALESCE(c.source_key, 'origin:' || o.origin_key), COALESCE(old.published, substr(c.recorded_at, 1, 10)), -1 * COUNT(*)
    FROM claims c JOIN document_origins o ON o.document_id = c.document_id
    WHERE c.document_id = old.id AND old.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), o.origin_key,
        COALESCE(c.source_key, 'origin:' || o.origin_key), COALESCE(new.published, substr(c.recorded_at, 1, 10)), 1 * COUNT(*)
    FROM claims c JOIN document_origins o ON o.document_id = c.document_id
    WHERE c.document_id = new.id AND new.is_current = 1 AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE (f.subject_key, f.type, f.target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.id)
      AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;

-- Origins are assigned after a document's claims are stored, and copies may join another's origin.
CREATE TRIGGER fact_strength_origin_insert AFTER INSERT ON document_origins
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), new.origin_key,
        COALESCE(c.source_key, 'origin:' || new.origin_key), COALESCE(d.published, substr(c.recorded_at, 1, 10)), 1 * COUNT(*)
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    WHERE c.document_id = new.document_id AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE (f.subject_key, f.type, f.target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.document_id)
      AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;

CREATE TRIGGER fact_strength_origin_delete AFTER DELETE ON document_origins
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), old.origin_key,
        COALESCE(c.source_key, 'origin:' || old.origin_key), COALESCE(d.published, substr(c.recorded_at, 1, 10)), -1 * COUNT(*)
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    WHERE c.document_id = old.document_id AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = old.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE (f.subject_key, f.type, f.target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = old.document_id)
      AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;

CREATE TRIGGER fact_strength_origin_update AFTER UPDATE OF origin_key, document_id ON document_origins
BEGIN
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), old.origin_key,
        COALESCE(c.source_key, 'origin:' || old.origin_key), COALESCE(d.published, substr(c.recorded_at, 1, 10)), -1 * COUNT(*)
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    WHERE c.document_id = old.document_id AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), new.origin_key,
        COALESCE(c.source_key, 'origin:' || new.origin_key), COALESCE(d.published, substr(c.recorded_at, 1, 10)), 1 * COUNT(*)
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
    WHERE c.document_id = new.document_id AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = claims + excluded.claims;
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = old.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE (f.subject_key, f.type, f.target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = old.document_id)
      AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
    DELETE FROM fact_strength WHERE (subject_key, type, target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.document_id);
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM fact_contributions f
    WHERE (f.subject_key, f.type, f.target_key) IN (
        SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '') FROM claims c WHERE c.document_id = new.document_id)
      AND f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key;
END;
