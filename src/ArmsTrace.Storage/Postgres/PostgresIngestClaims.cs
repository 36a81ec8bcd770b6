using ArmsTrace.Core.Documents;
using ArmsTrace.Storage.Sharing;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// Claims as PostgreSQL session-level advisory locks on the document key, held on a connection of
/// their own. A process that is killed loses its connection and with it its locks, so the
/// documents it was extracting pass to whichever process asks next; no table needs cleaning up.
/// </summary>
internal sealed class PostgresIngestClaims(PostgresLocation location) : IIngestClaims
{
    /// <summary>The first half of every lock key ("ATIG"), keeping these locks apart from any other use of advisory locks.</summary>
    private const int Space = 0x41544947;

    private readonly NpgsqlConnection _connection = PostgresConnections.Open(location, migrate: false);

    public bool TryClaim(string key) =>
        Run(() => _connection.ExecuteScalar<bool>("SELECT pg_try_advisory_lock(@space, hashtext(@key))", new { space = Space, key }));

    public void Release(string key) =>
        Run(() => _connection.ExecuteScalar<bool>("SELECT pg_advisory_unlock(@space, hashtext(@key))", new { space = Space, key }));

    public bool IsStored(SourceDocument document)
    {
        var meta = document.Metadata;
        return Run(() => _connection.ExecuteScalar<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM documents WHERE doc_key = @Key AND content_hash = @ContentHash AND is_current
                AND title IS NOT DISTINCT FROM @Title AND url IS NOT DISTINCT FROM @Url
                AND outlet IS NOT DISTINCT FROM @Outlet AND published IS NOT DISTINCT FROM @Published)
            """,
            new { meta.Key, document.ContentHash, meta.Title, meta.Url, meta.Outlet, meta.Published }));
    }

    public void Dispose() => _connection.Dispose();

    private T Run<T>(Func<T> query) => PostgresDialect.Instance.Guard(location.Display, "claiming documents failed", query);
}
