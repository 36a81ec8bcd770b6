namespace ArmsTrace.Storage.Review;

/// <summary>
/// The review statements both databases share once given the dialect's current-claims join (in the
/// reviewed view; the raw one is derived through <see cref="ClaimViews"/>).
/// </summary>
internal sealed class ReviewSql
{
    /// <summary>A claim counts as sitting on a hub when an end of it has at least this many claims.</summary>
    public const int HubClaims = 25;

    public ReviewSql(string currentClaims)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currentClaims);
        var extracted = ClaimViews.Apply(currentClaims, ClaimView.Raw);
        ClaimsNaming = $"""
            SELECT DISTINCT c.id AS Id, c.subject_key AS SubjectKey, c.object_key AS ObjectKey, c.item_key AS ItemKey, c.source_key AS SourceKey
            FROM {extracted}
            JOIN mentions m ON m.document_id = c.document_id AND m.entity_key = @key
                AND m.start_offset >= c.evidence_start AND m.end_offset <= c.evidence_end AND casefold(m.text) = casefold(@name)
            WHERE c.subject_key = @key OR c.object_key = @key OR c.item_key = @key OR c.source_key = @key
            ORDER BY c.id
            """;
        CurrentClaim = $"""
            SELECT c.id AS Id, c.type AS Type, c.subject_key AS SubjectKey, c.object_key AS ObjectKey,
                c.evidence_start AS EvidenceStart, c.evidence_end AS EvidenceEnd, c.evidence_text AS EvidenceText, d.doc_key AS DocumentKey
            FROM {extracted}
            WHERE c.id = @id
            """;

        // Worth of a look: how unsure the extractor was, plus a fact that is disputed (denied and
        // asserted), rests on one document, touches an entity the knowledge base does not know, or
        // sits on a hub, where one wrong edge misleads the most. Weights: docs/review.md.
        Queue = $"""
            WITH cur AS (
                SELECT c.id, c.type, c.subject_key, COALESCE(c.object_key, '') AS object_key, c.stance, c.confidence, c.review, d.doc_key
                FROM {currentClaims}),
            facts AS (
                SELECT type, subject_key, object_key, COUNT(DISTINCT doc_key) AS documents,
                    MAX(CASE WHEN stance = 'denied' THEN 1 ELSE 0 END) * MAX(CASE WHEN stance IN ('asserted', 'confirmed') THEN 1 ELSE 0 END) AS disputed
                FROM cur GROUP BY type, subject_key, object_key),
            ends AS (SELECT subject_key AS entity_key FROM cur UNION ALL SELECT object_key FROM cur WHERE object_key <> ''),
            degree AS (SELECT entity_key, COUNT(*) AS n FROM ends GROUP BY entity_key),
            scored AS (
                SELECT cur.id, COALESCE(cur.confidence, 0.5) AS confidence, f.documents, f.disputed,
                    CASE WHEN cur.subject_key LIKE 'kb:%' AND (cur.object_key = '' OR cur.object_key LIKE 'kb:%') THEN 0 ELSE 1 END AS new_entity,
                    CASE WHEN COALESCE(ds.n, 0) > COALESCE(dob.n, 0) THEN COALESCE(ds.n, 0) ELSE COALESCE(dob.n, 0) END AS degree
                FROM cur
                JOIN facts f ON f.type = cur.type AND f.subject_key = cur.subject_key AND f.object_key = cur.object_key
                LEFT JOIN degree ds ON ds.entity_key = cur.subject_key
                LEFT JOIN degree dob ON dob.entity_key = cur.object_key
                WHERE cur.review IS NULL)
            SELECT id AS Id, confidence AS Confidence, documents AS Documents, disputed AS Disputed, new_entity AS NewEntity, degree AS Degree,
                (1 - confidence) + 0.3 * disputed + CASE WHEN documents = 1 THEN 0.1 ELSE 0 END + 0.1 * new_entity
                    + CASE WHEN degree >= {HubClaims} THEN 0.1 ELSE 0 END AS Worth
            FROM scored
            ORDER BY Worth DESC, id
            LIMIT @limit OFFSET @offset
            """;
    }

    public const string CorrectionOf = """
        SELECT j.claim_id FROM claims c JOIN claim_judgements j ON j.id = c.judgement_id
        WHERE c.id = @id AND c.review = 'correction'
        """;

    public const string LatestEdit = $"""
        SELECT {ClaimJudgementRow.Columns} FROM claim_judgements
        WHERE claim_id = @id AND action = 'edit' AND undone_at IS NULL
        ORDER BY id DESC
        LIMIT 1
        """;

    public const string InsertJudgement = """
        INSERT INTO claim_judgements (action, claim_id, doc_key, evidence_start, evidence_end, evidence_text, claim_type, subject_key, object_key,
            edit_type, edit_subject_key, edit_object_key, edit_item_key, edit_quantity_value, edit_quantity_text, edit_stance, edit_source_key,
            edit_time_from, edit_time_to, reason, decided_by, decided_at)
        VALUES (@Action, @ClaimId, @DocumentKey, @EvidenceStart, @EvidenceEnd, @EvidenceText, @ClaimType, @SubjectKey, @ObjectKey,
            @EditType, @EditSubject, @EditObject, @EditItem, @EditQuantityValue, @EditQuantityText, @EditStance, @EditSource,
            @EditTimeFrom, @EditTimeTo, @Reason, @DecidedBy, @DecidedAt)
        RETURNING id
        """;

    public const string FindJudgement = $"SELECT {ClaimJudgementRow.Columns} FROM claim_judgements WHERE id = @id";

    public const string UndoJudgement = "UPDATE claim_judgements SET undone_at = @at, undone_by = @by WHERE id = @id";

    public const string Judgements = $"""
        SELECT {ClaimJudgementRow.Columns} FROM claim_judgements
        WHERE (@claim = 0 OR claim_id = @claim) AND (@all = 1 OR undone_at IS NULL)
        ORDER BY id DESC
        LIMIT @limit OFFSET @offset
        """;

    public const string Orphans = $"""
        SELECT {ClaimJudgementRow.Columns} FROM claim_judgements
        WHERE undone_at IS NULL AND claim_id IS NULL
        ORDER BY id
        """;

    public const string EntityByKey = "SELECT entity_key AS Key, name AS Name, type AS Type, country_key AS Country, parent_key AS Parent FROM entities WHERE entity_key = @key";

    public const string EntityKeyByName = "SELECT entity_key FROM entities WHERE casefold(name) = casefold(@name) ORDER BY entity_key LIMIT 1";

    public const string InsertEntity = "INSERT INTO entities (entity_key, name, type) VALUES (@key, @name, @type) ON CONFLICT (entity_key) DO NOTHING";

    public const string InsertEntityJudgement = """
        INSERT INTO entity_judgements (entity_key, action, value, previous, reason, decided_by, decided_at)
        VALUES (@key, @action, @value, @previous, @reason, @by, @at)
        RETURNING id
        """;

    public const string FindEntityJudgement = $"SELECT {EntityJudgementRow.Columns} FROM entity_judgements WHERE id = @id";

    public const string UndoEntityJudgement = "UPDATE entity_judgements SET undone_at = @at, undone_by = @by WHERE id = @id";

    public const string EntityJudgementsOf = $"""
        SELECT {EntityJudgementRow.Columns} FROM entity_judgements
        WHERE entity_key = @key AND action = @action
        ORDER BY id
        """;

    public const string EntityJudgements = $"""
        SELECT {EntityJudgementRow.Columns} FROM entity_judgements
        WHERE (@key = '' OR entity_key = @key) AND (@all = 1 OR undone_at IS NULL)
        ORDER BY id
        """;

    public const string AllClaimJudgements = $"SELECT {ClaimJudgementRow.Columns} FROM claim_judgements ORDER BY id";

    public const string AllEntityJudgements = $"SELECT {EntityJudgementRow.Columns} FROM entity_judgements ORDER BY id";

    public const string AllMerges = """
        SELECT id AS Id, left_key AS LeftKey, right_key AS RightKey, kind AS Kind, reasons AS Reasons,
            decided_by AS DecidedBy, decided_at AS DecidedAt, undone_by AS UndoneBy, undone_at AS UndoneAt
        FROM merges ORDER BY id
        """;

    public string CurrentClaim { get; }

    public string Queue { get; }

    /// <summary>Current extracted claims in which @key plays a role and whose evidence mentions it as @name.</summary>
    public string ClaimsNaming { get; }
}
