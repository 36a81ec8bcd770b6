using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>Applies the embedded numbered migrations (Migrations/NNNN_name.sql) not yet applied, each in a transaction.</summary>
internal static class SqliteMigrator
{
    private const string Prefix = "ArmsTrace.Storage.Migrations.";

    public static IReadOnlyList<(int Number, string Name)> Known { get; } = [.. typeof(SqliteMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Select(n => (int.Parse(n[..4], CultureInfo.InvariantCulture), n))
        .OrderBy(m => m.Item1)];

    public static int Newest => Known.Count == 0 ? 0 : Known[^1].Number;

    public static void Apply(SqliteConnection connection, string path)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        if (Pending(connection, path, null).Count == 0)
        {
            return;
        }

        // Table rebuilds need foreign keys off, and SQLite ignores that pragma inside a transaction;
        // foreign_key_check below stands in for the checks skipped while it is off.
        connection.Execute("PRAGMA foreign_keys = OFF");
        try
        {
            foreach (var (number, name) in Known)
            {
                // Immediate transaction plus a re-read: a second process opening the same file
                // waits here and then finds the migration applied instead of applying it twice.
                using var tx = connection.BeginTransaction(deferred: false);
                if (!Pending(connection, path, tx).Contains(number))
                {
                    continue;
                }

                connection.Execute(Read(name), transaction: tx);
                if (name.EndsWith(Searching.EntityNameKeys.CreatedByMigration, StringComparison.Ordinal))
                {
                    Searching.EntityNameKeys.Fill(connection, tx);
                }

                var broken = connection.Query("PRAGMA foreign_key_check", transaction: tx).Count();
                if (broken > 0)
                {
                    throw new StoreException($"{path}: migration {name} would leave {broken} broken references; nothing was changed by it.");
                }

                connection.Execute(
                    "INSERT INTO schema_migrations (number, name, applied_at) VALUES (@number, @name, @at)",
                    new { number, name, at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    tx);
                tx.Commit();
            }
        }
        finally
        {
            connection.Execute("PRAGMA foreign_keys = ON");
        }
    }

    private static HashSet<int> Pending(SqliteConnection connection, string path, SqliteTransaction? tx)
    {
        var applied = connection.Query<long>("SELECT number FROM schema_migrations", transaction: tx).Select(n => (int)n).ToHashSet();
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > Newest)
        {
            throw new StoreException($"{path}: the database has schema version {newest}, newer than this program knows ({Newest}); use a newer armstrace.");
        }

        return [.. Known.Select(m => m.Number).Where(n => !applied.Contains(n))];
    }

    private static string Read(string name)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Migration resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
