using System.Data.Common;
using Dapper;

namespace ArmsTrace.Cli.Tests.Ingest;

/// <summary>What a crash must never leave behind, asked in SQL both databases accept; each check counts offending rows.</summary>
internal static class StoreChecks
{
    private static readonly (string Problem, string Sql)[] Checks =
    [
        ("mentions without their document", "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)"),
        ("claims without their document", "SELECT COUNT(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)"),
        ("mentions of a missing entity", "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.entity_key = m.entity_key)"),
        ("claims naming a missing entity", """
            SELECT COUNT(*) FROM claims c
            WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.entity_key = c.subject_key)
                OR (c.object_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.entity_key = c.object_key))
                OR (c.item_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.entity_key = c.item_key))
                OR (c.source_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.entity_key = c.source_key))
            """),
        ("entities that no mention or claim uses", """
            SELECT COUNT(*) FROM entities e
            WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_key = e.entity_key)
                AND NOT EXISTS (SELECT 1 FROM claims c WHERE e.entity_key IN (c.subject_key, c.object_key, c.item_key, c.source_key))
            """),
        ("document keys without exactly one current version", """
            SELECT COUNT(*) FROM (
                SELECT doc_key FROM documents GROUP BY doc_key
                HAVING SUM(CASE WHEN is_current = TRUE THEN 1 ELSE 0 END) <> 1) k
            """),
    ];

    public static IEnumerable<string> Problems(DbConnection connection) =>
        Checks.Select(c => (c.Problem, Rows: connection.ExecuteScalar<long>(c.Sql)))
            .Where(c => c.Rows > 0)
            .Select(c => $"{c.Rows} {c.Problem}");
}
