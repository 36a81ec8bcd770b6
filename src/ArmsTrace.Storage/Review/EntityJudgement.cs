namespace ArmsTrace.Storage.Review;

/// <summary>One judgement on an entity: the value set, what it replaced, who, when and why.</summary>
public sealed record EntityJudgement(
    long Id,
    string EntityKey,
    EntityAction Action,
    string Value,
    string? Previous,
    string? Reason,
    string DecidedBy,
    string DecidedAt,
    string? UndoneBy,
    string? UndoneAt)
{
    public bool InForce => UndoneAt is null;
}
