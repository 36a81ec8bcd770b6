namespace ArmsTrace.Server.Review;

/// <summary>The fields an edit sets; entities by key, name or "new:TYPE:NAME"; dates as YYYY[-MM[-DD]].</summary>
internal sealed record EditRequest(
    string? Type,
    string? Subject,
    string? Object,
    string? Item,
    decimal? Quantity,
    string? Stance,
    string? Source,
    string? From,
    string? To);
