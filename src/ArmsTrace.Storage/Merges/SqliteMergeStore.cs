using ArmsTrace.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Merges;

/// <summary>Merge judgements in an ArmsTrace SQLite file; see <see cref="IMergeStore"/>.</summary>
internal sealed class SqliteMergeStore : IMergeStore
{
    private const string Columns = """
        id AS Id, left_key AS LeftKey, right_key AS RightKey, kind AS Kind, score AS Score, reasons AS Reasons,
        decided_by AS DecidedBy, decided_at AS DecidedAt, undone_at AS UndoneAt, undone_by AS UndoneBy
        """;

    private readonly SqliteConnection _connection;
    private readonly string _path;

    private SqliteMergeStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <exception cref="StoreException">The file is not a usable ArmsTrace database.</exception>
    public static SqliteMergeStore Open(string path) => new(SqliteConnections.Open(path), path);

    /// <summary>Records that <paramref name="leftKey"/> and <paramref name="rightKey"/> are one entity.</summary>
    /// <exception cref="StoreException">Either key is unknown, they are the same, or they are already in one cluster.</exception>
    public MergeRecord Merge(string leftKey, string rightKey, MergeKind kind, double? score, IReadOnlyList<string> reasons, string decidedBy)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        foreach (var key in new[] { leftKey, rightKey })
        {
            if (_connection.ExecuteScalar<long>("SELECT COUNT(*) FROM entities WHERE entity_key = @key", new { key }) == 0)
            {
                throw new StoreException($"{_path}: no entity with key '{key}'.");
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

        var id = _connection.ExecuteScalar<long>(
            """
            INSERT INTO merges (left_key, right_key, kind, score, reasons, decided_by, decided_at)
            VALUES (@leftKey, @rightKey, @kind, @score, @reasons, @decidedBy, @at) RETURNING id
            """,
            new { leftKey, rightKey, kind = kind == MergeKind.Manual ? "manual" : "auto", score, reasons = string.Join('\n', reasons), decidedBy, at = MergeRow.Now() });
        return Find(id)!;
    }

    /// <summary>Takes a merge back; the record stays, marked undone.</summary>
    /// <exception cref="StoreException">No merge has this id, or it was already undone.</exception>
    public MergeRecord Undo(long id, string undoneBy)
    {
        var merge = Find(id) ?? throw new StoreException($"{_path}: no merge with id {id}; `armstrace merges list` shows them.");
        if (!merge.Active)
        {
            throw new StoreException($"Merge {id} was already undone at {merge.UndoneAt}.");
        }

        _connection.Execute("UPDATE merges SET undone_at = @at, undone_by = @undoneBy WHERE id = @id", new { id, undoneBy, at = MergeRow.Now() });
        return Find(id)!;
    }

    public MergeRecord? Find(long id) =>
        _connection.QueryFirstOrDefault<MergeRow>($"SELECT {Columns} FROM merges WHERE id = @id", new { id })?.ToRecord();

    public IReadOnlyList<MergeRecord> List(bool includeUndone) =>
        [.. _connection.Query<MergeRow>($"SELECT {Columns} FROM merges WHERE @all OR undone_at IS NULL ORDER BY id", new { all = includeUndone })
            .Select(r => r.ToRecord())];

    /// <summary>Every key joined to <paramref name="key"/> by merges in force, the key itself first.</summary>
    public IReadOnlyList<string> Cluster(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = _connection.Query<string>(
            """
            WITH RECURSIVE cluster(k) AS (
                SELECT @key
                UNION
                SELECT CASE WHEN m.left_key = c.k THEN m.right_key ELSE m.left_key END
                FROM merges m JOIN cluster c ON (m.left_key = c.k OR m.right_key = c.k) AND m.undone_at IS NULL)
            SELECT k FROM cluster
            """,
            new { key }).ToList();
        keys.Remove(key);
        keys.Sort(StringComparer.Ordinal);
        return [key, .. keys];
    }

    /// <summary>Entities that current documents mention, with their mention texts and claim neighbours.</summary>
    public IReadOnlyList<MergeCandidate> Candidates()
    {
        var names = _connection.Query<(string Key, string Text)>(
            """
            SELECT DISTINCT m.entity_key, m.text FROM mentions m JOIN documents d ON d.id = m.document_id AND d.is_current = 1
            """).ToLookup(r => r.Key, r => r.Text, StringComparer.Ordinal);
        var neighbours = _connection.Query<(string A, string B)>(
            """
            SELECT c.subject_key, c.object_key FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
            WHERE c.object_key IS NOT NULL
            UNION SELECT c.subject_key, c.item_key FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current = 1
            WHERE c.item_key IS NOT NULL
            """).SelectMany(p => new[] { (p.A, p.B), (A: p.B, B: p.A) })
            .ToLookup(p => p.A, p => p.B, StringComparer.Ordinal);
        var entities = _connection.Query<(string Key, string Name, string Type)>("SELECT entity_key, name, type FROM entities ORDER BY entity_key");
        return [.. entities
            .Where(e => names.Contains(e.Key) || neighbours.Contains(e.Key))
            .Select(e => new MergeCandidate(
                e.Key,
                e.Name,
                e.Type,
                [.. names[e.Key].Prepend(e.Name).Distinct(StringComparer.Ordinal)],
                neighbours[e.Key].Where(n => !string.Equals(n, e.Key, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)))];
    }

    public void Dispose() => _connection.Dispose();
}
