namespace ArmsTrace.Bench.Synthetic;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s, so the first few ranks take
/// a large share, as a handful of states take a large share of arms reporting.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var at = Array.BinarySearch(_cumulative, target);
        return Math.Min(at >= 0 ? at : ~at, _cumulative.Length - 1);
    }
}
