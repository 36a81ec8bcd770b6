using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Claims.Drafts;

/// <summary>Who a sentence says is speaking, and the stance the reporting verb lends.</summary>
internal sealed record Attribution(Mention? Source, Stance? Stance, int VerbToken);
