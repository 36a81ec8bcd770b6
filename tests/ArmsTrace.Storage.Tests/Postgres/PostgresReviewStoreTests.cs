using ArmsTrace.Storage.Tests.Review;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewStoreTests(PostgresServer server) : ReviewStoreTests
{
    protected override string NewDatabase() => server.CreateSchema();
}
