namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// Claim conditions the graph, claim and dossier statements of both databases add to theirs, over
/// claims <c>c</c> of documents <c>d</c>; a document's origin is in <c>document_origins</c>. Parameters: @asOf (a normalised <see cref="AsOfDate"/>, or
/// NULL) and @minSources (NULL, or the fewest independent origins a claim's fact must have).
/// </summary>
internal static class FactConditions
{
    /// <summary>When a claim became known: its document's publication date, else the day it was recorded.</summary>
    public const string KnownOn = "COALESCE(d.published, substr(c.recorded_at, 1, 10))";

    /// <summary>Partial dates ("2022-10") sort before every full date in their period, so they count from its start.</summary>
    public const string AsOf = $"(@asOf IS NULL OR {KnownOn} <= @asOf)";

    /// <summary>The fact's target: its object, else its item, else '' (so facts without either still group).</summary>
    public const string Target = "COALESCE(c.object_key, c.item_key, '')";

    /// <summary>
    /// Counted through the fact index (subject, type) with the claim's own aliases renamed, since the
    /// dialects' current-claims joins use <c>c</c> and <c>d</c> too; <c>d2.is_current</c> alone is true in both.
    /// </summary>
    public const string MinSources = $"""
        (@minSources IS NULL OR (
            SELECT COUNT(DISTINCT o2.origin_key)
            FROM claims c2 JOIN documents d2 ON d2.id = c2.document_id AND d2.is_current AND {ClaimViews.ReviewedFilterC2}
            JOIN document_origins o2 ON o2.document_id = d2.id
            WHERE c2.subject_key = c.subject_key AND c2.type = c.type
              AND COALESCE(c2.object_key, c2.item_key, '') = COALESCE(c.object_key, c.item_key, '')
              AND (@asOf IS NULL OR COALESCE(d2.published, substr(c2.recorded_at, 1, 10)) <= @asOf)) >= @minSources)
        """;
}
