using System.Globalization;
using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Claims.Confidence;

namespace ArmsTrace.Cli.Commands;

/// <summary>
/// Counts, for each <see cref="ConfidenceCell"/> and the coarser cells <see cref="ConfidenceTable"/>
/// falls back to, how many scored claims were right: the table `eval --calibrate` writes.
/// </summary>
internal sealed class ConfidenceCalibration
{
    private readonly SortedDictionary<string, (int Right, int Total)> _counts = new(StringComparer.Ordinal);

    public void Add(Claim claim, bool right)
    {
        var cell = ConfidenceCell.Of(claim);
        var ends = cell.KnownEnds.ToString(CultureInfo.InvariantCulture);
        Count(cell.Rule, ends, cell.Length, right);
        Count(cell.Rule, ends, ConfidenceTable.Any, right);
        Count(cell.Rule, ConfidenceTable.Any, ConfidenceTable.Any, right);
        Count(ConfidenceTable.Any, ConfidenceTable.Any, ConfidenceTable.Any, right);
    }

    public void Write(TextWriter writer, string measuredOn)
    {
        writer.WriteLine($"# rule\tknown ends\tlength\tright\ttotal  (armstrace eval --calibrate on {measuredOn}; see docs/review.md)");
        foreach (var (key, (right, total)) in _counts)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Replace('|', '\t')}\t{right}\t{total}"));
        }
    }

    private void Count(string rule, string ends, string length, bool right)
    {
        var key = ConfidenceTable.Key(rule, ends, length);
        var (r, t) = _counts.GetValueOrDefault(key);
        _counts[key] = (r + (right ? 1 : 0), t + 1);
    }
}
