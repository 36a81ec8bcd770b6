namespace ArmsTrace.Storage.Rows;

/// <summary>A current document version an ingest compares itself with: its key and the metadata stored with it.</summary>
internal sealed class CurrentVersionRow
{
    public const string Columns = "id AS Id, version AS Version, doc_key AS Key, title AS Title, url AS Url, outlet AS Outlet, published AS Published";

    public long Id { get; set; }

    public long Version { get; set; }

    public string Key { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    /// <summary>Whether <paramref name="document"/> is this same document (key) with other metadata: a correction, not a new version.</summary>
    public bool IsCorrectedBy(DocumentRow document) =>
        string.Equals(Key, document.Key, StringComparison.Ordinal)
        && !(string.Equals(Title, document.Title, StringComparison.Ordinal)
             && string.Equals(Url, document.Url, StringComparison.Ordinal)
             && string.Equals(Outlet, document.Outlet, StringComparison.Ordinal)
             && string.Equals(Published, document.Published, StringComparison.Ordinal));
}
