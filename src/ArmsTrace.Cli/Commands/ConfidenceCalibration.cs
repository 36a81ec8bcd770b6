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
        const string Any = ConfidenceTable.Any;
        Count(ConfidenceTable.Key(cell.Rule, cell.TypeName, ends, cell.Trigger), right);
        Count(ConfidenceTable.Key(cell.Rule, cell.TypeName, ends, Any), right);
        Count(ConfidenceTable.Key(cell.Rule, cell.TypeName, Any, Any), right);
        Count(ConfidenceTable.Key(cell.Rule, Any, Any, Any), right);
        Count(ConfidenceTable.Key(Any, Any, Any, Any), right);
    }

    public void Write(TextWriter writer, string measuredOn)
    {
        writer.WriteLine($"# rule\ttype\tknown ends\ttrigger\tright\ttotal  (armstrace eval --calibrate on {measuredOn}; see docs/review.md)");
        foreach (var (key, (right, total)) in _counts)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Replace('|', '\t')}\t{right}\t{total}"));
        }
    }

    private void Count(string key, bool right)
    {
        var (r, t) = _counts.GetValueOrDefault(key);
        _counts[key] = (r + (right ? 1 : 0), t + 1);
    }
}
