using System.Diagnostics;
using System.Globalization;

namespace ArmsTrace.Bench;

/// <summary>
/// `ArmsTrace.Bench screen [ENTRIES] [QUERIES] [--misses]`: one timed pass, printing names per second and the
/// precision and recall of the best hit against the generated answers. Faster to run than
/// BenchmarkDotNet, and the only place the accuracy figures come from.
/// </summary>
internal static class ScreeningThroughput
{
    public static int Run(string[] args)
    {
        var entries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var showMisses = args.Contains("--misses");
        var build = Stopwatch.StartNew();
        var w = ScreeningWorkload.Create(entries, queries);
        build.Stop();
        var byId = w.Entries.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        w.Index.Screen(w.Queries[0].Name);
        var reported = 0;
        var right = 0;
        var variants = w.Queries.Count(q => q.Target is not null);
        var clock = Stopwatch.StartNew();
        var best = new string?[w.Queries.Count];
        for (var i = 0; i < w.Queries.Count; i++)
        {
            var hits = w.Index.Screen(w.Queries[i].Name, limit: 1);
            best[i] = hits.Count == 0 ? null : hits[0].Entry.Id;
        }

        clock.Stop();
        for (var i = 0; i < best.Length; i++)
        {
            if (best[i] is not { } id)
            {
                if (showMisses && w.Queries[i].Target is { } missed)
                {
                    Console.WriteLine($"missed: {w.Queries[i].Name} -> {byId[missed]}");
                }

                continue;
            }

            reported++;
            var target = w.Queries[i].Target;

            // Generated names can repeat; an entry with the target's exact name is as right as the target.
            if (target is not null && (id == target || byId[id] == byId[target]))
            {
                right++;
            }
        }

        var perSecond = w.Queries.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{entries} entries ({w.Index.Rows} rows) indexed in {build.Elapsed.TotalSeconds:0.0} s; {w.Queries.Count} names screened in {clock.Elapsed.TotalSeconds:0.00} s = {perSecond:0} names/s; precision {(double)right / Math.Max(1, reported):0.000}, recall {(double)right / variants:0.000}"));
        return 0;
    }
}
