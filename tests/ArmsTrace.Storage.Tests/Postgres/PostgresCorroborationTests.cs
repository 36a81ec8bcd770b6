using ArmsTrace.Storage.Tests.Corroboration;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCorroborationTests(PostgresServer server) : CorroborationTests, IDisposable
{
    private readonly List<IDisposable> _opened = [];

    protected override string NewDatabase() => server.CreateSchema();

    /// <summary>Each PostgreSQL graph holds a connection pool.</summary>
    protected override void Track(IDisposable opened) => _opened.Add(opened);

    public void Dispose() => _opened.ForEach(o => o.Dispose());
}
