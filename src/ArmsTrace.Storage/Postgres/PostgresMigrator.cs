using System.Globalization;
using Dapper;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// Applies the embedded numbered PostgreSQL migrations (Migrations/Postgres/NNNN_name.sql) not yet
/// applied, each in a transaction together with its schema_migrations row.
/// </summary>
internal static class PostgresMigrator
{
    private const string Prefix = "ArmsTrace.Storage.PostgresMigrations.";

    /// <summary>Any constant shared by every ArmsTrace process; it names the advisory lock that serialises migrations.</summary>
    private const long MigrationLock = 0x41726d7354726163;

    public static IReadOnlyList<(int Number, string Name)> Known { get; } = [.. typeof(PostgresMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Select(n => (int.Parse(n[..4], CultureInfo.InvariantCulture), n))
        .OrderBy(m => m.Item1)];

    public static int Newest => Known.Count == 0 ? 0 : Known[^1].Number;

    public static void Apply(NpgsqlConnection connection, string display)
    {
        // The common case, an up-to-date database, costs one query and takes no lock.
        if (connection.ExecuteScalar<string?>("SELECT to_regclass('schema_migrations')::text") is not null
            && Pending(connection, display, null).Count == 0)
        {
            return;
        }

        foreach (var (number, name) in Known)
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

            connection.Execute(Read(name), transaction: tx);
            if (name.EndsWith(Searching.EntityNameKeys.CreatedByMigration, StringComparison.Ordinal))
            {
                Searching.EntityNameKeys.Fill(connection, tx);
            }

            connection.Execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (@number, @name, @at)",
                new { number, name, at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                tx);
            tx.Commit();
        }
    }

    private static HashSet<int> Pending(NpgsqlConnection connection, string display, NpgsqlTransaction? tx)
    {
        var applied = connection.Query<int>("SELECT number FROM schema_migrations", transaction: tx).ToHashSet();
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > Newest)
        {
            throw new StoreException($"{display}: the database has schema version {newest}, newer than this program knows ({Newest}); use a newer armstrace.");
        }

        return [.. Known.Select(m => m.Number).Where(n => !applied.Contains(n))];
    }

    private static string Read(string name)
    {
        using var stream = typeof(PostgresMigrator).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Migration resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
