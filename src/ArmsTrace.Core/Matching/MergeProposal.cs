namespace ArmsTrace.Core.Matching;

/// <summary>Two entities the clusterer judges to be one, with the score and the reasons to show a person.</summary>
internal sealed record MergeProposal(string LeftKey, string RightKey, double Score, IReadOnlyList<string> Reasons);
