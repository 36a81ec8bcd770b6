using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Claims;

/// <summary>
/// One statement in the graph: subject, type, object, with what and how many, when, who says
/// so and how firmly, and the sentence it came from (<see cref="Evidence"/>, clean offsets).
/// </summary>
public sealed record Claim(
    ClaimType Type,
    EntityRef Subject,
    EntityRef? Object,
    EntityRef? Item,
    ClaimQuantity? Quantity,
    ClaimTime? Time,
    EntityRef? Source,
    Stance Stance,
    TextSpan Evidence,
    string Extractor)
{
    /// <summary>How the extractor found it; null for claims not drafted by the claim finders.</summary>
    public ClaimBasis? Basis { get; init; }

    /// <summary>Set by <see cref="Confidence.ClaimConfidenceStage"/> from <see cref="Basis"/> and the endpoints.</summary>
    public ClaimConfidence? Confidence { get; init; }
}
