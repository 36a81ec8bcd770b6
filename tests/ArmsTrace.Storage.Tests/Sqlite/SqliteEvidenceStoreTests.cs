using ArmsTrace.Storage.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

public sealed class SqliteEvidenceStoreTests : EvidenceStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-store-").FullName;

    protected override IEvidenceStore CreateStore() => SqliteEvidenceStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    [Fact]
    public void Ingest_FailureBeforeCommit_LeavesTheStoreAsItWas()
    {
        var path = Path.Combine(_folder, "rollback.db");
        using var store = SqliteEvidenceStore.Open(path);
        store.Ingest(Analyse("Iran sold drones to Russia."), "test");
        var before = store.Summary();
        store.FailBeforeCommitForTesting = () => throw new InvalidOperationException("simulated crash");
        Assert.Throws<InvalidOperationException>(() => store.Ingest(Analyse("China sold CH-4 drones to Iraq.", "other.txt"), "test"));
        store.FailBeforeCommitForTesting = null;
        var after = store.Summary();
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Claims, after.Claims);
        Assert.Equal(before.Mentions, after.Mentions);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "garbage.db");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var ex = Assert.Throws<StoreException>(() => SqliteEvidenceStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Twice_AppliesMigrationsOnce()
    {
        var path = Path.Combine(_folder, "twice.db");
        using (var store = SqliteEvidenceStore.Open(path))
        {
            store.Ingest(Analyse("Iran sold drones to Russia."), "test");
        }

        using var again = SqliteEvidenceStore.Open(path);
        Assert.Equal(1, again.Summary().Documents);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
