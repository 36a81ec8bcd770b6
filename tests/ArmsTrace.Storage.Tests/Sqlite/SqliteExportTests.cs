using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Tests.Exports;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteExportTests : ExportTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-export-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    protected override void Track(IEvidenceGraph graph)
    {
    }

    public void Dispose()
    {
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
