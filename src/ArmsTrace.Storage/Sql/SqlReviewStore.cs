using System.Data.Common;
using System.Globalization;
using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Review;
using ArmsTrace.Storage.Rows;
using Dapper;

namespace ArmsTrace.Storage.Sql;

/// <summary>
/// <see cref="IReviewStore"/> on any database: plain SQL both understand, given the dialect's
/// current-claims join and its write transaction, so a judgement and an ingest of the same
/// document never interleave. One connection, so an instance is for one thread at a time.
/// </summary>
internal sealed class SqlReviewStore : IReviewStore
{
    private readonly DbConnection _connection;
    private readonly ReviewSql _sql;
    private readonly SqlDialect _dialect;
    private readonly string _selectClaim;
    private readonly TimeProvider _time;
    private readonly EntityReferences _references;

    /// <param name="connection">An open connection to an up-to-date database, which the store disposes.</param>
    public SqlReviewStore(DbConnection connection, SqlDialect dialect, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        _connection = connection;
        _dialect = dialect;
        _sql = new ReviewSql(dialect.Statements.CurrentClaims);
        _selectClaim = dialect.Statements.Read.SelectClaims + " WHERE c.id = @id";
        _time = time;
        _references = new EntityReferences(connection);
    }

    public ClaimJudgement Judge(long claimId, JudgementAction action, ClaimEdit? edit, string? reason, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (action == JudgementAction.Edit && (edit is null || edit.IsEmpty))
        {
            throw new StoreException("An edit must set at least one of type, subject, object, item, quantity, stance, source or dates.");
        }

        using var tx = Begin();
        var id = _connection.Query<long?>(ReviewSql.CorrectionOf, new { id = claimId }, tx).FirstOrDefault() ?? claimId;
        var claim = _connection.Query<ClaimIdentity>(_sql.CurrentClaim, new { id }, tx).FirstOrDefault()
            ?? throw new StoreException($"No claim in a current document has id {claimId}.");
        ClaimEdit? stored = null;
        if (action == JudgementAction.Edit)
        {
            var earlier = _connection.Query<ClaimJudgementRow>(ReviewSql.LatestEdit, new { id }, tx).FirstOrDefault()?.ToRecord().Edit;
            stored = _references.Resolve(edit!, tx).Over(earlier);
        }

        var judgementId = _connection.ExecuteScalar<long>(
            ReviewSql.InsertJudgement,
            new
            {
                Action = action.ToName(),
                ClaimId = id,
                claim.DocumentKey,
                claim.EvidenceStart,
                claim.EvidenceEnd,
                claim.EvidenceText,
                ClaimType = claim.Type,
                claim.SubjectKey,
                claim.ObjectKey,
                EditType = stored?.Type,
                EditSubject = stored?.Subject,
                EditObject = stored?.Object,
                EditItem = stored?.Item,
                EditQuantityValue = stored?.QuantityValue is { } q ? (double?)q : null,
                EditQuantityText = stored?.QuantityText,
                EditStance = stored?.Stance,
                EditSource = stored?.Source,
                EditTimeFrom = stored?.TimeFrom,
                EditTimeTo = stored?.TimeTo,
                Reason = Blank(reason),
                DecidedBy = user.Trim(),
                DecidedAt = Now(),
            },
            tx);
        JudgementReplay.Refresh(_connection, tx, id);
        tx.Commit();
        return Find(judgementId)!;
    }

    public ClaimJudgement Undo(long judgementId, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        using var tx = Begin();
        var judgement = _connection.Query<ClaimJudgementRow>(ReviewSql.FindJudgement, new { id = judgementId }, tx).FirstOrDefault()?.ToRecord()
            ?? throw new StoreException($"No claim judgement has id {judgementId}.");
        if (!judgement.InForce)
        {
            throw new StoreException($"Claim judgement {judgementId} was already undone by {judgement.UndoneBy} on {judgement.UndoneAt}.");
        }

        _connection.Execute(ReviewSql.UndoJudgement, new { id = judgementId, at = Now(), by = user.Trim() }, tx);
        if (judgement.ClaimId is { } claim)
        {
            JudgementReplay.Refresh(_connection, tx, claim);
        }

        tx.Commit();
        return Find(judgementId)!;
    }

    public ClaimJudgement? Find(long judgementId) =>
        _connection.Query<ClaimJudgementRow>(ReviewSql.FindJudgement, new { id = judgementId }).FirstOrDefault()?.ToRecord();

    public IReadOnlyList<ClaimJudgement> Judgements(long? claimId, bool includeUndone, int limit, int offset) =>
        [.. _connection.Query<ClaimJudgementRow>(
            ReviewSql.Judgements,
            new { claim = claimId ?? 0, all = includeUndone ? 1 : 0, limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) })
            .Select(r => r.ToRecord())];

    public IReadOnlyList<ClaimJudgement> Orphans() =>
        [.. _connection.Query<ClaimJudgementRow>(ReviewSql.Orphans).Select(r => r.ToRecord())];

    public IReadOnlyList<ReviewItem> Queue(int limit, int offset)
    {
        var rows = _connection.Query<QueueRow>(_sql.Queue, new { limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) }).ToList();
        var items = new List<ReviewItem>(rows.Count);
        foreach (var row in rows)
        {
            var claim = _connection.Query<StoredClaimRow>(_selectClaim, new { id = row.Id }).FirstOrDefault();
            if (claim is not null)
            {
                items.Add(new ReviewItem(claim.ToRecord(), Math.Round(row.Worth, 3), ReviewReasons.Of(row)));
            }
        }

        return items;
    }

    public IReadOnlyList<ClaimJudgement> Split(string entityKey, string name, string into, string? reason, string user)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(into);
        var roles = _connection.Query<ClaimRoles>(_sql.ClaimsNaming, new { key = entityKey, name = name.Trim() }).ToList();
        if (roles.Count == 0)
        {
            throw new StoreException($"No current claim mentions '{entityKey}' as '{name.Trim()}'; `armstrace show {entityKey}` lists the names it is mentioned by.");
        }

        string? Moved(string? key) => key == entityKey ? into : null;
        var why = Blank(reason) ?? $"split '{name.Trim()}' off {entityKey}";
        return [.. roles.Select(r => Judge(
            r.Id,
            JudgementAction.Edit,
            new ClaimEdit(Subject: Moved(r.SubjectKey), Object: Moved(r.ObjectKey), Item: Moved(r.ItemKey), Source: Moved(r.SourceKey)),
            why,
            user))];
    }

    public EntityJudgement JudgeEntity(string entityKey, EntityAction action, string value, string? reason, string user)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StoreException($"A {action.ToName()} judgement needs a value.");
        }

        using var tx = Begin();
        var entity = _connection.Query<EntityFields>(ReviewSql.EntityByKey, new { key = entityKey }, tx).FirstOrDefault()
            ?? throw new StoreException($"No entity has key '{entityKey}'.");
        var stored = action switch
        {
            EntityAction.Rename => value.Trim(),
            EntityAction.Retype => EntityTypes.Check(value),
            EntityAction.Country => _references.Country(value, tx),
            _ => _references.Entity(value, tx),
        };
        var id = _connection.ExecuteScalar<long>(
            ReviewSql.InsertEntityJudgement,
            new { key = entityKey, action = action.ToName(), value = stored, previous = entity.Field(action), reason = Blank(reason), by = user.Trim(), at = Now() },
            tx);
        _connection.Execute(EntityFields.Set(action), new { key = entityKey, value = stored }, tx);
        if (action == EntityAction.Rename)
        {
            // The earlier names stay keyed too: an entity is still searched for by what the documents call it.
            _connection.Execute(Searching.EntityNameKeys.Insert, Searching.EntityNameKeys.Of(entityKey, stored), tx);
        }

        tx.Commit();
        return FindEntityJudgement(id)!;
    }

    public EntityJudgement UndoEntity(long judgementId, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        using var tx = Begin();
        var judgement = _connection.Query<EntityJudgementRow>(ReviewSql.FindEntityJudgement, new { id = judgementId }, tx).FirstOrDefault()?.ToRecord()
            ?? throw new StoreException($"No entity judgement has id {judgementId}.");
        if (!judgement.InForce)
        {
            throw new StoreException($"Entity judgement {judgementId} was already undone by {judgement.UndoneBy} on {judgement.UndoneAt}.");
        }

        _connection.Execute(ReviewSql.UndoEntityJudgement, new { id = judgementId, at = Now(), by = user.Trim() }, tx);

        // The latest judgement still in force wins; with none left, the value before the first one.
        var history = _connection.Query<EntityJudgementRow>(ReviewSql.EntityJudgementsOf, new { key = judgement.EntityKey, action = judgement.Action.ToName() }, tx)
            .Select(r => r.ToRecord()).ToList();
        var value = history.LastOrDefault(h => h.InForce && h.Id != judgementId)?.Value ?? history[0].Previous;
        _connection.Execute(EntityFields.Set(judgement.Action), new { key = judgement.EntityKey, value }, tx);
        tx.Commit();
        return FindEntityJudgement(judgementId)!;
    }

    public IReadOnlyList<EntityJudgement> EntityJudgements(string? entityKey, bool includeUndone) =>
        [.. _connection.Query<EntityJudgementRow>(ReviewSql.EntityJudgements, new { key = entityKey ?? string.Empty, all = includeUndone ? 1 : 0 })
            .Select(r => r.ToRecord())];

    public IReadOnlyList<AuditEntry> Audit()
    {
        var claims = _connection.Query<ClaimJudgementRow>(ReviewSql.AllClaimJudgements).Select(r => AuditEntries.Of(r.ToRecord()));
        var entities = _connection.Query<EntityJudgementRow>(ReviewSql.AllEntityJudgements).Select(r => AuditEntries.Of(r.ToRecord()));
        var merges = _connection.Query<MergeRow>(ReviewSql.AllMerges).Select(r => AuditEntries.Of(r.ToRecord()));
        var deletions = _connection.Query<DocumentDeletionRow>(DocumentDeletions.All).Select(r => AuditEntries.Of(r.ToRecord()));
        return [.. claims.Concat(entities).Concat(merges).Concat(deletions)
            .OrderBy(e => e.DecidedAt, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id)];
    }

    public void Dispose() => _connection.Dispose();

    private EntityJudgement? FindEntityJudgement(long id) =>
        _connection.Query<EntityJudgementRow>(ReviewSql.FindEntityJudgement, new { id }).FirstOrDefault()?.ToRecord();

    private DbTransaction Begin() => _dialect.BeginWrite(_connection);

    private string Now() => _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
