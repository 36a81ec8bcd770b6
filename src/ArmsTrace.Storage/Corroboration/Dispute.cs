namespace ArmsTrace.Storage.Corroboration;

/// <summary>A disputed fact and the claims on each side, each side in the order they became known.</summary>
public sealed record Dispute(FactSummary Fact, IReadOnlyList<DisputeSide> Sides);
