using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Server.Api;

/// <summary>A page of full-text search results: documents and claims, each with how many match in all.</summary>
internal sealed record SearchView(
    string Query,
    IReadOnlyList<string> Words,
    int Offset,
    int Limit,
    IReadOnlyList<DocumentHit> Documents,
    long DocumentsTotal,
    IReadOnlyList<ClaimHit> Claims,
    long ClaimsTotal)
{
    public bool HasMore => Offset + Limit < Math.Max(DocumentsTotal, ClaimsTotal);
}
