namespace ArmsTrace.Storage.Review;

/// <summary>
/// One judgement on a claim, with who made it, when and why. <see cref="ClaimId"/> is the claim it
/// applies to now, in the document's current version; null when no claim there matches any more
/// (<see cref="Orphaned"/>). <see cref="Edit"/> holds entity keys.
/// </summary>
public sealed record ClaimJudgement(
    long Id,
    JudgementAction Action,
    long? ClaimId,
    string DocumentKey,
    string EvidenceText,
    string ClaimType,
    string SubjectKey,
    string? ObjectKey,
    ClaimEdit? Edit,
    string? Reason,
    string DecidedBy,
    string DecidedAt,
    string? UndoneBy,
    string? UndoneAt)
{
    public bool InForce => UndoneAt is null;

    public bool Orphaned => InForce && ClaimId is null;
}
