namespace ArmsTrace.Storage.Rows;

/// <summary>One claim flattened to columns, evidence in raw offsets; names are kept as the extractor gave them.</summary>
internal sealed record ClaimRow(
    string Type,
    string SubjectKey,
    string SubjectName,
    string? ObjectKey,
    string? ObjectName,
    string? ItemKey,
    string? ItemName,
    double? QuantityValue,
    string? QuantityUnit,
    string? QuantityText,
    string? TimeText,
    string? TimeFrom,
    string? TimeTo,
    string? TimePrecision,
    string? SourceKey,
    string? SourceName,
    string Stance,
    int EvidenceStart,
    int EvidenceEnd,
    string EvidenceText,
    string Extractor,
    string ExtractorVersion,
    string RecordedAt,
    double? Confidence,
    string? Basis)
{
    /// <summary>Set once the document row exists; rows are built before the transaction opens.</summary>
    public long DocumentId { get; init; }
}
