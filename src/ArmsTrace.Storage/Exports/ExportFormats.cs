namespace ArmsTrace.Storage.Exports;

public static class ExportFormats
{
    /// <summary>The names users type, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["stix", "ftm", "graphml", "csv"];

    public static ExportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "stix" or "stix2" or "stix2.1" => ExportFormat.Stix,
        "ftm" or "followthemoney" => ExportFormat.FollowTheMoney,
        "graphml" => ExportFormat.GraphMl,
        "csv" => ExportFormat.Csv,
        _ => null,
    };

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Stix => "application/stix+json;version=2.1",
        ExportFormat.FollowTheMoney => "application/x-ndjson",
        ExportFormat.GraphMl => "application/graphml+xml",
        ExportFormat.Csv => "text/csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Stix => "stix.json",
        ExportFormat.FollowTheMoney => "ftm.jsonl",
        ExportFormat.GraphMl => "graphml",
        ExportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
