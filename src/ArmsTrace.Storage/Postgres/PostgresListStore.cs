using System.Globalization;
using ArmsTrace.Storage.Lists;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>Imported sanctions-list entries in an ArmsTrace PostgreSQL database; see <see cref="IListStore"/>.</summary>
internal sealed class PostgresListStore : IListStore
{
    private readonly NpgsqlConnection _connection;
    private readonly string _display;

    private PostgresListStore(NpgsqlConnection connection, string display)
    {
        _connection = connection;
        _display = display;
    }

    /// <exception cref="StoreException">The database cannot be reached or is not usable.</exception>
    public static PostgresListStore Open(PostgresLocation location) => new(PostgresConnections.Open(location), location.Display);

    public int Import(IReadOnlyList<ListEntry> entries, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        return Guard(sourceFile, () =>
        {
            using var tx = _connection.BeginTransaction();
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
        });
    }

    public IReadOnlyList<ListEntry> All() => Guard("list entries", () =>
        (IReadOnlyList<ListEntry>)[.. _connection.Query<(string List, string EntryId, string Name, string Aliases, string? Type, string? Country, string? BirthDate, string? Programs)>(
            "SELECT list, entry_id, name, aliases, type, country, birth_date, programs FROM list_entries ORDER BY list, entry_id")
            .Select(r => new ListEntry(
                r.List,
                r.EntryId,
                r.Name,
                r.Aliases.Length == 0 ? [] : r.Aliases.Split('\n'),
                r.Type,
                r.Country,
                r.BirthDate,
                string.IsNullOrEmpty(r.Programs) ? [] : r.Programs.Split(' ')))]);

    public void Dispose() => _connection.Dispose();

    private T Guard<T>(string what, Func<T> query)
    {
        try
        {
            return query();
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"{_display}: {what}: {PostgresConnections.Describe(ex)}.", ex);
        }
    }
}
