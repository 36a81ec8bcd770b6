using ArmsTrace.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>Opens an ArmsTrace database (WAL, foreign keys, casefold, migrations) for every store and reader that works on the file.</summary>
internal static class SqliteConnections
{
    /// <exception cref="StoreException">The file is not a SQLite database, not an ArmsTrace one, or newer than this program.</exception>
    /// <param name="migrateAt">
    /// The clock for the times migrations record; null, skipping migration, only where this process has
    /// opened the file once already and brought it up to date.
    /// </param>
    /// <param name="migrateThrough">The last migration to apply; all by default.</param>
    public static SqliteConnection Open(string path, TimeProvider? migrateAt, int migrateThrough = int.MaxValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return SqlConnections.Open(
            new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()),
            SqliteDialect.Instance,
            path,
            connection =>
            {
                connection.CreateFunction("casefold", (string? s) => s?.ToUpperInvariant(), isDeterministic: true);
                connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
                if (migrateAt is not null)
                {
                    SqliteMigrator.Apply(connection, path, migrateAt, migrateThrough);
                }
            });
    }

    /// <summary>Pooled read-only connections for the graph and fact readers; open a store once first so the schema exists.</summary>
    public static ReadConnections Readers(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        return SqlConnections.Readers(() => new SqliteConnection(connectionString), SqliteDialect.Instance, path, null);
    }
}
