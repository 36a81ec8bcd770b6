namespace ArmsTrace.Storage.Rows;

/// <summary>What a document query reads; settable for the same reason as <see cref="StoredClaimRow"/>.</summary>
internal sealed class DocumentViewRow
{
    public long Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public long Version { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public string IngestedAt { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
