namespace ArmsTrace.Server.Review;

/// <summary>The name wrongly merged into an entity, and the entity (key, name or new:TYPE:NAME) its claims belong to.</summary>
internal sealed record SplitRequest(string? Name, string? Into, string? Reason);
