namespace ArmsTrace.Storage;

/// <summary>Counts over current document versions.</summary>
public sealed record StoreSummary(
    long Documents,
    long DocumentVersions,
    long Entities,
    long Mentions,
    long Claims,
    IReadOnlyList<NamedCount> ClaimsByType,
    IReadOnlyList<NamedCount> ClaimsByStance,
    IReadOnlyList<NamedCount> TopSuppliers);
