using ArmsTrace.Cli.Commands;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace ArmsTrace.Server.Tests.Security;

/// <summary>
/// The demo graph served in keyed mode: a reader, an analyst, an admin, a revoked key, and an
/// analyst key kept for the rate-limit test so its writes do not use up the others' allowance.
/// </summary>
public sealed class KeyedServerFixture : IAsyncLifetime
{
    public const int WritesPerMinute = 8;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "armstrace-keyed-tests-" + Guid.NewGuid().ToString("N"));

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string Reader { get; private set; } = null!;

    public string Analyst { get; private set; } = null!;

    public string Admin { get; private set; } = null!;

    public string Revoked { get; private set; } = null!;

    public string Burst { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var db = Path.Combine(_folder, "keyed.db");
        Assert.Equal(0, CommandLineApp.Run(["demo", "--no-serve", "--db", db]));
        using (var keys = StoreLocation.Parse(db).OpenKeys())
        {
            Reader = keys.Create("rita", KeyRole.Reader, "test").Secret;
            Analyst = keys.Create("ana", KeyRole.Analyst, "test").Secret;
            Admin = keys.Create("adam", KeyRole.Admin, "test").Secret;
            Burst = keys.Create("bursty", KeyRole.Analyst, "test").Secret;
            var revoked = keys.Create("rex", KeyRole.Admin, "test");
            keys.Revoke(revoked.Key.Id, "test");
            Revoked = revoked.Secret;
        }

        App = ArmsTraceServer.Create(new ServerSettings(db, "http://127.0.0.1:0", Quiet: true, WritesPerMinute: WritesPerMinute));
        await App.StartAsync();
        BaseAddress = new Uri(ArmsTraceServer.Addresses(App).Single());
    }

    /// <summary>A client sending <paramref name="key"/> as a bearer token, or no key when null.</summary>
    public HttpClient Client(string? key)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return http;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
