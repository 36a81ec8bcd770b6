using System.Data.Common;
using ArmsTrace.Storage.Searching;
using ArmsTrace.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>
/// SQLite's side of <see cref="SqlDialect"/>: lists expand as <c>IN @x</c>, flags are 0 and 1,
/// search is FTS5, and a writer's immediate transaction queues it behind other writers, in this
/// process or another. Search text is folded here as the registered <c>casefold</c> folds stored text.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    private SqliteDialect()
    {
    }

    public override string True => "1";

    public override string False => "0";

    public override string BandKeyRows => "(SELECT value AS band_key FROM json_each(@bandKeysJson)) AS k";

    public override string JsonRows(string parameter) => $"json_each(@{parameter}) AS r";

    public override string IsTrue(string column) => $"{column} = 1";

    public override string InList(string column, string list) => $"{column} IN @{list}";

    public override string Least(string left, string right) => $"min({left}, {right})";

    public override string Position(string text, string part) => $"instr({text}, {part})";

    public override string Folded(string parameter) => parameter;

    public override string FoldSearch(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        return trimmed.ToUpperInvariant();
    }

    public override string KeyParameter(string parameter) => parameter;

    /// <summary>The generated column of migration 0013: SQLite does not use an index on the expression itself for a join.</summary>
    public override string FactTarget(string alias) => $"{alias}.fact_target";

    /// <summary>A phrase in the trigram table matches any case, so it finds more than upper() does, never fewer.</summary>
    public override string EntityNameCandidates => "SELECT t.entity_key FROM entity_name_trigrams t WHERE entity_name_trigrams MATCH @needlePattern";

    /// <summary>The needle as one FTS5 phrase, its quotes doubled.</summary>
    public override string NeedlePattern(string needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        return "\"" + needle.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public override string SearchQuery(IReadOnlyList<string> words) => SearchText.Fts5(words);

    /// <summary>
    /// bm25 scores every match before the first row comes back (0.3 s for a word in 300,000 claims), so a page
    /// is ranked among the newest @candidates matches only: a range of rowids FTS5 reads alone.
    /// </summary>
    public override FullTextSearch Search(string currentClaims) => new(
        """
        SELECT d.doc_key AS Key, d.version AS Version, d.title AS Title, d.url AS Url, d.outlet AS Outlet, d.published AS Published,
            snippet(documents_fts, 1, @open, @close, '…', 32) AS Snippet
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid AND d.is_current = 1
        WHERE documents_fts MATCH @query AND documents_fts.rowid >= (
            SELECT COALESCE(MIN(id), 0) FROM (
                SELECT documents_fts.rowid AS id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid AND d.is_current = 1
                WHERE documents_fts MATCH @query ORDER BY documents_fts.rowid DESC LIMIT @candidates))
        ORDER BY documents_fts.rank, d.id
        LIMIT @limit OFFSET @offset
        """,
        """
        SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid AND d.is_current = 1
            WHERE documents_fts MATCH @query LIMIT @cap)
        """,
        $"""
        SELECT c.id AS Id, c.type AS Type, c.subject_key AS SubjectKey, c.subject_name AS SubjectName,
            c.object_key AS ObjectKey, c.object_name AS ObjectName, c.stance AS Stance,
            d.doc_key AS DocumentKey, d.title AS DocumentTitle, d.published AS Published,
            highlight(claims_fts, 0, @open, @close) AS Evidence
        FROM claims_fts, {currentClaims}
        WHERE claims_fts MATCH @query AND c.id = claims_fts.rowid AND claims_fts.rowid >= (
            SELECT COALESCE(MIN(id), 0) FROM (
                SELECT claims_fts.rowid AS id FROM claims_fts, {currentClaims}
                WHERE claims_fts MATCH @query AND c.id = claims_fts.rowid ORDER BY claims_fts.rowid DESC LIMIT @candidates))
        ORDER BY claims_fts.rank, c.id
        LIMIT @limit OFFSET @offset
        """,
        $"""
        SELECT COUNT(*) FROM (SELECT 1 FROM claims_fts, {currentClaims}
            WHERE claims_fts MATCH @query AND c.id = claims_fts.rowid LIMIT @cap)
        """);

    /// <summary>Immediate, so the duplicate check and the writes see the same state even with another writer.</summary>
    public override DbTransaction BeginWrite(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    /// <summary>SQLite's error codes in words a user can act on.</summary>
    public override string? Describe(DbException error) => error is not SqliteException sqlite ? null : sqlite.SqliteErrorCode switch
    {
        26 => "the file is not a SQLite database",
        14 => "the file cannot be opened or created",
        5 or 6 => "the database is locked by another program",
        _ => sqlite.Message.TrimEnd('.'),
    };
}
