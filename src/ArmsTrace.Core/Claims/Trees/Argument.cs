namespace ArmsTrace.Core.Claims.Trees;

/// <summary>One argument of a trigger word: its role and the token that heads it.</summary>
internal readonly record struct Argument(ArgumentRole Role, int Token);
