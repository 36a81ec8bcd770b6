using ArmsTrace.Storage.Tests.Documents;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentLifecycleTests(PostgresServer server) : DocumentLifecycleTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
