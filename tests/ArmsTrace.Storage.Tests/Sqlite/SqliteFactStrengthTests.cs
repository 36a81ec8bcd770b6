using ArmsTrace.Storage.Tests.Corroboration;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteFactStrengthTests : FactStrengthTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-facts-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "s.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
