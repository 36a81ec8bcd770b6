using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

/// <summary>The server's one graph, with its connection pool; each request reads it through <see cref="RequestView"/>.</summary>
internal sealed class GraphSource(IEvidenceGraph graph) : IDisposable
{
    public IEvidenceGraph Graph { get; } = graph ?? throw new ArgumentNullException(nameof(graph));

    public void Dispose() => (Graph as IDisposable)?.Dispose();
}
