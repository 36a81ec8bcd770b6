using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Review;
using Dapper;

namespace ArmsTrace.Storage.Tests.Corroboration;

/// <summary>
/// The fact strengths triggers keep (fact_strength) against aggregating the claims themselves, after every kind of
/// write that changes them, and an entity's facts ranked from them against the statement that aggregates them all.
/// </summary>
public abstract class FactStrengthTests
{
    private const string Counted = """
        SELECT c.subject_key AS S, c.type AS T, COALESCE(c.object_key, c.item_key, '') AS O, COUNT(*) AS Claims,
            COUNT(DISTINCT o.origin_key) AS Origins, COUNT(DISTINCT COALESCE(c.source_key, 'origin:' || o.origin_key)) AS Parties,
            MAX(COALESCE(d.published, substr(c.recorded_at, 1, 10))) AS LastSeen
        FROM claims c JOIN documents d ON d.id = c.document_id AND d.is_current
        JOIN document_origins o ON o.document_id = d.id
        WHERE c.review IS NULL OR c.review IN ('accepted', 'correction')
        GROUP BY c.subject_key, c.type, COALESCE(c.object_key, c.item_key, '')
        ORDER BY 1, 2, 3
        """;

    private const string Kept = """
        SELECT subject_key AS S, type AS T, target_key AS O, claims AS Claims, origins AS Origins, parties AS Parties, last_seen AS LastSeen
        FROM fact_strength ORDER BY 1, 2, 3
        """;

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void KeptStrengths_AfterReprintsVersionsJudgementsAndDeletion_EqualTheClaimsAggregated()
    {
        var database = NewDatabase();
        var db = StoreLocation.Parse(database);
        using var store = db.OpenEvidenceStore();
        IngestStories(store);
        SampleDocuments.IngestAll(store);
        AssertKeptAsCounted(database);
        store.Ingest(SampleDocuments.DronesEdited(), "v1");
        var graph = db.OpenGraph();
        try
        {
            var claims = graph.FindClaims(new ClaimQuery(Limit: 10));
            using var review = db.OpenReview();
            var rejected = review.Judge(claims[0].Id, JudgementAction.Reject, null, "wrong", "ana");
            review.Judge(claims[1].Id, JudgementAction.Accept, null, null, "ana");
            review.Judge(claims[2].Id, JudgementAction.Edit, new ClaimEdit(Object: "kb:china"), null, "ana");
            AssertKeptAsCounted(database);
            review.Undo(rejected.Id, "ana");
            store.Delete("b.txt", "gone", "ana");
            store.Delete("steppe-review.txt", "gone", "ana");
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }

        AssertKeptAsCounted(database);
    }

    [Fact]
    public void EntityFacts_FromKeptStrengths_EqualEveryFactAggregated()
    {
        var db = StoreLocation.Parse(NewDatabase());
        using (var store = db.OpenEvidenceStore())
        {
            IngestStories(store);
            SampleDocuments.IngestAll(store);
        }

        using var facts = db.OpenFacts();
        var keys = facts.Facts(new FactQuery(Limit: 200)).SelectMany(f => new[] { f.SubjectKey, f.TargetKey }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Assert.True(keys.Count >= 5, $"{keys.Count} entities");
        foreach (var key in keys)
        {
            foreach (var (limit, offset) in new[] { (100, 0), (1, 0), (1, 1), (2, 1) })
            {
                // A date after everything takes the statement that aggregates every claim, as before the kept strengths.
                var aggregated = facts.Facts(new FactQuery(EntityKey: key, AsOf: "9999-12-31", Limit: limit, Offset: offset));
                var kept = facts.Facts(new FactQuery(EntityKey: key, Limit: limit, Offset: offset));
                Assert.Equal(Describe(aggregated), Describe(kept));
            }
        }
    }

    private static void IngestStories(IEvidenceStore store)
    {
        IEnumerable<AnalysisContext> stories = [.. StoryCorpus.Reprints(), StoryCorpus.OtherReport(), .. StoryCorpus.DenialThenConfirmation(), .. StoryCorpus.OneMinistryThreeOutlets(), .. StoryCorpus.WireReports(), .. StoryCorpus.ClashingFigures()];
        foreach (var story in stories)
        {
            store.Ingest(story, "v1");
        }
    }

    private static List<string> Describe(IReadOnlyList<FactSummary> facts) =>
        [.. facts.Select(f => $"{f.SubjectKey} {f.Type} {f.TargetKey} {f.Claims} {f.Origins} {f.Parties} {f.FirstSeen} {f.LastSeen} {string.Join(",", f.Stances.Select(s => $"{s.Key}={s.Value}"))} {string.Join(",", f.Disputes)}")];

    private static void AssertKeptAsCounted(string database)
    {
        using var connection = RawDatabase.Open(database);
        var counted = connection.Query<(string, string, string, long, long, long, string)>(Counted).ToList();
        Assert.NotEmpty(counted);
        Assert.Equal(counted, connection.Query<(string, string, string, long, long, long, string)>(Kept));
    }
}
