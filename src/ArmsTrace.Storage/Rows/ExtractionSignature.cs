using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ArmsTrace.Storage.Rows;

/// <summary>
/// Whether a fresh extraction of a stored document found what is stored already: the same claims
/// and mentions at the same offsets. Re-extraction stores a new version only when it did not.
/// </summary>
internal static class ExtractionSignature
{
    private const string StoredClaims = """
        SELECT type, subject_key, object_key, item_key, stance, source_key, evidence_start, evidence_end, quantity_text, time_text
        FROM claims WHERE document_id = @id AND judgement_id IS NULL
        """;

    private const string StoredMentions = "SELECT entity_key, start_offset, end_offset FROM mentions WHERE document_id = @id";

    public static bool Same(DbConnection connection, DbTransaction tx, long documentId, IngestRows rows)
    {
        var claims = connection.Query<(string, string, string?, string?, string, string?, long, long, string?, string?)>(StoredClaims, new { id = documentId }, tx)
            .Select(c => Line(c.Item1, c.Item2, c.Item3, c.Item4, c.Item5, c.Item6, c.Item7, c.Item8, c.Item9, c.Item10));
        var fresh = rows.Claims.Select(c => Line(c.Type, c.SubjectKey, c.ObjectKey, c.ItemKey, c.Stance, c.SourceKey, c.EvidenceStart, c.EvidenceEnd, c.QuantityText, c.TimeText));
        if (!Sorted(claims).SequenceEqual(Sorted(fresh), StringComparer.Ordinal))
        {
            return false;
        }

        var mentions = connection.Query<(string, long, long)>(StoredMentions, new { id = documentId }, tx).Select(m => Line(m.Item1, m.Item2, m.Item3));
        return Sorted(mentions).SequenceEqual(Sorted(rows.Mentions.Select(m => Line(m.EntityKey, m.Start, m.End))), StringComparer.Ordinal);
    }

    private static List<string> Sorted(IEnumerable<string> lines) => [.. lines.Order(StringComparer.Ordinal)];

    private static string Line(params object?[] fields) =>
        string.Join('\u001f', fields.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture) ?? string.Empty));
}
