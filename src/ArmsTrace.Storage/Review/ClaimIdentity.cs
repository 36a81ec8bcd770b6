namespace ArmsTrace.Storage.Review;

/// <summary>What a judgement remembers of its claim, and what each candidate claim of a new version offers, for <see cref="ClaimMatcher"/>.</summary>
internal sealed class ClaimIdentity
{
    public long Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string SubjectKey { get; set; } = string.Empty;

    public string? ObjectKey { get; set; }

    public long EvidenceStart { get; set; }

    public string EvidenceText { get; set; } = string.Empty;

    public long EvidenceEnd { get; set; }

    /// <summary>Read only where a judgement is made, to remember which document the claim is in.</summary>
    public string DocumentKey { get; set; } = string.Empty;
}
