using System.Text;
using Npgsql;

namespace ArmsTrace.Storage.Postgres;

/// <summary>
/// A PostgreSQL database as the user named it, a URL (<c>postgres://user:password@host:port/db</c>)
/// or an Npgsql connection string (<c>Host=...;Database=...</c>), turned into a connection string,
/// with a password-free form for messages.
/// </summary>
internal sealed record PostgresLocation(string ConnectionString, string Display)
{
    private const int DefaultPort = 5432;

    /// <summary>libpq's URL parameters under the names Npgsql knows them by.</summary>
    private static readonly Dictionary<string, string> UrlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
    };

    /// <summary>True for a postgres:// or postgresql:// URL, or a connection string that names a host; anything else is a file path.</summary>
    public static bool Recognises(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (IsUrl(text))
        {
            return true;
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0
            && parts.All(p => p.Contains('=', StringComparison.Ordinal))
            && parts.Any(p => p[..p.IndexOf('=', StringComparison.Ordinal)].Trim() is var key
                && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <exception cref="StoreException">The URL or connection string is malformed or names an unknown setting.</exception>
    public static PostgresLocation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = IsUrl(text) ? FromUrl(text) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            // The value may hold a password, so the message names only what was wrong with it.
            throw new StoreException($"not a valid PostgreSQL URL or connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StoreException("not a valid PostgreSQL URL or connection string: it names no host.");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new StoreException($"{Describe(builder)}: the PostgreSQL location names no database.");
        }

        // The reads are short queries whose cost estimates at volume pass the JIT threshold: compiling them
        // took 350 of an entity search's 400 ms at a million claims. Options the user gave come after, so theirs win.
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : "-c jit=off " + builder.Options;
        return new PostgresLocation(builder.ConnectionString, Describe(builder));
    }

    private static bool IsUrl(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the URL by hand: a socket folder written as a percent-encoded host is not a host name a URI parser accepts.</summary>
    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = string.Empty;
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        var database = slash >= 0 ? Uri.UnescapeDataString(rest[(slash + 1)..]) : string.Empty;
        var builder = new NpgsqlConnectionStringBuilder();
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            var colon = user.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? user[..colon] : user);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
            }
        }

        var (host, port) = HostAndPort(authority);
        builder.Host = host.Length == 0 ? "localhost" : host;
        builder.Port = port ?? DefaultPort;
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq >= 0 ? pair[..eq] : pair);
            var value = eq >= 0 ? Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' ')) : string.Empty;
            var name = UrlParameters.GetValueOrDefault(key) ?? key;
            try
            {
                builder[name] = name == "SSL Mode" ? value.Replace("-", string.Empty, StringComparison.Ordinal) : value;
            }
            catch (ArgumentException ex) when (name != "Password")
            {
                throw new FormatException($"URL parameter {key}={value} is not accepted ({ex.Message})", ex);
            }
        }

        return builder;
    }

    /// <summary>One host with an optional port ("db.example:5433", "[::1]:5433", "%2Fvar%2Frun%2Fpostgresql"); a list of hosts goes to Npgsql as it is.</summary>
    private static (string Host, int? Port) HostAndPort(string authority)
    {
        var text = Uri.UnescapeDataString(authority);
        if (text.Contains(',', StringComparison.Ordinal) || text.StartsWith('/'))
        {
            return (text, null);
        }

        var colon = text.LastIndexOf(':');
        var bracket = text.LastIndexOf(']');
        if (colon < 0 || colon < bracket)
        {
            return (text.Trim('[', ']'), null);
        }

        var port = text[(colon + 1)..];
        if (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            throw new FormatException($"'{port}' is not a port number");
        }

        return (text[..colon].Trim('[', ']'), number);
    }

    /// <summary>The location as a URL without its password; a socket folder goes in the host parameter, as libpq writes it.</summary>
    private static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var text = new StringBuilder("postgres://");
        if (!string.IsNullOrEmpty(builder.Username))
        {
            text.Append(builder.Username).Append('@');
        }

        var host = builder.Host ?? string.Empty;
        var socket = host.StartsWith('/');
        if (host.Contains(',', StringComparison.Ordinal))
        {
            text.Append(host);
        }
        else
        {
            text.Append(socket ? "localhost" : host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host).Append(':').Append(builder.Port);
        }

        text.Append('/').Append(builder.Database);
        return socket ? text.Append("?host=").Append(host).ToString() : text.ToString();
    }
}
