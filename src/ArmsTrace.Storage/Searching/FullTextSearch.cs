using System.Data.Common;
using Dapper;

namespace ArmsTrace.Storage.Searching;

/// <summary>
/// Runs a full-text search with one database's four statements, a page of documents and of claims with their
/// totals. The counting statements take @cap and count no further, so a common word costs a bounded count.
/// </summary>
internal sealed record FullTextSearch(string Documents, string CountDocuments, string Claims, string CountClaims)
{
    /// <summary>
    /// Totals are exact up to this many matches (or the end of the page asked for, if further); a dialect may
    /// also rank only that many (@candidates), the newest, when ranking every match would cost too much. Pages
    /// within the cap share one candidate set; a page beyond it ranks a larger one, so it may repeat a hit.
    /// </summary>
    public const int CountCap = 1000;

    /// <param name="query">The words as the dialect's query takes them.</param>
    /// <param name="countCap">Where counting stops; smaller than <see cref="CountCap"/> only in tests.</param>
    public SearchResults Run(DbConnection connection, string query, int limit, int offset, int countCap = CountCap)
    {
        var (pageLimit, pageOffset) = (PageLimits.Limit(limit), PageLimits.Offset(offset));
        var counted = Math.Max(countCap, pageOffset + pageLimit);
        var page = new { query, open = Snippets.Open, close = Snippets.Close, limit = pageLimit, offset = pageOffset, candidates = counted };
        var count = new { query, cap = counted + 1 };
        var documentsTotal = connection.ExecuteScalar<long>(CountDocuments, count);
        var claimsTotal = connection.ExecuteScalar<long>(CountClaims, count);
        return new SearchResults(
            [.. connection.Query<DocumentHitRow>(Documents, page).Select(r => r.ToRecord())],
            Math.Min(documentsTotal, counted),
            [.. connection.Query<ClaimHitRow>(Claims, page).Select(r => r.ToRecord())],
            Math.Min(claimsTotal, counted),
            documentsTotal > counted,
            claimsTotal > counted);
    }

    /// <exception cref="ArgumentException">The text has no words.</exception>
    public static IReadOnlyList<string> WordsOf(string text)
    {
        var words = SearchText.Words(text);
        return words.Count > 0 ? words : throw new ArgumentException("The search text has no words to look for (letters or digits).", nameof(text));
    }
}
