using ArmsTrace.Storage.Review;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// An <see cref="IReviewStore"/> whose database errors come out as <see cref="StoreException"/> (wrapping the
/// database's own), as the other stores' do; the refusals the store makes itself pass through unchanged.
/// </summary>
internal sealed class GuardedReviewStore(IReviewStore inner, SqlDialect dialect, string display) : IReviewStore
{
    public ClaimJudgement Judge(long claimId, JudgementAction action, ClaimEdit? edit, string? reason, string user) =>
        Guard(() => inner.Judge(claimId, action, edit, reason, user));

    public ClaimJudgement Undo(long judgementId, string user) => Guard(() => inner.Undo(judgementId, user));

    public ClaimJudgement? Find(long judgementId) => Guard(() => inner.Find(judgementId));

    public IReadOnlyList<ClaimJudgement> Judgements(long? claimId, bool includeUndone, int limit, int offset) =>
        Guard(() => inner.Judgements(claimId, includeUndone, limit, offset));

    public IReadOnlyList<ClaimJudgement> Orphans() => Guard(inner.Orphans);

    public IReadOnlyList<ReviewItem> Queue(int limit, int offset) => Guard(() => inner.Queue(limit, offset));

    public IReadOnlyList<ClaimJudgement> Split(string entityKey, string name, string into, string? reason, string user) =>
        Guard(() => inner.Split(entityKey, name, into, reason, user));

    public EntityJudgement JudgeEntity(string entityKey, EntityAction action, string value, string? reason, string user) =>
        Guard(() => inner.JudgeEntity(entityKey, action, value, reason, user));

    public EntityJudgement UndoEntity(long judgementId, string user) => Guard(() => inner.UndoEntity(judgementId, user));

    public IReadOnlyList<EntityJudgement> EntityJudgements(string? entityKey, bool includeUndone) =>
        Guard(() => inner.EntityJudgements(entityKey, includeUndone));

    public IReadOnlyList<AuditEntry> Audit() => Guard(inner.Audit);

    public void Dispose() => inner.Dispose();

    private T Guard<T>(Func<T> call) => dialect.Guard(display, "review failed", call);
}
