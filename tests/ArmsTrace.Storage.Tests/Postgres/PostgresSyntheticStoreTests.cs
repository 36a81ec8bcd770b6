using ArmsTrace.Storage.Tests.Synthetic;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSyntheticStoreTests(PostgresServer server) : SyntheticStoreTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
