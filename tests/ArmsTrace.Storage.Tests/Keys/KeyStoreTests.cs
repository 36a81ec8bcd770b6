using ArmsTrace.Storage.Keys;
using Dapper;

namespace ArmsTrace.Storage.Tests.Keys;

/// <summary>The API-key suite every database must pass; each test works on one fresh database.</summary>
public abstract class KeyStoreTests
{
    private string? _database;

    private string Database => _database ??= NewDatabase();

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void Create_ThenFindBySecret_UntilRevoked()
    {
        using var keys = StoreLocation.Parse(Database).OpenKeys();
        var created = keys.Create("ana", KeyRole.Analyst, "admin");
        Assert.Equal(("ana", KeyRole.Analyst), (keys.Find(created.Secret)?.User, keys.Find(created.Secret)!.Role));
        Assert.True(keys.AnyActive());
        keys.Revoke(created.Key.Id, "admin");
        Assert.Null(keys.Find(created.Secret));
        Assert.False(keys.AnyActive());
        Assert.Contains("already revoked", Assert.Throws<StoreException>(() => keys.Revoke(created.Key.Id, "admin")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_TableGoneBehindTheStore_FailsAsStoreError()
    {
        using var keys = StoreLocation.Parse(Database).OpenKeys();
        using (var db = RawDatabase.Open(Database))
        {
            db.Execute("ALTER TABLE api_keys RENAME TO api_keys_gone");
        }

        var ex = Assert.Throws<StoreException>(() => keys.List(includeRevoked: true));
        Assert.StartsWith($"{StoreLocation.Parse(Database).Display}: API keys: ", ex.Message, StringComparison.Ordinal);
    }
}
