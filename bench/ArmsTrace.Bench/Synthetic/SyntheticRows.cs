namespace ArmsTrace.Bench.Synthetic;

/// <summary>A claim's columns after its id and document id, in the order both writers list them.</summary>
internal static class SyntheticRows
{
    public const string Extractor = "synthetic";

    public static object?[] Claim(SyntheticClaim c) =>
    [
        c.Type, c.Subject.Key, c.Subject.Name, c.Object?.Key, c.Object?.Name, c.Item?.Key, c.Item?.Name,
        c.Quantity is { } q ? (double)q : null, c.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        c.TimeText, c.Time, c.Time, c.Time is null ? null : "month",
        c.Source?.Key, c.Source?.Name, c.Stance, (long)c.EvidenceStart, (long)c.EvidenceEnd, c.Evidence,
        Extractor, Extractor + "/1", SyntheticGraph.RecordedAt, c.Confidence,
    ];
}
