using ArmsTrace.Storage.Tests.Lists;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresListStoreTests(PostgresServer server) : ListStoreTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
