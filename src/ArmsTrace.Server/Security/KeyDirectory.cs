using System.Collections.Concurrent;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Keys;

namespace ArmsTrace.Server.Security;

/// <summary>
/// Looks keys up in the database, remembering each answer for half a minute so a busy client does
/// not cost a query per request; a revoked key therefore stops working within that time.
/// </summary>
internal sealed class KeyDirectory
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(30);

    private readonly StoreLocation _location;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> _byHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, (ApiKey? Key, DateTimeOffset Until)> _byId = new();

    public KeyDirectory(StoreLocation location, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(time);
        _location = location;
        _time = time;
    }

    public ApiKey? BySecret(string secret)
    {
        if (!secret.StartsWith(KeySecrets.Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = KeySecrets.Hash(secret);
        if (_byHash.TryGetValue(hash, out var hit) && hit.Until > _time.GetUtcNow())
        {
            return hit.Key;
        }

        using var keys = _location.OpenKeys();
        var key = keys.Find(secret);
        if (key is not null)
        {
            _byHash[hash] = (key, _time.GetUtcNow() + Remember);
        }

        return key;
    }

    public ApiKey? ById(long id)
    {
        if (_byId.TryGetValue(id, out var hit) && hit.Until > _time.GetUtcNow())
        {
            return hit.Key;
        }

        using var keys = _location.OpenKeys();
        var key = keys.Get(id) is { Active: true } k ? k : null;
        _byId[id] = (key, _time.GetUtcNow() + Remember);
        return key;
    }
}
