-- Each fact's current reviewed claims per origin of their documents, kept by triggers: see SQLite's 0016.
-- Writers already take the ingest lock on documents, so two transactions never update one count at once.
CREATE TABLE fact_origin_counts (
    subject_key text COLLATE "C" NOT NULL,
    target_key text COLLATE "C" NOT NULL,
    type text COLLATE "C" NOT NULL,
    origin_key text COLLATE "C" NOT NULL,
    claims bigint NOT NULL,
    PRIMARY KEY (subject_key, target_key, type, origin_key)
);

CREATE FUNCTION count_document_facts(p_document bigint, p_origin text, p_sign integer) RETURNS void
LANGUAGE sql AS $count$
    INSERT INTO fact_origin_counts (subject_key, target_key, type, origin_key, claims)
    SELECT c.subject_key, COALESCE(c.object_key, c.item_key, ''), c.type, p_origin, p_sign * COUNT(*)
    FROM claims c
    WHERE c.document_id = p_document AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key, ''), c.type
    ON CONFLICT (subject_key, target_key, type, origin_key) DO UPDATE SET claims = fact_origin_counts.claims + excluded.claims
$count$;

CREATE FUNCTION claims_count_fact_origins() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND (OLD.review IS NULL OR OLD.review IN ('accepted', 'correction'))
        AND EXISTS (SELECT 1 FROM documents WHERE id = OLD.document_id AND is_current) THEN
        INSERT INTO fact_origin_counts (subject_key, target_key, type, origin_key, claims)
        SELECT OLD.subject_key, COALESCE(OLD.object_key, OLD.item_key, ''), OLD.type, o.origin_key, -1
        FROM document_origins o WHERE o.document_id = OLD.document_id
        ON CONFLICT (subject_key, target_key, type, origin_key) DO UPDATE SET claims = fact_origin_counts.claims + excluded.claims;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND (NEW.review IS NULL OR NEW.review IN ('accepted', 'correction'))
        AND EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND is_current) THEN
        INSERT INTO fact_origin_counts (subject_key, target_key, type, origin_key, claims)
        SELECT NEW.subject_key, COALESCE(NEW.object_key, NEW.item_key, ''), NEW.type, o.origin_key, 1
        FROM document_origins o WHERE o.document_id = NEW.document_id
        ON CONFLICT (subject_key, target_key, type, origin_key) DO UPDATE SET claims = fact_origin_counts.claims + excluded.claims;
    END IF;
    RETURN NULL;
END
$count$;

CREATE TRIGGER claims_count_fact_origins AFTER INSERT OR DELETE OR UPDATE OF review, subject_key, object_key, item_key, type, document_id ON claims
FOR EACH ROW EXECUTE FUNCTION claims_count_fact_origins();

-- A new version retires the old one's claims; a version made current again brings them back.
CREATE FUNCTION documents_count_fact_origins() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    PERFORM count_document_facts(NEW.id, o.origin_key, CASE WHEN NEW.is_current THEN 1 ELSE -1 END)
    FROM document_origins o WHERE o.document_id = NEW.id;
    RETURN NULL;
END
$count$;

CREATE TRIGGER documents_count_fact_origins AFTER UPDATE OF is_current ON documents
FOR EACH ROW WHEN (OLD.is_current IS DISTINCT FROM NEW.is_current) EXECUTE FUNCTION documents_count_fact_origins();

-- A document's origin, set after its claims or removed with it, moves its current claims with it.
CREATE FUNCTION origins_count_fact_origins() RETURNS trigger
LANGUAGE plpgsql AS $count$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM documents WHERE id = OLD.document_id AND is_current) THEN
        PERFORM count_document_facts(OLD.document_id, OLD.origin_key, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND is_current) THEN
        PERFORM count_document_facts(NEW.document_id, NEW.origin_key, 1);
    END IF;
    RETURN NULL;
END
$count$;

CREATE TRIGGER origins_count_fact_origins AFTER INSERT OR DELETE OR UPDATE OF document_id, origin_key ON document_origins
FOR EACH ROW EXECUTE FUNCTION origins_count_fact_origins();

INSERT INTO fact_origin_counts (subject_key, target_key, type, origin_key, claims)
SELECT c.subject_key, COALESCE(c.object_key, c.item_key, ''), c.type, o.origin_key, COUNT(*)
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
JOIN document_origins o ON o.document_id = d.id
WHERE c.review IS NULL OR c.review IN ('accepted', 'correction')
GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key, ''), c.type, o.origin_key;

ANALYZE fact_origin_counts;
