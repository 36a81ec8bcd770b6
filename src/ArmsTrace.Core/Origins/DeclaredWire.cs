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
    private readonly Dictionary<string, WireService> _byName;
    private readonly Regex _outlet;
    private readonly Regex _text;

    public DeclaredWire(IEnumerable<WireService> wires)
    {
        ArgumentNullException.ThrowIfNull(wires);
        _byName = new Dictionary<string, WireService>(StringComparer.Ordinal);
        foreach (var wire in wires)
        {
            foreach (var name in wire.Names)
            {
                _byName.TryAdd(name, wire);
            }
        }

        // One compiled pattern for every agency, so a document is scanned once whatever the list's length.
        var names = string.Join('|', _byName.Keys.OrderByDescending(n => n.Length).Select(Regex.Escape));
        _outlet = new Regex($@"(?<![\w-])(?<name>{names})(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _text = new Regex(
            $@"(?<![\w-])(?:according to|reported by|told|reporting by|via|contributed to this report by)\s+(?:the\s+)?(?<name>{names})(?![\w-])"
            + $@"|(?<![\w-])(?<name>{names})\s+(?:news agency\s+)?(?:reported|reports|said|says|contributed|writes|wrote)\b"
            + $@"|\((?<name>{names})\)\s*[-–—]",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
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
        var match = string.IsNullOrWhiteSpace(outlet) ? Match.Empty : _outlet.Match(outlet);
        if (!match.Success)
        {
            match = _text.Match(text);
        }

        return match.Success ? _byName[match.Groups["name"].Value] : null;
    }
}
