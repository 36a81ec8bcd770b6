namespace ArmsTrace.Storage.Graph;

/// <param name="Depth">Hops from the centre, 1 to 4.</param>
/// <param name="MaxNodes">Where to stop growing, so a hub cannot pull in the whole graph.</param>
public sealed record NeighbourhoodQuery(
    int Depth = 1,
    IReadOnlyCollection<string>? Types = null,
    IReadOnlyCollection<string>? Stances = null,
    string? From = null,
    string? To = null,
    int MaxNodes = 150);
