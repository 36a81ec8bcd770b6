using System.Data.Common;
using ArmsTrace.Storage.Merges;
using Dapper;

namespace ArmsTrace.Storage.Sql;

/// <summary>Merge judgements on any database; see <see cref="IMergeStore"/>.</summary>
/// <param name="connection">An open connection to an up-to-date database, which the store disposes.</param>
internal sealed class SqlMergeStore(DbConnection connection, SqlDialect dialect, string display) : IMergeStore
{
    private const string Columns = """
        id AS Id, left_key AS LeftKey, right_key AS RightKey, kind AS Kind, score AS Score, reasons AS Reasons,
        decided_by AS DecidedBy, decided_at AS DecidedAt, undone_at AS UndoneAt, undone_by AS UndoneBy
        """;

    public MergeRecord Merge(string leftKey, string rightKey, MergeKind kind, double? score, IReadOnlyList<string> reasons, string decidedBy)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        foreach (var key in new[] { leftKey, rightKey })
        {
            if (Guard(() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM entities WHERE entity_key = @key", new { key })) == 0)
            {
                throw new StoreException($"{display}: no entity with key '{key}'.");
            }
        }

        if (string.Equals(leftKey, rightKey, StringComparison.Ordinal))
        {
            throw new StoreException($"'{leftKey}' cannot be merged with itself.");
        }

        if (Cluster(leftKey).Contains(rightKey, StringComparer.Ordinal))
        {
            throw new StoreException($"'{leftKey}' and '{rightKey}' are already merged.");
        }

        var id = Guard(() => connection.ExecuteScalar<long>(
            """
            INSERT INTO merges (left_key, right_key, kind, score, reasons, decided_by, decided_at)
            VALUES (@leftKey, @rightKey, @kind, @score, @reasons, @decidedBy, @at) RETURNING id
            """,
            new { leftKey, rightKey, kind = kind == MergeKind.Manual ? "manual" : "auto", score, reasons = string.Join('\n', reasons), decidedBy, at = MergeRow.Now() }));
        return Find(id)!;
    }

    public MergeRecord Undo(long id, string undoneBy)
    {
        var merge = Find(id) ?? throw new StoreException($"{display}: no merge with id {id}; `armstrace merges list` shows them.");
        if (!merge.Active)
        {
            throw new StoreException($"Merge {id} was already undone at {merge.UndoneAt}.");
        }

        Guard(() => connection.Execute("UPDATE merges SET undone_at = @at, undone_by = @undoneBy WHERE id = @id", new { id, undoneBy, at = MergeRow.Now() }));
        return Find(id)!;
    }

    public MergeRecord? Find(long id) =>
        Guard(() => connection.QueryFirstOrDefault<MergeRow>($"SELECT {Columns} FROM merges WHERE id = @id", new { id })?.ToRecord());

    public IReadOnlyList<MergeRecord> List(bool includeUndone) =>
        Guard(() => (IReadOnlyList<MergeRecord>)[.. connection.Query<MergeRow>($"SELECT {Columns} FROM merges WHERE @all OR undone_at IS NULL ORDER BY id", new { all = includeUndone })
            .Select(r => r.ToRecord())]);

    public IReadOnlyList<string> Cluster(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = Guard(() => connection.Query<string>(
            $"""
            WITH RECURSIVE cluster(k) AS (
                SELECT {dialect.KeyParameter("@key")}
                UNION
                SELECT CASE WHEN m.left_key = c.k THEN m.right_key ELSE m.left_key END
                FROM merges m JOIN cluster c ON (m.left_key = c.k OR m.right_key = c.k) AND m.undone_at IS NULL)
            SELECT k FROM cluster
            """,
            new { key }).ToList());
        keys.Remove(key);
        keys.Sort(StringComparer.Ordinal);
        return [key, .. keys];
    }

    public IReadOnlyList<MergeCandidate> Candidates() => Guard(() =>
    {
        var sql = dialect.Statements;
        var names = connection.Query<(string Key, string Text)>($"SELECT DISTINCT m.entity_key, m.text FROM {sql.CurrentMentions}")
            .ToLookup(r => r.Key, r => r.Text, StringComparer.Ordinal);
        var neighbours = connection.Query<(string A, string B)>(
            $"""
            SELECT c.subject_key, c.object_key FROM {sql.CurrentClaims} WHERE c.object_key IS NOT NULL
            UNION SELECT c.subject_key, c.item_key FROM {sql.CurrentClaims} WHERE c.item_key IS NOT NULL
            """).SelectMany(p => new[] { (p.A, p.B), (A: p.B, B: p.A) })
            .ToLookup(p => p.A, p => p.B, StringComparer.Ordinal);
        var entities = connection.Query<(string Key, string Name, string Type)>("SELECT entity_key, name, type FROM entities ORDER BY entity_key");
        return (IReadOnlyList<MergeCandidate>)[.. entities
            .Where(e => names.Contains(e.Key) || neighbours.Contains(e.Key))
            .Select(e => new MergeCandidate(
                e.Key,
                e.Name,
                e.Type,
                [.. names[e.Key].Prepend(e.Name).Distinct(StringComparer.Ordinal)],
                neighbours[e.Key].Where(n => !string.Equals(n, e.Key, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)))];
    });

    public void Dispose() => connection.Dispose();

    private T Guard<T>(Func<T> query) => dialect.Guard(display, "merges", query);
}
