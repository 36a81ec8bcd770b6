namespace ArmsTrace.Storage.Graph;

/// <summary>
/// Entities within reach of the centre and the claims joining them. A claim joins its subject to
/// its object, or to its item when it has no object.
/// </summary>
/// <param name="Truncated">True when <see cref="NeighbourhoodQuery.MaxNodes"/> stopped the walk early.</param>
public sealed record Neighbourhood(StoredEntity Centre, IReadOnlyList<StoredEntity> Nodes, IReadOnlyList<StoredClaim> Claims, bool Truncated);
