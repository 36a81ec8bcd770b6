namespace ArmsTrace.Storage;

/// <summary>Everything stored about one entity in current document versions.</summary>
/// <param name="Names">Every distinct text the entity is mentioned by, most frequent first.</param>
/// <param name="Claims">Every claim it takes part in as subject, object, item or source, by publication date (undated last).</param>
public sealed record EntityDossier(StoredEntity Entity, IReadOnlyList<string> Names, IReadOnlyList<StoredClaim> Claims);
