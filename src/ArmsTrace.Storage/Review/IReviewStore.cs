namespace ArmsTrace.Storage.Review;

/// <summary>
/// Analysts' judgements on claims and entities, in the evidence database. Judgements never change
/// an extracted claim: they are stored beside it, applied to the reviewed view, kept across new
/// versions and re-extraction by matching the claim again, and each can be undone.
/// </summary>
public interface IReviewStore : IDisposable
{
    /// <summary>Records a judgement on a current claim (or on the correction an earlier edit made, which stands for its claim).</summary>
    /// <exception cref="StoreException">No current claim has this id, an edit sets nothing, or names an unknown entity, type or stance.</exception>
    ClaimJudgement Judge(long claimId, JudgementAction action, ClaimEdit? edit, string? reason, string user);

    /// <summary>Takes a claim judgement back; the record stays, marked undone, and the claim shows what the judgements still in force say.</summary>
    /// <exception cref="StoreException">No judgement has this id, or it was already undone.</exception>
    ClaimJudgement Undo(long judgementId, string user);

    ClaimJudgement? Find(long judgementId);

    /// <summary>Claim judgements, newest first; of one claim when <paramref name="claimId"/> is given.</summary>
    IReadOnlyList<ClaimJudgement> Judgements(long? claimId, bool includeUndone, int limit, int offset);

    /// <summary>Judgements in force whose claim no current version of its document holds any more.</summary>
    IReadOnlyList<ClaimJudgement> Orphans();

    /// <summary>Claims nobody has judged yet, the ones most worth a look first.</summary>
    IReadOnlyList<ReviewItem> Queue(int limit, int offset);

    /// <summary>
    /// Splits a wrongly merged name off an entity: every current claim whose evidence mentions the
    /// entity as <paramref name="name"/> gets an edit moving that role to <paramref name="into"/>
    /// (a key, a name, or new:TYPE:NAME), one judgement per claim, each undoable and kept like any edit.
    /// </summary>
    /// <exception cref="StoreException">The entity is unknown, no claim mentions it by that name, or <paramref name="into"/> names no entity.</exception>
    IReadOnlyList<ClaimJudgement> Split(string entityKey, string name, string into, string? reason, string user);

    /// <exception cref="StoreException">The entity is unknown, or the value is not a type or entity where one is needed.</exception>
    EntityJudgement JudgeEntity(string entityKey, EntityAction action, string value, string? reason, string user);

    /// <exception cref="StoreException">No entity judgement has this id, or it was already undone.</exception>
    EntityJudgement UndoEntity(long judgementId, string user);

    IReadOnlyList<EntityJudgement> EntityJudgements(string? entityKey, bool includeUndone);

    /// <summary>Every claim judgement, entity judgement, merge and document deletion, oldest first.</summary>
    IReadOnlyList<AuditEntry> Audit();
}
