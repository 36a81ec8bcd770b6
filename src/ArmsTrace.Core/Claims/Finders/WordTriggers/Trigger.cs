namespace ArmsTrace.Core.Claims.Finders.WordTriggers;

public sealed record Trigger(ClaimType Type, TriggerFrame Frame);
