using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// Graph statements written once and given each dialect's current-claims join, claim conditions and
/// list test (<paramref name="inKeys"/>: "column IN @keys" or "column = ANY(@keys)"), so SQLite and
/// PostgreSQL cannot drift apart.
/// </summary>
internal static class SharedGraphSql
{
    /// <summary>The edge's far end as the edge indexes (SQLite 0009, PostgreSQL 0007) hold it, so lists of keys are probed, not scanned.</summary>
    private const string Target = Corroboration.FactConditions.Target;

    /// <summary>Claims naming @entityKey in any role, or all when it is NULL: one entity's claims exported as its dossier shows them.</summary>
    private const string InvolvesEntity = "(@entityKey IS NULL OR @entityKey IN (c.subject_key, c.object_key, c.item_key, c.source_key))";

    /// <summary>Every matching claim, one document after another, so a reader can close each document as it goes.</summary>
    public static string Claims(CurrentReadSql read, string conditions) => $"""
        {read.SelectClaims}
        WHERE {conditions} AND {InvolvesEntity}
        ORDER BY d.id, c.id
        """;

    /// <summary>Each entity that plays any role in a matching claim, with the number of those claims.</summary>
    public static string Entities(string currentClaims, string conditions) => $"""
        WITH picked AS (SELECT c.id, c.subject_key, c.object_key, c.item_key, c.source_key FROM {currentClaims} WHERE {conditions} AND {InvolvesEntity}),
        roles AS (
            SELECT id, subject_key AS entity_key FROM picked
            UNION SELECT id, object_key FROM picked WHERE object_key IS NOT NULL
            UNION SELECT id, item_key FROM picked WHERE item_key IS NOT NULL
            UNION SELECT id, source_key FROM picked WHERE source_key IS NOT NULL)
        SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type, COUNT(*) AS Claims
        FROM roles r JOIN entities e ON e.entity_key = r.entity_key
        GROUP BY e.entity_key, e.name, e.type
        ORDER BY e.entity_key
        """;

    /// <summary>Claims whose both edge ends are among @keys, those touching @centre first, at most @limit.</summary>
    public static string ClaimsWithin(CurrentReadSql read, string conditions, Func<string, string> inKeys) => $"""
        {read.SelectClaims}
        WHERE {conditions}
          AND {inKeys("c.subject_key")} AND {inKeys(Target)}
        ORDER BY CASE WHEN @centre IN (c.subject_key, COALESCE(c.object_key, c.item_key)) THEN 0 ELSE 1 END,
            d.published IS NULL, d.published, d.doc_key, c.evidence_start, c.id
        LIMIT @limit
        """;

    /// <summary>
    /// The claims <see cref="ClaimsWithin"/> puts first, those touching @centre, in the same order, at most @limit: probed from
    /// the centre through both edge indexes, so claims among the other nodes are not read.
    /// </summary>
    public static string CentreClaims(CurrentReadSql read, string conditions, Func<string, string> inKeys) => $"""
        {read.SelectClaims}
        WHERE {conditions}
          AND {TouchesCentre(inKeys)}
        {CurrentReadSql.ClaimOrder}
        LIMIT @limit
        """;

    /// <summary>
    /// The dated claims of <see cref="ClaimsWithin"/> that touch @centre (@touching = 1) or do not (0), in list order, at most @limit,
    /// read by walking the current documents from the earliest (documents first, which CROSS JOIN makes SQLite keep): where such
    /// claims are in many documents the first of them are near the start, and the whole set is never sorted. Undated claims come
    /// after every dated one, so when this finds @limit claims they are the first @limit of their part.
    /// </summary>
    public static string ClaimsWithinByDate(string conditions, string isCurrent, Func<string, string> inKeys) => $"""
        SELECT {CurrentReadSql.ClaimColumns}
        FROM documents d CROSS JOIN claims c
        WHERE c.document_id = d.id AND {isCurrent} AND {ClaimViews.ReviewedFilter} AND d.published IS NOT NULL
          AND {conditions}
          AND {inKeys("c.subject_key")} AND {inKeys(Target)}
          AND (CASE WHEN @centre IN (c.subject_key, COALESCE(c.object_key, c.item_key)) THEN 1 ELSE 0 END) = @touching
        ORDER BY d.published, d.doc_key, c.evidence_start, c.id
        LIMIT @limit
        """;

    /// <summary>A claim from @centre to one of @keys or from one of them to @centre.</summary>
    private static string TouchesCentre(Func<string, string> inKeys) =>
        $"((c.subject_key = @centre AND {inKeys(Target)}) OR ({Target} = @centre AND {inKeys("c.subject_key")}))";

    /// <summary>
    /// The claims <see cref="ClaimsWithin"/> would return without its limit, added up per edge (subject, target, type) and stance, so a
    /// network draws every pair however many claims join it without reading the claims themselves.
    /// </summary>
    public static string EdgesWithin(string currentClaims, string conditions, Func<string, string> inKeys) => $"""
        SELECT c.subject_key AS SubjectKey, COALESCE(c.object_key, c.item_key) AS TargetKey, c.type AS Type, c.stance AS Stance, COUNT(*) AS Claims
        FROM {currentClaims}
        WHERE {conditions}
          AND {inKeys("c.subject_key")} AND {inKeys(Target)}
        GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance
        ORDER BY SubjectKey, TargetKey, Type, Stance
        """;

    /// <summary>
    /// As <see cref="EdgesWithin"/>, read from the counts the triggers keep (SQLite migration 0014, PostgreSQL 0012): one row per
    /// edge and stance instead of every claim, for the filters those counts can answer (types, stances and the view).
    /// </summary>
    public static string EdgeCountsWithin(string edgeConditions, Func<string, string> inKeys) => $"""
        SELECT ec.subject_key AS SubjectKey, ec.target_key AS TargetKey, ec.type AS Type, ec.stance AS Stance, {ClaimViews.ReviewedEdgeCount} AS Claims
        FROM edge_claim_counts ec
        WHERE {edgeConditions}
          AND {inKeys("ec.subject_key")} AND {inKeys("ec.target_key")}
        ORDER BY SubjectKey, TargetKey, Type, Stance
        """;

    /// <summary>As <see cref="EdgesTouching"/>, read from the kept counts as <see cref="EdgeCountsWithin"/> is.</summary>
    public static string EdgeCountsTouching(string edgeConditions, Func<string, string> inKeys) => $"""
        SELECT ec.subject_key AS A, ec.target_key AS B, CAST(SUM({ClaimViews.ReviewedEdgeCount}) AS bigint) AS Claims
        FROM edge_claim_counts ec
        WHERE {edgeConditions}
          AND ({inKeys("ec.subject_key")} OR {inKeys("ec.target_key")})
        GROUP BY ec.subject_key, ec.target_key
        ORDER BY Claims DESC, A, B
        """;

    /// <summary>The other ends of edges touching @keys, most claims first: the walk adds the best connected neighbours before the cap.</summary>
    public static string EdgesTouching(string currentClaims, string conditions, Func<string, string> inKeys) => $"""
        SELECT c.subject_key AS A, {Target} AS B, COUNT(*) AS Claims
        FROM {currentClaims}
        WHERE {conditions}
          AND {Target} <> ''
          AND ({inKeys("c.subject_key")} OR {inKeys(Target)})
        GROUP BY c.subject_key, {Target}
        ORDER BY Claims DESC, A, B
        """;
}
