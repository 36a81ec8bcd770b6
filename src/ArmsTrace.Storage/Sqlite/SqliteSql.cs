namespace ArmsTrace.Storage.Sqlite;

/// <summary>
/// The SQLite statements, kept apart from the store's logic so another database's store can
/// follow the same shape with its own dialect. Case-insensitive matching goes through the
/// <c>casefold</c> function the store registers, because SQLite's own LIKE and NOCASE fold ASCII only.
/// </summary>
internal static class SqliteSql
{
    /// <summary>A current version with this text, this document's own first, so a same-text re-ingest can correct its metadata.</summary>
    public const string FindCurrentByHash = $"""
        SELECT {Rows.CurrentVersionRow.Columns} FROM documents WHERE content_hash = @hash AND is_current = 1 ORDER BY doc_key = @key DESC, id LIMIT 1
        """;

    public const string FindCurrentByKey = $"SELECT {Rows.CurrentVersionRow.Columns} FROM documents WHERE doc_key = @key AND is_current = 1";

    public const string LatestVersion = "SELECT MAX(version) FROM documents WHERE doc_key = @key";

    public const string RetireCurrent = "UPDATE documents SET is_current = 0 WHERE doc_key = @key AND is_current = 1";

    public const string InsertDocument = """
        INSERT INTO documents (doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
        VALUES (@Key, @Version, 1, @ContentHash, @Title, @Url, @Outlet, @Published, @RawText, @IngestedAt)
        RETURNING id
        """;

    public const string CurrentClaims = $"claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1 AND {ClaimViews.ReviewedFilter}";

    public const string CurrentMentions = "mentions m JOIN documents d ON d.id = m.document_id AND d.is_current = 1";

    public static readonly CurrentReadSql Read = new(CurrentClaims, CurrentMentions);

    public static readonly string FindEntities = Read.FindEntities(column => $"instr(casefold({column}), @needle) > 0");

    /// <summary>
    /// As <see cref="FindEntities"/> for a needle of ASCII characters: SQLite's own upper() folds
    /// exactly the letters such a needle can match, in C rather than through a call into .NET per
    /// name and mention, which made search three times slower.
    /// </summary>
    public static readonly string FindEntitiesAscii = Read.FindEntities(column => $"instr(upper({column}), @needle) > 0");

    public static readonly string ResolveEntity = Read.ResolveEntity(column => $"casefold({column}) = @q");

    public static readonly string FindClaims = $"""
        {Read.SelectClaims}
        WHERE (@type IS NULL OR c.type = @type)
          AND (@entityKey IS NULL OR c.subject_key = @entityKey OR c.object_key = @entityKey
               OR c.item_key = @entityKey OR c.source_key = @entityKey)
          AND (@stance IS NULL OR c.stance = @stance)
          AND (@sourceKey IS NULL OR c.source_key = @sourceKey)
          AND {Corroboration.FactConditions.AsOf}
          AND {Corroboration.FactConditions.MinSources}
          AND (@needle IS NULL OR instr(casefold(c.evidence_text), @needle) > 0)
        {CurrentReadSql.ClaimOrder}
        LIMIT @limit OFFSET @offset
        """;

    public const string CountCurrentDocuments = "SELECT COUNT(*) FROM documents WHERE is_current = 1";

    /// <summary>Current documents matching @query (an FTS5 query), best first (bm25), with a passage of the text around the matches.</summary>
    public const string SearchDocuments = """
        SELECT d.doc_key AS Key, d.version AS Version, d.title AS Title, d.url AS Url, d.outlet AS Outlet, d.published AS Published,
            snippet(documents_fts, 1, @open, @close, '…', 32) AS Snippet
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid AND d.is_current = 1
        WHERE documents_fts MATCH @query
        ORDER BY documents_fts.rank, d.id
        LIMIT @limit OFFSET @offset
        """;

    public const string CountDocumentHits = """
        SELECT COUNT(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid AND d.is_current = 1
        WHERE documents_fts MATCH @query
        """;

    /// <summary>Current claims whose evidence matches @query, best first, the whole sentence with its matches marked.</summary>
    public const string SearchClaims = $"""
        SELECT c.id AS Id, c.type AS Type, c.subject_key AS SubjectKey, c.subject_name AS SubjectName,
            c.object_key AS ObjectKey, c.object_name AS ObjectName, c.stance AS Stance,
            d.doc_key AS DocumentKey, d.title AS DocumentTitle, d.published AS Published,
            highlight(claims_fts, 0, @open, @close) AS Evidence
        FROM claims_fts, {CurrentClaims}
        WHERE claims_fts MATCH @query AND c.id = claims_fts.rowid
        ORDER BY claims_fts.rank, c.id
        LIMIT @limit OFFSET @offset
        """;

    public const string CountClaimHits = $"""
        SELECT COUNT(*) FROM claims_fts, {CurrentClaims}
        WHERE claims_fts MATCH @query AND c.id = claims_fts.rowid
        """;
}
