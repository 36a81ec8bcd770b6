-- Each edge's number of current claims per subject, target, type and stance, reviewed and raw, kept by
-- triggers: see SQLite's 0014. Writers already take the ingest lock on documents, so two transactions
-- never update one count at once.
CREATE TABLE edge_claim_counts (
    subject_key text COLLATE "C" NOT NULL,
    target_key text COLLATE "C" NOT NULL,
    type text COLLATE "C" NOT NULL,
    stance text COLLATE "C" NOT NULL,
    reviewed bigint NOT NULL,
    raw bigint NOT NULL,
    PRIMARY KEY (subject_key, target_key, type, stance)
);

CREATE INDEX ix_edge_claim_counts_target ON edge_claim_counts (target_key, subject_key) INCLUDE (type, stance, reviewed, raw);

CREATE FUNCTION count_claim_edge(p_subject text, p_target text, p_type text, p_stance text, p_review text, p_sign integer) RETURNS void
LANGUAGE sql AS $count$
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    SELECT p_subject, p_target, p_type, p_stance,
        p_sign * (CASE WHEN p_review IS NULL OR p_review IN ('accepted', 'correction') THEN 1 ELSE 0 END),
        p_sign * (CASE WHEN p_review IS NULL OR p_review <> 'correction' THEN 1 ELSE 0 END)
    WHERE p_target IS NOT NULL
    ON CONFLICT (subject_key, target_key, type, stance)
    DO UPDATE SET reviewed = edge_claim_counts.reviewed + excluded.reviewed, raw = edge_claim_counts.raw + excluded.raw
$count$;

CREATE FUNCTION claims_count_edges() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM documents WHERE id = OLD.document_id AND is_current) THEN
        PERFORM count_claim_edge(OLD.subject_key, COALESCE(OLD.object_key, OLD.item_key), OLD.type, OLD.stance, OLD.review, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND is_current) THEN
        PERFORM count_claim_edge(NEW.subject_key, COALESCE(NEW.object_key, NEW.item_key), NEW.type, NEW.stance, NEW.review, 1);
    END IF;
    RETURN NULL;
END
$count$;

CREATE TRIGGER claims_count_edges AFTER INSERT OR DELETE OR UPDATE OF review, subject_key, object_key, item_key, type, stance, document_id ON claims
FOR EACH ROW EXECUTE FUNCTION claims_count_edges();

-- A new version retires the old one's claims from the counts; a version made current again brings them back.
CREATE FUNCTION documents_count_edges() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
    SELECT c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance,
        (CASE WHEN NEW.is_current THEN 1 ELSE -1 END) * SUM(CASE WHEN c.review IS NULL OR c.review IN ('accepted', 'correction') THEN 1 ELSE 0 END),
        (CASE WHEN NEW.is_current THEN 1 ELSE -1 END) * SUM(CASE WHEN c.review IS NULL OR c.review <> 'correction' THEN 1 ELSE 0 END)
    FROM claims c
    WHERE c.document_id = NEW.id AND COALESCE(c.object_key, c.item_key) IS NOT NULL
    GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance
    ON CONFLICT (subject_key, target_key, type, stance)
    DO UPDATE SET reviewed = edge_claim_counts.reviewed + excluded.reviewed, raw = edge_claim_counts.raw + excluded.raw;
    RETURN NULL;
END
$count$;

CREATE TRIGGER documents_count_edges AFTER UPDATE OF is_current ON documents
FOR EACH ROW WHEN (OLD.is_current IS DISTINCT FROM NEW.is_current) EXECUTE FUNCTION documents_count_edges();

INSERT INTO edge_claim_counts (subject_key, target_key, type, stance, reviewed, raw)
SELECT c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance,
    SUM(CASE WHEN c.review IS NULL OR c.review IN ('accepted', 'correction') THEN 1 ELSE 0 END),
    SUM(CASE WHEN c.review IS NULL OR c.review <> 'correction' THEN 1 ELSE 0 END)
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
WHERE COALESCE(c.object_key, c.item_key) IS NOT NULL
GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance;

ANALYZE edge_claim_counts;
