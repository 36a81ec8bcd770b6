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

    /// <summary>A current version with this text, this document's own first, so a same-text re-ingest can correct its metadata.</summary>
    public const string FindCurrentByHash = $"""
        SELECT {Rows.CurrentVersionRow.Columns} FROM documents WHERE content_hash = @hash AND is_current ORDER BY doc_key = @key DESC, id LIMIT 1
        """;

    public const string FindCurrentByKey = $"SELECT {Rows.CurrentVersionRow.Columns} FROM documents WHERE doc_key = @key AND is_current";

    public const string LatestVersion = "SELECT MAX(version) FROM documents WHERE doc_key = @key";

    public const string RetireCurrent = "UPDATE documents SET is_current = FALSE WHERE doc_key = @key AND is_current";

    public const string InsertDocument = """
        INSERT INTO documents (doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
        VALUES (@Key, @Version, TRUE, @ContentHash, @Title, @Url, @Outlet, @Published, @RawText, @IngestedAt)
        RETURNING id
        """;

    public const string CurrentClaims = $"claims c JOIN documents d ON d.id = c.document_id AND d.is_current AND {ClaimViews.ReviewedFilter}";

    public const string CurrentMentions = "mentions m JOIN documents d ON d.id = m.document_id AND d.is_current";

    public static readonly CurrentReadSql Read = new(CurrentClaims, CurrentMentions);

    public static readonly string FindEntities = Read.FindEntities(column => $"strpos(casefold({column}), casefold(@needle)) > 0");

    /// <summary>
    /// As <see cref="FindEntities"/> for an upper-cased needle of ASCII characters: plain upper()
    /// folds exactly the letters such a needle can match, without the ICU collation's cost per name and mention.
    /// </summary>
    public static readonly string FindEntitiesAscii = Read.FindEntities(column => $"strpos(upper({column}), @needle) > 0");

    public static readonly string ResolveEntity = Read.ResolveEntity(column => $"casefold({column}) = casefold(@q)");

    public static readonly string FindClaims = $"""
        {Read.SelectClaims}
        WHERE (@type IS NULL OR c.type = @type)
          AND (@entityKey IS NULL OR c.subject_key = @entityKey OR c.object_key = @entityKey
               OR c.item_key = @entityKey OR c.source_key = @entityKey)
          AND (@stance IS NULL OR c.stance = @stance)
          AND (@sourceKey IS NULL OR c.source_key = @sourceKey)
          AND {Corroboration.FactConditions.AsOf}
          AND {Corroboration.FactConditions.MinSources}
          AND (@needle IS NULL OR strpos(casefold(c.evidence_text), casefold(@needle)) > 0)
        {CurrentReadSql.ClaimOrder}
        LIMIT @limit OFFSET @offset
        """;

    public const string CountCurrentDocuments = "SELECT COUNT(*) FROM documents WHERE is_current";

    /// <summary>How ts_headline marks matches; a whole evidence sentence is marked, a document's text cut to passages around its matches.</summary>
    private const string Marks = $"StartSel=\"{Searching.Snippets.Open}\", StopSel=\"{Searching.Snippets.Close}\"";

    /// <summary>
    /// Current documents matching @query (words for plainto_tsquery), best first (ts_rank); the passage is
    /// cut only for the page's rows, as ts_headline reads the whole text.
    /// </summary>
    public const string SearchDocuments = $"""
        WITH q AS (SELECT plainto_tsquery('english', @query) AS query),
        hits AS (
            SELECT d.id, ts_rank(d.search, q.query) AS score
            FROM documents d, q
            WHERE d.is_current AND d.search @@ q.query
            ORDER BY score DESC, d.id
            LIMIT @limit OFFSET @offset)
        SELECT d.doc_key AS Key, d.version AS Version, d.title AS Title, d.url AS Url, d.outlet AS Outlet, d.published AS Published,
            ts_headline('english', d.raw_text, q.query, '{Marks}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS Snippet
        FROM hits JOIN documents d ON d.id = hits.id, q
        ORDER BY hits.score DESC, d.id
        """;

    public const string CountDocumentHits = """
        SELECT COUNT(*) FROM documents d WHERE d.is_current AND d.search @@ plainto_tsquery('english', @query)
        """;

    public const string SearchClaims = $"""
        WITH q AS (SELECT plainto_tsquery('english', @query) AS query),
        hits AS (
            SELECT c.id, ts_rank(c.search, q.query) AS score
            FROM {CurrentClaims}, q
            WHERE c.search @@ q.query
            ORDER BY score DESC, c.id
            LIMIT @limit OFFSET @offset)
        SELECT c.id AS Id, c.type AS Type, c.subject_key AS SubjectKey, c.subject_name AS SubjectName,
            c.object_key AS ObjectKey, c.object_name AS ObjectName, c.stance AS Stance,
            d.doc_key AS DocumentKey, d.title AS DocumentTitle, d.published AS Published,
            ts_headline('english', c.evidence_text, q.query, '{Marks}, HighlightAll=true') AS Evidence
        FROM hits JOIN claims c ON c.id = hits.id JOIN documents d ON d.id = c.document_id, q
        ORDER BY hits.score DESC, c.id
        """;

    public const string CountClaimHits = $"""
        SELECT COUNT(*) FROM {CurrentClaims} WHERE c.search @@ plainto_tsquery('english', @query)
        """;
}
