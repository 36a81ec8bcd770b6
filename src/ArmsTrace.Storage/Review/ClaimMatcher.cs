namespace ArmsTrace.Storage.Review;

/// <summary>
/// Finds a judged claim again among a document's newly extracted claims. The evidence sentence must
/// read the same and the subject must be the same entity; then the claim agreeing on type and object
/// wins, else one agreeing on either, so an edit still lands after a newer extractor changed the very
/// field the analyst corrected. Among equals, the nearest evidence offset wins (a sentence can repeat).
/// </summary>
internal static class ClaimMatcher
{
    public static long? Find(ClaimIdentity judged, IReadOnlyList<ClaimIdentity> candidates)
    {
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(candidates);
        ClaimIdentity? best = null;
        var bestScore = 0;
        foreach (var c in candidates)
        {
            if (!string.Equals(c.EvidenceText, judged.EvidenceText, StringComparison.Ordinal)
                || !string.Equals(c.SubjectKey, judged.SubjectKey, StringComparison.Ordinal))
            {
                continue;
            }

            var score = (string.Equals(c.Type, judged.Type, StringComparison.Ordinal) ? 2 : 0)
                + (string.Equals(c.ObjectKey, judged.ObjectKey, StringComparison.Ordinal) ? 2 : 0);
            if (score == 0)
            {
                continue;
            }

            if (score > bestScore || (score == bestScore && Distance(c, judged) < Distance(best!, judged)))
            {
                best = c;
                bestScore = score;
            }
        }

        return best?.Id;
    }

    private static long Distance(ClaimIdentity a, ClaimIdentity b) => Math.Abs(a.EvidenceStart - b.EvidenceStart);
}
