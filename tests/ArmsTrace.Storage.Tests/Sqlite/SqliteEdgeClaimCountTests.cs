namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteEdgeClaimCountTests : EdgeClaimCountTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-edge-counts-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "s.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
