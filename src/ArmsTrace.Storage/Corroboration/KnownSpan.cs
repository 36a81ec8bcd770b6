namespace ArmsTrace.Storage.Corroboration;

/// <summary>The first and last day claims became known; both null in an empty graph. Bounds the as-of slider.</summary>
public sealed record KnownSpan(string? First, string? Last);
