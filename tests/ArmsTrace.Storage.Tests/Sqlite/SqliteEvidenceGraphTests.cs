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
