namespace ArmsTrace.Core.Claims.Trees;

/// <summary>Roles tried in order to fill one slot of a claim, and the kind of name the slot takes.</summary>
internal sealed record PatternSlot(ArgumentRole[] Roles, SlotKind Kind);
