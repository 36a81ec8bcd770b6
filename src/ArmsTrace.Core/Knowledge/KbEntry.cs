using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Knowledge;

/// <summary>One known thing: a country, organisation, person, place or weapon, with all its names.</summary>
public sealed record KbEntry(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Metonyms,
    string? Parent,
    string? Country,
    double? Latitude,
    double? Longitude)
{
    public string Key => EntityKey.ForKnowledgeBase(Id);
}
