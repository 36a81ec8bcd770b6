using System.Net.Http.Json;
using ArmsTrace.Cli.Commands;
using Microsoft.AspNetCore.Builder;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// The demo graph built by `armstrace demo --no-serve` into a temporary SQLite file, served by
/// the real server on a free loopback port for the whole test collection.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "armstrace-server-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string Database => Path.Combine(_folder, "demo.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var rc = CommandLineApp.Run(["demo", "--no-serve", "--db", Database]);
        Assert.Equal(0, rc);
        (_app, BaseAddress) = await Start(Database);
        Http = new HttpClient { BaseAddress = BaseAddress };

        // The home page's and network view's requests once first, so the measured page loads do not
        // include the server's start-up compilation of those endpoints, whichever test runs first.
        (await Http.GetAsync("/")).EnsureSuccessStatusCode();
        await Http.GetFromJsonAsync<object>("/api/entities?limit=15");
        await Http.GetFromJsonAsync<object>("/api/documents?limit=8");
        await Http.GetFromJsonAsync<object>("/api/graph/neighbourhood/kb:iran");
    }

    internal static async Task<(WebApplication App, Uri Address)> Start(string database)
    {
        var app = ArmsTraceServer.Create(new ServerSettings(database, "http://127.0.0.1:0", Quiet: true));
        await app.StartAsync();
        return (app, new Uri(ArmsTraceServer.Addresses(app).Single()));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp folder.
        }
    }
}
