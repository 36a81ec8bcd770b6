using ArmsTrace.Storage;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Server.Api;

/// <summary>A <see cref="Neighbourhood"/> as the network view draws it, with the corroboration of each edge's fact.</summary>
internal sealed record NeighbourhoodView(
    StoredEntity Centre,
    IReadOnlyList<StoredEntity> Nodes,
    IReadOnlyList<StoredClaim> Claims,
    bool Truncated,
    int NodesLeftOut,
    long ClaimsTotal,
    long ClaimsLeftOut,
    IReadOnlyList<FactSummary> Facts)
{
    /// <summary>Only the facts of the claims drawn; their subjects and targets bound the query, so it reads little more than the edges need.</summary>
    public static NeighbourhoodView Of(Neighbourhood n, IFactGraph facts, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(facts);
        var drawn = n.Claims.Select(FactKey.Of).ToHashSet();
        var subjects = drawn.Select(k => k.SubjectKey).Distinct(StringComparer.Ordinal).ToList();
        var targets = drawn.Select(k => k.TargetKey ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var summaries = facts.Facts(new FactQuery(Subjects: subjects, Targets: targets, AsOf: asOf, Limit: NeighbourhoodQuery.MostClaims))
            .Where(f => drawn.Contains(f.Key))
            .ToList();
        return new NeighbourhoodView(n.Centre, n.Nodes, n.Claims, n.Truncated, n.NodesLeftOut, n.ClaimsTotal, n.ClaimsLeftOut, summaries);
    }
}
