using System.Collections.Frozen;

namespace ArmsTrace.Core.Knowledge;

/// <summary>
/// The word forms of lexicons/reporting-verbs.txt ("said", "alleges") with the stance each lends,
/// read once for every reader: attribution, the quote splitter and list reading.
/// </summary>
internal static class ReportingVerbs
{
    public static FrozenDictionary<string, string> Stances { get; } = Lexicon.Table("reporting-verbs.txt");

    public static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Forms { get; } = Stances.GetAlternateLookup<ReadOnlySpan<char>>();
}
