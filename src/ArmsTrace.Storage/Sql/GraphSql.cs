using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// The <see cref="GraphStatements"/> of one dialect. Dates compare at the coarser of the two
/// precisions, so "2022" overlaps a range starting "2022-10".
/// </summary>
internal static class GraphSql
{
    private const string ClaimStart = "COALESCE(c.time_from, d.published)";
    private const string ClaimEnd = "COALESCE(c.time_to, c.time_from, d.published)";

    /// <param name="currentClaims">Claims <c>c</c> joined to their current document <c>d</c>.</param>
    /// <param name="isCurrent">The dialect's test that document <c>d</c> is current.</param>
    public static GraphStatements For(SqlDialect dialect, CurrentReadSql read, string currentClaims, string isCurrent)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(read);
        string InKeys(string column) => dialect.InList(column, "keys");
        string Prefix(string date, string bound) => $"substr({date}, 1, {dialect.Least($"length({date})", $"length({bound})")})";
        var conditions = $"""
            (@anyType = 0 OR {dialect.InList("c.type", "types")})
            AND (@anyStance = 0 OR {dialect.InList("c.stance", "stances")})
            AND (@sourceKey IS NULL OR c.source_key = @sourceKey)
            AND {FactConditions.AsOf}
            AND {FactConditions.MinSources}
            AND (@from IS NULL OR ({ClaimEnd} IS NOT NULL AND {Prefix(ClaimEnd, "@from")} >= {Prefix("@from", ClaimEnd)}))
            AND (@to IS NULL OR ({ClaimStart} IS NOT NULL AND {Prefix(ClaimStart, "@to")} <= {Prefix("@to", ClaimStart)}))
            """;
        var edgeConditions = $"""
            (@anyType = 0 OR {dialect.InList("ec.type", "types")})
            AND (@anyStance = 0 OR {dialect.InList("ec.stance", "stances")})
            AND {ClaimViews.ReviewedEdgeCount} > 0
            """;
        return new GraphStatements(
            FindClaims: $"""
                {read.SelectClaims}
                WHERE {conditions}
                  AND (@entityKey IS NULL OR @entityKey IN (c.subject_key, c.object_key, c.item_key, c.source_key))
                  AND (@subjectKey IS NULL OR c.subject_key = @subjectKey)
                  AND (@targetKey IS NULL OR COALESCE(c.object_key, c.item_key) = @targetKey)
                {CurrentReadSql.ClaimOrder}
                LIMIT @limit OFFSET @offset
                """,
            ClaimsTouching: $"""
                {read.SelectClaims}
                WHERE {conditions}
                  AND COALESCE(c.object_key, c.item_key) IS NOT NULL
                  AND ({InKeys("c.subject_key")} OR {InKeys("COALESCE(c.object_key, c.item_key)")})
                {CurrentReadSql.ClaimOrder}
                """,
            ClaimsWithin: SharedGraphSql.ClaimsWithin(read, conditions, InKeys),
            CentreClaims: SharedGraphSql.CentreClaims(read, conditions, InKeys),
            ClaimsWithinByDate: SharedGraphSql.ClaimsWithinByDate(conditions, isCurrent, InKeys),
            EdgesWithin: SharedGraphSql.EdgesWithin(currentClaims, conditions, InKeys),
            EdgesTouching: SharedGraphSql.EdgesTouching(currentClaims, conditions, InKeys),
            EdgeCountsWithin: SharedGraphSql.EdgeCountsWithin(edgeConditions, InKeys),
            EdgeCountsTouching: SharedGraphSql.EdgeCountsTouching(edgeConditions, InKeys),
            Documents: $"""
                SELECT d.doc_key AS Key, d.version AS Version, d.title AS Title, d.outlet AS Outlet, d.published AS Published,
                    (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id AND {ClaimViews.ReviewedFilter}) AS Claims
                FROM documents d
                WHERE {isCurrent}
                ORDER BY d.published IS NULL, d.published DESC, d.doc_key
                LIMIT @limit OFFSET @offset
                """,
            Document: $"""
                SELECT d.id AS Id, d.doc_key AS Key, d.version AS Version, d.title AS Title, d.url AS Url, d.outlet AS Outlet,
                    d.published AS Published, d.ingested_at AS IngestedAt, d.raw_text AS Text
                FROM documents d
                WHERE d.doc_key = @key AND {isCurrent}
                """,
            DocumentMentions: """
                SELECT m.start_offset AS Start, m.end_offset AS End, m.text AS Text, e.entity_key AS EntityKey, e.name AS EntityName, e.type AS EntityType
                FROM mentions m JOIN entities e ON e.entity_key = m.entity_key
                WHERE m.document_id = @id
                ORDER BY m.start_offset, m.end_offset
                """,
            DocumentClaims: $"""
                {read.SelectClaims}
                WHERE c.document_id = @id
                ORDER BY c.evidence_start, c.id
                """,
            Entities: $"""
                SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type,
                    {ClaimViews.ReviewedCount} AS Claims
                FROM entities e
                WHERE {InKeys("e.entity_key")}
                """,
            EntityClaims: read.ClaimsOfEntityPage,
            StreamClaims: SharedGraphSql.Claims(read, conditions),
            StreamEntities: SharedGraphSql.Entities(currentClaims, conditions));
    }
}
