using System.Diagnostics;
using ArmsTrace.Bench.Synthetic;

namespace ArmsTrace.Bench;

/// <summary>
/// `bench generate --db DB [--claims 1000000] [--entities 100000] [--documents 150000] [--seed N]`: a new
/// store (SQLite file or PostgreSQL location) filled with a generated graph of hub-heavy degrees, for
/// `bench latency` to measure the reads at volume.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var db = BenchArgs.Text(args, "--db");
        if (db is null)
        {
            Console.Error.WriteLine("generate: --db FILE or a PostgreSQL location is required");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var graph = new SyntheticGraph(
            BenchArgs.Option(args, "--claims", 1_000_000),
            BenchArgs.Option(args, "--entities", 100_000),
            BenchArgs.Option(args, "--documents", 150_000),
            BenchArgs.Option(args, "--seed", 20261204));
        Console.WriteLine($"generating {graph.Claims:N0} claims over {graph.Entities.Count:N0} entities and {graph.DocumentCount:N0} documents into {db}");
        try
        {
            SyntheticStore.Generate(db, graph, Console.WriteLine);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"generate: {ex.Message}");
            return 1;
        }

        Console.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F0} s" + (File.Exists(db) ? $", {new FileInfo(db).Length / 1e9:F2} GB" : string.Empty));
        return 0;
    }
}
