namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// The PostgreSQL statements, in the same shape as <see cref="Sqlite.SqliteSql"/>. Case-insensitive
/// matching folds both the stored text and the search text with the schema's <c>casefold</c>
/// function, so the two sides always fold alike; lists go in as arrays (<c>= ANY(@keys)</c>).
/// </summary>
internal static class PostgresSql
{
    /// <summary>
    /// Taken at the start of each ingest: writers queue behind one another, as SQLite's immediate
    /// transaction makes them, so the duplicate check and version number see every earlier write;
    /// readers are not blocked.
    /// </summary>
    public const string LockForIngest = "LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE";

    public const string FindCurrentByHash = """
        SELECT id, version FROM documents WHERE content_hash = @hash AND is_current ORDER BY id LIMIT 1
        """;

    public const string LatestVersion = "SELECT MAX(version) FROM documents WHERE doc_key = @key";

    public const string RetireCurrent = "UPDATE documents SET is_current = FALSE WHERE doc_key = @key AND is_current";

    public const string InsertDocument = """
        INSERT INTO documents (doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
        VALUES (@Key, @Version, TRUE, @ContentHash, @Title, @Url, @Outlet, @Published, @RawText, @IngestedAt)
        RETURNING id
        """;

    public const string CurrentClaims = "claims c JOIN documents d ON d.id = c.document_id AND d.is_current";

    public const string CurrentMentions = "mentions m JOIN documents d ON d.id = m.document_id AND d.is_current";

    /// <summary>As <see cref="Sqlite.SqliteSql.EntityScope"/>.</summary>
    public const string EntityScope = $"""
        WITH roles AS (
            SELECT c.id AS claim_id, c.subject_key AS entity_key FROM {CurrentClaims}
            UNION SELECT c.id, c.object_key FROM {CurrentClaims} WHERE c.object_key IS NOT NULL
            UNION SELECT c.id, c.item_key FROM {CurrentClaims} WHERE c.item_key IS NOT NULL
            UNION SELECT c.id, c.source_key FROM {CurrentClaims} WHERE c.source_key IS NOT NULL),
        claim_counts AS (SELECT entity_key, COUNT(*) AS n FROM roles GROUP BY entity_key),
        present AS (SELECT entity_key FROM roles UNION SELECT m.entity_key FROM {CurrentMentions})
        """;

    public const string CountPresentEntities = $"{EntityScope} SELECT COUNT(*) FROM present";

    public const string FindEntities = $"""
        {EntityScope}
        SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type, COALESCE(cc.n, 0) AS Claims
        FROM entities e
        JOIN present p ON p.entity_key = e.entity_key
        LEFT JOIN claim_counts cc ON cc.entity_key = e.entity_key
        WHERE (@type IS NULL OR e.type = @type)
          AND (@needle IS NULL
               OR strpos(casefold(e.name), casefold(@needle)) > 0
               OR EXISTS (SELECT 1 FROM {CurrentMentions} WHERE m.entity_key = e.entity_key AND strpos(casefold(m.text), casefold(@needle)) > 0))
        ORDER BY Claims DESC, casefold(e.name), e.entity_key
        LIMIT @limit OFFSET @offset
        """;

    public const string ResolveEntity = $"""
        {EntityScope}
        SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type, COALESCE(cc.n, 0) AS Claims
        FROM entities e
        JOIN present p ON p.entity_key = e.entity_key
        LEFT JOIN claim_counts cc ON cc.entity_key = e.entity_key
        WHERE casefold(e.entity_key) = casefold(@q)
           OR casefold(e.name) = casefold(@q)
           OR EXISTS (SELECT 1 FROM {CurrentMentions} WHERE m.entity_key = e.entity_key AND casefold(m.text) = casefold(@q))
        ORDER BY Claims DESC, casefold(e.entity_key) = casefold(@q) DESC, casefold(e.name) = casefold(@q) DESC, e.entity_key
        LIMIT 1
        """;

    public const string MentionNames = $"""
        SELECT m.text FROM {CurrentMentions}
        WHERE m.entity_key = @key
        GROUP BY m.text
        ORDER BY COUNT(*) DESC, m.text
        """;

    public const string SelectClaims = $"""
        SELECT c.id AS Id, c.type AS Type,
            c.subject_key AS SubjectKey, c.subject_name AS SubjectName, c.object_key AS ObjectKey, c.object_name AS ObjectName,
            c.item_key AS ItemKey, c.item_name AS ItemName,
            c.quantity_value AS QuantityValue, c.quantity_unit AS QuantityUnit, c.quantity_text AS QuantityText,
            c.time_text AS TimeText, c.time_from AS TimeFrom, c.time_to AS TimeTo, c.time_precision AS TimePrecision,
            c.source_key AS SourceKey, c.source_name AS SourceName, c.stance AS Stance,
            d.doc_key AS DocumentKey, d.version AS DocumentVersion, d.outlet AS Outlet, d.published AS Published,
            c.evidence_start AS EvidenceStart, c.evidence_end AS EvidenceEnd, c.evidence_text AS EvidenceText,
            c.extractor AS Extractor, c.extractor_version AS ExtractorVersion, c.recorded_at AS RecordedAt
        FROM {CurrentClaims}
        """;

    /// <summary>Undated documents last; the rest keep a stable order so pages do not overlap.</summary>
    public const string ClaimOrder = "ORDER BY d.published IS NULL, d.published, d.doc_key, c.evidence_start, c.id";

    public const string FindClaims = $"""
        {SelectClaims}
        WHERE (@type IS NULL OR c.type = @type)
          AND (@entityKey IS NULL OR c.subject_key = @entityKey OR c.object_key = @entityKey
               OR c.item_key = @entityKey OR c.source_key = @entityKey)
          AND (@stance IS NULL OR c.stance = @stance)
          AND (@sourceKey IS NULL OR c.source_key = @sourceKey)
          AND (@needle IS NULL OR strpos(casefold(c.evidence_text), casefold(@needle)) > 0)
        {ClaimOrder}
        LIMIT @limit OFFSET @offset
        """;

    public const string ClaimsOfEntity = $"""
        {SelectClaims}
        WHERE c.subject_key = @key OR c.object_key = @key OR c.item_key = @key OR c.source_key = @key
        {ClaimOrder}
        """;

    public const string CountCurrentDocuments = "SELECT COUNT(*) FROM documents WHERE is_current";

    public const string CountDocumentVersions = "SELECT COUNT(*) FROM documents";

    public const string CountCurrentMentions = $"SELECT COUNT(*) FROM {CurrentMentions}";

    public const string CountCurrentClaims = $"SELECT COUNT(*) FROM {CurrentClaims}";

    public const string ClaimsByType = $"SELECT c.type AS Name, COUNT(*) AS Count FROM {CurrentClaims} GROUP BY c.type ORDER BY Count DESC, Name";

    public const string ClaimsByStance = $"SELECT c.stance AS Name, COUNT(*) AS Count FROM {CurrentClaims} GROUP BY c.stance ORDER BY Count DESC, Name";

    public const string TopSuppliers = $"""
        SELECT e.name AS Name, COUNT(*) AS Count, e.entity_key AS Key
        FROM {CurrentClaims} JOIN entities e ON e.entity_key = c.subject_key
        WHERE c.type = 'supply'
        GROUP BY e.entity_key, e.name
        ORDER BY Count DESC, e.name, e.entity_key
        LIMIT @limit
        """;
}
