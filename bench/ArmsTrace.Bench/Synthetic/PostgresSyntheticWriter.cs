using ArmsTrace.Storage.Postgres;
using ArmsTrace.Storage.Searching;
using Npgsql;
using NpgsqlTypes;

namespace ArmsTrace.Bench.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticGraph"/> into a PostgreSQL database migrated to <see cref="SyntheticStore.PostgresLoadSchema"/> with binary COPY, one
/// table after another (a foreign key must see its target committed), reading the documents once per
/// table. The bulk tables' secondary indexes are dropped first and made again from their own
/// definitions after, since one sorted build is several times faster than a million insertions
/// (the full-text GIN indexes most of all); the schema ends exactly as the migrations left it.
/// </summary>
internal static class PostgresSyntheticWriter
{
    private static readonly string[] BulkTables = ["documents", "mentions", "claims", "document_origins", "entity_name_keys"];

    public static void Write(SyntheticGraph graph, string location, SyntheticProgress progress)
    {
        var parsed = PostgresLocation.Parse(location);
        using (var migrated = PostgresConnections.Open(parsed, TimeProvider.System, SyntheticStore.PostgresLoadSchema))
        using (var empty = migrated.CreateCommand())
        {
            empty.CommandText = "SELECT COUNT(*) FROM documents";
            if ((long)empty.ExecuteScalar()! > 0)
            {
                throw new InvalidOperationException($"{parsed.Display} already holds documents; generate into a new store");
            }
        }

        // No command timeout: finishing the claims' COPY computes a million full-text vectors.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(parsed.ConnectionString) { CommandTimeout = 0 }.ConnectionString);
        connection.Open();
        Execute(connection, "SET maintenance_work_mem = '512MB'");
        var indexes = SecondaryIndexes(connection);
        foreach (var (name, _) in indexes)
        {
            Execute(connection, $"DROP INDEX {name}");
        }

        progress.Say($"dropped {indexes.Count} secondary indexes for the load");
        using (var entities = connection.BeginBinaryImport("COPY entities (entity_key, name, type) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in graph.Entities)
            {
                Row(entities, (e.Key, NpgsqlDbType.Text), (e.Name, NpgsqlDbType.Text), (e.Type, NpgsqlDbType.Text));
            }

            entities.Complete();
        }

        using (var keys = connection.BeginBinaryImport("COPY entity_name_keys (name_key, entity_key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var k in graph.Entities.SelectMany(e => EntityNameKeys.Of(e.Key, e.Name)).Distinct())
            {
                Row(keys, (k.NameKey, NpgsqlDbType.Text), (k.EntityKey, NpgsqlDbType.Text));
            }

            keys.Complete();
        }

        progress.Say($"{graph.Entities.Count:N0} entities with their name keys");
        Copy(connection, graph, progress, "documents",
            "COPY documents (id, doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at) FROM STDIN (FORMAT BINARY)",
            (importer, d) => Row(importer, (d.Id, NpgsqlDbType.Bigint), (d.Key, NpgsqlDbType.Text), (1L, NpgsqlDbType.Bigint), (true, NpgsqlDbType.Boolean),
                (d.ContentHash, NpgsqlDbType.Text), (d.Title, NpgsqlDbType.Text), (d.Url, NpgsqlDbType.Text), (d.Outlet, NpgsqlDbType.Text),
                (d.Published, NpgsqlDbType.Text), (d.Text, NpgsqlDbType.Text), (SyntheticGraph.RecordedAt, NpgsqlDbType.Text)));
        Copy(connection, graph, progress, "origins", "COPY document_origins (document_id, origin_key, basis) FROM STDIN (FORMAT BINARY)",
            (importer, d) => Row(importer, (d.Id, NpgsqlDbType.Bigint), ("doc:" + d.Key, NpgsqlDbType.Text), ("own", NpgsqlDbType.Text)));
        Copy(connection, graph, progress, "mentions", "COPY mentions (document_id, entity_key, start_offset, end_offset, text) FROM STDIN (FORMAT BINARY)", (importer, d) =>
        {
            foreach (var m in d.Mentions)
            {
                Row(importer, (d.Id, NpgsqlDbType.Bigint), (m.EntityKey, NpgsqlDbType.Text), ((long)m.Start, NpgsqlDbType.Bigint), ((long)m.End, NpgsqlDbType.Bigint), (m.Text, NpgsqlDbType.Text));
            }
        });
        NpgsqlDbType[] claimTypes =
        [
            NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Text,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double,
        ];
        Copy(connection, graph, progress, "claims", """
            COPY claims (id, document_id, type, subject_key, subject_name, object_key, object_name, item_key, item_name,
                quantity_value, quantity_text, time_text, time_from, time_to, time_precision, source_key, source_name, stance,
                evidence_start, evidence_end, evidence_text, extractor, extractor_version, recorded_at, confidence) FROM STDIN (FORMAT BINARY)
            """, (importer, d) =>
        {
            var id = graph.ClaimsBefore((int)d.Id - 1);
            foreach (var c in d.Claims)
            {
                object?[] values = [++id, d.Id, .. SyntheticRows.Claim(c)];
                importer.StartRow();
                for (var i = 0; i < values.Length; i++)
                {
                    Write(importer, values[i], claimTypes[i]);
                }
            }
        });
        foreach (var (name, definition) in indexes)
        {
            progress.Say($"index {name}");
            Execute(connection, definition);
        }

        Execute(connection, "SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT MAX(id) FROM documents))");
        Execute(connection, "SELECT setval(pg_get_serial_sequence('claims', 'id'), (SELECT MAX(id) FROM claims))");
        progress.Say("vacuum and analyse");
        Execute(connection, $"VACUUM (ANALYZE) entities, {string.Join(", ", BulkTables)}");
    }

    /// <summary>The bulk tables' indexes that no constraint owns, with the statements that make them.</summary>
    private static List<(string Name, string Definition)> SecondaryIndexes(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)
            ORDER BY i.tablename, i.indexname
            """, connection);
        command.Parameters.AddWithValue("tables", BulkTables);
        using var reader = command.ExecuteReader();
        var found = new List<(string, string)>();
        while (reader.Read())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }

    private static void Copy(NpgsqlConnection connection, SyntheticGraph graph, SyntheticProgress progress, string stage, string copy, Action<NpgsqlBinaryImporter, SyntheticDocument> write)
    {
        progress.Restart(stage);
        using var importer = connection.BeginBinaryImport(copy);
        foreach (var d in graph.Documents())
        {
            write(importer, d);
            progress.Document(d);
        }

        importer.Complete();
    }

    private static void Row(NpgsqlBinaryImporter importer, params (object? Value, NpgsqlDbType Type)[] values)
    {
        importer.StartRow();
        foreach (var (value, type) in values)
        {
            Write(importer, value, type);
        }
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
