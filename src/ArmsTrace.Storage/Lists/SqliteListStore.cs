using ArmsTrace.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Lists;

/// <summary>Imported sanctions-list entries in an ArmsTrace SQLite file; see <see cref="IListStore"/>.</summary>
internal sealed class SqliteListStore : IListStore
{
    private readonly SqliteConnection _connection;

    private SqliteListStore(SqliteConnection connection) => _connection = connection;

    /// <exception cref="StoreException">The file is not a usable ArmsTrace database.</exception>
    public static SqliteListStore Open(string path) => new(SqliteConnections.Open(path));

    public int Import(IReadOnlyList<ListEntry> entries, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var tx = _connection.BeginTransaction(deferred: false);
        var at = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        _connection.Execute(
            """
            INSERT INTO list_entries (list, entry_id, name, aliases, type, country, birth_date, programs, source_file, imported_at)
            VALUES (@List, @EntryId, @Name, @Aliases, @Type, @Country, @BirthDate, @Programs, @SourceFile, @At)
            ON CONFLICT (list, entry_id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, type = excluded.type,
                country = excluded.country, birth_date = excluded.birth_date, programs = excluded.programs,
                source_file = excluded.source_file, imported_at = excluded.imported_at
            """,
            entries.Select(e => new
            {
                e.List,
                e.EntryId,
                e.Name,
                Aliases = string.Join('\n', e.Aliases),
                e.Type,
                e.Country,
                e.BirthDate,
                Programs = string.Join(' ', e.Programs),
                SourceFile = sourceFile,
                At = at,
            }),
            tx);
        tx.Commit();
        return entries.Count;
    }

    public IReadOnlyList<ListEntry> All() =>
        [.. _connection.Query<(string List, string EntryId, string Name, string Aliases, string? Type, string? Country, string? BirthDate, string? Programs)>(
            "SELECT list, entry_id, name, aliases, type, country, birth_date, programs FROM list_entries ORDER BY list, entry_id")
            .Select(r => new ListEntry(
                r.List,
                r.EntryId,
                r.Name,
                r.Aliases.Length == 0 ? [] : r.Aliases.Split('\n'),
                r.Type,
                r.Country,
                r.BirthDate,
                string.IsNullOrEmpty(r.Programs) ? [] : r.Programs.Split(' ')))];

    public void Dispose() => _connection.Dispose();
}
