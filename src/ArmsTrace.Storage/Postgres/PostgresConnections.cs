using System.Net.Sockets;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>Opens an ArmsTrace PostgreSQL database (migrations applied) for every store that works on it, and words its errors.</summary>
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
            throw new StoreException($"{location.Display}: not usable as an ArmsTrace database: {Describe(ex)}.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What went wrong, in words a user can act on. PostgreSQL's own message text is kept (it
    /// names the user, database or relation); the SQL state only picks the lead-in.
    /// </summary>
    public static string Describe(NpgsqlException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
                $"authentication failed: {pg.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } pg =>
                $"{pg.MessageText} on that server (create it first, e.g. with createdb)",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } pg =>
                $"permission denied: {pg.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections } pg =>
                $"the server refuses connections now: {pg.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateFunction or PostgresErrorCodes.UndefinedColumn } pg =>
                $"the database holds tables of another program ({pg.MessageText})",
            PostgresException pg => pg.MessageText,
            { InnerException: SocketException socket } => $"cannot connect to the server: {socket.Message}",
            { InnerException: TimeoutException } => "cannot connect to the server: no answer before the timeout",
            _ when ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase) => $"authentication failed: {ex.Message.TrimEnd('.')}",
            _ => ex.Message.TrimEnd('.'),
        };
    }
}
