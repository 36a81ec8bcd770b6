using System.Data.Common;
using System.Globalization;
using ArmsTrace.Storage.Keys;
using Dapper;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// <see cref="IKeyStore"/> on any database: the statements are plain SQL both understand, and the
/// dialect puts the database's errors in words.
/// </summary>
/// <param name="connection">An open connection to an up-to-date database, which the store disposes.</param>
internal sealed class SqlKeyStore(DbConnection connection, SqlDialect dialect, string display) : IKeyStore
{
    private const string Columns = """
        id AS Id, user_name AS UserName, role AS Role, key_prefix AS Prefix, created_at AS CreatedAt,
        created_by AS CreatedBy, revoked_at AS RevokedAt, revoked_by AS RevokedBy
        """;

    public NewApiKey Create(string user, KeyRole role, string createdBy)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            throw new StoreException("A key needs the name of the person or service that will use it.");
        }

        var secret = KeySecrets.New();
        var id = Guard(() => connection.ExecuteScalar<long>(
            """
            INSERT INTO api_keys (user_name, role, key_hash, key_prefix, created_at, created_by)
            VALUES (@user, @role, @hash, @prefix, @at, @createdBy) RETURNING id
            """,
            new { user = user.Trim(), role = role.ToName(), hash = KeySecrets.Hash(secret), prefix = secret[..10], at = Now(), createdBy }));
        return new NewApiKey(Get(id)!, secret);
    }

    public IReadOnlyList<ApiKey> List(bool includeRevoked) =>
        Guard(() => (IReadOnlyList<ApiKey>)[.. connection.Query<Row>($"SELECT {Columns} FROM api_keys WHERE @all = 1 OR revoked_at IS NULL ORDER BY id", new { all = includeRevoked ? 1 : 0 }).Select(r => r.ToKey())]);

    public ApiKey Revoke(long id, string revokedBy)
    {
        var key = Get(id) ?? throw new StoreException($"No key has id {id}.");
        if (!key.Active)
        {
            throw new StoreException($"Key {id} was already revoked on {key.RevokedAt}.");
        }

        Guard(() => connection.Execute("UPDATE api_keys SET revoked_at = @at, revoked_by = @revokedBy WHERE id = @id", new { id, at = Now(), revokedBy }));
        return Get(id)!;
    }

    public ApiKey? Find(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Guard(() => connection.QueryFirstOrDefault<Row>($"SELECT {Columns} FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", new { hash = KeySecrets.Hash(secret) })?.ToKey());
    }

    public ApiKey? Get(long id) =>
        Guard(() => connection.QueryFirstOrDefault<Row>($"SELECT {Columns} FROM api_keys WHERE id = @id", new { id })?.ToKey());

    public bool AnyActive() => Guard(() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL")) > 0;

    public void Dispose() => connection.Dispose();

    private T Guard<T>(Func<T> call) => dialect.Guard(display, "API keys", call);

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Settable for the same reason as the claim rows: SQLite reports types per value.</summary>
    private sealed class Row
    {
        public long Id { get; set; }

        public string UserName { get; set; } = string.Empty;

        public string Role { get; set; } = string.Empty;

        public string Prefix { get; set; } = string.Empty;

        public string CreatedAt { get; set; } = string.Empty;

        public string CreatedBy { get; set; } = string.Empty;

        public string? RevokedAt { get; set; }

        public string? RevokedBy { get; set; }

        public ApiKey ToKey() => new(Id, UserName, KeyRoles.Parse(Role) ?? KeyRole.Reader, Prefix, CreatedAt, CreatedBy, RevokedAt, RevokedBy);
    }
}
