namespace ArmsTrace.Storage;

/// <summary>
/// A document removed from the graph, as the audit log keeps it: its last metadata, how many versions
/// and current claims went with it, and how many analysts' judgements it left orphaned.
/// </summary>
public sealed record DocumentDeletion(
    long Id,
    string Key,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published,
    int Versions,
    int Claims,
    int OrphanedJudgements,
    string? Reason,
    string DeletedBy,
    string DeletedAt);
