using System.Globalization;
using ArmsTrace.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>Applies the embedded numbered migrations (Migrations/NNNN_name.sql) not yet applied, each in a transaction.</summary>
internal static class SqliteMigrator
{
    private static readonly MigrationScripts Scripts = new("ArmsTrace.Storage.Migrations.");

    public static IReadOnlyList<(int Number, string Name)> Known => Scripts.Known;

    /// <param name="through">The last migration to apply: the synthetic-store generator loads into an earlier schema.</param>
    public static void Apply(SqliteConnection connection, string path, TimeProvider time, int through = int.MaxValue)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        if (!Pending(connection, path, null).Any(n => n <= through))
        {
            return;
        }

        // Table rebuilds need foreign keys off, and SQLite ignores that pragma inside a transaction;
        // foreign_key_check below stands in for the checks skipped while it is off.
        connection.Execute("PRAGMA foreign_keys = OFF");
        try
        {
            foreach (var (number, name) in Known.Where(m => m.Number <= through))
            {
                // Immediate transaction plus a re-read: a second process opening the same file
                // waits here and then finds the migration applied instead of applying it twice.
                using var tx = connection.BeginTransaction(deferred: false);
                if (!Pending(connection, path, tx).Contains(number))
                {
                    continue;
                }

                connection.Execute(Scripts.Read(name), transaction: tx);
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
                    new { number, name, at = time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
                    tx);
                tx.Commit();
            }
        }
        finally
        {
            connection.Execute("PRAGMA foreign_keys = ON");
        }
    }

    private static HashSet<int> Pending(SqliteConnection connection, string path, SqliteTransaction? tx) =>
        Scripts.Pending(connection.Query<long>("SELECT number FROM schema_migrations", transaction: tx).Select(n => (int)n), path);
}
