namespace ArmsTrace.Storage.Searching;

/// <summary>A claim hit as the search statements return it, the evidence still marked.</summary>
internal sealed class ClaimHitRow
{
    public long Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string SubjectKey { get; set; } = string.Empty;

    public string SubjectName { get; set; } = string.Empty;

    public string? ObjectKey { get; set; }

    public string? ObjectName { get; set; }

    public string Stance { get; set; } = string.Empty;

    public string DocumentKey { get; set; } = string.Empty;

    public string? DocumentTitle { get; set; }

    public string? Published { get; set; }

    public string? Evidence { get; set; }

    public ClaimHit ToRecord() => new(Id, Type, SubjectKey, SubjectName, ObjectKey, ObjectName, Stance, DocumentKey, DocumentTitle, Published, Snippets.Parts(Evidence));
}
