using System.Diagnostics;
using ArmsTrace.Cli.Commands;
using Microsoft.AspNetCore.Builder;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// The demo articles varied into 2,000 documents (<see cref="VariedDemoCorpus"/>), ingested on every core into a
/// SQLite file once per test run and served on its own port: the volume at which the pages must stay readable and quick.
/// </summary>
public sealed class VolumeFixture : IAsyncLifetime
{
    public const int Documents = 2000;

    /// <summary>Countries that stand in for the demo's own in the varied articles; all known to the knowledge base, so all placed on the map.</summary>
    public static IReadOnlyList<string> Partners { get; } =
    [
        "Russia", "Syria", "Venezuela", "Sudan", "Iraq", "Lebanon", "Yemen", "Belarus", "Myanmar", "Eritrea", "Libya", "Ethiopia",
        "Mali", "Niger", "Chad", "Somalia", "Algeria", "Tajikistan", "Armenia", "Bolivia", "Cuba", "Nicaragua", "Zimbabwe", "Uganda",
        "Kenya", "Nigeria", "Pakistan", "Afghanistan", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Mongolia", "Laos", "Cambodia",
        "Vietnam", "Angola", "Mozambique", "Tanzania", "Zambia", "Namibia", "Ghana", "Senegal", "Guinea", "Gabon", "Cameroon",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "armstrace-volume-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How long writing, ingesting and starting took, for the tests to report (the fixture has no output of its own).</summary>
    public TimeSpan SetUpTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var texts = Path.Combine(_folder, "texts");
        VariedDemoCorpus.Write(Path.Combine(AppContext.BaseDirectory, "demo"), texts, Documents);
        var database = Path.Combine(_folder, "volume.db");
        Assert.Equal(0, CommandLineApp.Run(["ingest", texts, "--db", database]));
        (_app, BaseAddress) = await ServerFixture.Start(database);

        // The pages' first requests once, so what the tests time is the page at volume, not the server's start-up compilation.
        using var http = new HttpClient { BaseAddress = BaseAddress };
        foreach (var warm in new[] { "/", "/api/entities?limit=15", "/api/documents?limit=8", "/api/graph/neighbourhood/kb:iran", "/api/map", "/api/graph/paths?from=China&to=Houthis", "/api/search?q=drones" })
        {
            (await http.GetAsync(warm)).EnsureSuccessStatusCode();
        }

        SetUpTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
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
