using ArmsTrace.Storage.Tests.Postgres;

namespace ArmsTrace.Server.Tests;

/// <summary>The server on a PostgreSQL database: the evidence store per request, the graph from one connection pool.</summary>
public sealed class PostgresIngestApiTests(PostgresServer server) : IngestApiTests, IClassFixture<PostgresServer>
{
    protected override string NewDatabase() => server.CreateSchema();
}
