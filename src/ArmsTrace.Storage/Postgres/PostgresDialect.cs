using System.Data.Common;
using System.Net.Sockets;
using ArmsTrace.Storage.Searching;
using ArmsTrace.Storage.Sql;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// PostgreSQL's side of <see cref="SqlDialect"/>: lists go in as arrays (<c>= ANY(@x)</c>), flags are
/// booleans, search is tsvector with ts_headline, both sides of a case-insensitive match are folded by
/// the schema's <c>casefold</c>, and writers take a table lock to queue as SQLite's immediate transaction makes them.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>
    /// Taken at the start of each write that must see every earlier one (an ingest's duplicate check and
    /// version number); readers are not blocked.
    /// </summary>
    private const string LockForWrite = "LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE";

    /// <summary>How ts_headline marks matches; a whole evidence sentence is marked, a document's text cut to passages around its matches.</summary>
    private const string Marks = $"StartSel=\"{Snippets.Open}\", StopSel=\"{Snippets.Close}\"";

    public static PostgresDialect Instance { get; } = new();

    private PostgresDialect()
    {
    }

    public override string True => "TRUE";

    public override string False => "FALSE";

    public override string JsonRows(string parameter) => $"jsonb_array_elements(CAST(@{parameter} AS jsonb)) WITH ORDINALITY AS r(value, key)";

    public override string BandKeyRows => "unnest(@bandKeys) AS k(band_key)";

    public override string IsTrue(string column) => column;

    public override string InList(string column, string list) => $"{column} = ANY(@{list})";

    public override string Least(string left, string right) => $"LEAST({left}, {right})";

    public override string Position(string text, string part) => $"strpos({text}, {part})";

    public override string Folded(string parameter) => $"casefold({parameter})";

    public override string FoldSearch(string trimmed) => trimmed;

    /// <summary>The cast and collation give the seed row the type of the key columns.</summary>
    public override string KeyParameter(string parameter) => $"CAST({parameter} AS text) COLLATE \"C\"";

    /// <summary>As the expression index ix_claims_edge has it.</summary>
    public override string FactTarget(string alias) => $"COALESCE({alias}.object_key, {alias}.item_key, '')";

    /// <summary>LIKE, which a pg_trgm index on upper(name) answers (migration 0010); without the index it reads every name, with the same answers.</summary>
    public override string EntityNameCandidates => "SELECT x.entity_key FROM entities x WHERE upper(x.name) LIKE @needlePattern";

    /// <summary>The needle between wildcards, with LIKE's own characters (and its escape, the backslash) escaped.</summary>
    public override string NeedlePattern(string needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        return "%" + needle.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }

    public override string SearchQuery(IReadOnlyList<string> words) => SearchText.Plain(words);

    /// <summary>
    /// Documents and claims matching @query (words for plainto_tsquery), best first (ts_rank) among the newest
    /// @candidates matches at ids from @from: a GIN index hands out matches in no order, and ranking or sorting
    /// every match of a common word read 300,000 rows, so <see cref="NewestWindows"/> finds a range of recent ids
    /// that holds the candidates. Passages are cut only for the page's rows, as ts_headline reads the whole text.
    /// </summary>
    /// <summary>
    /// The match test of the newest candidates: from a window of recent ids (@from above 0), hidden from the GIN index so
    /// the ids are read newest first and the read stops at the candidates (2 ms for "supplied", where the index read all
    /// 300,000 of its matches, 80 ms); over all ids, the plain test the index answers. The parameter is known when the
    /// statement is planned, so the CASE is gone by then.
    /// </summary>
    private static string NewestMatch(string alias) => $"(CASE WHEN @from > 0 THEN ({alias}.search @@ q.query) IS TRUE ELSE {alias}.search @@ q.query END)";

    public override FullTextSearch Search(string currentClaims) => new(
        $"""
        WITH q AS (SELECT plainto_tsquery('english', @query) AS query),
        newest AS (
            SELECT d.id
            FROM documents d, q
            WHERE d.is_current AND d.id >= @from AND {NewestMatch("d")}
            ORDER BY d.id DESC
            LIMIT @candidates),
        hits AS (
            SELECT d.id, ts_rank(d.search, q.query) AS score
            FROM newest JOIN documents d ON d.id = newest.id, q
            ORDER BY score DESC, d.id
            LIMIT @limit OFFSET @offset)
        SELECT d.doc_key AS Key, d.version AS Version, d.title AS Title, d.url AS Url, d.outlet AS Outlet, d.published AS Published,
            ts_headline('english', d.raw_text, q.query, '{Marks}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS Snippet
        FROM hits JOIN documents d ON d.id = hits.id, q
        ORDER BY hits.score DESC, d.id
        """,
        "SELECT COUNT(*) FROM (SELECT 1 FROM documents d WHERE d.is_current AND d.search @@ plainto_tsquery('english', @query) AND d.id >= @from LIMIT @cap) AS m",
        $"""
        WITH q AS (SELECT plainto_tsquery('english', @query) AS query),
        newest AS (
            SELECT c.id
            FROM {currentClaims}, q
            WHERE c.id >= @from AND {NewestMatch("c")}
            ORDER BY c.id DESC
            LIMIT @candidates),
        hits AS (
            SELECT c.id, ts_rank(c.search, q.query) AS score
            FROM newest JOIN claims c ON c.id = newest.id, q
            ORDER BY score DESC, c.id
            LIMIT @limit OFFSET @offset)
        SELECT c.id AS Id, c.type AS Type, c.subject_key AS SubjectKey, c.subject_name AS SubjectName,
            c.object_key AS ObjectKey, c.object_name AS ObjectName, c.stance AS Stance,
            d.doc_key AS DocumentKey, d.title AS DocumentTitle, d.published AS Published,
            ts_headline('english', c.evidence_text, q.query, '{Marks}, HighlightAll=true') AS Evidence
        FROM hits JOIN claims c ON c.id = hits.id JOIN documents d ON d.id = c.document_id, q
        ORDER BY hits.score DESC, c.id
        """,
        $"SELECT COUNT(*) FROM (SELECT 1 FROM {currentClaims} WHERE c.search @@ plainto_tsquery('english', @query) AND c.id >= @from LIMIT @cap) AS m",
        new NewestWindows("SELECT COALESCE(MAX(id), 0) FROM documents", "SELECT COALESCE(MAX(id), 0) FROM claims"));

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var tx = base.BeginWrite(connection);
        connection.Execute(LockForWrite, transaction: tx);
        return tx;
    }

    /// <summary>
    /// What went wrong, in words a user can act on. PostgreSQL's own message text is kept (it
    /// names the user, database or relation); the SQL state only picks the lead-in.
    /// </summary>
    public override string? Describe(DbException error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
            $"authentication failed: {pg.MessageText}",
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } pg =>
            $"{pg.MessageText} on that server (create it first, e.g. with createdb)",
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } pg =>
            $"permission denied: {pg.MessageText}",
        PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections } pg =>
            $"the server refuses connections now: {pg.MessageText}",
        PostgresException { SqlState: PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateFunction or PostgresErrorCodes.UndefinedColumn } pg =>
            $"the database holds tables of another program ({pg.MessageText})",
        PostgresException pg => pg.MessageText,
        NpgsqlException { InnerException: SocketException socket } => $"cannot connect to the server: {socket.Message}",
        NpgsqlException { InnerException: TimeoutException } => "cannot connect to the server: no answer before the timeout",
        NpgsqlException npgsql when npgsql.Message.Contains("password", StringComparison.OrdinalIgnoreCase) => $"authentication failed: {npgsql.Message.TrimEnd('.')}",
        NpgsqlException npgsql => npgsql.Message.TrimEnd('.'),
        _ => null,
    };
}
