using System.Data.Common;
using ArmsTrace.Storage.Postgres;
using ArmsTrace.Storage.Sql;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Tests.Postgres;

/// <summary>The shared suite on a real PostgreSQL server, one schema per store, plus what only a server has: logins, networks, concurrent openers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEvidenceStoreTests(PostgresServer server) : EvidenceStoreTests
{
    protected override string NewDatabase() => server.CreateSchema();

    protected override DbConnection OpenRaw(string database)
    {
        var connection = new NpgsqlConnection(database);
        connection.Open();
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
    public void Open_NewDatabase_AppliesEveryMigrationInOrder()
    {
        var database = server.CreateDatabase();
        using (Open(database))
        {
        }

        using var db = OpenRaw(database);
        Assert.Equal(PostgresMigrator.Known.Select(m => m.Number), db.Query<int>("SELECT number FROM schema_migrations ORDER BY number"));
        Assert.Equal("0001_initial.sql", db.ExecuteScalar<string>("SELECT name FROM schema_migrations WHERE number = 1"));
        Assert.Equal("ÉCOLE", db.ExecuteScalar<string>("SELECT casefold('école')"));
    }

    [Fact]
    public void Open_ManyProcessesAtOnce_MigrateOnceAndAllWork()
    {
        var database = NewDatabase();
        var stores = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => Open(database)).ToList();
        try
        {
            Assert.All(stores, s => Assert.Equal(0, s.Summary().Documents));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }

        using var db = OpenRaw(database);
        Assert.Equal(PostgresMigrator.Known.Count, db.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public void Open_UrlWithPasswordOverTcp_StoresAndReadsBack()
    {
        var (user, password) = Login();
        var name = new NpgsqlConnectionStringBuilder(server.CreateDatabase(owner: user)).Database;
        var url = $"postgres://{user}:{Uri.EscapeDataString(password)}@127.0.0.1:{server.Port}/{name}?sslmode=disable";
        using (var store = Open(url))
        {
            Assert.Equal(IngestOutcome.Added, store.Ingest(SampleDocuments.Drones(), "v1").Outcome);
        }

        using var again = Open($"Host=127.0.0.1;Port={server.Port};Database={name};Username={user};Password={password}");
        Assert.Equal(2, again.Summary().Claims);
        Assert.Equal(StoreKind.Postgres, StoreLocation.Parse(url).Kind);
        Assert.DoesNotContain(password, StoreLocation.Parse(url).Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WrongPassword_FailsSayingAuthenticationFailed()
    {
        var (user, password) = Login();
        var name = new NpgsqlConnectionStringBuilder(server.CreateDatabase(owner: user)).Database;
        var ex = Assert.Throws<StoreException>(() => Open($"postgres://{user}:not-{password}@127.0.0.1:{server.Port}/{name}"));
        Assert.Contains($"postgres://{user}@127.0.0.1:{server.Port}/{name}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("authentication failed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoServerListening_FailsSayingItCannotConnect()
    {
        var url = $"postgres://nobody:secret@127.0.0.1:{ClosedPort()}/evidence?connect_timeout=5";
        var ex = Assert.Throws<StoreException>(() => Open(url));
        Assert.Contains("127.0.0.1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/evidence", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cannot connect", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DatabaseThatDoesNotExist_FailsSayingSo()
    {
        var missing = server.ConnectionString("no_such_database");
        var ex = Assert.Throws<StoreException>(() => Open(missing));
        Assert.Contains("no_such_database", ex.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ServerGoneMidSession_FailsWithoutLosingWhatWasStored()
    {
        var database = server.CreateDatabase();
        using var store = Open(database);
        store.Ingest(SampleDocuments.Drones(), "v1");
        server.Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{new NpgsqlConnectionStringBuilder(database).Database}'");

        var ex = Assert.Throws<StoreException>(() => store.Ingest(SampleDocuments.Rockets(), "v1"));
        Assert.Contains("b.txt not stored", ex.Message, StringComparison.Ordinal);
        using var again = Open(database);
        Assert.Equal((1, 2), (again.Summary().Documents, again.Summary().Claims));
    }

    private (string User, string Password) Login()
    {
        var user = $"armstrace_login_{Guid.NewGuid():N}"[..30];
        const string password = "right horse battery";
        server.Execute($"CREATE ROLE {user} LOGIN PASSWORD '{password}'");
        return (user, password);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
