namespace ArmsTrace.Storage.Graph;

/// <summary>One path: the entities in order and, for each hop, every claim joining the two.</summary>
public sealed record GraphPath(IReadOnlyList<StoredEntity> Entities, IReadOnlyList<PathHop> Hops);
