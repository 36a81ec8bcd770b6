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
    /// <summary>
    /// Every edge's independent origins, which set its line's opacity, and the full summaries of the drawn claims' facts
    /// alone: summarising every edge's fact cost seconds at a hub, for a list the page shows only for the drawn claims.
    /// </summary>
    public static NeighbourhoodView Of(Neighbourhood n, IFactGraph facts, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(facts);
        var subjects = n.Edges.Select(e => e.SubjectKey).Distinct(StringComparer.Ordinal).ToList();
        var targets = n.Edges.Select(e => e.TargetKey).Distinct(StringComparer.Ordinal).ToList();
        var origins = n.Edges.Count == 0 ? new Dictionary<FactKey, long>() : facts.Origins(subjects, targets, asOf);
        var drawn = n.Claims.Select(FactKey.Of).ToHashSet();
        var edges = NetworkEdge.Of(n.Edges, (s, t, o) => origins.TryGetValue(new FactKey(s, t, o), out var count) ? Math.Max(1, count) : 1);
        return new NeighbourhoodView(n.Centre, n.Nodes, edges, n.Claims, n.Truncated, n.NodesLeftOut, n.ClaimsTotal, n.ClaimsLeftOut, facts.FactsOf(drawn, asOf));
    }
}
