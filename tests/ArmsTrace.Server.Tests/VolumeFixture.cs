using ArmsTrace.Cli.Commands;
using Microsoft.AspNetCore.Builder;

namespace ArmsTrace.Server.Tests;

/// <summary>
/// A graph at volume: 300 short generated reports in which one hub (Iran) supplies 45 countries, each supply
/// reported many times and denied as often, served on its own port. Enough claims and neighbours that a drawing
/// without aggregation or a cap would be a blob.
/// </summary>
public sealed class VolumeFixture : IAsyncLifetime
{
    public const int Documents = 300;

    public static IReadOnlyList<string> Partners { get; } =
    [
        "Russia", "Syria", "Venezuela", "Sudan", "Iraq", "Lebanon", "Yemen", "Belarus", "Myanmar", "Eritrea", "Libya", "Ethiopia",
        "Mali", "Niger", "Chad", "Somalia", "Algeria", "Tajikistan", "Armenia", "Bolivia", "Cuba", "Nicaragua", "Zimbabwe", "Uganda",
        "Kenya", "Nigeria", "Pakistan", "Afghanistan", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Mongolia", "Laos", "Cambodia",
        "Vietnam", "Angola", "Mozambique", "Tanzania", "Zambia", "Namibia", "Ghana", "Senegal", "Guinea", "Gabon", "Cameroon",
    ];

    private static readonly string[] Items = ["drones", "missiles", "artillery shells", "rifles"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "armstrace-volume-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var texts = Path.Combine(_folder, "texts");
        Directory.CreateDirectory(texts);
        for (var i = 0; i < Documents; i++)
        {
            var partner = Partners[i % Partners.Count];
            var item = Items[i % Items.Length];
            await File.WriteAllTextAsync(
                Path.Combine(texts, $"report-{i:D3}.txt"),
                $"Bulletin {i}: Iran supplied {item} to {partner} in March, according to a customs filing.\n\n"
                + $"{partner} denied that it had received {item} from Iran.\n");
        }

        var database = Path.Combine(_folder, "volume.db");
        Assert.Equal(0, CommandLineApp.Run(["ingest", texts, "--db", database, "--published", "2023-05-01"]));
        (_app, BaseAddress) = await ServerFixture.Start(database);
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
