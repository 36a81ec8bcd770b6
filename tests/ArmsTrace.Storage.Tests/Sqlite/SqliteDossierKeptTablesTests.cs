namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteDossierKeptTablesTests : DossierKeptTablesTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-dossier-").FullName;

    protected override string NewDatabase() => Path.Combine(_folder, "s.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
