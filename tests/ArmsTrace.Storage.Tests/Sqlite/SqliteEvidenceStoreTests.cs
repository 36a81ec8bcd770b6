using System.Data.Common;
using ArmsTrace.Storage.Sql;
using ArmsTrace.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

/// <summary>The shared suite on SQLite files in a temp folder, plus what only a file-based store has: migrations and file checks.</summary>
public sealed class SqliteEvidenceStoreTests : EvidenceStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-store-").FullName;

    protected override string NewDatabase() => NewPath();

    protected override DbConnection OpenRaw(string database)
    {
        var connection = Raw(database);
        connection.Execute("PRAGMA foreign_keys = ON");
        return connection;
    }

    protected override void FailNextIngestBeforeCommit(IEvidenceStore store) =>
        ((SqlEvidenceStore)store).FailBeforeCommitForTesting = _ => throw new InvalidOperationException("simulated crash before commit");

    protected override void FailIngestOf(IEvidenceStore store, string key) =>
        ((SqlEvidenceStore)store).FailBeforeCommitForTesting = k =>
        {
            if (k == key)
            {
                throw new InvalidOperationException("simulated refusal of " + key);
            }
        };

    protected override void StopFailing(IEvidenceStore store) => ((SqlEvidenceStore)store).FailBeforeCommitForTesting = null;

    [Fact]
    public void Open_NewFile_AppliesEveryMigrationWithWalAndForeignKeys()
    {
        var path = NewPath();
        using (Open(path))
        {
        }

        Assert.True(File.Exists(path));
        using var db = Raw(path);
        Assert.Equal(SqliteMigrator.Known.Select(m => (long)m.Number), db.Query<long>("SELECT number FROM schema_migrations ORDER BY number"));
        Assert.Equal([1L, 2L], db.Query<long>("SELECT number FROM schema_migrations ORDER BY number").Take(2));
        Assert.Equal("wal", db.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "garbage.db");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var ex = Assert.Throws<StoreException>(() => Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TextFile_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "Iran supplied drones to Russia.\n");
        var ex = Assert.Throws<StoreException>(() => Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "missing", "store.db");
        var ex = Assert.Throws<StoreException>(() => Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StoreFromTheFirstSchema_UpgradesKeepingItsData()
    {
        var path = NewPath();
        using (var db = Raw(path))
        {
            db.Execute("CREATE TABLE schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            db.Execute(ReadMigration("0001_initial.sql"));
            db.Execute("INSERT INTO schema_migrations VALUES (1, '0001_initial.sql', '2024-01-01')");
            db.Execute("INSERT INTO documents VALUES (1, 'old.txt', 1, 1, 'hash1', NULL, NULL, 'Old Wire', '2021-05-01', 'Iran armed Hamas.', '2024-01-01')");
            db.Execute("INSERT INTO entities VALUES ('kb:iran', 'Iran', 'country'), ('kb:hamas', 'Hamas', 'group')");
            db.Execute("INSERT INTO mentions (document_id, entity_key, start_offset, end_offset, text) VALUES (1, 'kb:iran', 0, 4, 'Iran'), (1, 'kb:hamas', 11, 16, 'Hamas')");
            db.Execute("""
                INSERT INTO claims (document_id, type, subject_key, object_key, stance, evidence_start, evidence_end, evidence_text, extractor, extractor_version, recorded_at)
                VALUES (1, 'supply', 'kb:iran', 'kb:hamas', 'asserted', 0, 17, 'Iran armed Hamas.', 'old', '0', '2024-01-01')
                """);
        }

        using var store = Open(path);
        var claim = Assert.Single(store.FindClaims(new ClaimFilter()));
        Assert.Equal(("Iran", "Hamas", "old.txt"), (claim.SubjectName, claim.ObjectName, claim.DocumentKey));
        Assert.Equal("kb:hamas", Assert.Single(store.FindEntities("Hamaas", null, 10, 0)).Key);
        Assert.Equal("old.txt", Assert.Single(store.Search("armed", 10, 0).Documents).Key);
        Assert.Equal(IngestOutcome.NewVersion, store.Ingest(new DocumentBuilder("Iran armed Hamas again.", "old.txt").Build(), "v1").Outcome);
        Assert.Equal(IngestOutcome.Added, store.Ingest(new DocumentBuilder("Iran armed Hamas.", "other.txt").Build(), "v1").Outcome);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string NewPath() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    private static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string ReadMigration(string name)
    {
        using var stream = typeof(StoreLocation).Assembly.GetManifestResourceStream("ArmsTrace.Storage.Migrations." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
