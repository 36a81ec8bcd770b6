namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEntityClaimCountTests(PostgresServer server) : EntityClaimCountTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
