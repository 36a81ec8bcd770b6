namespace ArmsTrace.Storage.Rows;

/// <summary>
/// What a claim query reads. Settable properties rather than a record so Dapper converts column
/// types freely: SQLite reports a column's type per value, which breaks constructor matching on
/// NULLs and empty results.
/// </summary>
internal sealed class StoredClaimRow
{
    public long Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string SubjectKey { get; set; } = string.Empty;

    public string SubjectName { get; set; } = string.Empty;

    public string? ObjectKey { get; set; }

    public string? ObjectName { get; set; }

    public string? ItemKey { get; set; }

    public string? ItemName { get; set; }

    public double? QuantityValue { get; set; }

    public string? QuantityUnit { get; set; }

    public string? QuantityText { get; set; }

    public string? TimeText { get; set; }

    public string? TimeFrom { get; set; }

    public string? TimeTo { get; set; }

    public string? TimePrecision { get; set; }

    public string? SourceKey { get; set; }

    public string? SourceName { get; set; }

    public string Stance { get; set; } = string.Empty;

    public string DocumentKey { get; set; } = string.Empty;

    public long DocumentVersion { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public long EvidenceStart { get; set; }

    public long EvidenceEnd { get; set; }

    public string EvidenceText { get; set; } = string.Empty;

    public string Extractor { get; set; } = string.Empty;

    public string ExtractorVersion { get; set; } = string.Empty;

    public string RecordedAt { get; set; } = string.Empty;

    public string? DocumentTitle { get; set; }

    public string? DocumentUrl { get; set; }

    public string? Review { get; set; }

    public double? Confidence { get; set; }

    public string? Basis { get; set; }

    public StoredClaim ToRecord() => new(
        Id,
        Type,
        SubjectKey,
        SubjectName,
        ObjectKey,
        ObjectName,
        ItemKey,
        ItemName,
        QuantityValue is { } q ? (decimal)q : null,
        QuantityUnit,
        QuantityText,
        TimeText,
        TimeFrom,
        TimeTo,
        TimePrecision,
        SourceKey,
        SourceName,
        Stance,
        DocumentKey,
        (int)DocumentVersion,
        Outlet,
        Published,
        EvidenceStart,
        EvidenceEnd,
        EvidenceText,
        Extractor,
        ExtractorVersion,
        RecordedAt,
        DocumentTitle,
        DocumentUrl,
        Review,
        Confidence,
        Basis);
}
