namespace ArmsTrace.Storage.Graph;

/// <summary>
/// Entities within reach of the centre and the claims joining them. A claim joins its subject to
/// its object, or to its item when it has no object.
/// </summary>
/// <param name="NodesLeftOut">Entities the walk reached but did not add once it was full (at least this many more).</param>
/// <param name="Edges">Every claim joining the nodes returned, counted per edge and stance, including those <see cref="Claims"/> left out.</param>
/// <param name="ClaimsTotal">Claims joining the nodes returned; more than <see cref="Claims"/> holds when <see cref="NeighbourhoodQuery.MaxClaims"/> cut them.</param>
public sealed record Neighbourhood(
    StoredEntity Centre,
    IReadOnlyList<StoredEntity> Nodes,
    IReadOnlyList<StoredClaim> Claims,
    int NodesLeftOut,
    long ClaimsTotal,
    IReadOnlyList<EdgeTally> Edges)
{
    /// <summary>True when <see cref="NeighbourhoodQuery.MaxNodes"/> stopped the walk early.</summary>
    public bool Truncated => NodesLeftOut > 0;

    public long ClaimsLeftOut => Math.Max(0, ClaimsTotal - Claims.Count);
}
