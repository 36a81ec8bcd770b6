using System.Data.Common;
using Dapper;

namespace ArmsTrace.Storage.Review;

/// <summary>
/// Brings the derived state (claims.review and the correction rows) in line with the judgements in
/// force: for one claim after a judgement or an undo, and for a whole new document version inside
/// its ingest transaction, after matching each judgement to the claims just extracted.
/// </summary>
internal static class JudgementReplay
{
    private const string DropCorrections = "DELETE FROM claims WHERE judgement_id IN (SELECT id FROM claim_judgements WHERE claim_id = @id)";

    private const string Latest = """
        SELECT id AS Id, action AS Action FROM claim_judgements
        WHERE claim_id = @id AND undone_at IS NULL
        ORDER BY id DESC
        LIMIT 1
        """;

    private const string SetReview = "UPDATE claims SET review = @review WHERE id = @id";

    private const string EditedName = "(SELECT e.name FROM entities e WHERE e.entity_key = j.edit_{0}_key)";

    private static readonly string InsertCorrection = $"""
        INSERT INTO claims (document_id, type, subject_key, subject_name, object_key, object_name, item_key, item_name,
            quantity_value, quantity_unit, quantity_text, time_text, time_from, time_to, time_precision, source_key, source_name,
            stance, evidence_start, evidence_end, evidence_text, extractor, extractor_version, recorded_at, review, judgement_id, confidence, basis)
        SELECT c.document_id, COALESCE(j.edit_type, c.type),
            COALESCE(j.edit_subject_key, c.subject_key), COALESCE({Name("subject")}, c.subject_name),
            COALESCE(j.edit_object_key, c.object_key), COALESCE({Name("object")}, c.object_name),
            COALESCE(j.edit_item_key, c.item_key), COALESCE({Name("item")}, c.item_name),
            COALESCE(j.edit_quantity_value, c.quantity_value), c.quantity_unit, COALESCE(j.edit_quantity_text, c.quantity_text),
            CASE WHEN j.edit_time_from IS NULL AND j.edit_time_to IS NULL THEN c.time_text
                 ELSE COALESCE(j.edit_time_from, c.time_from) || COALESCE(' to ' || j.edit_time_to, '') END,
            COALESCE(j.edit_time_from, c.time_from), COALESCE(j.edit_time_to, c.time_to), c.time_precision,
            COALESCE(j.edit_source_key, c.source_key), COALESCE({Name("source")}, c.source_name),
            COALESCE(j.edit_stance, c.stance), c.evidence_start, c.evidence_end, c.evidence_text,
            'analyst', j.decided_by, j.decided_at, 'correction', j.id, 1.0,
            'edited by ' || j.decided_by || COALESCE(': ' || j.reason, '')
        FROM claims c JOIN claim_judgements j ON j.id = @judgement
        WHERE c.id = @id
        """;

    private const string InForceForDocument = """
        SELECT id AS Id, claim_type AS Type, subject_key AS SubjectKey, object_key AS ObjectKey,
            evidence_start AS EvidenceStart, evidence_text AS EvidenceText
        FROM claim_judgements
        WHERE doc_key = @key AND undone_at IS NULL
        ORDER BY id
        """;

    private const string ExtractedInDocument = """
        SELECT id AS Id, type AS Type, subject_key AS SubjectKey, object_key AS ObjectKey,
            evidence_start AS EvidenceStart, evidence_text AS EvidenceText
        FROM claims
        WHERE document_id = @document AND judgement_id IS NULL
        """;

    private const string Attach = "UPDATE claim_judgements SET claim_id = @claim WHERE id = @id";

    /// <summary>Re-derives one extracted claim's review state and correction from its judgements in force.</summary>
    public static void Refresh(DbConnection connection, DbTransaction tx, long claimId)
    {
        connection.Execute(DropCorrections, new { id = claimId }, tx);
        var latest = connection.Query<(long Id, string Action)>(Latest, new { id = claimId }, tx).FirstOrDefault();
        var review = latest.Action switch
        {
            "accept" => "accepted",
            "reject" => "rejected",
            "edit" => "edited",
            _ => null,
        };
        connection.Execute(SetReview, new { id = claimId, review }, tx);
        if (latest.Action == "edit")
        {
            connection.Execute(InsertCorrection, new { id = claimId, judgement = latest.Id }, tx);
        }
    }

    /// <summary>
    /// Points every judgement in force on <paramref name="documentKey"/> at its claim among the
    /// document version just written (or at nothing: orphaned) and applies them.
    /// </summary>
    /// <returns>How many judgements found no claim.</returns>
    public static int Reattach(DbConnection connection, DbTransaction tx, string documentKey, long documentId)
    {
        var judgements = connection.Query<ClaimIdentity>(InForceForDocument, new { key = documentKey }, tx).ToList();
        if (judgements.Count == 0)
        {
            return 0;
        }

        var candidates = connection.Query<ClaimIdentity>(ExtractedInDocument, new { document = documentId }, tx).ToList();
        var touched = new SortedSet<long>();
        var orphaned = 0;
        foreach (var j in judgements)
        {
            var claim = ClaimMatcher.Find(j, candidates);
            connection.Execute(Attach, new { id = j.Id, claim }, tx);
            if (claim is { } id)
            {
                touched.Add(id);
            }
            else
            {
                orphaned++;
            }
        }

        foreach (var id in touched)
        {
            Refresh(connection, tx, id);
        }

        return orphaned;
    }

    private static string Name(string role) => string.Format(System.Globalization.CultureInfo.InvariantCulture, EditedName, role);
}
