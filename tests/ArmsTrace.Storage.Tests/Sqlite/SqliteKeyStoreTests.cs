using ArmsTrace.Storage.Tests.Keys;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteKeyStoreTests : KeyStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-keys-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "k.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
