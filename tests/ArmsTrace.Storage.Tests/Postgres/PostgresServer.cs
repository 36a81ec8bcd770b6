using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ArmsTrace.Storage.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for one test run: <c>initdb</c> into a temp folder, <c>pg_ctl start</c>
/// listening on a socket in that folder (no password, for the tests' own use) and on a free loopback
/// port (passwords required, so login errors can be tested), durability off for speed. Every store
/// under test gets a database or a schema of its own. Disposing stops the server and deletes the folder.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Superuser = "postgres";

    /// <summary>Where <see cref="CreateSchema"/> makes its schemas.</summary>
    private const string SharedDatabase = "armstrace_tests";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _bin;
    private readonly string _folder;
    private readonly string? _runAs;
    private readonly Lock _gate = new();
    private int _databases;
    private bool _started;

    public PostgresServer()
    {
        _bin = PostgresBinaries.Find();
        _folder = Directory.CreateTempSubdirectory("armstrace-pg-").FullName;
        try
        {
            _runAs = ServerUser();
            if (_runAs is not null)
            {
                Run("chown", [_runAs, _folder], asServerUser: false);
            }

            Port = FreePort();
            Run(Path.Combine(_bin, "initdb"), [
                "-D", DataFolder, "-U", Superuser, "--auth-local=trust", "--auth-host=scram-sha-256",
                "-E", "UTF8", "--no-locale", "--no-sync"]);
            var options = string.Join(' ', [
                $"-k {_folder}", $"-p {Port}", "-c listen_addresses=127.0.0.1",
                "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200"]);
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", options, "start"]);
            _started = true;
            Execute($"CREATE DATABASE {SharedDatabase}");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The TCP port on 127.0.0.1; the socket file in <see cref="SocketFolder"/> carries the same number.</summary>
    public int Port { get; }

    public string SocketFolder => _folder;

    private string DataFolder => Path.Combine(_folder, "data");

    private string LogFile => Path.Combine(_folder, "server.log");

    /// <summary>A new, empty database; returns its connection string (socket, superuser, no pooling so no connection outlives its test).</summary>
    public string CreateDatabase(string? owner = null)
    {
        var name = $"armstrace_test_{Interlocked.Increment(ref _databases)}";
        Execute($"CREATE DATABASE {name}" + (owner is null ? string.Empty : $" OWNER {owner}"));
        return ConnectionString(name);
    }

    /// <summary>
    /// A new, empty schema in a database shared by the run, as the only entry of the connection's
    /// search path: to the store as good as a new database, and a hundred times faster to make.
    /// </summary>
    public string CreateSchema()
    {
        var name = $"store_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(ConnectionString(SharedDatabase)))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString(SharedDatabase)) { SearchPath = name }.ConnectionString;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = _folder, Port = Port, Username = Superuser, Database = database, Pooling = false }.ConnectionString;

    /// <summary>Runs one statement as superuser in the maintenance database (roles, databases).</summary>
    public void Execute(string sql)
    {
        lock (_gate)
        {
            using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        if (_started)
        {
            _started = false;
            try
            {
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder is deleted below all the same.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Litter in the temp folder is the worst outcome.
        }
    }

    /// <summary>initdb refuses to run as root; then the server runs as the postgres user (or nobody) through runuser.</summary>
    private static string? ServerUser()
    {
        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            return null;
        }

        var users = File.ReadLines("/etc/passwd").Select(l => l.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        return users.Contains("postgres") ? "postgres" : users.Contains("nobody") ? "nobody"
            : throw new InvalidOperationException("Running as root, and neither a postgres nor a nobody user exists to run the PostgreSQL server as.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, IReadOnlyList<string> arguments, bool asServerUser = true)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServerUser && _runAs is not null ? "runuser" : program,
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser && _runAs is not null)
        {
            foreach (var a in (string[])["-u", _runAs, "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} took longer than {CommandTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? File.ReadAllText(LogFile) : string.Empty;
            throw new InvalidOperationException(
                $"{start.FileName} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}:\n{output.Result}{error.Result}{log}");
        }
    }
}
