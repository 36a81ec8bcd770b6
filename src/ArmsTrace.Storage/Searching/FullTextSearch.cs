using System.Data.Common;
using Dapper;

namespace ArmsTrace.Storage.Searching;

/// <summary>
/// Runs a full-text search with one database's four statements, a page of documents and of claims with their
/// totals. The counting statements take @cap and count no further, so a common word costs a bounded count.
/// Every statement may also take @from, the lowest id to look at (0 for all), which <see cref="Windows"/> sets
/// where the database needs it to reach the newest matches without reading the others.
/// </summary>
internal sealed record FullTextSearch(string Documents, string CountDocuments, string Claims, string CountClaims, NewestWindows? Windows = null)
{
    /// <summary>
    /// Totals are exact up to this many matches (or the end of the page asked for, if further); a dialect may
    /// also rank only that many (@candidates), the newest, when ranking every match would cost too much. Pages
    /// within the cap share one candidate set; a page beyond it ranks a larger one, so it may repeat a hit.
    /// </summary>
    public const int CountCap = 1000;

    /// <summary>How much each window of ids is wider than the last, starting from this many times the candidates.</summary>
    private const long WindowGrowth = 8;

    /// <param name="query">The words as the dialect's query takes them.</param>
    /// <param name="countCap">Where counting stops; smaller than <see cref="CountCap"/> only in tests.</param>
    public SearchResults Run(DbConnection connection, string query, int limit, int offset, int countCap = CountCap)
    {
        var (pageLimit, pageOffset) = (PageLimits.Limit(limit), PageLimits.Offset(offset));
        var counted = Math.Max(countCap, pageOffset + pageLimit);
        var count = new { query, cap = counted + 1, from = 0L };
        var documentsTotal = connection.ExecuteScalar<long>(CountDocuments, count);
        var claimsTotal = connection.ExecuteScalar<long>(CountClaims, count);
        var documentsFrom = Windows is not null && documentsTotal > counted ? NewestFrom(connection, Windows.LastDocumentId, CountDocuments, query, counted) : 0L;
        var claimsFrom = Windows is not null && claimsTotal > counted ? NewestFrom(connection, Windows.LastClaimId, CountClaims, query, counted) : 0L;
        object Page(long from) => new { query, open = Snippets.Open, close = Snippets.Close, limit = pageLimit, offset = pageOffset, candidates = counted, from };
        return new SearchResults(
            [.. connection.Query<DocumentHitRow>(Documents, Page(documentsFrom)).Select(r => r.ToRecord())],
            Math.Min(documentsTotal, counted),
            [.. connection.Query<ClaimHitRow>(Claims, Page(claimsFrom)).Select(r => r.ToRecord())],
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

    /// <summary>
    /// The lowest id of a range of the newest ids that holds at least <paramref name="counted"/> matches (0 when
    /// only all of them do): the newest matches are then all in it, and a common word's are found in a narrow
    /// range while a rarer word, with few matches in all, widens it to every id at little cost.
    /// </summary>
    private static long NewestFrom(DbConnection connection, string lastId, string count, string query, int counted)
    {
        var last = connection.ExecuteScalar<long>(lastId);
        for (var width = counted * WindowGrowth; last - width > 0; width *= WindowGrowth)
        {
            if (connection.ExecuteScalar<long>(count, new { query, cap = counted, from = last - width }) >= counted)
            {
                return last - width;
            }
        }

        return 0;
    }
}
