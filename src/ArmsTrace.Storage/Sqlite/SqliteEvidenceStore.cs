using System.Text;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Origins;
using ArmsTrace.Storage.Review;
using ArmsTrace.Storage.Rows;
using ArmsTrace.Storage.Searching;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>
/// The evidence store in one SQLite file (WAL, foreign keys on). One connection per store, so an
/// instance is for one thread at a time; other processes may open the same file.
/// </summary>
public sealed class SqliteEvidenceStore : IEvidenceStore
{
    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly ClaimView _view;

    private SqliteEvidenceStore(SqliteConnection connection, string path, ClaimView view)
    {
        _connection = connection;
        _path = path;
        _view = view;
    }

    /// <summary>Test hook: runs inside the ingest transaction after the claims are written, before commit.</summary>
    internal Action? FailBeforeCommitForTesting { get; set; }

    /// <summary>Bench hook: false skips near-duplicate and news-agency detection, so its cost can be measured.</summary>
    internal bool DetectOrigins { get; set; } = true;

    /// <summary>Opens or creates the database file and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The file is not a SQLite database, not an ArmsTrace one, or newer than this program.</exception>
    public static SqliteEvidenceStore Open(string path, ClaimView view = ClaimView.Reviewed) => new(SqliteConnections.Open(path), path, view);

    /// <summary>As <see cref="Open"/> without the migration check, for a server that opened the file once at start.</summary>
    internal static SqliteEvidenceStore OpenCurrent(string path, ClaimView view) => new(SqliteConnections.Open(path, migrate: false), path, view);

    public IngestResult Ingest(AnalysisContext analysed, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(extractorVersion);
        return Store(IngestRows.From(analysed, extractorVersion, DateTime.UtcNow), OriginEvidence.From(analysed, DetectOrigins), reextracted: false);
    }

    public IngestResult Reextract(AnalysisContext analysed, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(extractorVersion);
        return Store(IngestRows.From(analysed, extractorVersion, DateTime.UtcNow), OriginEvidence.From(analysed, DetectOrigins), reextracted: true);
    }

    private IngestResult Store(IngestRows rows, OriginEvidence origin, bool reextracted)
    {
        try
        {
            return Write(rows, origin, reextracted);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{_path}: {rows.Document.Key} not stored: {SqliteConnections.Describe(ex)}.", ex);
        }
    }

    private IngestResult Write(IngestRows rows, OriginEvidence origin, bool reextracted)
    {
        var doc = rows.Document;

        // Immediate, so the duplicate check and the writes see the same state even with another writer.
        using var tx = _connection.BeginTransaction(deferred: false);
        var same = _connection.QueryFirstOrDefault<CurrentVersionRow>(reextracted ? SqliteSql.FindCurrentByKey : SqliteSql.FindCurrentByHash, new { key = doc.Key, hash = doc.ContentHash }, tx);
        if (same is not null && (!reextracted || ExtractionSignature.Same(_connection, tx, same.Id, rows)))
        {
            if (reextracted || !same.IsCorrectedBy(doc))
            {
                return new IngestResult(IngestOutcome.Unchanged, same.Id, (int)same.Version, 0, 0);
            }

            _connection.Execute(IngestSql.CorrectMetadata, new { same.Id, doc.Title, doc.Url, doc.Outlet, doc.Published }, tx);
            tx.Commit();
            return new IngestResult(IngestOutcome.MetadataUpdated, same.Id, (int)same.Version, 0, 0);
        }

        var previous = _connection.ExecuteScalar<long?>(SqliteSql.LatestVersion, new { key = doc.Key }, tx);
        var version = (int)(previous ?? 0) + 1;
        _connection.Execute(SqliteSql.RetireCurrent, new { key = doc.Key }, tx);
        var documentId = _connection.ExecuteScalar<long>(
            SqliteSql.InsertDocument,
            new { doc.Key, Version = version, doc.ContentHash, doc.Title, doc.Url, doc.Outlet, doc.Published, doc.RawText, doc.IngestedAt },
            tx);
        OriginFinder.Assign(_connection, tx, OriginStatements.Sqlite, documentId, doc.Key, origin);
        _connection.Execute(IngestSql.UpsertEntity, rows.Entities, tx);
        _connection.Execute(EntityNameKeys.Insert, EntityNameKeys.Of(rows), tx);
        _connection.Execute(IngestSql.InsertMention, rows.Mentions.Select(m => m with { DocumentId = documentId }), tx);
        _connection.Execute(IngestSql.InsertClaim, rows.Claims.Select(c => c with { DocumentId = documentId }), tx);
        var orphaned = JudgementReplay.Reattach(_connection, tx, doc.Key, documentId);
        FailBeforeCommitForTesting?.Invoke();
        tx.Commit();
        var outcome = previous is null ? IngestOutcome.Added : IngestOutcome.NewVersion;
        return new IngestResult(outcome, documentId, version, rows.Mentions.Count, rows.Claims.Count, orphaned);
    }

    public StoreSummary Summary() => SummaryQuery.Run(_connection, SqliteSql.CountCurrentDocuments, SqliteSql.Read, _view);

    public IReadOnlyList<StoredEntity> FindEntities(string? search, EntityType? type, int limit, int offset)
    {
        var (sql, parameters) = EntityQuery(search, type, limit, offset);
        return [.. _connection.Query<StoredEntityRow>(sql, parameters).Select(r => r.ToRecord())];
    }

    public long CountEntities(string? search, EntityType? type)
    {
        var (sql, parameters) = EntityQuery(search, type, 1, 0);
        return _connection.ExecuteScalar<long>(CurrentReadSql.CountOf(sql), parameters);
    }

    public IReadOnlyList<StoredClaim> FindClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [.. _connection.Query<StoredClaimRow>(View(SqliteSql.FindClaims), ClaimFilterParameters.Of(filter, Needle(filter.Text))).Select(r => r.ToRecord())];
    }

    public long CountClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _connection.ExecuteScalar<long>(CurrentReadSql.CountOf(View(SqliteSql.FindClaims)), ClaimFilterParameters.Of(filter, Needle(filter.Text)));
    }

    public EntityDossier? Dossier(string nameOrKey, string? asOf)
    {
        var profile = Profile(nameOrKey);
        return profile is null ? null : profile with
        {
            Claims = [.. _connection.Query<StoredClaimRow>(View(SqliteSql.Read.ClaimsOfEntity), new { key = profile.Entity.Key, asOf = AsOfDate.Normalize(asOf) }).Select(r => r.ToRecord())],
        };
    }

    public EntityDossier? Profile(string nameOrKey)
    {
        ArgumentNullException.ThrowIfNull(nameOrKey);
        var q = Needle(nameOrKey);
        if (q is null)
        {
            return null;
        }

        var entity = _connection.QueryFirstOrDefault<StoredEntityRow>(View(SqliteSql.Read.EntityByKey), new { key = nameOrKey.Trim() })
            ?? _connection.QueryFirstOrDefault<StoredEntityRow>(View(SqliteSql.ResolveEntity), new { q });
        if (entity is null)
        {
            return null;
        }

        var names = _connection.Query<string>(SqliteSql.Read.MentionNames, new { key = entity.Key }).ToList();
        return new EntityDossier(entity.ToRecord(), names, []);
    }

    public DocumentDeletion? Delete(string key, string? reason, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        try
        {
            using var tx = _connection.BeginTransaction(deferred: false);
            var deletion = DocumentDeletions.Delete(_connection, tx, key, reason, user, DateTime.UtcNow);
            tx.Commit();
            return deletion;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{_path}: {key} not deleted: {SqliteConnections.Describe(ex)}.", ex);
        }
    }

    public SearchResults Search(string text, int limit, int offset) =>
        new FullTextSearch(SqliteSql.SearchDocuments, SqliteSql.CountDocumentHits, View(SqliteSql.SearchClaims), View(SqliteSql.CountClaimHits))
            .Run(_connection, SearchText.Fts5(FullTextSearch.WordsOf(text)), limit, offset);

    public void Dispose() => _connection.Dispose();

    private (string Sql, object Parameters) EntityQuery(string? search, EntityType? type, int limit, int offset)
    {
        var keys = EntityNameKeys.Range(search);
        var needle = Needle(search);
        return (
            needle is null || Ascii.IsValid(needle) ? View(SqliteSql.FindEntitiesAscii) : View(SqliteSql.FindEntities),
            new { needle, keyFrom = keys?.From, keyTo = keys?.To, type = type?.ToName(), limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) });
    }

    private string View(string statement) => ClaimViews.Apply(statement, _view);

    /// <summary>Search text folded the way the <c>casefold</c> SQL function folds stored text; null when there is nothing to match.</summary>
    private static string? Needle(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();
}
