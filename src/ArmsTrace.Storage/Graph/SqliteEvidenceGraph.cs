using ArmsTrace.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Graph;

/// <summary>
/// <see cref="IEvidenceGraph"/> over an ArmsTrace SQLite file that <see cref="StoreLocation.OpenEvidenceStore"/>
/// has created. Each call opens its own pooled, read-only connection, so one instance serves many threads.
/// </summary>
public sealed class SqliteEvidenceGraph : IEvidenceGraph
{
    private readonly SqlEvidenceGraph _graph;

    public SqliteEvidenceGraph(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        _graph = new SqlEvidenceGraph(
            () =>
            {
                var connection = new SqliteConnection(connectionString);
                connection.Open();
                return connection;
            },
            SqliteDialect.Instance.Statements.Graph);
    }

    public IReadOnlyList<StoredClaim> FindClaims(ClaimQuery query) => _graph.FindClaims(query);

    public IReadOnlyList<DocumentSummary> Documents(int limit, int offset) => _graph.Documents(limit, offset);

    public StoredDocument? Document(string key) => _graph.Document(key);

    public IReadOnlyList<StoredEntity> Entities(IReadOnlyCollection<string> keys) => _graph.Entities(keys);

    public Neighbourhood Neighbourhood(string entityKey, NeighbourhoodQuery query) => _graph.Neighbourhood(entityKey, query);

    public IReadOnlyList<GraphPath> Paths(string fromKey, string toKey, PathQuery query) => _graph.Paths(fromKey, toKey, query);

    public ClaimPage EntityClaims(string entityKey, int limit, string? after = null, int offset = 0, string? asOf = null) => _graph.EntityClaims(entityKey, limit, after, offset, asOf);

    public IEnumerable<StoredClaim> StreamClaims(ClaimQuery query) => _graph.StreamClaims(query);

    public IEnumerable<StoredEntity> StreamEntities(ClaimQuery query) => _graph.StreamEntities(query);

    public IEvidenceGraph In(ClaimView view) => _graph.In(view);
}
