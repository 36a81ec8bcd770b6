namespace ArmsTrace.Storage.Corroboration;

/// <summary>What the timeline statement reads; settable for Dapper, as <see cref="Rows.StoredClaimRow"/> explains.</summary>
internal sealed class FactStepRow
{
    public long ClaimId { get; set; }

    public string Stance { get; set; } = string.Empty;

    public string? SourceKey { get; set; }

    public string? SourceName { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public string Known { get; set; } = string.Empty;

    public string DocumentKey { get; set; } = string.Empty;

    public string Origin { get; set; } = string.Empty;

    public string? QuantityText { get; set; }

    public double? QuantityValue { get; set; }

    public string? QuantityUnit { get; set; }

    public string? TimeText { get; set; }

    public string? TimeFrom { get; set; }

    public string EvidenceText { get; set; } = string.Empty;

    /// <summary>A claim with no source is asserted by whoever published it.</summary>
    public FactStep ToRecord() => new(
        ClaimId,
        Stance,
        SourceName ?? Outlet ?? DocumentKey,
        SourceKey,
        Outlet,
        Published,
        Known,
        DocumentKey,
        Origin,
        QuantityText,
        QuantityValue is { } q ? (decimal)q : null,
        QuantityUnit,
        TimeText,
        TimeFrom,
        EvidenceText);
}
