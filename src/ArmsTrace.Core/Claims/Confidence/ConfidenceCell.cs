namespace ArmsTrace.Core.Claims.Confidence;

/// <summary>
/// The kind of claim a confidence is measured over: which finder drafted it, how many of its two
/// ends the knowledge base knows, and whether its sentence is long. These three split the
/// development set's claims into groups whose precision differs most.
/// </summary>
public readonly record struct ConfidenceCell(string Rule, int KnownEnds, bool LongSentence)
{
    /// <summary>Sentences longer than this are where the parser most often attaches a word to the wrong verb.</summary>
    public const int LongSentenceWords = 35;

    public static ConfidenceCell Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var known = (IsKnown(claim.Subject) ? 1 : 0) + (IsKnown(claim.Object) ? 1 : 0);
        return new ConfidenceCell(claim.Basis?.Rule ?? "other", known, claim.Basis?.SentenceWords > LongSentenceWords);
    }

    public string Length => LongSentence ? "long" : "short";

    private static bool IsKnown(EntityRef? end) => end is not null && end.Key.StartsWith("kb:", StringComparison.Ordinal);
}
