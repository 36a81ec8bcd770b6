using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Matching;

/// <summary>What is known about a name's bearer besides the name; null parts are unknown and never count against a match.</summary>
internal sealed record MatchFacts(EntityType? Type = null, string? Country = null, string? BirthDate = null)
{
    public static MatchFacts None { get; } = new();
}
