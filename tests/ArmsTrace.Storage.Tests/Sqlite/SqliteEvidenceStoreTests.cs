using System.Diagnostics;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Tests.Sqlite;

/// <summary>The shared suite on SQLite files in a temp folder, plus what only a file-based store has: migrations and file checks.</summary>
public sealed class SqliteEvidenceStoreTests : EvidenceStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-store-").FullName;

    protected override IEvidenceStore CreateStore() => SqliteEvidenceStore.Open(NewPath());

    protected override void FailNextIngestBeforeCommit(IEvidenceStore store) =>
        ((SqliteEvidenceStore)store).FailBeforeCommitForTesting = () => throw new InvalidOperationException("simulated crash before commit");

    protected override void StopFailing(IEvidenceStore store) => ((SqliteEvidenceStore)store).FailBeforeCommitForTesting = null;

    [Fact]
    public void Open_NewFile_AppliesEveryMigrationWithWalAndForeignKeys()
    {
        var path = NewPath();
        using (SqliteEvidenceStore.Open(path))
        {
        }

        Assert.True(File.Exists(path));
        using var db = Raw(path);
        Assert.Equal(SqliteMigrator.Known.Select(m => (long)m.Number), db.Query<long>("SELECT number FROM schema_migrations ORDER BY number"));
        Assert.Equal([1L, 2L], db.Query<long>("SELECT number FROM schema_migrations ORDER BY number").Take(2));
        Assert.Equal("wal", db.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_ExistingStore_AppliesNothingTwiceAndKeepsData()
    {
        var path = NewPath();
        using (var store = SqliteEvidenceStore.Open(path))
        {
            store.Ingest(SampleDocuments.Drones(), "v1");
        }

        string[] appliedAt;
        using (var db = Raw(path))
        {
            appliedAt = [.. db.Query<string>("SELECT applied_at FROM schema_migrations ORDER BY number")];
        }

        using (var again = SqliteEvidenceStore.Open(path))
        {
            Assert.Equal(2, again.Summary().Claims);
            Assert.Equal(IngestOutcome.Unchanged, again.Ingest(SampleDocuments.Drones(), "v1").Outcome);
        }

        using var check = Raw(path);
        Assert.Equal(appliedAt, check.Query<string>("SELECT applied_at FROM schema_migrations ORDER BY number"));
    }

    [Fact]
    public void Schema_DocumentWithClaims_CannotBeDeletedUnderForeignKeys()
    {
        var path = NewPath();
        using var store = SqliteEvidenceStore.Open(path);
        store.Ingest(SampleDocuments.Drones(), "v1");
        using var db = Raw(path);
        db.Execute("PRAGMA foreign_keys = ON");
        Assert.Throws<SqliteException>(() => db.Execute("DELETE FROM documents"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "garbage.db");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var ex = Assert.Throws<StoreException>(() => SqliteEvidenceStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TextFile_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "Iran supplied drones to Russia.\n");
        var ex = Assert.Throws<StoreException>(() => SqliteEvidenceStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "missing", "store.db");
        var ex = Assert.Throws<StoreException>(() => SqliteEvidenceStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SchemaNewerThanTheCode_FailsNamingTheFile()
    {
        var path = NewPath();
        using (SqliteEvidenceStore.Open(path))
        {
        }

        using (var db = Raw(path))
        {
            db.Execute("INSERT INTO schema_migrations (number, name, applied_at) VALUES (9999, '9999_future.sql', '2099-01-01')");
        }

        var ex = Assert.Throws<StoreException>(() => SqliteEvidenceStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SqliteFileOfAnotherProgram_FailsNamingTheFile()
    {
        var path = NewPath();
        using (var db = Raw(path))
        {
            db.Execute("CREATE TABLE documents (whatever TEXT)");
        }

        var ex = Assert.Throws<StoreException>(() => SqliteEvidenceStore.Open(path));
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

        using var store = SqliteEvidenceStore.Open(path);
        var claim = Assert.Single(store.FindClaims(new ClaimFilter()));
        Assert.Equal(("Iran", "Hamas", "old.txt"), (claim.SubjectName, claim.ObjectName, claim.DocumentKey));
        Assert.Equal(IngestOutcome.NewVersion, store.Ingest(new DocumentBuilder("Iran armed Hamas again.", "old.txt").Build(), "v1").Outcome);
        Assert.Equal(IngestOutcome.Added, store.Ingest(new DocumentBuilder("Iran armed Hamas.", "other.txt").Build(), "v1").Outcome);
    }

    [Fact]
    public void Ingest_Mentions_StoreRawOffsetsAndTheirDocument()
    {
        const string raw = "Smith &amp; Wesson sold rifles to &#34;Iraq&#34;.";
        var d = new DocumentBuilder(raw, decodeEntities: true);
        d.Entity("name:smith & wesson", "Smith & Wesson", EntityType.Organization);
        d.Entity("kb:iraq", "Iraq", EntityType.Country);
        var path = NewPath();
        using var store = SqliteEvidenceStore.Open(path);
        var id = store.Ingest(d.Build(), "v1").DocumentId;

        using var db = Raw(path);
        var rows = db.Query<(long Doc, string Key, long Start, long End, string Text)>(
            "SELECT document_id, entity_key, start_offset, end_offset, text FROM mentions ORDER BY start_offset").ToList();
        Assert.Equal([(id, "name:smith & wesson", 0L, 18L, "Smith & Wesson"), (id, "kb:iraq", 39L, 43L, "Iraq")], rows);
        Assert.Equal("Smith &amp; Wesson", raw[0..18]);
        Assert.Equal(raw, db.ExecuteScalar<string>("SELECT raw_text FROM documents"));
    }

    [Fact]
    public void Ingest_Document_StoresItsMetadata()
    {
        var path = NewPath();
        using var store = SqliteEvidenceStore.Open(path);
        var context = SampleDocuments.Drones();
        store.Ingest(context, "v1");
        using var db = Raw(path);
        var row = db.QuerySingle("SELECT doc_key, version, is_current, content_hash, title, url, outlet, published, ingested_at FROM documents");
        Assert.Equal(("a.txt", 1L, 1L, context.Document.ContentHash), ((string)row.doc_key, (long)row.version, (long)row.is_current, (string)row.content_hash));
        Assert.Equal(("A headline", "https://example.test/a.txt", "Wire A", "2023-03-01"), ((string)row.title, (string)row.url, (string)row.outlet, (string)row.published));
        Assert.EndsWith("Z", (string)row.ingested_at, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ThousandSmallDocuments_TakesSeconds()
    {
        using var store = SqliteEvidenceStore.Open(NewPath());
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            var d = new DocumentBuilder($"Document {i}: Iran supplied drones to Russia. Officials in Tehran denied it.", $"doc-{i}.txt");
            var iran = d.Entity("kb:iran", "Iran", EntityType.Country, "Iran", "Tehran");
            var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
            d.Claim(ClaimType.Supply, iran, "Iran supplied drones to Russia.", obj: russia);
            d.Claim(ClaimType.Supply, iran, "Officials in Tehran denied it.", obj: russia, stance: Stance.Denied);
            store.Ingest(d.Build(), "v1");
        }

        clock.Stop();
        Assert.Equal(2000, store.Summary().Claims);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"1,000 documents took {clock.Elapsed}");
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
        using var stream = typeof(SqliteEvidenceStore).Assembly.GetManifestResourceStream("ArmsTrace.Storage.Migrations." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
