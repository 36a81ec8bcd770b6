using ArmsTrace.Storage.Tests.Keys;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresKeyStoreTests(PostgresServer server) : KeyStoreTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
