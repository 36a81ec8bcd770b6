-- What a dossier's first page reads, kept by triggers: see SQLite's 0011. entity_claim_order gives a hub's
-- claims in the order the dossier pages them, entity_mention_names the texts each entity is mentioned by.
CREATE TABLE entity_claim_order (
    entity_key text COLLATE "C" NOT NULL,
    published text COLLATE "C" NOT NULL,
    doc_key text COLLATE "C" NOT NULL,
    evidence_start bigint NOT NULL,
    claim_id bigint NOT NULL,
    PRIMARY KEY (entity_key, published, doc_key, evidence_start, claim_id)
);

CREATE INDEX ix_entity_claim_order_claim ON entity_claim_order(claim_id);

CREATE FUNCTION order_claim_roles(p_id bigint, p_document bigint, p_start bigint, p_subject text, p_object text, p_item text, p_source text) RETURNS void
LANGUAGE sql AS $order$
    INSERT INTO entity_claim_order (entity_key, published, doc_key, evidence_start, claim_id)
    SELECT DISTINCT r.k, COALESCE(d.published, '9999'), d.doc_key, p_start, p_id
    FROM (VALUES (p_subject), (p_object), (p_item), (p_source)) r(k), documents d
    WHERE r.k IS NOT NULL AND d.id = p_document
    ON CONFLICT DO NOTHING
$order$;

CREATE FUNCTION claims_order_roles() RETURNS trigger
LANGUAGE plpgsql AS $order$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM entity_claim_order WHERE claim_id = OLD.id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM order_claim_roles(NEW.id, NEW.document_id, NEW.evidence_start, NEW.subject_key, NEW.object_key, NEW.item_key, NEW.source_key);
    END IF;
    RETURN NULL;
END
$order$;

CREATE TRIGGER claims_order_roles AFTER INSERT OR DELETE OR UPDATE OF subject_key, object_key, item_key, source_key, document_id, evidence_start ON claims
FOR EACH ROW EXECUTE FUNCTION claims_order_roles();

-- A same-text re-ingest may correct a document's publication date.
CREATE FUNCTION documents_order_claims() RETURNS trigger
LANGUAGE plpgsql AS $order$
BEGIN
    UPDATE entity_claim_order SET published = COALESCE(NEW.published, '9999'), doc_key = NEW.doc_key
    WHERE claim_id IN (SELECT c.id FROM claims c WHERE c.document_id = NEW.id);
    RETURN NULL;
END
$order$;

CREATE TRIGGER documents_order_claims AFTER UPDATE OF published, doc_key ON documents
FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.doc_key IS DISTINCT FROM NEW.doc_key)
EXECUTE FUNCTION documents_order_claims();

INSERT INTO entity_claim_order (entity_key, published, doc_key, evidence_start, claim_id)
SELECT DISTINCT k.k, COALESCE(d.published, '9999'), d.doc_key, c.evidence_start, c.id
FROM claims c JOIN documents d ON d.id = c.document_id
CROSS JOIN LATERAL (VALUES (c.subject_key), (c.object_key), (c.item_key), (c.source_key)) k(k)
WHERE k.k IS NOT NULL;

CREATE TABLE entity_mention_names (
    entity_key text COLLATE "C" NOT NULL,
    text text COLLATE "C" NOT NULL,
    mentions bigint NOT NULL,
    PRIMARY KEY (entity_key, text)
);

CREATE FUNCTION count_mention_name(p_entity text, p_text text, p_document bigint, p_sign integer) RETURNS void
LANGUAGE sql AS $names$
    INSERT INTO entity_mention_names (entity_key, text, mentions)
    SELECT p_entity, p_text, p_sign WHERE EXISTS (SELECT 1 FROM documents WHERE id = p_document AND is_current)
    ON CONFLICT (entity_key, text) DO UPDATE SET mentions = entity_mention_names.mentions + excluded.mentions
$names$;

CREATE FUNCTION mentions_count_names() RETURNS trigger
LANGUAGE plpgsql AS $names$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM count_mention_name(OLD.entity_key, OLD.text, OLD.document_id, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM count_mention_name(NEW.entity_key, NEW.text, NEW.document_id, 1);
    END IF;
    RETURN NULL;
END
$names$;

CREATE TRIGGER mentions_count_names AFTER INSERT OR DELETE OR UPDATE OF entity_key, text, document_id ON mentions
FOR EACH ROW EXECUTE FUNCTION mentions_count_names();

-- A new version retires the old one's mentions; a version made current again brings them back.
CREATE FUNCTION documents_count_names() RETURNS trigger
LANGUAGE plpgsql AS $names$
BEGIN
    INSERT INTO entity_mention_names (entity_key, text, mentions)
    SELECT m.entity_key, m.text, (CASE WHEN NEW.is_current THEN 1 ELSE -1 END) * COUNT(*)
    FROM mentions m WHERE m.document_id = NEW.id
    GROUP BY m.entity_key, m.text
    ON CONFLICT (entity_key, text) DO UPDATE SET mentions = entity_mention_names.mentions + excluded.mentions;
    RETURN NULL;
END
$names$;

CREATE TRIGGER documents_count_names AFTER UPDATE OF is_current ON documents
FOR EACH ROW WHEN (OLD.is_current IS DISTINCT FROM NEW.is_current) EXECUTE FUNCTION documents_count_names();

INSERT INTO entity_mention_names (entity_key, text, mentions)
SELECT m.entity_key, m.text, COUNT(*)
FROM mentions m JOIN documents d ON d.id = m.document_id AND d.is_current
GROUP BY m.entity_key, m.text;
