using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

/// <summary>
/// A <see cref="Neighbourhood"/> as the network view draws it: its edges (every claim joining the nodes, counted per
/// subject, target and type), a capped list of the claims themselves, and the corroboration of the drawn claims' facts.
/// </summary>
internal sealed record NeighbourhoodView(
    StoredEntity Centre,
    IReadOnlyList<StoredEntity> Nodes,
    IReadOnlyList<NetworkEdge> Edges,
    IReadOnlyList<StoredClaim> Claims,
    bool Truncated,
    int NodesLeftOut,
    long ClaimsTotal,
    long ClaimsLeftOut,
    IReadOnlyList<FactSummary> Facts)
{
    /// <summary>Facts for every edge; their subjects and targets bound the query, so it reads little more than the edges need.</summary>
    public static NeighbourhoodView Of(Neighbourhood n, IFactGraph facts, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(facts);
        var edgeKeys = n.Edges.Select(e => new FactKey(e.SubjectKey, e.Type, e.TargetKey)).ToHashSet();
        var subjects = edgeKeys.Select(k => k.SubjectKey).Distinct(StringComparer.Ordinal).ToList();
        var targets = edgeKeys.Select(k => k.TargetKey ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var summaries = edgeKeys.Count == 0
            ? []
            : facts.Facts(new FactQuery(Subjects: subjects, Targets: targets, AsOf: asOf, Limit: int.MaxValue))
                .Where(f => edgeKeys.Contains(f.Key))
                .ToList();
        var byKey = summaries.ToDictionary(f => f.Key);
        var drawn = n.Claims.Select(FactKey.Of).ToHashSet();
        var edges = NetworkEdge.Of(n.Edges, (s, t, o) => byKey.TryGetValue(new FactKey(s, t, o), out var f) ? Math.Max(1, f.Origins) : 1);
        return new NeighbourhoodView(n.Centre, n.Nodes, edges, n.Claims, n.Truncated, n.NodesLeftOut, n.ClaimsTotal, n.ClaimsLeftOut, [.. summaries.Where(f => drawn.Contains(f.Key))]);
    }
}
