namespace ArmsTrace.Storage;

/// <summary>
/// A claim as stored, with the document it came from. Names are as the extractor gave them;
/// <see cref="EvidenceStart"/> and <see cref="EvidenceEnd"/> are raw offsets into the stored document text;
/// <see cref="DocumentTitle"/> and <see cref="DocumentUrl"/> are the document's, so an export keeps where the claim was read.
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
    string? DocumentUrl = null);
