namespace ArmsTrace.Core.Evaluation;

/// <summary>One line of gold.jsonl with its acceptable names already expanded through aliases.json.</summary>
public sealed record GoldClaim(
    string Doc,
    string Type,
    IReadOnlySet<string> Subjects,
    IReadOnlySet<string> Objects,
    IReadOnlySet<string>? Items,
    bool Required,
    IReadOnlySet<string>? Stances,
    IReadOnlySet<string>? Sources,
    IReadOnlyList<(string Stance, IReadOnlySet<string> Sources)>? StancePairs);
