namespace ArmsTrace.Storage.Searching;

/// <summary>One page of documents and one of claims matching a search, best matches first, with how many match in all.</summary>
/// <param name="DocumentsMore">
/// Counting stopped at <paramref name="DocumentsTotal"/> and more documents match: a common word matches
/// hundreds of thousands in a large store, and an exact count would cost more than the page.
/// </param>
/// <param name="ClaimsMore">As <paramref name="DocumentsMore"/>, for <paramref name="ClaimsTotal"/>.</param>
public sealed record SearchResults(
    IReadOnlyList<DocumentHit> Documents,
    long DocumentsTotal,
    IReadOnlyList<ClaimHit> Claims,
    long ClaimsTotal,
    bool DocumentsMore = false,
    bool ClaimsMore = false);
