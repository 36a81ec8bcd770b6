using System.Globalization;
using System.Reflection;
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

    public static void Apply(SqliteConnection connection, string path)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query<int>("SELECT number FROM schema_migrations").ToHashSet();
        var newest = Known.Count == 0 ? 0 : Known[^1].Number;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new StoreException($"{path}: the database has schema version {applied.Max()}, newer than this program knows ({newest}); use a newer armstrace.");
        }

        foreach (var (number, name) in Known.Where(m => !applied.Contains(m.Number)))
        {
            using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(Prefix + name)!;
            using var reader = new StreamReader(stream);
            var sql = reader.ReadToEnd();
            using var tx = connection.BeginTransaction();
            connection.Execute(sql, transaction: tx);
            connection.Execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (@number, @name, @at)",
                new { number, name, at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                tx);
            tx.Commit();
        }
    }
}
