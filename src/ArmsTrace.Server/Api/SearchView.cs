using ArmsTrace.Storage.Searching;

namespace ArmsTrace.Server.Api;

/// <summary>A page of full-text search results: documents and claims, each with how many match in all.</summary>
/// <param name="DocumentsMore">More documents match than <paramref name="DocumentsTotal"/>, where counting stopped.</param>
/// <param name="ClaimsMore">More claims match than <paramref name="ClaimsTotal"/>, where counting stopped.</param>
internal sealed record SearchView(
    string Query,
    IReadOnlyList<string> Words,
    int Offset,
    int Limit,
    IReadOnlyList<DocumentHit> Documents,
    long DocumentsTotal,
    IReadOnlyList<ClaimHit> Claims,
    long ClaimsTotal,
    bool DocumentsMore,
    bool ClaimsMore)
{
    public bool HasMore => DocumentsMore || ClaimsMore || Offset + Limit < Math.Max(DocumentsTotal, ClaimsTotal);
}
