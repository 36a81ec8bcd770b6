using System.Text.RegularExpressions;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Origins;

/// <summary>
/// Finds the news agency a document says it carries: an outlet field naming the agency, a
/// dateline such as "(Reuters) -", or an attribution such as "Reuters reported", "according to AP",
/// "told AFP". A reprint that says so joins the agency's origin even when its text was rewritten.
/// </summary>
public sealed class DeclaredWire
{
    private readonly IReadOnlyList<(WireService Wire, Regex Outlet, Regex Text)> _wires;

    public DeclaredWire(IEnumerable<WireService> wires)
    {
        ArgumentNullException.ThrowIfNull(wires);
        _wires = [.. wires.Select(w =>
        {
            var names = string.Join('|', w.Names.OrderByDescending(n => n.Length).Select(Regex.Escape));
            var outlet = new Regex($@"(?<![\w-])(?:{names})(?![\w-])", RegexOptions.CultureInvariant);
            var text = new Regex(
                $@"(?<![\w-])(?:(?:according to|reported by|told|reporting by|via|contributed to this report by)\s+(?:the\s+)?(?:{names})(?![\w-])"
                + $@"|(?:{names})\s+(?:news agency\s+)?(?:reported|reports|said|says|contributed|writes|wrote)\b"
                + $@"|\((?:{names})\)\s*[-–—])",
                RegexOptions.CultureInvariant);
            return (w, outlet, text);
        })];
    }

    public static DeclaredWire Default { get; } = new(Lexicon.Lines("wire-services.txt")
        .Select(l => l.Split('\t'))
        .Where(p => p.Length >= 2)
        .Select(p =>
        {
            var names = p[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new WireService(p[0].Trim(), names[0], names);
        }));

    /// <summary>The agency the outlet field names, else the one the text declares first; null when neither does.</summary>
    public WireService? Find(string text, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(outlet) && _wires.FirstOrDefault(w => w.Outlet.IsMatch(outlet)) is { Wire: not null } named)
        {
            return named.Wire;
        }

        WireService? first = null;
        var at = int.MaxValue;
        foreach (var (wire, _, pattern) in _wires)
        {
            var match = pattern.Match(text);
            if (match.Success && match.Index < at)
            {
                (first, at) = (wire, match.Index);
            }
        }

        return first;
    }
}
