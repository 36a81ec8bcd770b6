namespace ArmsTrace.Core.Matching;

/// <summary>One entry a screened name matched, through which of its names, how well and why.</summary>
internal sealed record ScreenHit(ScreenEntry Entry, string MatchedName, double Score, IReadOnlyList<string> Reasons);
