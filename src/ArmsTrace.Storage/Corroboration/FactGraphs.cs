using ArmsTrace.Storage.Postgres;
using ArmsTrace.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ArmsTrace.Storage.Corroboration;

/// <summary>Opens <see cref="SqlFactGraph"/> on each database the way its evidence graph opens: pooled, one connection per call.</summary>
internal static class FactGraphs
{
    public static IFactGraph Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        return new SqlFactGraph(
            () =>
            {
                var connection = new SqliteConnection(connectionString);
                connection.Open();
                return connection;
            },
            SqliteDialect.Instance.Statements.Facts,
            SqliteDialect.Instance.Statements.Origins);
    }

    public static IFactGraph Postgres(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var dataSource = NpgsqlDataSource.Create(location.ConnectionString);
        return new SqlFactGraph(
            () =>
            {
                try
                {
                    return dataSource.OpenConnection();
                }
                catch (NpgsqlException ex)
                {
                    throw new StoreException($"{location.Display}: {PostgresDialect.Describe(ex)}.", ex);
                }
            },
            PostgresDialect.Instance.Statements.Facts,
            PostgresDialect.Instance.Statements.Origins,
            dataSource);
    }
}
