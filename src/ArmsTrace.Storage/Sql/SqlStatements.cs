using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Origins;
using ArmsTrace.Storage.Rows;
using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// Every statement the stores run, written once around one <see cref="SqlDialect"/>'s tokens, so a
/// column or condition added here reaches both databases. Case-insensitive matching goes through the
/// <c>casefold</c> function (registered by the SQLite connection, in the PostgreSQL schema), because
/// SQLite's own LIKE and NOCASE fold ASCII only.
/// </summary>
internal sealed class SqlStatements
{
    public SqlStatements(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var current = dialect.IsTrue("is_current");
        var currentD = dialect.IsTrue("d.is_current");
        FindCurrentByHash = $"SELECT {CurrentVersionRow.Columns} FROM documents WHERE content_hash = @hash AND {current} ORDER BY doc_key = @key DESC, id LIMIT 1";
        FindCurrentByKey = $"SELECT {CurrentVersionRow.Columns} FROM documents WHERE doc_key = @key AND {current}";
        RetireCurrent = $"UPDATE documents SET is_current = {dialect.False} WHERE doc_key = @key AND {current}";
        InsertDocument = $"""
            INSERT INTO documents (doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
            VALUES (@Key, @Version, {dialect.True}, @ContentHash, @Title, @Url, @Outlet, @Published, @RawText, @IngestedAt)
            RETURNING id
            """;
        InsertMentions = $"""
            INSERT INTO mentions (document_id, entity_key, start_offset, end_offset, text)
            SELECT @DocumentId, r.value ->> 0, CAST(r.value ->> 1 AS BIGINT), CAST(r.value ->> 2 AS BIGINT), r.value ->> 3
            FROM {dialect.JsonRows("rows")}
            ORDER BY r.key
            """;
        InsertNameKeys = $"""
            INSERT INTO entity_name_keys (name_key, entity_key)
            SELECT r.value ->> 0, r.value ->> 1 FROM {dialect.JsonRows("rows")} WHERE TRUE
            ON CONFLICT DO NOTHING
            """;
        CountCurrentDocuments = $"SELECT COUNT(*) FROM documents WHERE {current}";
        CurrentClaims = $"claims c JOIN documents d ON d.id = c.document_id AND {currentD} AND {ClaimViews.ReviewedFilter}";
        CurrentMentions = $"mentions m JOIN documents d ON d.id = m.document_id AND {currentD}";
        Read = new CurrentReadSql(CurrentClaims, CurrentMentions);
        var needle = dialect.Folded("@needle");
        FindEntities = Read.FindEntities(column => $"{dialect.Position($"casefold({column})", needle)} > 0");
        FindEntitiesAscii = Read.FindEntities(column => $"{dialect.Position($"upper({column})", "@needle")} > 0");
        FindEntitiesIndexed = Read.FindEntities(column => $"{dialect.Position($"upper({column})", "@needle")} > 0", dialect.EntityNameCandidates);
        ResolveEntity = Read.ResolveEntity(column => $"casefold({column}) = {dialect.Folded("@q")}");
        FindClaims = $"""
            {Read.SelectClaims}
            WHERE (@type IS NULL OR c.type = @type)
              AND (@entityKey IS NULL OR c.subject_key = @entityKey OR c.object_key = @entityKey
                   OR c.item_key = @entityKey OR c.source_key = @entityKey)
              AND (@stance IS NULL OR c.stance = @stance)
              AND (@sourceKey IS NULL OR c.source_key = @sourceKey)
              AND {FactConditions.AsOf}
              AND {FactConditions.MinSources}
              AND (@needle IS NULL OR {dialect.Position("casefold(c.evidence_text)", needle)} > 0)
            {CurrentReadSql.ClaimOrder}
            LIMIT @limit OFFSET @offset
            """;
        Search = dialect.Search(CurrentClaims);
        Graph = GraphSql.For(dialect, Read, CurrentClaims, currentD);
        Facts = FactStatements.For(CurrentClaims, dialect.InList, dialect.FactTarget);
        Origins = OriginStatements.For(column => dialect.InList(column, "bandKeys"), dialect.BandKeyRows);
    }

    public const string LatestVersion = "SELECT MAX(version) FROM documents WHERE doc_key = @key";

    /// <summary>A current version with this text, this document's own first, so a same-text re-ingest can correct its metadata.</summary>
    public string FindCurrentByHash { get; }

    public string FindCurrentByKey { get; }

    public string RetireCurrent { get; }

    public string InsertDocument { get; }

    /// <summary>A document's mentions from @rows, <c>[entity key, start, end, text]</c> each, with ids in the order given.</summary>
    public string InsertMentions { get; }

    /// <summary>Name keys from @rows, <c>[name key, entity key]</c> each; those stored already are left.</summary>
    public string InsertNameKeys { get; }

    public string CountCurrentDocuments { get; }

    /// <summary>Claims <c>c</c> joined to their current document <c>d</c>, in the reviewed view.</summary>
    public string CurrentClaims { get; }

    /// <summary>Mentions <c>m</c> joined to their current document <c>d</c>.</summary>
    public string CurrentMentions { get; }

    public CurrentReadSql Read { get; }

    /// <summary>Entities whose name or mentions contain @needle as <see cref="SqlDialect.FoldSearch"/> made it.</summary>
    public string FindEntities { get; }

    /// <summary>
    /// As <see cref="FindEntities"/> for an upper-cased needle of ASCII characters: the database's own upper()
    /// folds exactly the letters such a needle can match, without a call per name and mention into .NET
    /// (SQLite, three times slower) or the ICU collation (PostgreSQL).
    /// </summary>
    public string FindEntitiesAscii { get; }

    /// <summary>As <see cref="FindEntitiesAscii"/> for a needle long enough for the name trigram index to narrow well.</summary>
    public string FindEntitiesIndexed { get; }

    public string ResolveEntity { get; }

    /// <summary>Claims filtered as <see cref="ClaimFilter"/> says, the evidence containing @needle as <see cref="SqlDialect.FoldSearch"/> made it.</summary>
    public string FindClaims { get; }

    public FullTextSearch Search { get; }

    public GraphStatements Graph { get; }

    public FactStatements Facts { get; }

    public OriginStatements Origins { get; }
}
