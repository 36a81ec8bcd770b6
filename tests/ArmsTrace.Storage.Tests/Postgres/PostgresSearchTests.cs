using ArmsTrace.Storage.Postgres;
using ArmsTrace.Storage.Tests.Searching;
using Npgsql;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresServer server) : SearchTests
{
    private readonly string _db = server.CreateSchema();

    protected override string NewDatabase() => _db;

    /// <summary>
    /// A cap of 4 stands for the real one: equal scores rank by id, so before the cap the oldest matches came
    /// first; the 40 matching documents and claims span several id windows, so the narrowing to recent ids is used too.
    /// </summary>
    [Fact]
    public void Search_MoreMatchesThanTheCap_RanksTheNewestMatchesOnly()
    {
        IngestNumberedShells(40);
        using var connection = new NpgsqlConnection(_db);
        connection.Open();
        var search = PostgresDialect.Instance.Search("claims c JOIN documents d ON d.id = c.document_id AND d.is_current");

        var found = search.Run(connection, PostgresDialect.Instance.SearchQuery(["artillery"]), 2, 0, countCap: 4);

        Assert.Equal((4L, true, 4L, true), (found.DocumentsTotal, found.DocumentsMore, found.ClaimsTotal, found.ClaimsMore));
        Assert.Equal(["shells-36.txt", "shells-37.txt"], found.Documents.Select(d => d.Key));
        Assert.Equal(["shells-36.txt", "shells-37.txt"], found.Claims.Select(c => c.DocumentKey));
    }
}
