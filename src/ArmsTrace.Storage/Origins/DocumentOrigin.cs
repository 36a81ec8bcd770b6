namespace ArmsTrace.Storage.Origins;

/// <summary>The origin a current document belongs to and the other current documents in it.</summary>
/// <param name="Basis">"own" (it started the origin), "copy" (a near-duplicate of an earlier document) or "wire" (it declares a news agency).</param>
/// <param name="Similarity">For a copy, the estimated similarity to the document it copies.</param>
/// <param name="Documents">Every current document of the origin, by publication date, at most 200.</param>
public sealed record DocumentOrigin(string DocumentKey, string Origin, string Basis, double? Similarity, IReadOnlyList<string> Documents);
