using ArmsTrace.Storage.Tests.Lists;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteListStoreTests : ListStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-lists-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "l.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
