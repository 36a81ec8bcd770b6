using System.Diagnostics;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// Time spent in each part of an ingest, summed over the threads that did it: every pipeline stage,
/// the preparing of rows on the extraction threads, reading the input and storing on the writer's.
/// Filled from several threads at once; read once the run is over (bench `ingest`).
/// </summary>
internal sealed class IngestTimings
{
    private readonly Lock _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Each part and its time, in the order each was first timed.</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> Parts
    {
        get
        {
            lock (_gate)
            {
                return [.. _order.Select(p => (p, Stopwatch.GetElapsedTime(0, _ticks[p])))];
            }
        }
    }

    /// <summary>The same pipeline with each stage timed.</summary>
    public ExtractionPipeline Timed(ExtractionPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new ExtractionPipeline(pipeline.Stages.Select(s => new TimedStage(s, this)));
    }

    /// <summary>The same sequence with the time its enumeration takes counted under <paramref name="part"/>.</summary>
    public IEnumerable<T> Timed<T>(string part, IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var e = items.GetEnumerator();
        while (true)
        {
            var start = Stopwatch.GetTimestamp();
            var more = e.MoveNext();
            Add(part, start);
            if (!more)
            {
                yield break;
            }

            yield return e.Current;
        }
    }

    /// <summary>Counts the time since <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>) under <paramref name="part"/>.</summary>
    public void Add(string part, long start)
    {
        var ticks = Stopwatch.GetTimestamp() - start;
        lock (_gate)
        {
            if (_ticks.TryGetValue(part, out var sum))
            {
                _ticks[part] = sum + ticks;
            }
            else
            {
                _order.Add(part);
                _ticks[part] = ticks;
            }
        }
    }
}
