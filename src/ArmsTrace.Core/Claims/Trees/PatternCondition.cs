namespace ArmsTrace.Core.Claims.Trees;

/// <summary>
/// "when=to|on:list blacklist": the trigger needs an argument in one of these roles whose head word
/// has one of these lemmas ("added the firms to its sanctions list").
/// </summary>
internal sealed record PatternCondition(IReadOnlySet<ArgumentRole> Roles, IReadOnlySet<string> Lemmas);
