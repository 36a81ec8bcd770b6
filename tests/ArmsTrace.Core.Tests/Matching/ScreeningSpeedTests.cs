using System.Diagnostics;
using ArmsTrace.Core.Matching;
using ArmsTrace.Training.Synthetic;
using Xunit.Abstractions;

namespace ArmsTrace.Core.Tests.Matching;

/// <summary>A test-sized run of the screening benchmark: speed, recall on variants and precision of reported hits.</summary>
[Collection(TimingCollection.Name)]
public sealed class ScreeningSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Screen_SyntheticVariants_FastWithHighRecallAndPrecision()
    {
        try
        {
            Measure();
        }
        finally
        {
            // The index is large; free it before the next timed test in this collection starts its clock.
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private void Measure()
    {
        var names = new SyntheticNames(7);
        var entries = names.Entries(50_000).ToList();
        var index = new ScreeningIndex(entries);
        var queries = new List<(string Name, string? Target)>();
        for (var i = 0; i < 2000; i++)
        {
            var target = entries[(i * 7919) % entries.Count];
            queries.Add((names.Variant(target.Name), target.Id));
        }

        for (var i = 0; i < 1000; i++)
        {
            queries.Add((names.Stranger(), null));
        }

        index.Best(queries[0].Name);
        var clock = Stopwatch.StartNew();
        var reported = 0;
        var right = 0;
        var found = 0;
        foreach (var (name, target) in queries)
        {
            var hits = index.Screen(name, limit: 1);
            if (hits.Count == 0)
            {
                continue;
            }

            reported++;
            if (hits[0].Entry.Id == target || (target is not null && hits[0].Entry.Name == entries.First(e => e.Id == target).Name))
            {
                right++;
                found++;
            }
        }

        clock.Stop();
        var perSecond = queries.Count / clock.Elapsed.TotalSeconds;
        var precision = reported == 0 ? 1 : (double)right / reported;
        var recall = (double)found / 2000;
        output.WriteLine($"{perSecond:0} names/s, precision {precision:0.000}, recall {recall:0.000} over {index.Rows} rows");
        Assert.True(perSecond >= 500, $"{perSecond:0} names/s");
        Assert.True(recall >= 0.9, $"recall {recall:0.000}");
        Assert.True(precision >= 0.9, $"precision {precision:0.000}");
    }
}
