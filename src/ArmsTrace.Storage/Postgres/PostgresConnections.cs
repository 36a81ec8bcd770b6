using ArmsTrace.Storage.Sql;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>Opens an ArmsTrace PostgreSQL database (migrations applied) for every store and reader that works on it.</summary>
internal static class PostgresConnections
{
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, lacks the database, or holds something else there.</exception>
    /// <param name="migrateAt">
    /// The clock for the times migrations record; null, skipping migration, only where this process has
    /// opened the database once already and brought it up to date.
    /// </param>
    /// <param name="migrateThrough">The last migration to apply; all by default.</param>
    public static NpgsqlConnection Open(PostgresLocation location, TimeProvider? migrateAt, int migrateThrough = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(location);
        return SqlConnections.Open(
            new NpgsqlConnection(location.ConnectionString),
            PostgresDialect.Instance,
            location.Display,
            connection =>
            {
                if (migrateAt is not null)
                {
                    PostgresMigrator.Apply(connection, location.Display, migrateAt, migrateThrough);
                }
            });
    }

    /// <summary>Connections from one pool, which the reader closes, for the graph and fact readers.</summary>
    public static ReadConnections Readers(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var dataSource = NpgsqlDataSource.Create(location.ConnectionString);
        return SqlConnections.Readers(dataSource.CreateConnection, PostgresDialect.Instance, location.Display, dataSource);
    }
}
