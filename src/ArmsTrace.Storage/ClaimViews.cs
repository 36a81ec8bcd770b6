using System.Collections.Concurrent;

namespace ArmsTrace.Storage;

/// <summary>
/// Every read statement is written once, against the reviewed view, through the current-claims
/// joins that carry <see cref="ReviewedFilter"/>; the raw view's statement is the same text with
/// that one condition swapped, so the two views cannot drift apart.
/// </summary>
internal static class ClaimViews
{
    /// <summary>Claims an analyst has not rejected or replaced, and the corrections that replace them.</summary>
    public const string ReviewedFilter = "(c.review IS NULL OR c.review IN ('accepted', 'correction'))";

    /// <summary>Everything the extractor wrote, whatever analysts said of it.</summary>
    public const string RawFilter = "(c.review IS NULL OR c.review <> 'correction')";

    /// <summary>As <see cref="ReviewedFilter"/> for a subquery's second claims alias <c>c2</c>.</summary>
    public const string ReviewedFilterC2 = "(c2.review IS NULL OR c2.review IN ('accepted', 'correction'))";

    private const string RawFilterC2 = "(c2.review IS NULL OR c2.review <> 'correction')";

    /// <summary>
    /// How many current claims of the view an entity <c>e</c> plays any role in, read from the counts the
    /// triggers keep (SQLite migration 0010, PostgreSQL 0008) rather than counted through a hub's history.
    /// </summary>
    public const string ReviewedCount = "COALESCE((SELECT n.reviewed FROM entity_claim_counts n WHERE n.entity_key = e.entity_key), 0)";

    private const string RawCount = "COALESCE((SELECT n.raw FROM entity_claim_counts n WHERE n.entity_key = e.entity_key), 0)";

    /// <summary>An edge row <c>ec</c>'s claims in the reviewed view, as the triggers keep them (SQLite migration 0014, PostgreSQL 0012).</summary>
    public const string ReviewedEdgeCount = "ec.reviewed";

    private const string RawEdgeCount = "ec.raw";

    private static readonly ConcurrentDictionary<string, string> RawStatements = new(StringComparer.Ordinal);

    public static string Apply(string reviewedStatement, ClaimView view)
    {
        ArgumentNullException.ThrowIfNull(reviewedStatement);
        return view == ClaimView.Reviewed
            ? reviewedStatement
            : RawStatements.GetOrAdd(reviewedStatement, static s => s
                .Replace(ReviewedFilter, RawFilter, StringComparison.Ordinal)
                .Replace(ReviewedFilterC2, RawFilterC2, StringComparison.Ordinal)
                .Replace(ReviewedCount, RawCount, StringComparison.Ordinal)
                .Replace(ReviewedEdgeCount, RawEdgeCount, StringComparison.Ordinal));
    }
}
