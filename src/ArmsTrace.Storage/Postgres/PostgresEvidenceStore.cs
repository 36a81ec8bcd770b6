using System.Text;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Origins;
using ArmsTrace.Storage.Review;
using ArmsTrace.Storage.Rows;
using ArmsTrace.Storage.Searching;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// The evidence store in a PostgreSQL database. One connection per store, so an instance is for
/// one thread at a time; any number of stores, in any processes, may share the database.
/// </summary>
public sealed class PostgresEvidenceStore : IEvidenceStore
{
    private readonly NpgsqlConnection _connection;
    private readonly string _display;
    private readonly ClaimView _view;

    private PostgresEvidenceStore(NpgsqlConnection connection, string display, ClaimView view)
    {
        _connection = connection;
        _display = display;
        _view = view;
    }

    /// <summary>Test hook: runs inside the ingest transaction after the claims are written, before commit.</summary>
    internal Action? FailBeforeCommitForTesting { get; set; }

    /// <summary>Bench hook: false skips near-duplicate and news-agency detection, so its cost can be measured.</summary>
    internal bool DetectOrigins { get; set; } = true;

    /// <summary>Connects to the database named by a URL or connection string and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The location is malformed, the server cannot be reached or refuses the login, or the database is not usable.</exception>
    public static PostgresEvidenceStore Open(string urlOrConnectionString) => Open(PostgresLocation.Parse(urlOrConnectionString), ClaimView.Reviewed);

    internal static PostgresEvidenceStore Open(PostgresLocation location, ClaimView view) => new(PostgresConnections.Open(location), location.Display, view);

    /// <summary>As <see cref="Open(PostgresLocation)"/> without the migration check, for a server that opened the database once at start.</summary>
    internal static PostgresEvidenceStore OpenCurrent(PostgresLocation location, ClaimView view) => new(PostgresConnections.Open(location, migrate: false), location.Display, view);

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
        catch (NpgsqlException ex)
        {
            throw new StoreException($"{_display}: {rows.Document.Key} not stored: {PostgresConnections.Describe(ex)}.", ex);
        }
    }

    private IngestResult Write(IngestRows rows, OriginEvidence origin, bool reextracted)
    {
        var doc = rows.Document;
        using var tx = _connection.BeginTransaction();
        _connection.Execute(PostgresSql.LockForIngest, transaction: tx);
        var same = _connection.QueryFirstOrDefault<CurrentVersionRow>(reextracted ? PostgresSql.FindCurrentByKey : PostgresSql.FindCurrentByHash, new { key = doc.Key, hash = doc.ContentHash }, tx);
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

        var previous = _connection.ExecuteScalar<long?>(PostgresSql.LatestVersion, new { key = doc.Key }, tx);
        var version = (int)(previous ?? 0) + 1;
        _connection.Execute(PostgresSql.RetireCurrent, new { key = doc.Key }, tx);
        var documentId = _connection.ExecuteScalar<long>(
            PostgresSql.InsertDocument,
            new { doc.Key, Version = (long)version, doc.ContentHash, doc.Title, doc.Url, doc.Outlet, doc.Published, doc.RawText, doc.IngestedAt },
            tx);
        OriginFinder.Assign(_connection, tx, OriginStatements.Postgres, documentId, doc.Key, origin);
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

    public StoreSummary Summary() => Guard("summary", () => SummaryQuery.Run(_connection, PostgresSql.CountCurrentDocuments, PostgresSql.Read, _view));

    public IReadOnlyList<StoredEntity> FindEntities(string? search, EntityType? type, int limit, int offset)
    {
        var (sql, parameters) = EntityQuery(search, type, limit, offset);
        return Guard("entity search", () => (IReadOnlyList<StoredEntity>)[.. _connection.Query<StoredEntityRow>(sql, parameters).Select(r => r.ToRecord())]);
    }

    public long CountEntities(string? search, EntityType? type)
    {
        var (sql, parameters) = EntityQuery(search, type, 1, 0);
        return Guard("entity count", () => _connection.ExecuteScalar<long>(CurrentReadSql.CountOf(sql), parameters));
    }

    public IReadOnlyList<StoredClaim> FindClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("claim search", () => (IReadOnlyList<StoredClaim>)[.. _connection.Query<StoredClaimRow>(View(PostgresSql.FindClaims), ClaimFilterParameters.Of(filter, Blank(filter.Text))).Select(r => r.ToRecord())]);
    }

    public long CountClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("claim count", () => _connection.ExecuteScalar<long>(CurrentReadSql.CountOf(View(PostgresSql.FindClaims)), ClaimFilterParameters.Of(filter, Blank(filter.Text))));
    }

    public EntityDossier? Dossier(string nameOrKey, string? asOf)
    {
        var profile = Profile(nameOrKey);
        return profile is null ? null : profile with
        {
            Claims = Guard("dossier", () => _connection.Query<StoredClaimRow>(View(PostgresSql.Read.ClaimsOfEntity), new { key = profile.Entity.Key, asOf = AsOfDate.Normalize(asOf) }).Select(r => r.ToRecord()).ToList()),
        };
    }

    public EntityDossier? Profile(string nameOrKey)
    {
        ArgumentNullException.ThrowIfNull(nameOrKey);
        var q = Blank(nameOrKey);
        if (q is null)
        {
            return null;
        }

        return Guard("dossier", () =>
        {
            var entity = _connection.QueryFirstOrDefault<StoredEntityRow>(View(PostgresSql.Read.EntityByKey), new { key = nameOrKey.Trim() })
                ?? _connection.QueryFirstOrDefault<StoredEntityRow>(View(PostgresSql.ResolveEntity), new { q });
            if (entity is null)
            {
                return null;
            }

            var names = _connection.Query<string>(PostgresSql.Read.MentionNames, new { key = entity.Key }).ToList();
            return new EntityDossier(entity.ToRecord(), names, []);
        });
    }

    public DocumentDeletion? Delete(string key, string? reason, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        try
        {
            using var tx = _connection.BeginTransaction();
            _connection.Execute(PostgresSql.LockForIngest, transaction: tx);
            var deletion = DocumentDeletions.Delete(_connection, tx, key, reason, user, DateTime.UtcNow);
            tx.Commit();
            return deletion;
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"{_display}: {key} not deleted: {PostgresConnections.Describe(ex)}.", ex);
        }
    }

    public SearchResults Search(string text, int limit, int offset)
    {
        var query = SearchText.Plain(FullTextSearch.WordsOf(text));
        return Guard("search", () => new FullTextSearch(PostgresSql.SearchDocuments, PostgresSql.CountDocumentHits, View(PostgresSql.SearchClaims), View(PostgresSql.CountClaimHits))
            .Run(_connection, query, limit, offset));
    }

    public void Dispose() => _connection.Dispose();

    private string View(string statement) => ClaimViews.Apply(statement, _view);

    private (string Sql, object Parameters) EntityQuery(string? search, EntityType? type, int limit, int offset)
    {
        var keys = EntityNameKeys.Range(search);
        var needle = Blank(search)?.Trim();
        var ascii = needle is null || Ascii.IsValid(needle);
        return (
            ascii ? View(PostgresSql.FindEntitiesAscii) : View(PostgresSql.FindEntities),
            new { needle = ascii ? needle?.ToUpperInvariant() : needle, keyFrom = keys?.From, keyTo = keys?.To, type = type?.ToName(), limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) });
    }

    /// <summary>A server can go away between calls, unlike a local file; callers get the store's own error for it.</summary>
    private T Guard<T>(string what, Func<T> query)
    {
        try
        {
            return query();
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"{_display}: {what} failed: {PostgresConnections.Describe(ex)}.", ex);
        }
    }

    /// <summary>Search text as typed, trimmed; the SQL folds its case. Null when there is nothing to match.</summary>
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
