using ArmsTrace.Storage.Searching;
using ArmsTrace.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticGraph"/> into a SQLite file migrated to <see cref="SyntheticStore.SqliteLoadSchema"/>,
/// in one transaction through prepared inserts; the migrations' triggers fill the full-text indexes as rows go in.
/// </summary>
internal static class SqliteSyntheticWriter
{
    public static void Write(SyntheticGraph graph, string path, SyntheticProgress progress)
    {
        using var connection = SqliteConnections.Open(path, TimeProvider.System, SyntheticStore.SqliteLoadSchema);
        using (var empty = connection.CreateCommand())
        {
            empty.CommandText = "SELECT COUNT(*) FROM documents";
            if ((long)empty.ExecuteScalar()! > 0)
            {
                throw new InvalidOperationException($"{path} already holds documents; generate into a new store");
            }
        }

        using (var pragmas = connection.CreateCommand())
        {
            // A throwaway bulk load: a crash leaves a file to delete, not one to keep consistent.
            pragmas.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;";
            pragmas.ExecuteNonQuery();
        }

        using var tx = connection.BeginTransaction();
        var entity = Insert(connection, tx, "INSERT INTO entities (entity_key, name, type) VALUES ($1, $2, $3)", 3);
        var nameKey = Insert(connection, tx, "INSERT INTO entity_name_keys (name_key, entity_key) VALUES ($1, $2) ON CONFLICT DO NOTHING", 2);
        foreach (var e in graph.Entities)
        {
            Run(entity, e.Key, e.Name, e.Type);
            foreach (var k in EntityNameKeys.Of(e.Key, e.Name))
            {
                Run(nameKey, k.NameKey, k.EntityKey);
            }
        }

        var document = Insert(connection, tx, """
            INSERT INTO documents (id, doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
            VALUES ($1, $2, 1, 1, $3, $4, $5, $6, $7, $8, $9)
            """, 9);
        var origin = Insert(connection, tx, "INSERT INTO document_origins (document_id, origin_key, basis) VALUES ($1, $2, 'own')", 2);
        var mention = Insert(connection, tx, "INSERT INTO mentions (document_id, entity_key, start_offset, end_offset, text) VALUES ($1, $2, $3, $4, $5)", 5);
        var claim = Insert(connection, tx, """
            INSERT INTO claims (id, document_id, type, subject_key, subject_name, object_key, object_name, item_key, item_name,
                quantity_value, quantity_text, time_text, time_from, time_to, time_precision, source_key, source_name, stance,
                evidence_start, evidence_end, evidence_text, extractor, extractor_version, recorded_at, confidence)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
            """, 25);
        foreach (var d in graph.Documents())
        {
            Run(document, d.Id, d.Key, d.ContentHash, d.Title, d.Url, d.Outlet, d.Published, d.Text, SyntheticGraph.RecordedAt);
            Run(origin, d.Id, "doc:" + d.Key);
            foreach (var m in d.Mentions)
            {
                Run(mention, d.Id, m.EntityKey, m.Start, m.End, m.Text);
            }

            var id = graph.ClaimsBefore((int)d.Id - 1);
            foreach (var c in d.Claims)
            {
                var row = SyntheticRows.Claim(c);
                Run(claim, [++id, d.Id, .. row]);
            }

            progress.Document(d);
        }

        tx.Commit();
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction tx, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
