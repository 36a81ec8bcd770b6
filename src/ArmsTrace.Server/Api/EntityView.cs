namespace ArmsTrace.Server.Api;

/// <summary>An entity's dossier: what the store and knowledge base know, and its claims grouped by type.</summary>
/// <param name="Claims">Total claims it takes part in; <see cref="ClaimsByType"/> holds one page of them.</param>
internal sealed record EntityView(
    string Key,
    string Name,
    string Type,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Aliases,
    EntityLink? Parent,
    EntityLink? Country,
    double? Latitude,
    double? Longitude,
    long Claims,
    IReadOnlyList<ClaimGroup> ClaimsByType,
    int Offset,
    int Limit,
    bool HasMore);
