using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Claims.Drafts;

/// <summary>
/// A claim found in a sentence before attribution, stance and time are settled. Tree patterns
/// fill <see cref="Attribution"/> and <see cref="OwnStance"/> from the trigger's place in the tree;
/// the other finders leave them to the sentence.
/// </summary>
internal sealed record ClaimDraft(ClaimType Type, Mention Subject, Mention? Object, Mention? Item, int Trigger)
{
    public Attribution? Attribution { get; init; }

    public Stance? OwnStance { get; init; }

    public ClaimQuantity? Quantity { get; init; }

    /// <summary>The finder that drafted it; the stage sets it as each finder finishes.</summary>
    public string Finder { get; init; } = string.Empty;
}
