namespace ArmsTrace.Storage.Merges;

/// <summary>One stored judgement that two entities are the same; <see cref="UndoneAt"/> set once it was taken back.</summary>
internal sealed record MergeRecord(
    long Id,
    string LeftKey,
    string RightKey,
    MergeKind Kind,
    double? Score,
    IReadOnlyList<string> Reasons,
    string DecidedBy,
    string DecidedAt,
    string? UndoneAt,
    string? UndoneBy)
{
    public bool Active => UndoneAt is null;
}
