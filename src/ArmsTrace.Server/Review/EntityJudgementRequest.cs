namespace ArmsTrace.Server.Review;

/// <summary>rename, retype, country or parent, and the value to set.</summary>
internal sealed record EntityJudgementRequest(string? Action, string? Value, string? Reason);
