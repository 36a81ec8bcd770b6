namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDossierKeptTablesTests(PostgresServer server) : DossierKeptTablesTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
