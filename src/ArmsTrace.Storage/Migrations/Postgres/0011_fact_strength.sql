-- Each fact's strength as the fact statements rank it, and each fact's counted claims by origin, party and
-- the day they became known, from which triggers aggregate it again when it changes: see SQLite's 0013.
CREATE TABLE fact_contributions (
    subject_key text COLLATE "C" NOT NULL,
    type text COLLATE "C" NOT NULL,
    target_key text COLLATE "C" NOT NULL,
    origin_key text COLLATE "C" NOT NULL,
    party text COLLATE "C" NOT NULL,
    known text COLLATE "C" NOT NULL,
    claims bigint NOT NULL,
    PRIMARY KEY (subject_key, type, target_key, origin_key, party, known)
);

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

-- The facts (subject, type, target) given, aggregated again from their contributions; a fact left without any is removed.
CREATE FUNCTION refresh_facts(p_subjects text[], p_types text[], p_targets text[]) RETURNS void
LANGUAGE sql AS $facts$
    DELETE FROM fact_strength s
    USING unnest(p_subjects, p_types, p_targets) AS k(s, t, o)
    WHERE s.subject_key = k.s AND s.type = k.t AND s.target_key = k.o;
    INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
    SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
    FROM (SELECT DISTINCT s, t, o FROM unnest(p_subjects, p_types, p_targets) AS k(s, t, o)) k
    JOIN fact_contributions f ON f.subject_key = k.s AND f.type = k.t AND f.target_key = k.o
    WHERE f.claims > 0
    GROUP BY f.subject_key, f.type, f.target_key
$facts$;

CREATE FUNCTION refresh_document_facts(p_document bigint) RETURNS void
LANGUAGE sql AS $facts$
    SELECT refresh_facts(array_agg(c.subject_key), array_agg(c.type), array_agg(COALESCE(c.object_key, c.item_key, '')))
    FROM claims c WHERE c.document_id = p_document
$facts$;

-- A claim counts while its document is current, the reviewed view keeps it and its document has an origin.
CREATE FUNCTION contribute_claim(p_subject text, p_type text, p_object text, p_item text, p_source text, p_review text,
    p_document bigint, p_recorded text, p_sign integer) RETURNS void
LANGUAGE sql AS $facts$
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT p_subject, p_type, COALESCE(p_object, p_item, ''), o.origin_key, COALESCE(p_source, 'origin:' || o.origin_key),
        COALESCE(d.published, substr(p_recorded, 1, 10)), p_sign
    FROM documents d JOIN document_origins o ON o.document_id = d.id
    WHERE d.id = p_document AND d.is_current AND (p_review IS NULL OR p_review IN ('accepted', 'correction'))
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = fact_contributions.claims + excluded.claims
$facts$;

CREATE FUNCTION claims_fact_strength() RETURNS trigger
LANGUAGE plpgsql AS $facts$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM contribute_claim(OLD.subject_key, OLD.type, OLD.object_key, OLD.item_key, OLD.source_key, OLD.review, OLD.document_id, OLD.recorded_at, -1);
        PERFORM refresh_facts(ARRAY[OLD.subject_key], ARRAY[OLD.type], ARRAY[COALESCE(OLD.object_key, OLD.item_key, '')]);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM contribute_claim(NEW.subject_key, NEW.type, NEW.object_key, NEW.item_key, NEW.source_key, NEW.review, NEW.document_id, NEW.recorded_at, 1);
        PERFORM refresh_facts(ARRAY[NEW.subject_key], ARRAY[NEW.type], ARRAY[COALESCE(NEW.object_key, NEW.item_key, '')]);
    END IF;
    RETURN NULL;
END
$facts$;

CREATE TRIGGER claims_fact_strength AFTER INSERT OR DELETE OR UPDATE OF review, type, subject_key, object_key, item_key, source_key, document_id, recorded_at ON claims
FOR EACH ROW EXECUTE FUNCTION claims_fact_strength();

-- A document's claims with its date and origin, added (1) or taken away (-1), while it is current.
CREATE FUNCTION contribute_document(p_document bigint, p_current boolean, p_published text, p_origin text, p_sign integer) RETURNS void
LANGUAGE sql AS $facts$
    INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
    SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), p_origin, COALESCE(c.source_key, 'origin:' || p_origin),
        COALESCE(p_published, substr(c.recorded_at, 1, 10)), p_sign * COUNT(*)
    FROM claims c
    WHERE c.document_id = p_document AND p_current AND p_origin IS NOT NULL AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (subject_key, type, target_key, origin_key, party, known) DO UPDATE SET claims = fact_contributions.claims + excluded.claims
$facts$;

-- A new version retires the old one's claims, and a corrected date changes when they became known.
CREATE FUNCTION documents_fact_strength() RETURNS trigger
LANGUAGE plpgsql AS $facts$
DECLARE
    v_origin text := (SELECT origin_key FROM document_origins WHERE document_id = NEW.id);
BEGIN
    PERFORM contribute_document(OLD.id, OLD.is_current, OLD.published, v_origin, -1);
    PERFORM contribute_document(NEW.id, NEW.is_current, NEW.published, v_origin, 1);
    PERFORM refresh_document_facts(NEW.id);
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
        PERFORM contribute_document(d.id, d.is_current, d.published, OLD.origin_key, -1) FROM documents d WHERE d.id = OLD.document_id;
        PERFORM refresh_document_facts(OLD.document_id);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM contribute_document(d.id, d.is_current, d.published, NEW.origin_key, 1) FROM documents d WHERE d.id = NEW.document_id;
        PERFORM refresh_document_facts(NEW.document_id);
    END IF;
    RETURN NULL;
END
$facts$;

CREATE TRIGGER origins_fact_strength AFTER INSERT OR DELETE OR UPDATE OF origin_key, document_id ON document_origins
FOR EACH ROW EXECUTE FUNCTION origins_fact_strength();

INSERT INTO fact_contributions (subject_key, type, target_key, origin_key, party, known, claims)
SELECT c.subject_key, c.type, COALESCE(c.object_key, c.item_key, ''), o.origin_key,
    COALESCE(c.source_key, 'origin:' || o.origin_key), COALESCE(d.published, substr(c.recorded_at, 1, 10)), COUNT(*)
FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current AND (c.review IS NULL OR c.review IN ('accepted', 'correction'))
JOIN document_origins o ON o.document_id = d.id
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO fact_strength (subject_key, type, target_key, claims, origins, parties, last_seen)
SELECT f.subject_key, f.type, f.target_key, SUM(f.claims), COUNT(DISTINCT f.origin_key), COUNT(DISTINCT f.party), MAX(f.known)
FROM fact_contributions f
GROUP BY f.subject_key, f.type, f.target_key;
