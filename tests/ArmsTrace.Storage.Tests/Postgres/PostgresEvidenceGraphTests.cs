using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Tests.Graph;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEvidenceGraphTests(PostgresServer server) : EvidenceGraphTests, IDisposable
{
    private readonly List<IDisposable> _graphs = [];

    protected override string NewDatabase() => server.CreateSchema();

    /// <summary>Each PostgreSQL graph holds a connection pool.</summary>
    protected override void Track(IEvidenceGraph graph) => _graphs.Add((IDisposable)graph);

    public void Dispose() => _graphs.ForEach(g => g.Dispose());
}
