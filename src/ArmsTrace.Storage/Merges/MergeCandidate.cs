namespace ArmsTrace.Storage.Merges;

/// <summary>A stored entity as the clusterer sees it: its names, type and the entities it shares claims with.</summary>
internal sealed record MergeCandidate(string Key, string Name, string Type, IReadOnlyList<string> Names, IReadOnlyCollection<string> Neighbours);
