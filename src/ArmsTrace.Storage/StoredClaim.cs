namespace ArmsTrace.Storage;

/// <summary>
/// A claim as stored, with the document it came from. Names are as the extractor gave them;
/// <see cref="EvidenceStart"/> and <see cref="EvidenceEnd"/> are raw offsets into the stored document text;
/// <see cref="DocumentTitle"/> and <see cref="DocumentUrl"/> are the document's, so an export keeps where the claim was read.
/// <see cref="Review"/> is null until an analyst judges the claim, then accepted, rejected, edited, or correction for the
/// claim an edit made; <see cref="Confidence"/> and <see cref="Basis"/> are the extractor's estimate and its reasons.
/// </summary>
public sealed record StoredClaim(
    long Id,
    string Type,
    string SubjectKey,
    string SubjectName,
    string? ObjectKey,
    string? ObjectName,
    string? ItemKey,
    string? ItemName,
    decimal? QuantityValue,
    string? QuantityUnit,
    string? QuantityText,
    string? TimeText,
    string? TimeFrom,
    string? TimeTo,
    string? TimePrecision,
    string? SourceKey,
    string? SourceName,
    string Stance,
    string DocumentKey,
    int DocumentVersion,
    string? Outlet,
    string? Published,
    long EvidenceStart,
    long EvidenceEnd,
    string EvidenceText,
    string Extractor,
    string ExtractorVersion,
    string RecordedAt,
    string? DocumentTitle = null,
    string? DocumentUrl = null,
    string? Review = null,
    double? Confidence = null,
    string? Basis = null);
