-- Each fact's strength as the fact statements rank it, kept by triggers: see SQLite's 0013.
CREATE TABLE fact_strength (
    subject_key text COLLATE "C" NOT NULL,
    type text COLLATE "C" NOT NULL,
    target_key text COLLATE "C" NOT NULL,
    claims bigint NOT NULL,
    origins bigint NOT NULL,
    parties bigint NOT NULL,
    last_seen text COLLATE "C" NOT NULL,
    PRIMARY KEY (subject_key, type, target_key)
);

CREATE INDEX ix_fact_strength_subject ON fact_strength(subject_key, origins DESC, parties DESC, claims DESC, last_seen DESC, type, target_key);
CREATE INDEX ix_fact_strength_target ON fact_strength(target_key, origins DESC, parties DESC, claims DESC, last_seen DESC, subject_key, type);

-- The facts (subject, type, target) given, recomputed from their current claims; a fact left without any is removed.
CREATE FUNCTION recompute_facts(p_subjects text[], p_types text[], p_targets text[]) RETURNS void
LANGUAGE sql AS $facts$
    DELETE FROM fact_strength s
    USING unnest(p_subjects, p_types, p_targets) AS k(s, t, o)
    WHERE s.subject_key = k.s AND s.type = k.t AND s.target_key = k.o;
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
        COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
    FROM (SELECT DISTINCT s, t, o FROM unnest(p_subjects, p_types, p_targets) AS k(s, t, o)) k
    JOIN claims c ON c.subject_key = k.s AND COALESCE(c.object_key, c.item_key, '') = k.o AND c.type = k.t
    JOIN documents d ON d.id = c.document_id AND d.is_current AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    JOIN document_origins o ON o.document_id = d.id
    GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '')
$facts$;

CREATE FUNCTION recompute_document_facts(p_document bigint) RETURNS void
LANGUAGE sql AS $facts$
    SELECT recompute_facts(array_agg(c.subject_key), array_agg(c.type), array_agg(COALESCE(c.object_key, c.item_key, '')))
    FROM claims c WHERE c.document_id = p_document
    HAVING COUNT(*) > 0
$facts$;

CREATE FUNCTION claims_fact_strength() RETURNS trigger
LANGUAGE plpgsql AS $facts$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM recompute_facts(ARRAY[NEW.subject_key], ARRAY[NEW.type], ARRAY[COALESCE(NEW.object_key, NEW.item_key, '')]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM recompute_facts(ARRAY[OLD.subject_key], ARRAY[OLD.type], ARRAY[COALESCE(OLD.object_key, OLD.item_key, '')]);
    ELSE
        PERFORM recompute_facts(ARRAY[OLD.subject_key, NEW.subject_key], ARRAY[OLD.type, NEW.type],
            ARRAY[COALESCE(OLD.object_key, OLD.item_key, ''), COALESCE(NEW.object_key, NEW.item_key, '')]);
    END IF;
    RETURN NULL;
END
$facts$;

CREATE TRIGGER claims_fact_strength AFTER INSERT OR DELETE OR UPDATE OF review, type, subject_key, object_key, item_key, document_id ON claims
FOR EACH ROW EXECUTE FUNCTION claims_fact_strength();

-- A new version retires the old one's claims and a corrected date moves "last seen".
CREATE FUNCTION documents_fact_strength() RETURNS trigger
LANGUAGE plpgsql AS $facts$
BEGIN
    PERFORM recompute_document_facts(NEW.id);
    RETURN NULL;
END
$facts$;

CREATE TRIGGER documents_fact_strength AFTER UPDATE OF is_current, published ON documents
FOR EACH ROW WHEN (OLD.is_current IS DISTINCT FROM NEW.is_current OR OLD.published IS DISTINCT FROM NEW.published)
EXECUTE FUNCTION documents_fact_strength();

-- Origins are assigned after a document's claims are stored, and copies may join another's origin.
CREATE FUNCTION origins_fact_strength() RETURNS trigger
LANGUAGE plpgsql AS $facts$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM recompute_document_facts(OLD.document_id);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM recompute_document_facts(NEW.document_id);
    END IF;
    RETURN NULL;
END
$facts$;

CREATE TRIGGER origins_fact_strength AFTER INSERT OR DELETE OR UPDATE OF origin_key, document_id ON document_origins
FOR EACH ROW EXECUTE FUNCTION origins_fact_strength();

INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), COUNT(*), COUNT(DISTINCT o.origin_key),
    COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)), MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10)))
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
JOIN document_origins o ON o.document_id = d.id
GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '');
