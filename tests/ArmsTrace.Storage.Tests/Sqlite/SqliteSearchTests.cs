using ArmsTrace.Storage.Tests.Searching;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteSearchTests : SearchTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-search-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "s.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
