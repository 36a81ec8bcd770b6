using System.Text.RegularExpressions;
using ArmsTrace.Cli.Tests.Loading;
using ArmsTrace.Storage.Tests.Postgres;
using Dapper;
using Npgsql;
using Xunit.Abstractions;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>Several `armstrace ingest` processes on one folder and one PostgreSQL database share the work.</summary>
[Collection(IngestKillCollection.Name)]
public sealed partial class SharedPostgresIngestTests(PostgresServer server, ITestOutputHelper output) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_ThreeProcessesOneKilled_StoreEachDocumentOnceAsOneProcessWould()
    {
        var corpus = DemoCorpus.CopyInto(_folder);
        Directory.CreateDirectory(_folder.PathOf("empty"));
        var reference = server.CreateDatabase();
        using (var alone = IngestChild.Start(corpus, reference, "--threads", "1"))
        {
            Finish(alone);
        }

        var shared = server.CreateDatabase();
        using (var schema = IngestChild.Start(_folder.PathOf("empty"), shared))
        {
            Finish(schema);
        }

        using var probe = new NpgsqlConnection(shared);
        probe.Open();
        var runs = Enumerable.Range(0, 3).Select(_ => IngestChild.Start(corpus, shared, "--threads", "1")).ToList();
        try
        {
            // Killed once the three are under way, while it holds a document: another must take that one over.
            while (probe.ExecuteScalar<long>("SELECT COUNT(*) FROM documents") < 3 && runs[1].Elapsed < RunLimit)
            {
                Thread.Sleep(10);
            }

            runs[1].Kill();
            Finish(runs[0]);
            Finish(runs[2]);
        }
        finally
        {
            runs.ForEach(r => r.Dispose());
        }

        var added = new[] { runs[0], runs[2] }.Select(r => int.Parse(Added().Match(r.Output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        output.WriteLine($"added by the two that finished: {string.Join(", ", added)}");

        // Shared, not repeated: together the two stored only what the killed one had not, and neither did it all.
        var documents = probe.ExecuteScalar<long>("SELECT COUNT(*) FROM documents");
        Assert.InRange(added.Sum(), 1, documents);
        Assert.All(added, a => Assert.InRange(a, 0, documents - 1));

        // Stored once each: no second version of any document, and the same rows as one process stores.
        Assert.Equal(0, probe.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE version > 1"));
        using var one = new NpgsqlConnection(reference);
        one.Open();
        var expected = StoreSnapshot.Read(one);
        var actual = StoreSnapshot.Read(probe);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Entities, actual.Entities);
    }

    [GeneratedRegex(@"(\d+) added")]
    private static partial Regex Added();

    private static void Finish(IngestChild child)
    {
        Assert.True(child.WaitForExit(RunLimit), $"ingest still running after {RunLimit}:\n{child.Output}");
        Assert.True(child.ExitCode == 0, child.Output);
    }
}
