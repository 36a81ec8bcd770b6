using ArmsTrace.Storage.Tests.Corroboration;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFactStrengthTests(PostgresServer server) : FactStrengthTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
