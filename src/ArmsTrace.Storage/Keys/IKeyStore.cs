namespace ArmsTrace.Storage.Keys;

/// <summary>The server's API keys, kept in the graph's own database.</summary>
public interface IKeyStore : IDisposable
{
    /// <exception cref="StoreException">The user name is blank.</exception>
    NewApiKey Create(string user, KeyRole role, string createdBy);

    /// <summary>Keys oldest first; revoked ones only with <paramref name="includeRevoked"/>.</summary>
    IReadOnlyList<ApiKey> List(bool includeRevoked);

    /// <exception cref="StoreException">No key has this id, or it is already revoked.</exception>
    ApiKey Revoke(long id, string revokedBy);

    /// <summary>The active key with this secret; null when none.</summary>
    ApiKey? Find(string secret);

    /// <summary>The key with this id, active or not; null when none.</summary>
    ApiKey? Get(long id);

    bool AnyActive();
}
