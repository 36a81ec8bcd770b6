namespace ArmsTrace.Storage.Graph;

/// <param name="Depth">Hops from the centre, 1 to 4.</param>
/// <param name="MaxNodes">Where to stop growing, so a hub cannot pull in the whole graph; the most connected neighbours come first.</param>
/// <param name="MaxClaims">The most claims returned, those touching the centre first, so a response stays small at any hub.</param>
public sealed record NeighbourhoodQuery(
    int Depth = 1,
    IReadOnlyCollection<string>? Types = null,
    IReadOnlyCollection<string>? Stances = null,
    string? From = null,
    string? To = null,
    int MaxNodes = 150,
    int MaxClaims = NeighbourhoodQuery.DefaultMaxClaims)
{
    public const int DefaultMaxClaims = 500;

    /// <summary>About 1 KB a claim with its evidence: this keeps a response under a megabyte.</summary>
    public const int MostClaims = 900;
}
