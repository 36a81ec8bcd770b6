using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Tests.Exports;

namespace ArmsTrace.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresExportTests(PostgresServer server) : ExportTests, IDisposable
{
    private readonly List<IDisposable> _graphs = [];

    protected override string NewDatabase() => server.CreateSchema();

    protected override void Track(IEvidenceGraph graph) => _graphs.Add((IDisposable)graph);

    public void Dispose() => _graphs.ForEach(g => g.Dispose());
}
