using System.Data.Common;
using ArmsTrace.Storage.Tests.Postgres;
using Dapper;
using Npgsql;
using Xunit.Abstractions;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>The kills with --db naming a database on the throwaway server; the server itself keeps running, as a real one would.</summary>
[Collection(IngestKillCollection.Name)]
public sealed class PostgresIngestKillTests(PostgresServer server, ITestOutputHelper output) : IngestKillTests(output), IClassFixture<PostgresServer>
{
    /// <summary>A database each, so the run's connection is the only other one in it.</summary>
    protected override string NewDatabase(string name) => server.CreateDatabase();

    protected override DbConnection Open(string db)
    {
        var connection = new NpgsqlConnection(db);
        connection.Open();
        return connection;
    }

    /// <summary>A transaction gets its id at its first write, so an id on the run's connection means rows written and not committed.</summary>
    protected override bool WriteTransactionOpen(DbConnection probe) => probe.ExecuteScalar<bool>("""
        SELECT EXISTS (SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL)
        """);
}
