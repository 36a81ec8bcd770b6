namespace ArmsTrace.Storage.Corroboration;

/// <summary>
/// What a fact is: a subject, a claim type and a target (the claim's object, else its item; null when
/// it has neither), with entities as the resolver keyed them. Every claim saying the same thing about
/// the same parties is evidence for one fact, whatever its stance.
/// </summary>
public sealed record FactKey(string SubjectKey, string Type, string? TargetKey)
{
    public static FactKey Of(StoredClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new FactKey(claim.SubjectKey, claim.Type, claim.ObjectKey ?? claim.ItemKey);
    }

    /// <summary>The target as the statements compare it, '' for none.</summary>
    internal string StoredTarget => TargetKey ?? string.Empty;
}
