namespace ArmsTrace.Storage.Review;

/// <summary>
/// One line of the audit log: a claim judgement, an entity judgement, a merge or a document deletion (<see cref="Kind"/>),
/// what it did to what, and who made and undid it when.
/// </summary>
public sealed record AuditEntry(
    string Kind,
    long Id,
    string Action,
    string Target,
    string? Detail,
    string? Reason,
    string DecidedBy,
    string DecidedAt,
    string? UndoneBy,
    string? UndoneAt);
