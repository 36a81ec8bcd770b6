namespace ArmsTrace.Storage;

/// <summary>Everything stored about one entity: its names and every claim it takes part in.</summary>
public sealed record EntityDossier(StoredEntity Entity, IReadOnlyList<string> Names, IReadOnlyList<StoredClaim> Claims);
