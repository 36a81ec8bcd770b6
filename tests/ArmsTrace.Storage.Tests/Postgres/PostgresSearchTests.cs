using ArmsTrace.Storage.Tests.Searching;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresServer server) : SearchTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
