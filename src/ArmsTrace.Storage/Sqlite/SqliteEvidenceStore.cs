using System.Globalization;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>The evidence store in one SQLite file (WAL, foreign keys on).</summary>
public sealed class SqliteEvidenceStore : IEvidenceStore
{
    private const string ClaimColumns = """
        c.id AS Id, c.type AS Type, c.subject_key AS SubjectKey, s.name AS SubjectName, c.object_key AS ObjectKey, o.name AS ObjectName,
        i.name AS ItemName, c.quantity_value AS QuantityValue, c.quantity_text AS QuantityText, c.time_text AS TimeText,
        c.time_from AS TimeFrom, c.time_to AS TimeTo, src.name AS SourceName, c.stance AS Stance, d.doc_key AS DocumentKey,
        d.outlet AS Outlet, d.published AS Published, c.evidence_start AS EvidenceStart, c.evidence_end AS EvidenceEnd,
        c.evidence_text AS EvidenceText, c.extractor AS Extractor
        FROM claims c
        JOIN documents d ON d.id = c.document_id AND d.is_current = 1
        JOIN entities s ON s.entity_key = c.subject_key
        LEFT JOIN entities o ON o.entity_key = c.object_key
        LEFT JOIN entities i ON i.entity_key = c.item_key
        LEFT JOIN entities src ON src.entity_key = c.source_key
        """;

    private readonly SqliteConnection _connection;

    private SqliteEvidenceStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Test hook: thrown inside the ingest transaction after claims are written, before commit.</summary>
    internal Action? FailBeforeCommitForTesting { get; set; }

    public static SqliteEvidenceStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
            SqliteMigrator.Apply(connection, path);
            return new SqliteEvidenceStore(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot be used as an ArmsTrace database ({ex.Message.TrimEnd('.')}).", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IngestResult Ingest(AnalysisContext analysed, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var doc = analysed.Document;
        var existing = _connection.QueryFirstOrDefault<long?>("SELECT id FROM documents WHERE content_hash = @h", new { h = doc.ContentHash });
        if (existing is { } id)
        {
            return new IngestResult(IngestOutcome.Unchanged, id, _connection.ExecuteScalar<int>("SELECT version FROM documents WHERE id = @id", new { id }), 0, 0);
        }

        using var tx = _connection.BeginTransaction();
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var previous = _connection.QueryFirstOrDefault<int?>("SELECT MAX(version) FROM documents WHERE doc_key = @k", new { k = doc.Metadata.Key }, tx);
        var version = (previous ?? 0) + 1;
        _connection.Execute("UPDATE documents SET is_current = 0 WHERE doc_key = @k", new { k = doc.Metadata.Key }, tx);
        var documentId = _connection.ExecuteScalar<long>(
            """
            INSERT INTO documents (doc_key, version, is_current, content_hash, title, url, outlet, published, raw_text, ingested_at)
            VALUES (@Key, @version, 1, @hash, @Title, @Url, @Outlet, @Published, @text, @now) RETURNING id
            """,
            new { doc.Metadata.Key, version, hash = doc.ContentHash, doc.Metadata.Title, doc.Metadata.Url, doc.Metadata.Outlet, doc.Metadata.Published, text = doc.Text, now },
            tx);

        foreach (var e in analysed.Entities)
        {
            UpsertEntity(e.Key, e.Name, e.Type, tx);
        }

        var mentions = analysed.Mentions.Where(m => m.Entity >= 0).Select(m =>
        {
            var raw = analysed.Clean.ToRaw(m.Span);
            return new { documentId, key = analysed.Entities[m.Entity].Key, start = raw.Start, end = raw.End, text = doc.Text[raw.Start..raw.End] };
        }).ToList();
        _connection.Execute("INSERT INTO mentions (document_id, entity_key, start_offset, end_offset, text) VALUES (@documentId, @key, @start, @end, @text)", mentions, tx);

        var claims = analysed.Claims.Select(c =>
        {
            foreach (var r in new[] { c.Subject, c.Object, c.Item, c.Source })
            {
                if (r is not null)
                {
                    UpsertEntity(r.Key, r.Name, r.Type, tx);
                }
            }

            var ev = analysed.Clean.ToRaw(c.Evidence);
            return new
            {
                documentId, type = c.Type.ToName(), subject = c.Subject.Key, obj = c.Object?.Key, item = c.Item?.Key,
                qv = c.Quantity is null ? (double?)null : (double)c.Quantity.Value, qu = c.Quantity?.Unit, qt = c.Quantity?.Text,
                tt = c.Time?.Text, tf = c.Time?.From, tto = c.Time?.To, tp = c.Time?.Precision, source = c.Source?.Key,
                stance = c.Stance.ToName(), es = ev.Start, ee = ev.End, et = doc.Text[ev.Start..ev.End],
                extractor = c.Extractor, version = extractorVersion, now,
            };
        }).ToList();
        _connection.Execute(
            """
            INSERT INTO claims (document_id, type, subject_key, object_key, item_key, quantity_value, quantity_unit, quantity_text,
                time_text, time_from, time_to, time_precision, source_key, stance, evidence_start, evidence_end, evidence_text,
                extractor, extractor_version, recorded_at)
            VALUES (@documentId, @type, @subject, @obj, @item, @qv, @qu, @qt, @tt, @tf, @tto, @tp, @source, @stance, @es, @ee, @et,
                @extractor, @version, @now)
            """,
            claims,
            tx);
        FailBeforeCommitForTesting?.Invoke();
        tx.Commit();
        return new IngestResult(previous is null ? IngestOutcome.Added : IngestOutcome.NewVersion, documentId, version, mentions.Count, claims.Count);
    }

    private void UpsertEntity(string key, string name, EntityType type, SqliteTransaction tx) =>
        _connection.Execute(
            "INSERT INTO entities (entity_key, name, type) VALUES (@key, @name, @type) ON CONFLICT(entity_key) DO NOTHING",
            new { key, name, type = type.ToName() },
            tx);

    public StoreSummary Summary()
    {
        const string current = "JOIN documents d ON d.id = c.document_id AND d.is_current = 1";
        return new StoreSummary(
            _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE is_current = 1"),
            _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"),
            _connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT m.entity_key) FROM mentions m JOIN documents d ON d.id = m.document_id AND d.is_current = 1"),
            _connection.ExecuteScalar<long>("SELECT COUNT(*) FROM mentions m JOIN documents d ON d.id = m.document_id AND d.is_current = 1"),
            _connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM claims c {current}"),
            Counts($"SELECT c.type AS Name, COUNT(*) AS Count FROM claims c {current} GROUP BY c.type ORDER BY Count DESC, Name"),
            Counts($"SELECT c.stance AS Name, COUNT(*) AS Count FROM claims c {current} GROUP BY c.stance ORDER BY Count DESC, Name"),
            Counts($"SELECT e.name AS Name, COUNT(*) AS Count FROM claims c {current} JOIN entities e ON e.entity_key = c.subject_key WHERE c.type = 'supply' GROUP BY e.entity_key ORDER BY Count DESC, Name LIMIT 10"));
    }

    /// <summary>Read by hand: SQLite reports no column type for an empty result, which Dapper cannot map to a record.</summary>
    private List<NamedCount> Counts(string sql) =>
        [.. _connection.Query(sql).Select(r => new NamedCount((string)r.Name, (long)r.Count))];

    public IReadOnlyList<StoredEntity> FindEntities(string? search, int limit = 50, int offset = 0)
    {
        var pattern = "%" + (search ?? string.Empty).Replace("%", "\\%", StringComparison.Ordinal) + "%";
        return [.. _connection.Query<StoredEntity>(
            """
            SELECT e.entity_key AS Key, e.name AS Name, e.type AS Type,
                (SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
                 WHERE c.subject_key = e.entity_key OR c.object_key = e.entity_key) AS Claims
            FROM entities e
            WHERE e.name LIKE @pattern ESCAPE '\' OR EXISTS (SELECT 1 FROM mentions m WHERE m.entity_key = e.entity_key AND m.text LIKE @pattern ESCAPE '\')
            ORDER BY Claims DESC, e.name
            LIMIT @limit OFFSET @offset
            """,
            new { pattern, limit = Math.Clamp(limit, 1, 1000), offset = Math.Max(0, offset) })];
    }

    public IReadOnlyList<StoredClaim> FindClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [.. _connection.Query<StoredClaim>(
            $"""
            SELECT {ClaimColumns}
            WHERE (@Type IS NULL OR c.type = @Type)
              AND (@EntityKey IS NULL OR c.subject_key = @EntityKey OR c.object_key = @EntityKey OR c.item_key = @EntityKey OR c.source_key = @EntityKey)
              AND (@Stance IS NULL OR c.stance = @Stance)
              AND (@SourceKey IS NULL OR c.source_key = @SourceKey)
              AND (@Text IS NULL OR c.evidence_text LIKE '%' || @Text || '%')
            ORDER BY d.published, c.id
            LIMIT @limit OFFSET @offset
            """,
            new { filter.Type, filter.EntityKey, filter.Stance, filter.SourceKey, filter.Text, limit = Math.Clamp(filter.Limit, 1, 1000), offset = Math.Max(0, filter.Offset) })];
    }

    public EntityDossier? Dossier(string nameOrKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrKey);
        var key = _connection.QueryFirstOrDefault<string>(
            """
            SELECT e.entity_key FROM entities e
            WHERE e.entity_key = @q OR e.name = @q COLLATE NOCASE
               OR EXISTS (SELECT 1 FROM mentions m WHERE m.entity_key = e.entity_key AND m.text = @q COLLATE NOCASE)
            ORDER BY (SELECT COUNT(*) FROM claims c WHERE c.subject_key = e.entity_key OR c.object_key = e.entity_key) DESC
            LIMIT 1
            """,
            new { q = nameOrKey.Trim() });
        if (key is null)
        {
            return null;
        }

        var entity = _connection.QuerySingle<StoredEntity>(
            "SELECT entity_key AS Key, name AS Name, type AS Type, 0 AS Claims FROM entities WHERE entity_key = @key", new { key });
        var names = _connection.Query<string>("SELECT DISTINCT text FROM mentions WHERE entity_key = @key ORDER BY text", new { key }).ToList();
        var claims = FindClaims(new ClaimFilter(EntityKey: key, Limit: 1000));
        return new EntityDossier(entity with { Claims = claims.Count }, names, claims);
    }

    public void Dispose() => _connection.Dispose();
}
