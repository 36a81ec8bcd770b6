using ArmsTrace.Storage.Graph;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// <see cref="IEvidenceGraph"/> over an ArmsTrace PostgreSQL database that <see cref="StoreLocation.OpenEvidenceStore"/>
/// has created. Each call takes its own connection from one pool, so one instance serves many threads.
/// </summary>
public sealed class PostgresEvidenceGraph : IEvidenceGraph, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SqlEvidenceGraph _graph;

    /// <exception cref="StoreException">The URL or connection string is malformed.</exception>
    public PostgresEvidenceGraph(string urlOrConnectionString)
        : this(PostgresLocation.Parse(urlOrConnectionString))
    {
    }

    internal PostgresEvidenceGraph(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        _dataSource = NpgsqlDataSource.Create(location.ConnectionString);
        _graph = new SqlEvidenceGraph(
            () =>
            {
                try
                {
                    return _dataSource.OpenConnection();
                }
                catch (NpgsqlException ex)
                {
                    throw new StoreException($"{location.Display}: {PostgresDialect.Describe(ex)}.", ex);
                }
            },
            PostgresDialect.Instance.Statements.Graph);
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

    public void Dispose() => _dataSource.Dispose();
}
