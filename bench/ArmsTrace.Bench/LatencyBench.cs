using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ArmsTrace.Storage;
using ArmsTrace.Storage.Postgres;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ArmsTrace.Bench;

/// <summary>
/// `bench latency --db DB [--requests 1000] [--max-seconds 0] [--screen-names 1000] [--only TEXT]`: serves DB with the Release CLI's
/// `serve` in a process of its own and sends it, one at a time, N requests of each read the pages make
/// (entity search, dossier first page, neighbourhood at depth 1 and 2, paths, full-text search), aimed
/// at entities picked across the degree distribution (the biggest hubs and log-spread ranks down to the
/// tail). Prints p50/p95/p99/max per kind and the server's peak resident memory (VmHWM); --max-seconds
/// stops a kind early (the table says how many requests it made), for reads too slow for N in a session. `screen` has no
/// HTTP API: it is timed as the CLI command, once for one name and once for many. --only times just the kinds
/// whose name contains TEXT ("depth 1") and skips `screen`, for before-and-after runs of one read.
/// </summary>
internal static class LatencyBench
{
    private const int Targets = 200;
    private const int Warmup = 20;

    private static readonly string[] SearchWords = ["supplied", "sanctions", "drones", "commander", "attacked", "missile", "visited officials", "shipment ports"];

    public static int Run(string[] args)
    {
        var db = BenchArgs.Text(args, "--db");
        if (db is null)
        {
            Console.Error.WriteLine("latency: --db FILE or a PostgreSQL location is required");
            return 2;
        }

        var requests = BenchArgs.Option(args, "--requests", 1000);
        var screenNames = BenchArgs.Option(args, "--screen-names", 1000);
        var maxSeconds = BenchArgs.Option(args, "--max-seconds", 0);
        var only = BenchArgs.Text(args, "--only");
        var cli = CliPath();
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"latency: {cli} is missing; build it first (dotnet build src/ArmsTrace.Cli -c Release)");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var entities = ByDegree(db);
        var picked = Pick(entities);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{entities.Count:N0} entities with claims; targets: {picked.Count} from degree {picked.Max(e => e.Degree):N0} ({picked.MaxBy(e => e.Degree)!.Name}) down to {picked.Min(e => e.Degree):N0}, median {picked.Select(e => (double)e.Degree).Order().ElementAt(picked.Count / 2):N0} (picked in {clock.Elapsed.TotalSeconds:F0} s)"));

        var port = FreePort();
        using var server = Start(cli, ["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"]);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            WaitUntilUp(http, server);
            Console.WriteLine($"server pid {server.Id} up; resident {Status(server.Id, "VmRSS")}");
            var random = new Random(11);
            var kinds = new (string Name, Func<int, string> Path)[]
            {
                ("entity search", i => "/api/entities?limit=20&q=" + Uri.EscapeDataString(Prefix(picked[i % picked.Count].Name, i))),
                ("dossier, first page", i => "/api/entities/" + Uri.EscapeDataString(picked[i % picked.Count].Key)),
                ("neighbourhood, depth 1", i => "/api/graph/neighbourhood/" + Uri.EscapeDataString(picked[i % picked.Count].Key)),
                ("neighbourhood, depth 2", i => "/api/graph/neighbourhood/" + Uri.EscapeDataString(picked[i % picked.Count].Key) + "?depth=2"),
                ("paths", i => $"/api/graph/paths?from={Uri.EscapeDataString(picked[i % picked.Count].Key)}&to={Uri.EscapeDataString(picked[(i * 7 + 3) % picked.Count].Key)}"),
                ("full-text search", i => "/api/search?q=" + Uri.EscapeDataString(i % 2 == 0 ? SearchWords[i / 2 % SearchWords.Length] : LastWord(picked[i % picked.Count].Name))),
            };

            Console.WriteLine($"{requests} requests per kind, one at a time, after {Warmup} unmeasured; {Environment.ProcessorCount} cores");
            Console.WriteLine("| request | requests | p50 ms | p95 ms | p99 ms | max ms | mean KB | errors | server VmHWM after |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (name, path) in kinds.Where(k => only is null || k.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
            {
                var order = Enumerable.Range(0, requests).Select(_ => random.Next(picked.Count * 35)).ToList();
                foreach (var i in order.Take(Warmup))
                {
                    Get(http, path(i));
                }

                var started = Stopwatch.StartNew();
                var results = order.TakeWhile(_ => maxSeconds <= 0 || started.Elapsed.TotalSeconds < maxSeconds).Select(i => Get(http, path(i))).ToList();
                var sorted = results.Select(r => r.Ms).Order().ToList();
                double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {results.Count} | {At(0.5):F1} | {At(0.95):F1} | {At(0.99):F1} | {sorted[^1]:F1} | {results.Average(r => r.Bytes) / 1024:F1} | {results.Count(r => !r.Ok)} | {Status(server.Id, "VmHWM")} |"));
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }

        if (only is null)
        {
            Screen(cli, db, picked, screenNames);
        }

        return 0;
    }

    /// <summary>Every entity with claims and its number of claim roles, most first.</summary>
    private static List<(string Key, string Name, long Degree)> ByDegree(string db)
    {
        var location = StoreLocation.Parse(db);
        using DbConnection connection = location.Kind == StoreKind.Postgres
            ? new NpgsqlConnection(PostgresLocation.Parse(db).ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return [.. connection.Query<(string, string, long)>("""
            SELECT e.entity_key, e.name, r.n FROM entities e JOIN (
                SELECT k, COUNT(*) AS n FROM (
                    SELECT subject_key AS k FROM claims
                    UNION ALL SELECT object_key FROM claims WHERE object_key IS NOT NULL
                    UNION ALL SELECT item_key FROM claims WHERE item_key IS NOT NULL
                    UNION ALL SELECT source_key FROM claims WHERE source_key IS NOT NULL) roles
                GROUP BY k) r ON r.k = e.entity_key
            ORDER BY r.n DESC, e.entity_key
            """, commandTimeout: 0)];
    }

    /// <summary>The ten biggest hubs, then ranks spread evenly on a log scale down to the last, so hubs, the middle and the tail all get requests.</summary>
    private static List<(string Key, string Name, long Degree)> Pick(List<(string Key, string Name, long Degree)> entities)
    {
        var random = new Random(7);
        var ranks = Enumerable.Range(0, Math.Min(10, entities.Count))
            .Concat(Enumerable.Range(0, Targets * 2).Select(_ => (int)Math.Exp(random.NextDouble() * Math.Log(entities.Count))))
            .Where(r => r < entities.Count).Distinct().Take(Targets);
        return [.. ranks.Select(r => entities[r])];
    }

    /// <summary>What a person types: the first three to six letters of a name, now and then the whole name.</summary>
    private static string Prefix(string name, int i) => i % 5 == 0 ? name : name[..Math.Min(name.Length, 3 + i % 4)];

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static (double Ms, long Bytes, bool Ok) Get(HttpClient http, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = http.GetAsync(path).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return (clock.Elapsed.TotalMilliseconds, body.Length, response.IsSuccessStatusCode);
    }

    /// <summary>
    /// `screen` over many names and over one, each in a new process as a user runs it: the difference is
    /// the matching, the rest loading the targets (every entity with its mention texts) and starting up.
    /// </summary>
    private static void Screen(string cli, string db, List<(string Key, string Name, long Degree)> picked, int count)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, Enumerable.Range(0, count).Select(i => picked[i % picked.Count].Name is var n && i % 2 == 1 && n.Length > 4 ? n.Remove(n.Length / 2, 1) : picked[i % picked.Count].Name));
            var one = Child(cli, ["screen", "--name", picked[^1].Name, "--db", db, "--json"]);
            var many = Child(cli, ["screen", file, "--db", db, "--json"]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"screen (no HTTP API; the CLI in a new process): one name {one.Seconds:F1} s, peak {one.PeakMb:F0} MB; {count} names {many.Seconds:F1} s, peak {many.PeakMb:F0} MB; {(many.Seconds - one.Seconds) * 1000 / Math.Max(1, count - 1):F1} ms a name after loading"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (double Seconds, double PeakMb) Child(string cli, string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var child = Start(cli, args);
        var peak = 0L;
        while (!child.WaitForExit(50))
        {
            peak = Math.Max(peak, Kilobytes(Status(child.Id, "VmHWM")));
        }

        return (clock.Elapsed.TotalSeconds, peak / 1024.0);
    }

    private static Process Start(string cli, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[{args[0]}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitUntilUp(HttpClient http, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {server.ExitCode}");
            }

            try
            {
                using var response = http.GetAsync("/api/health").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException("the server did not answer /api/health within 3 minutes");
    }

    /// <summary>A line of /proc/PID/status ("VmHWM", "VmRSS"), as "123 MB"; "?" once the process is gone.</summary>
    private static string Status(int pid, string field)
    {
        var kb = Kilobytes(field, pid);
        return kb < 0 ? "?" : $"{kb / 1024.0:F0} MB";
    }

    private static long Kilobytes(string status) => status.EndsWith(" MB", StringComparison.Ordinal)
        ? (long)(double.Parse(status[..^3], CultureInfo.InvariantCulture) * 1024) : 0;

    private static long Kilobytes(string field, int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string CliPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArmsTrace.sln")))
            {
                return Path.Combine(dir.FullName, "src", "ArmsTrace.Cli", "bin", "Release", "net10.0", "armstrace.dll");
            }
        }

        throw new DirectoryNotFoundException("ArmsTrace.sln is not above the bench's folder");
    }
}
