namespace ArmsTrace.Core.Claims.Trees;

/// <summary>One line of claim-patterns.txt: a claim type, the trigger's part of speech and how roles map to slots.</summary>
internal sealed record ClaimPattern(ClaimType Type, bool Noun, PatternSlot Subject, PatternSlot Object, PatternSlot? Item);
