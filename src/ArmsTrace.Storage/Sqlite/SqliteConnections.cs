using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>Opens an ArmsTrace database (WAL, foreign keys, casefold, migrations) for every store that works on the file.</summary>
internal static class SqliteConnections
{
    /// <param name="migrate">False only where this process has opened the file once already and brought it up to date.</param>
    public static SqliteConnection Open(string path, bool migrate = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.CreateFunction("casefold", (string? s) => s?.ToUpperInvariant(), isDeterministic: true);
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            if (migrate)
            {
                SqliteMigrator.Apply(connection, path);
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not usable as an ArmsTrace database: {SqliteDialect.Describe(ex)}.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
