namespace ArmsTrace.Storage;

/// <summary>What to list. Null means "any". Limit defaults to 50 and is capped at 1000.</summary>
public sealed record ClaimFilter(
    string? Type = null,
    string? EntityKey = null,
    string? Stance = null,
    string? SourceKey = null,
    string? Text = null,
    int Limit = 50,
    int Offset = 0);
