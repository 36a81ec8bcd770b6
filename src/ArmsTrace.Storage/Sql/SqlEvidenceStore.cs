using System.Data.Common;
using System.Text;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Origins;
using ArmsTrace.Storage.Review;
using ArmsTrace.Storage.Rows;
using ArmsTrace.Storage.Searching;
using Dapper;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// The evidence store on any database, through its <see cref="SqlDialect"/>. One connection per store,
/// so an instance is for one thread at a time; any number of stores, in any processes, may share the
/// database. Its errors come out as <see cref="StoreException"/>, since a server can go away between calls.
/// </summary>
internal sealed class SqlEvidenceStore : IEvidenceStore
{
    /// <summary>
    /// The fewest characters looked up in the name trigram index; shorter needles test every name. Three letters are
    /// the index's least, but they hold about one name in twenty (5,123 of 100,000 for "MAR"), and fetching those one
    /// by one cost more on PostgreSQL than reading every name (250 against 140 ms; four letters: 131 names, 15 ms).
    /// </summary>
    private const int MinimumIndexedNeedle = 4;

    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly SqlStatements _sql;
    private readonly string _display;
    private readonly ClaimView _view;
    private readonly TimeProvider _time;

    /// <param name="connection">An open connection to an up-to-date database, which the store disposes.</param>
    /// <param name="display">The database for messages: a file path, or a URL without its password.</param>
    public SqlEvidenceStore(DbConnection connection, SqlDialect dialect, string display, ClaimView view, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        _connection = connection;
        _dialect = dialect;
        _sql = dialect.Statements;
        _display = display;
        _view = view;
        _time = time;
    }

    /// <summary>Test hook: runs inside the ingest transaction after a new document's or version's claims are written, with its key, before commit.</summary>
    internal Action<string>? FailBeforeCommitForTesting { get; set; }

    /// <summary>Bench hook: false skips near-duplicate and news-agency detection, so its cost can be measured.</summary>
    internal bool DetectOrigins { get; set; } = true;

    public IngestResult Ingest(AnalysisContext analysed, string extractorVersion) => Single(Prepare(analysed, extractorVersion), reextracted: false);

    public IngestResult Reextract(AnalysisContext analysed, string extractorVersion) => Single(Prepare(analysed, extractorVersion), reextracted: true);

    /// <summary>Reads nothing from the connection, so extraction threads may call it while the writer stores.</summary>
    public PreparedIngest Prepare(AnalysisContext analysed, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(extractorVersion);
        return new PreparedIngest(IngestRows.From(analysed, extractorVersion, _time.GetUtcNow().UtcDateTime), OriginEvidence.From(analysed, DetectOrigins));
    }

    public IReadOnlyList<IngestAttempt> IngestBatch(IReadOnlyList<PreparedIngest> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return [];
        }

        try
        {
            return _dialect.Guard(_display, $"{documents[0].Key} and {documents.Count - 1} more not stored", () =>
            {
                using var tx = _dialect.BeginWrite(_connection);
                var results = documents.Select(d => new IngestAttempt(d.Key, Write(tx, d, reextracted: false), null)).ToList();
                tx.Commit();
                return results;
            });
        }
        catch (Exception ex) when (ex is StoreException or InvalidOperationException)
        {
            // Rolled back whole; one at a time, the documents the database takes are stored and the error lands on the one it refuses.
            return [.. documents.Select(Alone)];
        }
    }

    private IngestAttempt Alone(PreparedIngest document)
    {
        try
        {
            return new IngestAttempt(document.Key, Single(document, reextracted: false), null);
        }
        catch (StoreException ex)
        {
            return new IngestAttempt(document.Key, null, ex);
        }
        catch (InvalidOperationException ex)
        {
            return new IngestAttempt(document.Key, null, new StoreException($"{_display}: {document.Key} not stored: {ex.Message}", ex));
        }
    }

    private IngestResult Single(PreparedIngest document, bool reextracted) =>
        _dialect.Guard(_display, $"{document.Key} not stored", () =>
        {
            using var tx = _dialect.BeginWrite(_connection);
            var result = Write(tx, document, reextracted);
            if (result.Outcome != IngestOutcome.Unchanged)
            {
                tx.Commit();
            }

            return result;
        });

    /// <summary>One document's statements inside the caller's transaction, which commits them.</summary>
    private IngestResult Write(DbTransaction tx, PreparedIngest document, bool reextracted)
    {
        var rows = document.Rows;
        var doc = rows.Document;
        var same = _connection.QueryFirstOrDefault<CurrentVersionRow>(reextracted ? _sql.FindCurrentByKey : _sql.FindCurrentByHash, new { key = doc.Key, hash = doc.ContentHash }, tx);
        if (same is not null && (!reextracted || ExtractionSignature.Same(_connection, tx, same.Id, rows)))
        {
            if (reextracted || !same.IsCorrectedBy(doc))
            {
                return new IngestResult(IngestOutcome.Unchanged, same.Id, (int)same.Version, 0, 0);
            }

            _connection.Execute(IngestSql.CorrectMetadata, new { same.Id, doc.Title, doc.Url, doc.Outlet, doc.Published }, tx);
            return new IngestResult(IngestOutcome.MetadataUpdated, same.Id, (int)same.Version, 0, 0);
        }

        var previous = _connection.ExecuteScalar<long?>(SqlStatements.LatestVersion, new { key = doc.Key }, tx);
        var version = (int)(previous ?? 0) + 1;
        if (previous is not null)
        {
            _connection.Execute(_sql.RetireCurrent, new { key = doc.Key }, tx);
        }

        var documentId = _connection.ExecuteScalar<long>(
            _sql.InsertDocument,
            new { doc.Key, Version = (long)version, doc.ContentHash, doc.Title, doc.Url, doc.Outlet, doc.Published, doc.RawText, doc.IngestedAt },
            tx);
        OriginFinder.Assign(_connection, tx, _sql.Origins, documentId, doc.Key, document.Origin);
        _connection.Execute(IngestSql.UpsertEntity, rows.Entities, tx);
        if (document.NameKeyCount > 0)
        {
            _connection.Execute(_sql.InsertNameKeys, new { rows = document.NameKeysJson }, tx);
        }

        if (rows.Mentions.Count > 0)
        {
            _connection.Execute(_sql.InsertMentions, new { DocumentId = documentId, rows = document.MentionsJson }, tx);
        }

        _connection.Execute(IngestSql.InsertClaim, rows.Claims.Select(c => c with { DocumentId = documentId }), tx);
        var orphaned = JudgementReplay.Reattach(_connection, tx, doc.Key, documentId);
        FailBeforeCommitForTesting?.Invoke(doc.Key);
        var outcome = previous is null ? IngestOutcome.Added : IngestOutcome.NewVersion;
        return new IngestResult(outcome, documentId, version, rows.Mentions.Count, rows.Claims.Count, orphaned);
    }

    public StoreSummary Summary() => Guard("summary", () => SummaryQuery.Run(_connection, _sql.CountCurrentDocuments, _sql.Read, _view));

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
        return Guard("claim search", () => (IReadOnlyList<StoredClaim>)[.. _connection.Query<StoredClaimRow>(View(_sql.FindClaims), ClaimFilterParameters.Of(filter, Needle(filter.Text))).Select(r => r.ToRecord())]);
    }

    public long CountClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("claim count", () => _connection.ExecuteScalar<long>(CurrentReadSql.CountOf(View(_sql.FindClaims)), ClaimFilterParameters.Of(filter, Needle(filter.Text))));
    }

    public EntityDossier? Dossier(string nameOrKey, string? asOf)
    {
        var profile = Profile(nameOrKey);
        return profile is null ? null : profile with
        {
            Claims = Guard("dossier", () => _connection.Query<StoredClaimRow>(View(_sql.Read.ClaimsOfEntity), new { key = profile.Entity.Key, asOf = AsOfDate.Normalize(asOf) }).Select(r => r.ToRecord()).ToList()),
        };
    }

    public EntityDossier? Profile(string nameOrKey)
    {
        ArgumentNullException.ThrowIfNull(nameOrKey);
        var q = Needle(nameOrKey);
        return q is null ? null : Guard("dossier", () =>
        {
            var entity = _connection.QueryFirstOrDefault<StoredEntityRow>(View(_sql.Read.EntityByKey), new { key = nameOrKey.Trim() })
                ?? _connection.QueryFirstOrDefault<StoredEntityRow>(View(_sql.ResolveEntity), new { q });
            return entity is null ? null : new EntityDossier(entity.ToRecord(), [.. _connection.Query<string>(_sql.Read.MentionNames, new { key = entity.Key })], []);
        });
    }

    public DocumentDeletion? Delete(string key, string? reason, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        return _dialect.Guard(_display, $"{key} not deleted", () =>
        {
            using var tx = _dialect.BeginWrite(_connection);
            var deletion = DocumentDeletions.Delete(_connection, tx, key, reason, user, _time.GetUtcNow().UtcDateTime);
            tx.Commit();
            return deletion;
        });
    }

    public SearchResults Search(string text, int limit, int offset)
    {
        var query = _dialect.SearchQuery(FullTextSearch.WordsOf(text));
        var search = _sql.Search;
        return Guard("search", () => (search with { Claims = View(search.Claims), CountClaims = View(search.CountClaims) }).Run(_connection, query, limit, offset));
    }

    public void Dispose() => _connection.Dispose();

    private (string Sql, object Parameters) EntityQuery(string? search, EntityType? type, int limit, int offset)
    {
        var keys = EntityNameKeys.Range(search);
        var trimmed = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var ascii = trimmed is null || Ascii.IsValid(trimmed);
        var needle = ascii ? trimmed?.ToUpperInvariant() : Needle(trimmed);
        var indexed = ascii && trimmed is { Length: >= MinimumIndexedNeedle };
        return (
            View(indexed ? _sql.FindEntitiesIndexed : ascii ? _sql.FindEntitiesAscii : _sql.FindEntities),
            new { needle, needlePattern = indexed ? _dialect.NeedlePattern(needle!) : null, keyFrom = keys?.From, keyTo = keys?.To, type = type?.ToName(), limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) });
    }

    private string View(string statement) => ClaimViews.Apply(statement, _view);

    private T Guard<T>(string what, Func<T> query) => _dialect.Guard(_display, what + " failed", query);

    /// <summary>Search text trimmed and folded as the dialect matches it; null when there is nothing to match.</summary>
    private string? Needle(string? text) => string.IsNullOrWhiteSpace(text) ? null : _dialect.FoldSearch(text.Trim());
}
