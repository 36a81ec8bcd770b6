namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEdgeClaimCountTests(PostgresServer server) : EdgeClaimCountTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
