using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>Opens an ArmsTrace PostgreSQL database (migrations applied) for every store that works on it.</summary>
internal static class PostgresConnections
{
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, lacks the database, or holds something else there.</exception>
    /// <param name="migrate">False only where this process has opened the database once already and brought it up to date.</param>
    public static NpgsqlConnection Open(PostgresLocation location, bool migrate = true)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = new NpgsqlConnection(location.ConnectionString);
        try
        {
            connection.Open();
            if (migrate)
            {
                PostgresMigrator.Apply(connection, location.Display);
            }

            return connection;
        }
        catch (NpgsqlException ex)
        {
            connection.Dispose();
            throw new StoreException($"{location.Display}: not usable as an ArmsTrace database: {PostgresDialect.Describe(ex)}.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
