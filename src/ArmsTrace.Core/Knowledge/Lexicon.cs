using System.Collections.Frozen;

namespace ArmsTrace.Core.Knowledge;

/// <summary>Small word lists and tab-separated tables read from embedded lexicon files.</summary>
public static class Lexicon
{
    public static FrozenSet<string> Words(string file) =>
        Lines(file).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenDictionary<string, string> Table(string file) =>
        Lines(file).Select(l => l.Split('\t')).Where(p => p.Length >= 2)
            .ToFrozenDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Lines(string file) => Content(ResourceFiles.ReadLines("lexicons/" + file));

    /// <summary>A lexicon file's lines without blanks and # comments, for a file read from elsewhere.</summary>
    public static IEnumerable<string> Content(IEnumerable<string> lines) => lines.Where(l => l.Length > 0 && !l.StartsWith('#'));
}
