using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ArmsTrace.Cli.Commands;
using ArmsTrace.Server;
using ArmsTrace.Storage.Tests.Postgres;

namespace ArmsTrace.Bench;

/// <summary>
/// `bench load [--postgres] [--connections 8] [--seconds 5] [--ingest-mb 2]`: the demo graph served on
/// loopback (SQLite, or a throwaway PostgreSQL server), each read endpoint driven by N connections for
/// S seconds; then dossier and search again while a large posted document is being extracted; then
/// the neighbourhood response size at the biggest hubs. Prints req/s, p50 and p99 per endpoint.
/// </summary>
internal static class LoadTest
{
    public static int Run(string[] args)
    {
        var connections = Value(args, "--connections", 8);
        var seconds = Value(args, "--seconds", 5);
        var ingestMb = Value(args, "--ingest-mb", 2);
        var postgres = args.Contains("--postgres");
        var folder = Directory.CreateTempSubdirectory("armstrace-load-").FullName;
        using var pg = postgres ? new PostgresServer() : null;
        // Pooled, as a served database would be: the tests' strings turn pooling off so no connection outlives a test.
        var db = pg is null ? Path.Combine(folder, "demo.db") : new Npgsql.NpgsqlConnectionStringBuilder(pg.CreateDatabase()) { Pooling = true }.ConnectionString;
        var demo = DemoFolder();
        var quiet = Console.Out;
        Console.SetOut(TextWriter.Null);
        var built = CommandLineApp.Run(["ingest", demo, "--db", db]);
        Console.SetOut(quiet);
        if (built != 0)
        {
            Console.Error.WriteLine("load: could not build the demo graph");
            return 1;
        }

        using var app = ArmsTraceServer.Create(new ServerSettings(db, "http://127.0.0.1:0", Quiet: true));
        app.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(ArmsTraceServer.Addresses(app).Single());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections * 2 }) { BaseAddress = address };
        var entities = http.GetFromJsonAsync<JsonElement>("/api/entities?limit=50").GetAwaiter().GetResult()
            .GetProperty("items").EnumerateArray().Select(e => (Key: e.GetProperty("key").GetString()!, Name: e.GetProperty("name").GetString()!)).ToList();
        var targets = new (string Name, Func<int, string> Path)[]
        {
            ("search", i => "/api/entities?limit=10&q=" + Uri.EscapeDataString(entities[i % entities.Count].Name[..Math.Min(4, entities[i % entities.Count].Name.Length)])),
            ("dossier", i => "/api/entities/" + Uri.EscapeDataString(entities[i % entities.Count].Key) + "?limit=50"),
            ("neighbourhood", i => "/api/graph/neighbourhood/" + Uri.EscapeDataString(entities[i % 10].Key)),
            ("claims", i => "/api/claims?types=supply&limit=50&offset=" + (i % 5 * 50).ToString(CultureInfo.InvariantCulture)),
        };

        Console.WriteLine($"demo graph on {(postgres ? "PostgreSQL" : "SQLite")}, {connections} connections, {seconds} s per endpoint, server and client in one process on {Environment.ProcessorCount} cores");
        Console.WriteLine("| endpoint | requests | req/s | p50 ms | p99 ms | errors |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, path) in targets)
        {
            Drive(http, path, connections, TimeSpan.FromSeconds(2));
            Print(name, Drive(http, path, connections, TimeSpan.FromSeconds(seconds)), seconds);
        }

        WhileIngesting(http, targets[..2], connections, seconds, ingestMb, demo);
        var sizes = entities.Take(10).Select(e => (e.Name, Bytes: http.GetByteArrayAsync("/api/graph/neighbourhood/" + Uri.EscapeDataString(e.Key) + "?depth=2").GetAwaiter().GetResult().Length)).ToList();
        var largest = sizes.MaxBy(s => s.Bytes);
        Console.WriteLine($"largest depth-2 neighbourhood response among the 10 biggest hubs: {largest.Bytes / 1024.0:F0} KB ({largest.Name})");
        app.StopAsync().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static void WhileIngesting(HttpClient http, (string Name, Func<int, string> Path)[] targets, int connections, int seconds, int megabytes, string demo)
    {
        var texts = Directory.GetFiles(demo, "*.txt").Select(File.ReadAllText).ToList();
        var body = new System.Text.StringBuilder();
        for (var i = 0; body.Length < megabytes * 1_000_000; i++)
        {
            body.Append(texts[i % texts.Count]).Append("\n\n");
        }

        var clock = Stopwatch.StartNew();
        using var posted = http.PostAsJsonAsync("/api/documents", new { key = "load-test-large.txt", text = body.ToString(0, Math.Min(body.Length, 1_990_000)) }).GetAwaiter().GetResult();
        var job = posted.Headers.Location!.ToString();
        Console.WriteLine($"while a {Math.Min(body.Length, 1_990_000) / 1e6:F2} MB posted document is extracted (POST answered {(int)posted.StatusCode} in {clock.ElapsedMilliseconds} ms):");
        Console.WriteLine("| endpoint | requests | req/s | p50 ms | p99 ms | errors |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, path) in targets)
        {
            Print(name, Drive(http, path, connections, TimeSpan.FromSeconds(seconds)), seconds);
        }

        string state;
        while ((state = http.GetFromJsonAsync<JsonElement>(job).GetAwaiter().GetResult().GetProperty("state").GetString()!) is "queued" or "running")
        {
            Thread.Sleep(200);
        }

        Console.WriteLine($"the document was {state} {clock.Elapsed.TotalSeconds:F1} s after it was posted (the reads above ran while it was {(clock.Elapsed.TotalSeconds > seconds * targets.Length ? "still being extracted" : "extracted, in part")})");
    }

    private static (List<double> Latencies, int Errors) Drive(HttpClient http, Func<int, string> path, int connections, TimeSpan duration)
    {
        var latencies = new List<double>();
        var errors = 0;
        var gate = new Lock();
        var until = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var mine = new List<double>();
            var failed = 0;
            for (var i = w; until.Elapsed < duration; i += connections)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(path(i));
                    await response.Content.LoadIntoBufferAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        failed++;
                    }
                }
                catch (HttpRequestException)
                {
                    failed++;
                }

                mine.Add(clock.Elapsed.TotalMilliseconds);
            }

            lock (gate)
            {
                latencies.AddRange(mine);
                errors += failed;
            }
        })).ToArray();
        Task.WaitAll(workers);
        return (latencies, errors);
    }

    private static void Print(string name, (List<double> Latencies, int Errors) run, int seconds)
    {
        var sorted = run.Latencies.Order().ToList();
        double At(double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {sorted.Count} | {sorted.Count / (double)seconds:F0} | {At(0.5):F1} | {At(0.99):F1} | {run.Errors} |"));
    }

    private static string DemoFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "demo")))
            {
                return Path.Combine(dir.FullName, "data", "demo");
            }
        }

        throw new DirectoryNotFoundException("data/demo is not above the bench's folder");
    }

    private static int Value(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
