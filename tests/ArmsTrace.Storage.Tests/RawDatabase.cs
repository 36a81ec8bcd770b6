using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ArmsTrace.Storage.Tests;

/// <summary>A plain connection to a --db value, behind the stores' backs, for tampering with what they wrote.</summary>
internal static class RawDatabase
{
    public static DbConnection Open(string database)
    {
        DbConnection connection = StoreLocation.Parse(database).Kind == StoreKind.Postgres
            ? new NpgsqlConnection(database)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
