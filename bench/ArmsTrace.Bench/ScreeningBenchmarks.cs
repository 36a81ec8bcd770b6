using ArmsTrace.Core.Matching;
using BenchmarkDotNet.Attributes;

namespace ArmsTrace.Bench;

/// <summary>BenchmarkDotNet timing of screening 10,000 names against 1,000,000 generated list entries, on one thread.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private ScreeningIndex _index = null!;
    private string[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        var workload = ScreeningWorkload.Create(1_000_000, 10_000);
        _index = workload.Index;
        _queries = [.. workload.Queries.Select(q => q.Name)];
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int ScreenTenThousand()
    {
        var hits = 0;
        foreach (var q in _queries)
        {
            hits += _index.Screen(q, limit: 1).Count;
        }

        return hits;
    }
}
