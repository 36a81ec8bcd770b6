namespace ArmsTrace.Storage;

/// <param name="Key">The entity key when the name is an entity's (top suppliers); null for types and stances.</param>
public sealed record NamedCount(string Name, long Count, string? Key = null);
