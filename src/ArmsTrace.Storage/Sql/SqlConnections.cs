using System.Data.Common;

namespace ArmsTrace.Storage.Sql;

/// <summary>Opens connections the same way on every database: set up, or disposed with the failure in the dialect's words.</summary>
internal static class SqlConnections
{
    /// <summary>Opens <paramref name="connection"/> and prepares it (settings, migrations); on failure it is disposed.</summary>
    /// <exception cref="StoreException">The database cannot be opened, reached or brought up to date.</exception>
    public static T Open<T>(T connection, SqlDialect dialect, string display, Action<T> prepare)
        where T : DbConnection
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(prepare);
        try
        {
            connection.Open();
            prepare(connection);
            return connection;
        }
        catch (DbException ex) when (dialect.Describe(ex) is { } description)
        {
            connection.Dispose();
            throw new StoreException($"{display}: not usable as an ArmsTrace database: {description}.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A connection per call, made by <paramref name="create"/> and opened, for readers that serve many threads.</summary>
    /// <param name="pool">What the connections come from, when the reader must close it.</param>
    public static ReadConnections Readers(Func<DbConnection> create, SqlDialect dialect, string display, IDisposable? pool)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(dialect);
        return new ReadConnections(
            () =>
            {
                var connection = create();
                try
                {
                    connection.Open();
                    return connection;
                }
                catch (DbException ex) when (dialect.Describe(ex) is { } description)
                {
                    connection.Dispose();
                    throw new StoreException($"{display}: {description}.", ex);
                }
            },
            pool);
    }
}
