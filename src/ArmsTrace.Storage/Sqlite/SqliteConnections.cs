using Dapper;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Storage.Sqlite;

/// <summary>Opens an ArmsTrace database the way the evidence store does, for the stores that sit beside it.</summary>
internal static class SqliteConnections
{
    public static SqliteConnection Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.CreateFunction("casefold", (string? s) => s?.ToUpperInvariant(), isDeterministic: true);
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            SqliteMigrator.Apply(connection, path);
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not usable as an ArmsTrace database: {ex.Message.TrimEnd('.')}.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
