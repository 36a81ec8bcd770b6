using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// Statements for <see cref="PostgresEvidenceGraph"/>, as <see cref="Sqlite.SqliteGraphSql"/> with
/// lists as arrays. Dates compare at the coarser of the two precisions, so "2022" overlaps a range
/// starting "2022-10".
/// </summary>
internal static class PostgresGraphSql
{
    private const string ClaimStart = "COALESCE(c.time_from, d.published)";
    private const string ClaimEnd = "COALESCE(c.time_to, c.time_from, d.published)";

    private static string InKeys(string column) => $"{column} = ANY(@keys)";

    public const string ClaimConditions = $"""
        (@anyType = 0 OR c.type = ANY(@types))
        AND (@anyStance = 0 OR c.stance = ANY(@stances))
        AND (@sourceKey IS NULL OR c.source_key = @sourceKey)
        AND {FactConditions.AsOf}
        AND {FactConditions.MinSources}
        AND (@from IS NULL OR ({ClaimEnd} IS NOT NULL
             AND substr({ClaimEnd}, 1, LEAST(length({ClaimEnd}), length(@from))) >= substr(@from, 1, LEAST(length({ClaimEnd}), length(@from)))))
        AND (@to IS NULL OR ({ClaimStart} IS NOT NULL
             AND substr({ClaimStart}, 1, LEAST(length({ClaimStart}), length(@to))) <= substr(@to, 1, LEAST(length({ClaimStart}), length(@to)))))
        """;

    public static readonly string FindClaims = $"""
        {PostgresSql.Read.SelectClaims}
        WHERE {ClaimConditions}
          AND (@entityKey IS NULL OR @entityKey IN (c.subject_key, c.object_key, c.item_key, c.source_key))
          AND (@subjectKey IS NULL OR c.subject_key = @subjectKey)
          AND (@targetKey IS NULL OR COALESCE(c.object_key, c.item_key) = @targetKey)
        {CurrentReadSql.ClaimOrder}
        LIMIT @limit OFFSET @offset
        """;

    /// <summary>Claims with an edge (subject to object, else to item) touching any of @keys.</summary>
    public static readonly string ClaimsTouching = $"""
        {PostgresSql.Read.SelectClaims}
        WHERE {ClaimConditions}
          AND COALESCE(c.object_key, c.item_key) IS NOT NULL
          AND (c.subject_key = ANY(@keys) OR COALESCE(c.object_key, c.item_key) = ANY(@keys))
        {CurrentReadSql.ClaimOrder}
        """;

    public static readonly string ClaimsWithin = SharedGraphSql.ClaimsWithin(PostgresSql.Read, ClaimConditions, InKeys);

    public static readonly string CountWithin = SharedGraphSql.CountWithin(PostgresSql.CurrentClaims, ClaimConditions, InKeys);

    public static readonly string EdgesWithin = SharedGraphSql.EdgesWithin(PostgresSql.CurrentClaims, ClaimConditions, InKeys);

    public static readonly string EdgesTouching = SharedGraphSql.EdgesTouching(PostgresSql.CurrentClaims, ClaimConditions, InKeys);

    public const string Documents = $"""
        SELECT d.doc_key AS Key, d.version AS Version, d.title AS Title, d.outlet AS Outlet, d.published AS Published,
            (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id AND {ClaimViews.ReviewedFilter}) AS Claims
        FROM documents d
        WHERE d.is_current
        ORDER BY d.published IS NULL, d.published DESC, d.doc_key
        LIMIT @limit OFFSET @offset
        """;

    public const string Document = """
        SELECT d.id AS Id, d.doc_key AS Key, d.version AS Version, d.title AS Title, d.url AS Url, d.outlet AS Outlet,
            d.published AS Published, d.ingested_at AS IngestedAt, d.raw_text AS Text
        FROM documents d
        WHERE d.doc_key = @key AND d.is_current
        """;

    public const string DocumentMentions = """
        SELECT m.start_offset AS Start, m.end_offset AS End, m.text AS Text, e.entity_key AS EntityKey, e.name AS EntityName, e.type AS EntityType
        FROM mentions m JOIN entities e ON e.entity_key = m.entity_key
        WHERE m.document_id = @id
        ORDER BY m.start_offset, m.end_offset
        """;

    public static readonly string DocumentClaims = $"""
        {PostgresSql.Read.SelectClaims}
        WHERE c.document_id = @id
        ORDER BY c.evidence_start, c.id
        """;

    public static readonly string Entities = $"""
        SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type,
            {ClaimViews.ReviewedCount} AS Claims
        FROM entities e
        WHERE e.entity_key = ANY(@keys)
        """;

    public static readonly string StreamClaims = SharedGraphSql.Claims(PostgresSql.Read, ClaimConditions);

    public static readonly string StreamEntities = SharedGraphSql.Entities(PostgresSql.CurrentClaims, ClaimConditions);

    public static GraphStatements Statements { get; } = new(FindClaims, ClaimsTouching, ClaimsWithin, CountWithin, EdgesWithin, EdgesTouching, Documents, Document, DocumentMentions, DocumentClaims, Entities, PostgresSql.Read.ClaimsOfEntityPage, StreamClaims, StreamEntities);
}
