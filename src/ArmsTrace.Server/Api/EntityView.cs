using ArmsTrace.Storage.Corroboration;

namespace ArmsTrace.Server.Api;

/// <summary>An entity's dossier: what the store and knowledge base know, and its claims grouped by type.</summary>
/// <param name="Claims">Total claims it takes part in; <see cref="ClaimsByType"/> holds one page of them.</param>
/// <param name="Facts">The facts it is subject or target of, strongest first, at most 100.</param>
/// <param name="Next">The cursor to pass as after= for the next page; null on the last.</param>
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
    IReadOnlyList<FactSummary> Facts,
    int Offset,
    int Limit,
    string? Next)
{
    public bool HasMore => Next is not null;
}
