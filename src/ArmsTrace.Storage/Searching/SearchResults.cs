namespace ArmsTrace.Storage.Searching;

/// <summary>One page of documents and one of claims matching a search, best matches first, with how many match in all.</summary>
public sealed record SearchResults(IReadOnlyList<DocumentHit> Documents, long DocumentsTotal, IReadOnlyList<ClaimHit> Claims, long ClaimsTotal);
