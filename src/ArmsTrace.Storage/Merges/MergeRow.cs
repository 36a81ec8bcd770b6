namespace ArmsTrace.Storage.Merges;

/// <summary>A merges row as Dapper reads it.</summary>
internal sealed class MergeRow
{
    public long Id { get; set; }

    public string LeftKey { get; set; } = string.Empty;

    public string RightKey { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public double? Score { get; set; }

    public string Reasons { get; set; } = string.Empty;

    public string DecidedBy { get; set; } = string.Empty;

    public string DecidedAt { get; set; } = string.Empty;

    public string? UndoneAt { get; set; }

    public string? UndoneBy { get; set; }

    public MergeRecord ToRecord() => new(
        Id,
        LeftKey,
        RightKey,
        string.Equals(Kind, "manual", StringComparison.Ordinal) ? MergeKind.Manual : MergeKind.Auto,
        Score is { } s ? Math.Round(s, 3) : null,
        Reasons.Length == 0 ? [] : Reasons.Split('\n'),
        DecidedBy,
        DecidedAt,
        UndoneAt,
        UndoneBy);
}
