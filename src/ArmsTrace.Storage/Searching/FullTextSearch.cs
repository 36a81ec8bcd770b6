using System.Data.Common;
using Dapper;

namespace ArmsTrace.Storage.Searching;

/// <summary>Runs a full-text search with one database's four statements, a page of documents and of claims with their totals.</summary>
internal sealed record FullTextSearch(string Documents, string CountDocuments, string Claims, string CountClaims)
{
    /// <param name="query">The words as the dialect's query takes them.</param>
    public SearchResults Run(DbConnection connection, string query, int limit, int offset)
    {
        var page = new { query, open = Snippets.Open, close = Snippets.Close, limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) };
        return new SearchResults(
            [.. connection.Query<DocumentHitRow>(Documents, page).Select(r => r.ToRecord())],
            connection.ExecuteScalar<long>(CountDocuments, new { query }),
            [.. connection.Query<ClaimHitRow>(Claims, page).Select(r => r.ToRecord())],
            connection.ExecuteScalar<long>(CountClaims, new { query }));
    }

    /// <exception cref="ArgumentException">The text has no words.</exception>
    public static IReadOnlyList<string> WordsOf(string text)
    {
        var words = SearchText.Words(text);
        return words.Count > 0 ? words : throw new ArgumentException("The search text has no words to look for (letters or digits).", nameof(text));
    }
}
