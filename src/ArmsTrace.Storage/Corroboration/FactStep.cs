namespace ArmsTrace.Storage.Corroboration;

/// <summary>One claim in a fact's timeline: who said it, how firmly, where and when it became known.</summary>
/// <param name="Party">The asserting party's name: the claim's source, else the outlet that published it.</param>
/// <param name="Known">The document's publication date, else the day the claim was recorded.</param>
/// <param name="Origin">The origin of its document ("doc:KEY" or "wire:AGENCY").</param>
public sealed record FactStep(
    long ClaimId,
    string Stance,
    string Party,
    string? SourceKey,
    string? Outlet,
    string? Published,
    string Known,
    string DocumentKey,
    string Origin,
    string? QuantityText,
    decimal? QuantityValue,
    string? QuantityUnit,
    string? TimeText,
    string? TimeFrom,
    string EvidenceText);
