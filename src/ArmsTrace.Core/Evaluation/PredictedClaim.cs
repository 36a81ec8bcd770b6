namespace ArmsTrace.Core.Evaluation;

/// <summary>What the scorer needs of a predicted claim: names as printed, coarse stance.</summary>
public sealed record PredictedClaim(string Type, string Subject, string Object, string? Item, string? Source, string CoarseStance);
