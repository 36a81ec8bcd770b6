using ArmsTrace.Storage.Tests.Merges;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMergeStoreTests(PostgresServer server) : MergeStoreTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
