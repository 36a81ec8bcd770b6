namespace ArmsTrace.Storage;

/// <summary>What to list; null means "any". All conditions must hold.</summary>
/// <param name="Type">Claim type wire name ("supply", "part_of"), any case.</param>
/// <param name="EntityKey">An entity taking part in any role: subject, object, item or source.</param>
/// <param name="Stance">Stance name ("alleged"), any case.</param>
/// <param name="SourceKey">The entity the claim is attributed to.</param>
/// <param name="Text">Case-insensitive substring of the evidence text.</param>
/// <param name="Limit">Rows per page, 1 to 1000.</param>
/// <param name="AsOf">Only claims known by this date (<see cref="Corroboration.AsOfDate"/>).</param>
/// <param name="MinSources">Only claims whose fact has at least this many independent origins.</param>
public sealed record ClaimFilter(
    string? Type = null,
    string? EntityKey = null,
    string? Stance = null,
    string? SourceKey = null,
    string? Text = null,
    int Limit = 50,
    int Offset = 0,
    string? AsOf = null,
    int? MinSources = null);
