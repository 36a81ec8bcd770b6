using ArmsTrace.Storage.Tests.Synthetic;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteSyntheticStoreTests : SyntheticStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-synthetic-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "s.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
