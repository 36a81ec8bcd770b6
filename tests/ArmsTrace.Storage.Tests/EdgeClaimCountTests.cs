using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Review;
using Dapper;

namespace ArmsTrace.Storage.Tests;

/// <summary>
/// The edge counts and fact origin counts the triggers keep (edge_claim_counts, fact_origin_counts) against grouping the claims themselves, after every kind
/// of write that changes which claims count: ingest, a new version, judgements and their undoing, merges, deletion.
/// </summary>
public abstract class EdgeClaimCountTests
{
    private const string Counted = """
        SELECT c.subject_key AS Subject, COALESCE(c.object_key, c.item_key) AS Target, c.type AS Type, c.stance AS Stance,
            SUM(CASE WHEN c.review IS NULL OR c.review IN ('accepted', 'correction') THEN 1 ELSE 0 END) AS Reviewed,
            SUM(CASE WHEN c.review IS NULL OR c.review <> 'correction' THEN 1 ELSE 0 END) AS Raw
        FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
        WHERE COALESCE(c.object_key, c.item_key) IS NOT NULL
        GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key), c.type, c.stance
        ORDER BY Subject, Target, Type, Stance
        """;

    private const string Kept = """
        SELECT subject_key AS Subject, target_key AS Target, type AS Type, stance AS Stance, reviewed AS Reviewed, raw AS Raw
        FROM edge_claim_counts
        WHERE reviewed <> 0 OR raw <> 0
        ORDER BY Subject, Target, Type, Stance
        """;

    private const string CountedOrigins = """
        SELECT c.subject_key AS Subject, COALESCE(c.object_key, c.item_key, '') AS Target, c.type AS Type, o.origin_key AS Origin, COUNT(*) AS Claims
        FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current JOIN document_origins o ON o.document_id = d.id
        WHERE c.review IS NULL OR c.review IN ('accepted', 'correction')
        GROUP BY c.subject_key, COALESCE(c.object_key, c.item_key, ''), c.type, o.origin_key
        ORDER BY Subject, Target, Type, Origin
        """;

    private const string KeptOrigins = """
        SELECT subject_key AS Subject, target_key AS Target, type AS Type, origin_key AS Origin, claims AS Claims
        FROM fact_origin_counts
        WHERE claims <> 0
        ORDER BY Subject, Target, Type, Origin
        """;

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void KeptEdgeCounts_AfterVersionsJudgementsMergesAndDeletion_EqualTheClaimsGrouped()
    {
        var database = NewDatabase();
        var db = StoreLocation.Parse(database);
        using var store = db.OpenEvidenceStore();
        SampleDocuments.IngestAll(store);
        AssertKeptEqualsCounted(database);
        store.Ingest(SampleDocuments.DronesEdited(), "v1");
        AssertKeptEqualsCounted(database);
        var graph = db.OpenGraph();
        try
        {
            var claims = graph.FindClaims(new ClaimQuery(Limit: 10)).Where(c => (c.ObjectKey ?? c.ItemKey) is not null).ToList();
            Assert.True(claims.Count >= 3, $"{claims.Count} claims");
            using var review = db.OpenReview();
            var rejected = review.Judge(claims[0].Id, JudgementAction.Reject, null, "wrong", "ana");
            review.Judge(claims[1].Id, JudgementAction.Accept, null, null, "ana");
            review.Judge(claims[2].Id, JudgementAction.Edit, new ClaimEdit(Object: "kb:china"), null, "ana");
            Assert.Contains(Rows(database, Kept), r => r.Reviewed != r.Raw);
            AssertKeptEqualsCounted(database);
            review.Undo(rejected.Id, "ana");
            AssertKeptEqualsCounted(database);
            using (var merges = db.OpenMerges())
            {
                merges.Merge("kb:iran", "kb:russia", MergeKind.Manual, null, ["test"], "tester");
            }

            AssertKeptEqualsCounted(database);
            store.Delete("b.txt", "gone", "ana");
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }

        AssertKeptEqualsCounted(database);
    }

    private static void AssertKeptEqualsCounted(string database)
    {
        var counted = Rows(database, Counted);
        Assert.NotEmpty(counted);
        Assert.Equal(counted, Rows(database, Kept));
        var origins = OriginRows(database, CountedOrigins);
        Assert.NotEmpty(origins);
        Assert.Equal(origins, OriginRows(database, KeptOrigins));
    }

    private static List<(string Subject, string Target, string Type, string Origin, long Claims)> OriginRows(string database, string sql)
    {
        using var connection = RawDatabase.Open(database);
        return [.. connection.Query<(string, string, string, string, long)>(sql)];
    }

    private static List<(string Subject, string Target, string Type, string Stance, long Reviewed, long Raw)> Rows(string database, string sql)
    {
        using var connection = RawDatabase.Open(database);
        return [.. connection.Query<(string, string, string, string, long, long)>(sql)];
    }
}
