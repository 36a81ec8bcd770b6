using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ArmsTrace.Cli.Tests.Ingest;

[Collection(IngestKillCollection.Name)]
public sealed class SqliteIngestKillTests(ITestOutputHelper output) : IngestKillTests(output)
{
    private const int SqliteBusy = 5;

    protected override string NewDatabase(string name) => Folder.PathOf(name + ".db");

    protected override DbConnection Open(string db)
    {
        // One second, not the default thirty, is how long a probe waits on a write lock the frozen run holds.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = db,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 1,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Every ingest holds SQLite's one write lock from its BEGIN IMMEDIATE to its commit, so the probe tries to take it.</summary>
    protected override bool WriteTransactionOpen(DbConnection probe)
    {
        try
        {
            using var tx = ((SqliteConnection)probe).BeginTransaction(deferred: false);
            return false;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteBusy)
        {
            return true;
        }
    }

    protected override IEnumerable<string> EngineProblems(DbConnection connection) =>
    [
        .. connection.Query<string>("PRAGMA integrity_check").Where(r => r != "ok").Select(r => "integrity_check: " + r),
        .. connection.Query<(string Table, long? RowId, string Parent, long Key)>("PRAGMA foreign_key_check")
            .Select(r => $"foreign_key_check: {r.Table} row {r.RowId} has no {r.Parent} (key {r.Key})"),
    ];
}
