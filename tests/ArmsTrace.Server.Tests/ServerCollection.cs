namespace ArmsTrace.Server.Tests;

/// <summary>API and browser tests share one server and run one at a time, so the timed page loads are not competing with other tests here.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Server";
}
