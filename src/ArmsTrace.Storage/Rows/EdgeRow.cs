namespace ArmsTrace.Storage.Rows;

/// <summary>An edge's two ends and how many claims join them; settable for the same reason as <see cref="StoredClaimRow"/>.</summary>
internal sealed class EdgeRow
{
    public string A { get; set; } = string.Empty;

    public string B { get; set; } = string.Empty;

    public long Claims { get; set; }
}
