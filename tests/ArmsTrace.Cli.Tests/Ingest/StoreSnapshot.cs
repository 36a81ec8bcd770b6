using System.Data.Common;
using Dapper;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>
/// What an ingest left in a store, read with SQL both databases accept: the counts, each current
/// document with how many mentions and claims it holds, and every entity row.
/// </summary>
internal sealed record StoreSnapshot(StoreCounts Counts, IReadOnlyList<string> Documents, IReadOnlyList<string> Entities)
{
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM documents) AS Documents,
            (SELECT COUNT(*) FROM documents WHERE is_current = TRUE) AS CurrentDocuments,
            (SELECT COUNT(*) FROM mentions) AS Mentions,
            (SELECT COUNT(*) FROM claims) AS Claims,
            (SELECT COUNT(*) FROM entities) AS Entities
        """;

    private const string DocumentsSql = """
        SELECT d.doc_key, d.version, d.content_hash,
            (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id),
            (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id)
        FROM documents d WHERE d.is_current = TRUE
        """;

    public static StoreSnapshot Read(DbConnection connection) => new(
        connection.QuerySingle<StoreCounts>(CountsSql),
        [.. connection.Query<(string Key, long Version, string Hash, long Mentions, long Claims)>(DocumentsSql)
            .Select(d => $"{d.Key}: {d.Mentions} mentions, {d.Claims} claims (version {d.Version}, {d.Hash})")
            .Order(StringComparer.Ordinal)],
        [.. connection.Query<(string Key, string Name, string Type)>("SELECT entity_key, name, type FROM entities")
            .Select(e => $"{e.Key} | {e.Name} | {e.Type}")
            .Order(StringComparer.Ordinal)]);
}
