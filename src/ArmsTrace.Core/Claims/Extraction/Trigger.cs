namespace ArmsTrace.Core.Claims.Extraction;

public sealed record Trigger(ClaimType Type, TriggerFrame Frame);
