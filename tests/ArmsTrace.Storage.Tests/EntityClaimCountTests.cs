using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Review;
using Dapper;

namespace ArmsTrace.Storage.Tests;

/// <summary>
/// The counts the triggers keep (entity_claim_counts) against counting the claims themselves, after every
/// kind of write that changes which claims count: ingest, a new version, judgements and their undoing, deletion.
/// </summary>
public abstract class EntityClaimCountTests
{
    private const string Counted = """
        SELECT e.entity_key AS Key,
            (SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
             WHERE (c.review IS NULL OR c.review IN ('accepted', 'correction')) AND e.entity_key IN (c.subject_key, c.object_key, c.item_key, c.source_key)) AS Reviewed,
            (SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
             WHERE (c.review IS NULL OR c.review <> 'correction') AND e.entity_key IN (c.subject_key, c.object_key, c.item_key, c.source_key)) AS Raw,
            COALESCE(n.reviewed, 0) AS KeptReviewed, COALESCE(n.raw, 0) AS KeptRaw
        FROM entities e LEFT JOIN entity_claim_counts n ON n.entity_key = e.entity_key
        ORDER BY e.entity_key
        """;

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void KeptCounts_AfterVersionsJudgementsAndDeletion_EqualTheClaimsCounted()
    {
        var database = NewDatabase();
        var db = StoreLocation.Parse(database);
        using var store = db.OpenEvidenceStore();
        SampleDocuments.IngestAll(store);
        store.Ingest(SampleDocuments.DronesEdited(), "v1");
        var graph = db.OpenGraph();
        try
        {
            var claims = graph.FindClaims(new ClaimQuery(Limit: 10));
            Assert.True(claims.Count >= 3, $"{claims.Count} claims");
            using var review = db.OpenReview();
            var rejected = review.Judge(claims[0].Id, JudgementAction.Reject, null, "wrong", "ana");
            review.Judge(claims[1].Id, JudgementAction.Accept, null, null, "ana");
            review.Judge(claims[2].Id, JudgementAction.Edit, new ClaimEdit(Object: "kb:china"), null, "ana");
            Assert.Contains(Rows(database), r => r.Reviewed != r.Raw);
            review.Undo(rejected.Id, "ana");
            store.Delete("b.txt", "gone", "ana");
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }

        var rows = Rows(database);
        Assert.Contains(rows, r => r.Reviewed > 0);
        Assert.All(rows, r => Assert.Equal((r.Key, r.Reviewed, r.Raw), (r.Key, r.KeptReviewed, r.KeptRaw)));
    }

    private static List<(string Key, long Reviewed, long Raw, long KeptReviewed, long KeptRaw)> Rows(string database)
    {
        using var connection = RawDatabase.Open(database);
        return [.. connection.Query<(string, long, long, long, long)>(Counted)];
    }
}
