namespace ArmsTrace.Storage.Searching;

/// <summary>A document hit as the search statements return it, the snippet still marked.</summary>
internal sealed class DocumentHitRow
{
    public string Key { get; set; } = string.Empty;

    public long Version { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public string? Snippet { get; set; }

    public DocumentHit ToRecord() => new(Key, (int)Version, Title, Url, Outlet, Published, Snippets.Parts(Snippet));
}
