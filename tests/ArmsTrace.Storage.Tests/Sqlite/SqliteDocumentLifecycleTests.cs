using ArmsTrace.Storage.Tests.Documents;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteDocumentLifecycleTests : DocumentLifecycleTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-documents-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "d.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
