namespace ArmsTrace.Storage.Graph;

/// <param name="Next">The cursor for the page after this one; null on the last page.</param>
public sealed record ClaimPage(IReadOnlyList<StoredClaim> Claims, string? Next);
