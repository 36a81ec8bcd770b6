using ArmsTrace.Storage.Searching;
using ArmsTrace.Storage.Sqlite;
using ArmsTrace.Storage.Tests.Searching;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteSearchTests : SearchTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-search-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "s.db");

    /// <summary>A cap of 4 stands for the real one, which would take a thousand documents to pass.</summary>
    [Fact]
    public void Search_MoreMatchesThanTheCap_CountsToTheCapAndSaysMore()
    {
        using (var store = StoreLocation.Parse(NewDatabase()).OpenEvidenceStore())
        {
            for (var i = 0; i < 5; i++)
            {
                store.Ingest(Shells(key: $"shells-{i}.txt", convoy: Convoy.Replace("night", $"night {i}", StringComparison.Ordinal)), "v1");
            }
        }

        using var connection = new SqliteConnection($"Data Source={NewDatabase()};Pooling=False");
        connection.Open();
        var search = SqliteDialect.Instance.Search("claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1");
        var query = SqliteDialect.Instance.SearchQuery(["artillery"]);

        var capped = search.Run(connection, query, 2, 0, countCap: 4);
        var second = search.Run(connection, query, 2, 2, countCap: 4);
        var exact = search.Run(connection, query, 2, 0, countCap: 5);

        Assert.Equal((2, 4L, true, 4L, true), (capped.Documents.Count, capped.DocumentsTotal, capped.DocumentsMore, capped.ClaimsTotal, capped.ClaimsMore));
        Assert.Empty(capped.Documents.Select(d => d.Key).Intersect(second.Documents.Select(d => d.Key)));
        Assert.Equal((5L, false, 5L, false), (exact.DocumentsTotal, exact.DocumentsMore, exact.ClaimsTotal, exact.ClaimsMore));
    }

    [Fact]
    public void Search_MoreMatchesThanTheCap_RanksTheNewestMatchesOnly()
    {
        IngestNumberedShells(40);
        using var connection = new SqliteConnection($"Data Source={NewDatabase()};Pooling=False");
        connection.Open();
        var search = SqliteDialect.Instance.Search("claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1");

        var found = search.Run(connection, SqliteDialect.Instance.SearchQuery(["artillery"]), 2, 0, countCap: 4);

        Assert.Equal((4L, true, 4L, true), (found.DocumentsTotal, found.DocumentsMore, found.ClaimsTotal, found.ClaimsMore));
        Assert.Equal(["shells-36.txt", "shells-37.txt"], found.Documents.Select(d => d.Key));
        Assert.Equal(["shells-36.txt", "shells-37.txt"], found.Claims.Select(c => c.DocumentKey));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
