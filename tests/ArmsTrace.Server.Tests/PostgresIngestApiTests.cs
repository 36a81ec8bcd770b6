using ArmsTrace.Storage.Tests.Postgres;

namespace ArmsTrace.Server.Tests;

/// <summary>The server on a PostgreSQL database: the evidence store per request, the graph from one connection pool.</summary>
/// <remarks>In the server collection: its timed reads must not share the two cores with another suite's extraction or browser.</remarks>
[Collection(ServerCollection.Name)]
public sealed class PostgresIngestApiTests(PostgresServer server) : IngestApiTests, IClassFixture<PostgresServer>
{
    protected override string NewDatabase() => server.CreateSchema();
}
