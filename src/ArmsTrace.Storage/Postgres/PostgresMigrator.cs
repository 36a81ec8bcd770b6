using System.Globalization;
using ArmsTrace.Storage.Sql;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// Applies the embedded numbered PostgreSQL migrations (Migrations/Postgres/NNNN_name.sql) not yet
/// applied, each in a transaction together with its schema_migrations row.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>Any constant shared by every ArmsTrace process; it names the advisory lock that serialises migrations.</summary>
    private const long MigrationLock = 0x41726d7354726163;

    private static readonly MigrationScripts Scripts = new("ArmsTrace.Storage.PostgresMigrations.");

    public static IReadOnlyList<(int Number, string Name)> Known => Scripts.Known;

    /// <param name="through">The last migration to apply: the synthetic-store generator loads into an earlier schema.</param>
    public static void Apply(NpgsqlConnection connection, string display, TimeProvider time, int through = int.MaxValue)
    {
        // The common case, an up-to-date database, costs one query and takes no lock.
        if (connection.ExecuteScalar<string?>("SELECT to_regclass('schema_migrations')::text") is not null
            && !Pending(connection, display, null).Any(n => n <= through))
        {
            return;
        }

        foreach (var (number, name) in Known.Where(m => m.Number <= through))
        {
            using var tx = connection.BeginTransaction();

            // Another process migrating the same database waits here, then finds the work done.
            connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLock }, tx);
            connection.Execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (number integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
                transaction: tx);
            if (!Pending(connection, display, tx).Contains(number))
            {
                continue;
            }

            // No command timeout: a migration that fills a table from a million claims takes minutes, not the 30 s a read gets.
            connection.Execute(Scripts.Read(name), transaction: tx, commandTimeout: 0);
            if (name.EndsWith(Searching.EntityNameKeys.CreatedByMigration, StringComparison.Ordinal))
            {
                Searching.EntityNameKeys.Fill(connection, tx);
            }

            connection.Execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (@number, @name, @at)",
                new { number, name, at = time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
                tx);
            tx.Commit();
        }
    }

    private static HashSet<int> Pending(NpgsqlConnection connection, string display, NpgsqlTransaction? tx) =>
        Scripts.Pending(connection.Query<int>("SELECT number FROM schema_migrations", transaction: tx), display);
}
