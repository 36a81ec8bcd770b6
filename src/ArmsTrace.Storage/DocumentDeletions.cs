using System.Data.Common;
using System.Globalization;
using ArmsTrace.Storage.Rows;
using Dapper;

namespace ArmsTrace.Storage;

/// <summary>
/// Removes a document from the graph, in the caller's transaction, with the same statements on both
/// databases: every version with its mentions, claims (corrections too) and origin rows goes; analysts'
/// judgements on its claims stay, orphaned, so `review orphans` lists them and a later ingest of the same
/// key gives them their claims back; entities stay, merely absent while nothing mentions them. The deletion
/// itself is recorded for the audit log. Full-text indexes follow through the schema (triggers, generated columns).
/// </summary>
internal static class DocumentDeletions
{
    private const string Versions = "SELECT COUNT(*) FROM documents WHERE doc_key = @key";

    private const string Current = """
        SELECT d.id AS Id, d.title AS Title, d.url AS Url, d.outlet AS Outlet, d.published AS Published,
            (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id AND c.judgement_id IS NULL) AS Claims
        FROM documents d WHERE d.doc_key = @key AND d.is_current = TRUE
        """;

    private const string OfKey = "SELECT id FROM documents WHERE doc_key = @key";

    private const string InForce = $"""
        SELECT COUNT(*) FROM claim_judgements
        WHERE undone_at IS NULL AND claim_id IN (SELECT id FROM claims WHERE document_id IN ({OfKey}))
        """;

    private const string Orphan = $"UPDATE claim_judgements SET claim_id = NULL WHERE claim_id IN (SELECT id FROM claims WHERE document_id IN ({OfKey}))";

    private static readonly string[] Removals =
    [
        Orphan,
        $"DELETE FROM claims WHERE document_id IN ({OfKey})",
        $"DELETE FROM mentions WHERE document_id IN ({OfKey})",
        $"DELETE FROM document_bands WHERE document_id IN ({OfKey})",
        $"DELETE FROM document_origins WHERE document_id IN ({OfKey})",
        "DELETE FROM documents WHERE doc_key = @key",
    ];

    private const string Record = """
        INSERT INTO document_deletions (doc_key, title, url, outlet, published, versions, claims, orphaned_judgements, reason, deleted_by, deleted_at)
        VALUES (@Key, @Title, @Url, @Outlet, @Published, @Versions, @Claims, @Orphaned, @Reason, @By, @At)
        RETURNING id
        """;

    public const string All = $"SELECT {DocumentDeletionRow.Columns} FROM document_deletions ORDER BY id";

    /// <returns>The deletion as recorded, or null when no document has this key (nothing is written).</returns>
    public static DocumentDeletion? Delete(DbConnection connection, DbTransaction tx, string key, string? reason, string user, DateTime nowUtc)
    {
        var versions = connection.ExecuteScalar<long>(Versions, new { key }, tx);
        if (versions == 0)
        {
            return null;
        }

        var current = connection.QueryFirstOrDefault<DeletedDocumentRow>(Current, new { key }, tx);
        var orphaned = connection.ExecuteScalar<long>(InForce, new { key }, tx);
        foreach (var statement in Removals)
        {
            connection.Execute(statement, new { key }, tx);
        }

        var deletion = new DocumentDeletion(
            0,
            key,
            current?.Title,
            current?.Url,
            current?.Outlet,
            current?.Published,
            (int)versions,
            (int)(current?.Claims ?? 0),
            (int)orphaned,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            user,
            nowUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var id = connection.ExecuteScalar<long>(Record, new
        {
            deletion.Key,
            deletion.Title,
            deletion.Url,
            deletion.Outlet,
            deletion.Published,
            Versions = versions,
            Claims = (long)deletion.Claims,
            Orphaned = orphaned,
            deletion.Reason,
            By = user,
            At = deletion.DeletedAt,
        }, tx);
        return deletion with { Id = id };
    }
}
