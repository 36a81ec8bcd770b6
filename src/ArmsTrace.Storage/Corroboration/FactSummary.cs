namespace ArmsTrace.Storage.Corroboration;

/// <summary>How well a fact is supported, from the current claims known by the view's date.</summary>
/// <param name="Origins">Independent origins: copies of one story, and reprints of one news agency, count once.</param>
/// <param name="Parties">Distinct asserting parties: the claim's source, else the publisher of its origin.</param>
/// <param name="FirstSeen">Earliest date a claim for it became known (publication, else recording).</param>
/// <param name="Stances">Claims per stance.</param>
/// <param name="Disputes">Why it is disputed: "stances" (firm or confirmed, and denied), "quantities", "dates"; empty when it is not.</param>
public sealed record FactSummary(
    string SubjectKey,
    string SubjectName,
    string Type,
    string? TargetKey,
    string? TargetName,
    long Claims,
    long Origins,
    long Parties,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyDictionary<string, long> Stances,
    IReadOnlyList<string> Disputes)
{
    public bool Disputed => Disputes.Count > 0;

    public FactKey Key => new(SubjectKey, Type, TargetKey);
}
