namespace ArmsTrace.Storage.Graph;

/// <param name="Types">Claim types a path may follow; null means supply, manufacture, sponsor and part_of.</param>
/// <param name="AsOf">Only through claims known by this date (<see cref="Corroboration.AsOfDate"/>).</param>
/// <param name="IncludeDenied">Whether a hop may rest on a denial; off by default, as a denied supply is no link in a supply chain.</param>
public sealed record PathQuery(IReadOnlyCollection<string>? Types = null, int MaxDepth = 4, int Limit = 10, int Offset = 0, string? AsOf = null, bool IncludeDenied = false)
{
    public static IReadOnlyList<string> DefaultTypes { get; } = ["supply", "manufacture", "sponsor", "part_of"];
}
