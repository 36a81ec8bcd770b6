namespace ArmsTrace.Bench.Synthetic;

/// <param name="Id">The row id, one more than the document's index.</param>
/// <param name="Published">yyyy-MM-dd, or null for an undated document.</param>
internal sealed record SyntheticDocument(
    long Id,
    string Key,
    string Title,
    string Url,
    string Outlet,
    string? Published,
    string Text,
    IReadOnlyList<SyntheticClaim> Claims,
    IReadOnlyList<SyntheticMention> Mentions)
{
    public string ContentHash => $"synthetic-{Id}";
}
