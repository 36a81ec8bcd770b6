namespace ArmsTrace.Storage.Exports;

/// <summary>
/// What to export. With <see cref="EntityKey"/>, that entity's neighbourhood exactly as the network
/// view builds it (same depth, filters and node cap); without, every claim the filters keep, streamed.
/// Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD", as the claim list reads them; <see cref="AsOf"/> exports
/// the graph as known on that date. <see cref="Involving"/> and <see cref="SourceKey"/> (without <see cref="EntityKey"/>)
/// export one entity's own claims, as its dossier lists them, and only those a source asserts.
/// </summary>
public sealed record ExportQuery(
    string? EntityKey = null,
    int Depth = 1,
    IReadOnlyCollection<string>? Types = null,
    IReadOnlyCollection<string>? Stances = null,
    string? From = null,
    string? To = null,
    int MaxNodes = 150,
    string? AsOf = null,
    string? Involving = null,
    string? SourceKey = null);
