namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// One line of claim-patterns.txt: a claim type, the trigger's part of speech, how roles map to
/// slots, and an optional condition the trigger's arguments must meet.
/// </summary>
internal sealed record ClaimPattern(ClaimType Type, bool Noun, PatternSlot Subject, PatternSlot Object, PatternSlot? Item, PatternCondition? When = null);
