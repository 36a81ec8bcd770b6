using System.Collections.Frozen;
using System.Globalization;

namespace ArmsTrace.Core.Claims.Confidence;

/// <summary>
/// Measured precision per <see cref="ConfidenceCell"/>, from lexicons/claim-confidence.tsv, which
/// `armstrace eval --calibrate` writes from a scored development set. A cell with too few claims
/// falls back to its rule and endpoints, then to its rule, then to all claims, so a figure always
/// rests on at least <see cref="MinimumClaims"/> claims where the table has them.
/// </summary>
public sealed class ConfidenceTable
{
    public const int MinimumClaims = 10;
    public const string Any = "*";

    private readonly FrozenDictionary<string, (int Right, int Total)> _cells;

    private ConfidenceTable(FrozenDictionary<string, (int Right, int Total)> cells) => _cells = cells;

    public static ConfidenceTable Default { get; } = Parse(ResourceFiles.ReadLines("lexicons/claim-confidence.tsv"));

    /// <summary>Lines of "rule, known ends (0-2 or *), length (short, long or *), right, total", tab-separated; # starts a comment.</summary>
    /// <exception cref="FormatException">A line does not have that shape.</exception>
    public static ConfidenceTable Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cells = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in lines)
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 5 || !int.TryParse(f[3], CultureInfo.InvariantCulture, out var right)
                || !int.TryParse(f[4], CultureInfo.InvariantCulture, out var total) || right < 0 || total < right)
            {
                throw new FormatException($"claim-confidence line {n}: expected rule, ends, length, right, total; got '{line}'.");
            }

            cells[Key(f[0], f[1], f[2])] = (right, total);
        }

        return new ConfidenceTable(cells.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static string Key(string rule, string ends, string length) => rule + "|" + ends + "|" + length;

    public ClaimConfidence Estimate(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var cell = ConfidenceCell.Of(claim);
        var ends = cell.KnownEnds.ToString(CultureInfo.InvariantCulture);
        var (right, total, scope) =
            Find(Key(cell.Rule, ends, cell.Length), "such claims")
            ?? Find(Key(cell.Rule, ends, Any), "claims of this rule with these ends")
            ?? Find(Key(cell.Rule, Any, Any), "claims of this rule")
            ?? Find(Key(Any, Any, Any), "claims")
            ?? (0, 0, "claims");

        // Laplace smoothing keeps a small cell from claiming certainty.
        var value = (right + 1.0) / (total + 2.0);
        return new ClaimConfidence(Math.Round(value, 3), Explain(claim, cell, right, total, scope));
    }

    private (int, int, string)? Find(string key, string scope) =>
        _cells.TryGetValue(key, out var c) && c.Total >= MinimumClaims ? (c.Right, c.Total, scope) : null;

    private static string Explain(Claim claim, ConfidenceCell cell, int right, int total, string scope)
    {
        var basis = claim.Basis;
        var found = basis is null ? "found by another stage" : $"{basis.Rule} rule on '{basis.Trigger}'";
        var parse = basis is null ? string.Empty
            : basis.Parsed ? $"; parsed sentence of {basis.SentenceWords} words" : $"; unparsed sentence of {basis.SentenceWords} words";
        var ends = cell.KnownEnds switch
        {
            2 => "both ends in the knowledge base",
            1 => "one end in the knowledge base",
            _ => "neither end in the knowledge base",
        };
        var measured = total == 0 ? "no measured claims of this kind"
            : string.Create(CultureInfo.InvariantCulture, $"{right} of {total} {scope} were right on the development set");
        return $"{found}{parse}; {ends}; {measured}";
    }
}
