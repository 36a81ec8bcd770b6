using System.Data.Common;
using System.Globalization;
using ArmsTrace.Storage.Lists;
using Dapper;

namespace ArmsTrace.Storage.Sql;

/// <summary>Imported sanctions-list entries on any database; see <see cref="IListStore"/>.</summary>
/// <param name="connection">An open connection to an up-to-date database, which the store disposes.</param>
internal sealed class SqlListStore(DbConnection connection, SqlDialect dialect, string display) : IListStore
{
    private const string Upsert = """
        INSERT INTO list_entries (list, entry_id, name, aliases, type, country, birth_date, programs, source_file, imported_at)
        VALUES (@List, @EntryId, @Name, @Aliases, @Type, @Country, @BirthDate, @Programs, @SourceFile, @At)
        ON CONFLICT (list, entry_id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, type = excluded.type,
            country = excluded.country, birth_date = excluded.birth_date, programs = excluded.programs,
            source_file = excluded.source_file, imported_at = excluded.imported_at
        """;

    private const string SelectAll = "SELECT list, entry_id, name, aliases, type, country, birth_date, programs FROM list_entries ORDER BY list, entry_id";

    public int Import(IReadOnlyList<ListEntry> entries, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        return dialect.Guard(display, sourceFile, () =>
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(
                Upsert,
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

    public IReadOnlyList<ListEntry> All() => dialect.Guard(display, "list entries", () =>
        (IReadOnlyList<ListEntry>)[.. connection.Query<(string List, string EntryId, string Name, string Aliases, string? Type, string? Country, string? BirthDate, string? Programs)>(SelectAll)
            .Select(r => new ListEntry(
                r.List,
                r.EntryId,
                r.Name,
                r.Aliases.Length == 0 ? [] : r.Aliases.Split('\n'),
                r.Type,
                r.Country,
                r.BirthDate,
                string.IsNullOrEmpty(r.Programs) ? [] : r.Programs.Split(' ')))]);

    public void Dispose() => connection.Dispose();
}
