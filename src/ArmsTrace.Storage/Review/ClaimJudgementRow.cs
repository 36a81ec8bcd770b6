namespace ArmsTrace.Storage.Review;

/// <summary>A claim_judgements row as Dapper reads it (settable, so SQLite's per-value column types convert).</summary>
internal sealed class ClaimJudgementRow
{
    public const string Columns = """
        id AS Id, action AS Action, claim_id AS ClaimId, doc_key AS DocumentKey, evidence_text AS EvidenceText,
        claim_type AS ClaimType, subject_key AS SubjectKey, object_key AS ObjectKey,
        edit_type AS EditType, edit_subject_key AS EditSubject, edit_object_key AS EditObject, edit_item_key AS EditItem,
        edit_quantity_value AS EditQuantityValue, edit_quantity_text AS EditQuantityText, edit_stance AS EditStance,
        edit_source_key AS EditSource, edit_time_from AS EditTimeFrom, edit_time_to AS EditTimeTo,
        reason AS Reason, decided_by AS DecidedBy, decided_at AS DecidedAt, undone_by AS UndoneBy, undone_at AS UndoneAt
        """;

    public long Id { get; set; }

    public string Action { get; set; } = string.Empty;

    public long? ClaimId { get; set; }

    public string DocumentKey { get; set; } = string.Empty;

    public string EvidenceText { get; set; } = string.Empty;

    public string ClaimType { get; set; } = string.Empty;

    public string SubjectKey { get; set; } = string.Empty;

    public string? ObjectKey { get; set; }

    public string? EditType { get; set; }

    public string? EditSubject { get; set; }

    public string? EditObject { get; set; }

    public string? EditItem { get; set; }

    public double? EditQuantityValue { get; set; }

    public string? EditQuantityText { get; set; }

    public string? EditStance { get; set; }

    public string? EditSource { get; set; }

    public string? EditTimeFrom { get; set; }

    public string? EditTimeTo { get; set; }

    public string? Reason { get; set; }

    public string DecidedBy { get; set; } = string.Empty;

    public string DecidedAt { get; set; } = string.Empty;

    public string? UndoneBy { get; set; }

    public string? UndoneAt { get; set; }

    public ClaimJudgement ToRecord()
    {
        var edit = new ClaimEdit(
            EditType, EditSubject, EditObject, EditItem, EditQuantityValue is { } q ? (decimal)q : null, EditQuantityText, EditStance, EditSource, EditTimeFrom, EditTimeTo);
        return new ClaimJudgement(
            Id,
            JudgementActions.Parse(Action) ?? throw new StoreException($"Claim judgement {Id} has an unknown action '{Action}'."),
            ClaimId,
            DocumentKey,
            EvidenceText,
            ClaimType,
            SubjectKey,
            ObjectKey,
            edit.IsEmpty ? null : edit,
            Reason,
            DecidedBy,
            DecidedAt,
            UndoneBy,
            UndoneAt);
    }
}
