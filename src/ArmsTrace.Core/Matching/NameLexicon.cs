using System.Collections.Frozen;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Matching;

/// <summary>The word lists name matching reads from lexicons/name-*.txt.</summary>
internal static class NameLexicon
{
    public static FrozenSet<string> Honorifics { get; } = Lexicon.Words("name-honorifics.txt");

    /// <summary>Joining words and companies' legal forms, both left out when names are compared.</summary>
    public static FrozenSet<string> Connectors { get; } = Lexicon.Words("name-connectors.txt").Concat(Lexicon.Words("name-legal-forms.txt"))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<string> GenericWords { get; } = Lexicon.Words("name-generic-words.txt");

    /// <summary>Each spelling in a variant group to the group's first spelling.</summary>
    public static FrozenDictionary<string, string> Variants { get; } = Lexicon.Lines("name-variants.txt")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(g => g.Length > 0)
        .SelectMany(g => g.Select(w => (Word: w, Group: g[0])))
        .DistinctBy(p => p.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(p => p.Word, p => p.Group, StringComparer.Ordinal);
}
