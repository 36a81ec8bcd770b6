using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Claims.Confidence;

/// <summary>
/// The kind of claim a confidence is measured over: which finder drafted it, the claim type, how
/// many of its two ends the knowledge base knows, and the word that set it off. On the development
/// set these split claims into groups whose precision differs most (a tree pattern's sanctions 0.58
/// against its supplies 0.90; no known end 0.43 against two 0.87); sentence length, tried too, hardly did.
/// </summary>
public readonly record struct ConfidenceCell(string Rule, ClaimType Type, int KnownEnds, string Trigger)
{
    public static ConfidenceCell Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var known = (IsKnown(claim.Subject) ? 1 : 0) + (IsKnown(claim.Object) ? 1 : 0);
        return new ConfidenceCell(claim.Basis?.Rule ?? "other", claim.Type, known, claim.Basis?.Trigger.ToLowerInvariant() ?? "-");
    }

    public string TypeName => Type.ToName();

    private static bool IsKnown(EntityRef? end) => end is not null && EntityKey.IsKnowledgeBase(end.Key);
}
