using ArmsTrace.Storage.Tests.Merges;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteMergeStoreTests : MergeStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-merges-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "m.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
