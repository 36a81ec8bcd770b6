using System.Collections.Frozen;
using System.Globalization;

namespace ArmsTrace.Core.Claims.Confidence;

/// <summary>
/// Measured precision per <see cref="ConfidenceCell"/>, from lexicons/claim-confidence.tsv, which
/// `armstrace eval --calibrate` writes from a scored development set. Small cells are shrunk toward
/// their parent (without the trigger word, then without the ends, the type, the rule) with the m-estimate
/// (right + m·parent) / (total + m), so two right claims out of two move a figure without deciding it,
/// and a cell the table lacks takes its parent's figure.
/// </summary>
public sealed class ConfidenceTable
{
    /// <summary>How many claims' worth of weight the parent's figure carries in a cell's estimate.</summary>
    public const double PriorClaims = 5;

    public const string Any = "*";

    private readonly FrozenDictionary<string, (int Right, int Total)> _cells;

    private ConfidenceTable(FrozenDictionary<string, (int Right, int Total)> cells) => _cells = cells;

    public static ConfidenceTable Default { get; } = Parse(ResourceFiles.ReadLines("lexicons/claim-confidence.tsv"));

    /// <summary>Lines of "rule, claim type, known ends (0-2), trigger word, right, total", tab-separated, * for any; # starts a comment.</summary>
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
            if (f.Length != 6 || !int.TryParse(f[4], CultureInfo.InvariantCulture, out var right)
                || !int.TryParse(f[5], CultureInfo.InvariantCulture, out var total) || right < 0 || total < right)
            {
                throw new FormatException($"claim-confidence line {n}: expected rule, type, known ends, trigger, right, total; got '{line}'.");
            }

            cells[Key(f[0], f[1], f[2], f[3])] = (right, total);
        }

        return new ConfidenceTable(cells.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static string Key(string rule, string type, string ends, string trigger) => string.Join('|', rule, type, ends, trigger);

    public ClaimConfidence Estimate(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var cell = ConfidenceCell.Of(claim);
        var ends = cell.KnownEnds.ToString(CultureInfo.InvariantCulture);
        string[] keys =
        [
            Key(Any, Any, Any, Any), Key(cell.Rule, Any, Any, Any), Key(cell.Rule, cell.TypeName, Any, Any),
            Key(cell.Rule, cell.TypeName, ends, Any), Key(cell.Rule, cell.TypeName, ends, cell.Trigger),
        ];
        string[] scopes = ["claims", "claims of this rule", "claims of this rule and type", "claims of this rule, type and ends", "such claims"];

        // Laplace's 1 in 2 stands above all claims; each finer cell leans on the one above it.
        var value = 0.5;
        var evidence = (Right: 0, Total: 0, Scope: "claims");
        for (var i = 0; i < keys.Length; i++)
        {
            var prior = i == 0 ? 2 : PriorClaims;
            if (_cells.TryGetValue(keys[i], out var c))
            {
                value = (c.Right + (prior * value)) / (c.Total + prior);
                evidence = (c.Right, c.Total, scopes[i]);
            }
        }

        return new ClaimConfidence(Math.Round(value, 3), Explain(claim, cell, evidence.Right, evidence.Total, evidence.Scope));
    }

    private static string Explain(Claim claim, ConfidenceCell cell, int right, int total, string scope)
    {
        var basis = claim.Basis;
        var found = basis is null ? $"{cell.TypeName} found by another stage" : $"{cell.TypeName} by the {basis.Rule} rule on '{basis.Trigger}'";
        var parse = basis is null ? string.Empty : $"; parsed sentence of {basis.SentenceWords} words";
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
