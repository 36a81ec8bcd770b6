namespace ArmsTrace.Storage.Review;

/// <summary>A claim in the review queue: how much a look at it is worth, and the reasons that add up to that.</summary>
public sealed record ReviewItem(StoredClaim Claim, double Worth, IReadOnlyList<string> Reasons);
