namespace ArmsTrace.Storage;

/// <summary>A claim as stored, with names resolved and the document it came from. Offsets are raw.</summary>
public sealed record StoredClaim(
    long Id,
    string Type,
    string SubjectKey,
    string SubjectName,
    string? ObjectKey,
    string? ObjectName,
    string? ItemName,
    double? QuantityValue,
    string? QuantityText,
    string? TimeText,
    string? TimeFrom,
    string? TimeTo,
    string? SourceName,
    string Stance,
    string DocumentKey,
    string? Outlet,
    string? Published,
    long EvidenceStart,
    long EvidenceEnd,
    string EvidenceText,
    string Extractor);
