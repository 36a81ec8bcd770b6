namespace ArmsTrace.Storage.Review;

/// <summary>An entity_judgements row as Dapper reads it.</summary>
internal sealed class EntityJudgementRow
{
    public const string Columns = """
        id AS Id, entity_key AS EntityKey, action AS Action, value AS Value, previous AS Previous, reason AS Reason,
        decided_by AS DecidedBy, decided_at AS DecidedAt, undone_by AS UndoneBy, undone_at AS UndoneAt
        """;

    public long Id { get; set; }

    public string EntityKey { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public string? Previous { get; set; }

    public string? Reason { get; set; }

    public string DecidedBy { get; set; } = string.Empty;

    public string DecidedAt { get; set; } = string.Empty;

    public string? UndoneBy { get; set; }

    public string? UndoneAt { get; set; }

    public EntityJudgement ToRecord() => new(
        Id,
        EntityKey,
        JudgementActions.ParseEntity(Action) ?? throw new StoreException($"Entity judgement {Id} has an unknown action '{Action}'."),
        Value,
        Previous,
        Reason,
        DecidedBy,
        DecidedAt,
        UndoneBy,
        UndoneAt);
}
