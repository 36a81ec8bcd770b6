namespace ArmsTrace.Storage.Review;

/// <summary>Which entity plays each role of a claim, for moving one entity's roles to another.</summary>
internal sealed class ClaimRoles
{
    public long Id { get; set; }

    public string SubjectKey { get; set; } = string.Empty;

    public string? ObjectKey { get; set; }

    public string? ItemKey { get; set; }

    public string? SourceKey { get; set; }
}
