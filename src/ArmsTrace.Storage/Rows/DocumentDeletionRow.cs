namespace ArmsTrace.Storage.Rows;

/// <summary>A row of document_deletions; settable properties so Dapper converts either database's integers.</summary>
internal sealed class DocumentDeletionRow
{
    public const string Columns = """
        id AS Id, doc_key AS Key, title AS Title, url AS Url, outlet AS Outlet, published AS Published, versions AS Versions,
        claims AS Claims, orphaned_judgements AS OrphanedJudgements, reason AS Reason, deleted_by AS DeletedBy, deleted_at AS DeletedAt
        """;

    public long Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public long Versions { get; set; }

    public long Claims { get; set; }

    public long OrphanedJudgements { get; set; }

    public string? Reason { get; set; }

    public string DeletedBy { get; set; } = string.Empty;

    public string DeletedAt { get; set; } = string.Empty;

    public DocumentDeletion ToRecord() => new(Id, Key, Title, Url, Outlet, Published, (int)Versions, (int)Claims, (int)OrphanedJudgements, Reason, DeletedBy, DeletedAt);
}
