namespace ArmsTrace.Core.Nlp.Parsing;

/// <summary>A parsed sentence: 0-based heads (-1 for the root) and UD relations.</summary>
internal sealed record ParsedWords(int[] Heads, string[] Deprels);
