namespace ArmsTrace.Storage.Graph;

/// <param name="Depth">Hops from the centre, 1 to 4.</param>
/// <param name="MaxNodes">Where to stop growing, so a hub cannot pull in the whole graph; the most connected neighbours come first.</param>
/// <param name="MaxClaims">The most claims returned, those touching the centre first, so a response stays small at any hub.</param>
/// <param name="AsOf">The graph as known on this date (<see cref="Corroboration.AsOfDate"/>).</param>
/// <param name="MinSources">Only claims whose fact has at least this many independent origins.</param>
/// <param name="SourceKey">Only claims this entity asserts.</param>
public sealed record NeighbourhoodQuery(
    int Depth = 1,
    IReadOnlyCollection<string>? Types = null,
    IReadOnlyCollection<string>? Stances = null,
    string? From = null,
    string? To = null,
    int MaxNodes = 150,
    int MaxClaims = NeighbourhoodQuery.DefaultMaxClaims,
    string? AsOf = null,
    int? MinSources = null,
    string? SourceKey = null)
{
    public const int DefaultMaxClaims = 500;

    /// <summary>About 1 KB a claim with its evidence: this keeps a response under a megabyte.</summary>
    public const int MostClaims = 900;
}
