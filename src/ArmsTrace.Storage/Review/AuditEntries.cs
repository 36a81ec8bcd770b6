using ArmsTrace.Storage.Merges;

namespace ArmsTrace.Storage.Review;

/// <summary>Each kind of judgement, and each document deletion, as a line of the audit log.</summary>
internal static class AuditEntries
{
    public static AuditEntry Of(ClaimJudgement j)
    {
        ArgumentNullException.ThrowIfNull(j);
        var target = $"claim {j.ClaimId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(orphaned)"}: {j.ClaimType} {j.SubjectKey} -> {j.ObjectKey ?? "-"} in {j.DocumentKey}";
        return new AuditEntry("claim", j.Id, j.Action.ToName(), target, j.Edit is null ? null : Describe(j.Edit), j.Reason, j.DecidedBy, j.DecidedAt, j.UndoneBy, j.UndoneAt);
    }

    public static AuditEntry Of(EntityJudgement j)
    {
        ArgumentNullException.ThrowIfNull(j);
        return new AuditEntry("entity", j.Id, j.Action.ToName(), j.EntityKey, $"{j.Previous ?? "-"} -> {j.Value}", j.Reason, j.DecidedBy, j.DecidedAt, j.UndoneBy, j.UndoneAt);
    }

    internal static AuditEntry Of(MergeRecord m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new AuditEntry("merge", m.Id, m.Kind == MergeKind.Auto ? "merge (auto)" : "merge", $"{m.LeftKey} = {m.RightKey}", null, string.Join("; ", m.Reasons), m.DecidedBy, m.DecidedAt, m.UndoneBy, m.UndoneAt);
    }

    /// <summary>A deletion cannot be undone (re-ingest the document instead), so it never has an undone time.</summary>
    public static AuditEntry Of(DocumentDeletion d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var detail = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{d.Versions} versions, {d.Claims} claims, {d.OrphanedJudgements} judgements orphaned; title: {d.Title ?? "-"}, outlet: {d.Outlet ?? "-"}, published: {d.Published ?? "-"}");
        return new AuditEntry("document", d.Id, "delete", d.Key, detail, d.Reason, d.DeletedBy, d.DeletedAt, null, null);
    }

    private static string Describe(ClaimEdit e)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={value}");
            }
        }

        Add("type", e.Type);
        Add("subject", e.Subject);
        Add("object", e.Object);
        Add("item", e.Item);
        Add("quantity", e.QuantityText ?? e.QuantityValue?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("stance", e.Stance);
        Add("source", e.Source);
        Add("from", e.TimeFrom);
        Add("to", e.TimeTo);
        return string.Join(", ", parts);
    }
}
