namespace ArmsTrace.Storage.Graph;

/// <summary>
/// A claim list request. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a claim's date is its own
/// time when the text gave one, else its document's publication date, and undated claims fall
/// outside any range. <see cref="AsOf"/> keeps only claims known by then (<see cref="Corroboration.AsOfDate"/>);
/// <see cref="MinSources"/> only claims whose fact has at least that many independent origins.
/// <see cref="SubjectKey"/> and <see cref="TargetKey"/> pick one edge of the network (the target is the object, else the item).
/// </summary>
public sealed record ClaimQuery(
    IReadOnlyCollection<string>? Types = null,
    string? EntityKey = null,
    IReadOnlyCollection<string>? Stances = null,
    string? SourceKey = null,
    string? From = null,
    string? To = null,
    int Limit = 50,
    int Offset = 0,
    string? AsOf = null,
    int? MinSources = null,
    string? SubjectKey = null,
    string? TargetKey = null);
