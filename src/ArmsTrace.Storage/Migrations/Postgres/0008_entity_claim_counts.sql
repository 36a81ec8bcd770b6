-- Each entity's number of current claims, reviewed and raw, kept by triggers: see SQLite's 0010.
-- Writers already take the ingest lock on documents, so two transactions never update one count at once.
CREATE TABLE entity_claim_counts (
    entity_key text COLLATE "C" PRIMARY KEY,
    reviewed bigint NOT NULL,
    raw bigint NOT NULL
);

CREATE FUNCTION count_claim_roles(p_subject text, p_object text, p_item text, p_source text, p_review text, p_sign integer) RETURNS void
LANGUAGE sql AS $count$
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT r.k,
        p_sign * (CASE WHEN p_review IS NULL OR p_review IN ('accepted', 'correction') THEN 1 ELSE 0 END),
        p_sign * (CASE WHEN p_review IS NULL OR p_review <> 'correction' THEN 1 ELSE 0 END)
    FROM (SELECT p_subject AS k UNION SELECT p_object UNION SELECT p_item UNION SELECT p_source) r
    WHERE r.k IS NOT NULL
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = entity_claim_counts.reviewed + excluded.reviewed, raw = entity_claim_counts.raw + excluded.raw
$count$;

CREATE FUNCTION claims_count_roles() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM documents WHERE id = OLD.document_id AND is_current) THEN
        PERFORM count_claim_roles(OLD.subject_key, OLD.object_key, OLD.item_key, OLD.source_key, OLD.review, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND is_current) THEN
        PERFORM count_claim_roles(NEW.subject_key, NEW.object_key, NEW.item_key, NEW.source_key, NEW.review, 1);
    END IF;
    RETURN NULL;
END
$count$;

CREATE TRIGGER claims_count_roles AFTER INSERT OR DELETE OR UPDATE OF review, subject_key, object_key, item_key, source_key, document_id ON claims
FOR EACH ROW EXECUTE FUNCTION claims_count_roles();

-- A new version retires the old one's claims from the counts; a version made current again brings them back.
CREATE FUNCTION documents_count_roles() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
    SELECT r.k, (CASE WHEN NEW.is_current THEN 1 ELSE -1 END) * SUM(r.rv), (CASE WHEN NEW.is_current THEN 1 ELSE -1 END) * SUM(r.rw)
    FROM (
        SELECT DISTINCT c.id, k.k,
            CASE WHEN c.review IS NULL OR c.review IN ('accepted', 'correction') THEN 1 ELSE 0 END AS rv,
            CASE WHEN c.review IS NULL OR c.review <> 'correction' THEN 1 ELSE 0 END AS rw
        FROM claims c CROSS JOIN LATERAL (VALUES (c.subject_key), (c.object_key), (c.item_key), (c.source_key)) k(k)
        WHERE c.document_id = NEW.id AND k.k IS NOT NULL) r
    GROUP BY r.k
    ON CONFLICT (entity_key) DO UPDATE SET reviewed = entity_claim_counts.reviewed + excluded.reviewed, raw = entity_claim_counts.raw + excluded.raw;
    RETURN NULL;
END
$count$;

CREATE TRIGGER documents_count_roles AFTER UPDATE OF is_current ON documents
FOR EACH ROW WHEN (OLD.is_current IS DISTINCT FROM NEW.is_current) EXECUTE FUNCTION documents_count_roles();

INSERT INTO entity_claim_counts (entity_key, reviewed, raw)
SELECT r.k, SUM(r.rv), SUM(r.rw)
FROM (
    SELECT DISTINCT c.id, k.k,
        CASE WHEN c.review IS NULL OR c.review IN ('accepted', 'correction') THEN 1 ELSE 0 END AS rv,
        CASE WHEN c.review IS NULL OR c.review <> 'correction' THEN 1 ELSE 0 END AS rw
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
    CROSS JOIN LATERAL (VALUES (c.subject_key), (c.object_key), (c.item_key), (c.source_key)) k(k)
    WHERE k.k IS NOT NULL) r
GROUP BY r.k;
