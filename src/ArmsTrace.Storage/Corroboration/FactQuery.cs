namespace ArmsTrace.Storage.Corroboration;

/// <summary>Which facts to summarise; all conditions hold together.</summary>
/// <param name="EntityKey">Facts the entity is the subject or target of.</param>
/// <param name="Subjects">Facts whose subject is one of these keys (a network view's edges).</param>
/// <param name="Targets">With <see cref="Subjects"/>, only facts whose target is also one of these keys.</param>
/// <param name="AsOf">Only claims known by this date (<see cref="AsOfDate"/>).</param>
/// <param name="MinSources">Only facts with at least this many independent origins.</param>
/// <param name="Limit">At most this many facts: capped at a page's maximum, except with <see cref="Subjects"/>, whose keys bound the answer.</param>
public sealed record FactQuery(
    string? EntityKey = null,
    IReadOnlyCollection<string>? Subjects = null,
    IReadOnlyCollection<string>? Targets = null,
    string? AsOf = null,
    int? MinSources = null,
    bool DisputedOnly = false,
    int Limit = 50,
    int Offset = 0);
