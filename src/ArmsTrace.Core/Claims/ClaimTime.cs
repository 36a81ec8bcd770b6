namespace ArmsTrace.Core.Claims;

/// <summary>When a claim held, as written and resolved: From/To are ISO dates (or null when open).</summary>
public sealed record ClaimTime(string Text, string? From, string? To, string? Precision);
