namespace ArmsTrace.Bench.Synthetic;

internal sealed record SyntheticMention(string EntityKey, int Start, int End, string Text);
