using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Tests.Graph;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteEvidenceGraphTests : EvidenceGraphTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-graph-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    protected override void Track(IEvidenceGraph graph)
    {
    }

    [Fact]
    public void Documents_FileGone_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "gone.db");
        var graph = StoreLocation.Parse(path).OpenGraph();
        var ex = Assert.Throws<StoreException>(() => graph.Documents(10, 0));
        Assert.Equal($"{path}: the file cannot be opened or created.", ex.Message);
    }

    public void Dispose()
    {
        // The graph's read connections are pooled; they must let go of the files before the folder goes.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
