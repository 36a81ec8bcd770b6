namespace ArmsTrace.Storage.Rows;

/// <summary>The current version of a document about to be deleted: what the audit record keeps of it.</summary>
internal sealed class DeletedDocumentRow
{
    public long Id { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public long Claims { get; set; }
}
