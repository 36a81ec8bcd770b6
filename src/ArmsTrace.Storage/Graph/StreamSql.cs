namespace ArmsTrace.Storage.Graph;

/// <summary>
/// The two export statements, written once and given each dialect's current-claims join and claim
/// conditions, so SQLite and PostgreSQL cannot drift apart.
/// </summary>
internal static class StreamSql
{
    /// <summary>Every matching claim, one document after another, so a reader can close each document as it goes.</summary>
    public static string Claims(CurrentReadSql read, string conditions) => $"""
        {read.SelectClaims}
        WHERE {conditions}
        ORDER BY d.id, c.id
        """;

    /// <summary>Each entity that plays any role in a matching claim, with the number of those claims.</summary>
    public static string Entities(string currentClaims, string conditions) => $"""
        WITH picked AS (SELECT c.id, c.subject_key, c.object_key, c.item_key, c.source_key FROM {currentClaims} WHERE {conditions}),
        roles AS (
            SELECT id, subject_key AS entity_key FROM picked
            UNION SELECT id, object_key FROM picked WHERE object_key IS NOT NULL
            UNION SELECT id, item_key FROM picked WHERE item_key IS NOT NULL
            UNION SELECT id, source_key FROM picked WHERE source_key IS NOT NULL)
        SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type, COUNT(*) AS Claims
        FROM roles r JOIN entities e ON e.entity_key = r.entity_key
        GROUP BY e.entity_key, e.name, e.type
        ORDER BY e.entity_key
        """;
}
