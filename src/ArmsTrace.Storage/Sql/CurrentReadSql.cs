using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// The read statements SQLite and PostgreSQL share word for word once each dialect's joins to the
/// current documents are filled in (SQLite stores the flag as 1, PostgreSQL as a boolean), so a
/// column added to a claim is added in one place.
/// </summary>
internal sealed class CurrentReadSql
{
    /// <summary>Undated documents last; the rest keep a stable order so pages do not overlap.</summary>
    public const string ClaimOrder = "ORDER BY d.published IS NULL, d.published, d.doc_key, c.evidence_start, c.id";

    /// <summary>Every column of a stored claim <c>c</c> with its document <c>d</c>, for statements that join them their own way.</summary>
    public const string ClaimColumns = """
        c.id AS Id, c.type AS Type,
            c.subject_key AS SubjectKey, c.subject_name AS SubjectName, c.object_key AS ObjectKey, c.object_name AS ObjectName,
            c.item_key AS ItemKey, c.item_name AS ItemName,
            c.quantity_value AS QuantityValue, c.quantity_unit AS QuantityUnit, c.quantity_text AS QuantityText,
            c.time_text AS TimeText, c.time_from AS TimeFrom, c.time_to AS TimeTo, c.time_precision AS TimePrecision,
            c.source_key AS SourceKey, c.source_name AS SourceName, c.stance AS Stance,
            d.doc_key AS DocumentKey, d.version AS DocumentVersion, d.outlet AS Outlet, d.published AS Published,
            c.evidence_start AS EvidenceStart, c.evidence_end AS EvidenceEnd, c.evidence_text AS EvidenceText,
            c.extractor AS Extractor, c.extractor_version AS ExtractorVersion, c.recorded_at AS RecordedAt,
            d.title AS DocumentTitle, d.url AS DocumentUrl, c.review AS Review, c.confidence AS Confidence, c.basis AS Basis
        """;

    public const string CountDocumentVersions = "SELECT COUNT(*) FROM documents";

    private const string PageClause = "LIMIT @limit OFFSET @offset";

    /// <summary>How many rows a paged statement (ending in LIMIT @limit OFFSET @offset) finds in all, for "showing 50 of N".</summary>
    public static string CountOf(string pagedSelect)
    {
        ArgumentNullException.ThrowIfNull(pagedSelect);
        var at = pagedSelect.LastIndexOf(PageClause, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException("The statement has no page clause to count past.", nameof(pagedSelect));
        }

        return $"SELECT COUNT(*) FROM ({pagedSelect[..at]}) counted";
    }

    /// <param name="currentClaims">Claims <c>c</c> joined to their current document <c>d</c>.</param>
    /// <param name="currentMentions">Mentions <c>m</c> joined to their current document <c>d</c>.</param>
    private readonly string _currentMentions;

    public CurrentReadSql(string currentClaims, string currentMentions)
    {
        _currentMentions = currentMentions;
        EntityScope = $"""
            WITH roles AS (
                SELECT c.id AS claim_id, c.subject_key AS entity_key FROM {currentClaims}
                UNION SELECT c.id, c.object_key FROM {currentClaims} WHERE c.object_key IS NOT NULL
                UNION SELECT c.id, c.item_key FROM {currentClaims} WHERE c.item_key IS NOT NULL
                UNION SELECT c.id, c.source_key FROM {currentClaims} WHERE c.source_key IS NOT NULL),
            claim_counts AS (SELECT entity_key, COUNT(*) AS n FROM roles GROUP BY entity_key),
            present AS (SELECT entity_key FROM roles UNION SELECT m.entity_key FROM {currentMentions})
            """;
        CountPresentEntities = $"{EntityScope} SELECT COUNT(*) FROM present";
        MentionNames = "SELECT n.text FROM entity_mention_names n WHERE n.entity_key = @key AND n.mentions > 0 ORDER BY n.mentions DESC, n.text";
        SelectClaims = $"""
            SELECT {ClaimColumns}
            FROM {currentClaims}
            """;
        ClaimsOfEntity = $"""
            {SelectClaims}
            WHERE (c.subject_key = @key OR c.object_key = @key OR c.item_key = @key OR c.source_key = @key)
              AND {Corroboration.FactConditions.AsOf}
            {ClaimOrder}
            """;
        ClaimsOfEntityPage = $"""
            {SelectClaims}, entity_claim_order r
            WHERE r.entity_key = @key AND c.id = r.claim_id
              AND {Corroboration.FactConditions.AsOf}
              AND (@hasAfter = 0 OR (r.published, r.doc_key, r.evidence_start, r.claim_id) > (@afterPublished, @afterDocument, @afterStart, @afterId))
            ORDER BY r.published, r.doc_key, r.evidence_start, r.claim_id
            LIMIT @limit OFFSET @offset
            """;
        EntityByKey = $"""
            SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type,
                {ClaimViews.ReviewedCount} AS Claims, e.country_key AS CountryKey, e.parent_key AS ParentKey
            FROM entities e
            WHERE e.entity_key = @key
              AND ({ClaimViews.ReviewedCount} > 0 OR EXISTS (SELECT 1 FROM {currentMentions} WHERE m.entity_key = e.entity_key))
            """;
        CountCurrentMentions = $"SELECT COUNT(*) FROM {currentMentions}";
        CountCurrentClaims = $"SELECT COUNT(*) FROM {currentClaims}";
        ClaimsByType = $"SELECT c.type AS Name, COUNT(*) AS Count FROM {currentClaims} GROUP BY c.type ORDER BY Count DESC, Name";
        ClaimsByStance = $"SELECT c.stance AS Name, COUNT(*) AS Count FROM {currentClaims} GROUP BY c.stance ORDER BY Count DESC, Name";
        TopSuppliers = $"""
            SELECT e.name AS Name, COUNT(*) AS Count, e.entity_key AS Key
            FROM {currentClaims} JOIN entities e ON e.entity_key = c.subject_key
            WHERE c.type = 'supply'
            GROUP BY e.entity_key, e.name
            ORDER BY Count DESC, e.name, e.entity_key
            LIMIT @limit
            """;
    }

    /// <summary>
    /// Entities whose name contains @needle (any case; all when null), or that a name key in [@keyFrom, @keyTo)
    /// spells as screening would (<see cref="Searching.EntityNameKeys"/>, which key mention texts too), of @type
    /// when given, most claims first by the kept counts. Mention texts match through their keys, not by any
    /// substring: that test read every mention (2.5 million at a million claims) on each keystroke.
    /// </summary>
    /// <param name="contains">The dialect's "this column contains @needle, folded" test.</param>
    /// <param name="candidates">
    /// A subquery of entity keys, through an index, holding every entity whose name passes <paramref name="contains"/>
    /// (and perhaps others), for a needle that is never null: the entities are then looked up by key, not all tested.
    /// </param>
    public string FindEntities(Func<string, string> contains, string? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(contains);
        const string Keyed = "SELECT k.entity_key FROM entity_name_keys k WHERE k.name_key >= @keyFrom AND k.name_key < @keyTo";
        var matches = candidates is null
            ? $"(@needle IS NULL OR {contains("e.name")} OR e.entity_key IN ({Keyed}))"
            : $"e.entity_key IN ({candidates} UNION {Keyed}) AND ({contains("e.name")} OR e.entity_key IN ({Keyed}))";
        return $"""
            SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type,
                {ClaimViews.ReviewedCount} AS Claims, e.country_key AS CountryKey
            FROM entities e
            WHERE (@type IS NULL OR e.type = @type)
              AND {matches}
              AND ({ClaimViews.ReviewedCount} > 0 OR EXISTS (SELECT 1 FROM {_currentMentions} WHERE m.entity_key = e.entity_key))
            ORDER BY Claims DESC, casefold(e.name), e.entity_key
            LIMIT @limit OFFSET @offset
            """;
    }

    /// <summary>
    /// The present entity a name or key @q names: matched first (key, name, or a mention's text, any case), then
    /// the match with most claims by the kept counts, so a lookup by name costs its matches and never counts the whole graph.
    /// </summary>
    /// <param name="equalsQuery">The dialect's "this column equals @q, folded" test.</param>
    public string ResolveEntity(Func<string, string> equalsQuery)
    {
        ArgumentNullException.ThrowIfNull(equalsQuery);
        return $"""
            SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type,
                {ClaimViews.ReviewedCount} AS Claims, e.country_key AS CountryKey, e.parent_key AS ParentKey
            FROM entities e
            WHERE ({equalsQuery("e.entity_key")}
                   OR {equalsQuery("e.name")}
                   OR e.entity_key IN (SELECT m.entity_key FROM {_currentMentions} WHERE {equalsQuery("m.text")}))
              AND ({ClaimViews.ReviewedCount} > 0 OR EXISTS (SELECT 1 FROM {_currentMentions} WHERE m.entity_key = e.entity_key))
            ORDER BY Claims DESC, {equalsQuery("e.entity_key")} DESC, {equalsQuery("e.name")} DESC, e.entity_key
            LIMIT 1
            """;
    }

    /// <summary>
    /// roles: (claim, entity) for every role an entity plays in a current claim, once per claim;
    /// present: entities that a current document mentions or makes a claim about.
    /// </summary>
    public string EntityScope { get; }

    public string CountPresentEntities { get; }

    /// <summary>The texts current documents mention @key by, most used first, from the counts the triggers keep.</summary>
    public string MentionNames { get; }

    /// <summary>Every column of a stored claim with its document, from the current claims; callers add WHERE and order.</summary>
    public string SelectClaims { get; }

    public string ClaimsOfEntity { get; }

    /// <summary>
    /// The present entity with exactly this @key and its claim count, through the indexes: the common
    /// case of a dossier asked for by key, without the whole-graph scan a name lookup needs.
    /// </summary>
    public string EntityByKey { get; }

    /// <summary>
    /// A page of an entity's claims in <see cref="ClaimOrder"/>, after a keyset cursor (@hasAfter,
    /// @afterPublished, @afterDocument, @afterStart, @afterId) and/or an offset, read in that order from the
    /// keys the triggers keep in entity_claim_order (SQLite 0011, PostgreSQL 0009), so a hub's thousands of
    /// claims are neither all read nor sorted.
    /// </summary>
    public string ClaimsOfEntityPage { get; }

    public string CountCurrentMentions { get; }

    public string CountCurrentClaims { get; }

    public string ClaimsByType { get; }

    public string ClaimsByStance { get; }

    public string TopSuppliers { get; }
}
