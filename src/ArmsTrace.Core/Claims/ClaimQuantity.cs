namespace ArmsTrace.Core.Claims;

/// <summary>How many or how much: 46 (drones), 1000000000 (USD).</summary>
public sealed record ClaimQuantity(decimal Value, string? Unit, string Text);
