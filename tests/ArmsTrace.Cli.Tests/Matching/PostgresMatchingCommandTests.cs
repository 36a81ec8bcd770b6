using ArmsTrace.Storage.Tests.Postgres;

namespace ArmsTrace.Cli.Tests.Matching;

/// <summary>The same commands with --db naming a database on a real PostgreSQL server, plus what only a server adds.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PostgresMatchingCommandTests(PostgresServer server) : MatchingCommandTests, IClassFixture<PostgresServer>
{
    private string? _db;

    protected override string Db => _db ??= server.CreateSchema();

    [Fact]
    public void Ingest_SameFolderTwice_SecondRunChangesNothing()
    {
        Folder.Write("docs/a.txt", "Iran supplied Shahed-136 drones to Russia in 2022.\n");
        Folder.Write("docs/b.txt", "China sold CH-4 drones to Iraq.\n");
        var first = CliRunner.Run("ingest", "--db", Db, Folder.PathOf("docs"));
        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("2 added, 0 new versions, 0 unchanged", first.Out, StringComparison.Ordinal);
        var second = CliRunner.Run("ingest", "--db", Db, Folder.PathOf("docs"));
        Assert.Contains("0 added, 0 new versions, 2 unchanged, 0 claims stored", second.Out, StringComparison.Ordinal);

        var (code, output, error) = CliRunner.Run("claims", "--db", Db, "--type", "supply", "--json");
        Assert.True(code == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(["kb:china", "kb:iran"], doc.RootElement.EnumerateArray().Select(c => c.GetProperty("subjectKey").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnyCommand_ServerNotListening_SaysSoWithoutThePassword()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = $"postgres://analyst:hunter2@127.0.0.1:{port}/evidence";
        foreach (var args in new[] { new[] { "claims", "--db", url }, ["merges", "list", "--db", url], ["import-list", "x.xml", "--db", url] })
        {
            var (code, _, error) = CliRunner.Run(args);
            Assert.Equal(2, code);
            Assert.Contains($"postgres://analyst@127.0.0.1:{port}/evidence", error, StringComparison.Ordinal);
            Assert.Contains("cannot connect", error, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        }
    }
}
