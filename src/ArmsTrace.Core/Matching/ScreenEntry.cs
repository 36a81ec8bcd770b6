using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Matching;

/// <summary>Something a name can be screened against: a graph entity or a sanctions-list entry, with all its names.</summary>
/// <param name="Source">Where it comes from: "graph" or the list's name ("ofac-sdn", "un-consolidated", "ftm").</param>
internal sealed record ScreenEntry(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    EntityType? Type,
    string? Country,
    string? BirthDate,
    string Source)
{
    public MatchFacts Facts => new(Type, Country, BirthDate);
}
