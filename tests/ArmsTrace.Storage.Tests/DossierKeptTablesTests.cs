using ArmsTrace.Core.Entities;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Review;
using Dapper;

namespace ArmsTrace.Storage.Tests;

/// <summary>
/// The tables triggers keep for the dossier (entity_claim_order, entity_mention_names) against the same rows
/// computed from the claims and mentions themselves, after every kind of write that changes them: ingest, a
/// new version, judgements and their undoing, a corrected publication date, a merge and a deletion.
/// </summary>
public abstract class DossierKeptTablesTests
{
    private const string OrderCounted = """
        SELECT DISTINCT k.k AS Entity, COALESCE(d.published, '9999') AS Published, d.doc_key AS Document, c.evidence_start AS Start, c.id AS Id
        FROM claims c JOIN documents d ON d.id = c.document_id
        JOIN (SELECT id, subject_key AS k FROM claims UNION SELECT id, object_key FROM claims UNION SELECT id, item_key FROM claims UNION SELECT id, source_key FROM claims) k
          ON k.id = c.id AND k.k IS NOT NULL
        ORDER BY 1, 2, 3, 4, 5
        """;

    private const string OrderKept = """
        SELECT entity_key AS Entity, published AS Published, doc_key AS Document, evidence_start AS Start, claim_id AS Id
        FROM entity_claim_order ORDER BY 1, 2, 3, 4, 5
        """;

    private const string NamesCounted = """
        SELECT m.entity_key AS Entity, m.text AS Text, COUNT(*) AS Mentions
        FROM mentions m JOIN documents d ON d.id = m.document_id AND d.is_current
        GROUP BY m.entity_key, m.text ORDER BY 1, 2
        """;

    private const string NamesKept = "SELECT entity_key AS Entity, text AS Text, mentions AS Mentions FROM entity_mention_names WHERE mentions > 0 ORDER BY 1, 2";

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void KeptOrderAndNames_AfterVersionsJudgementsCorrectionsMergesAndDeletion_EqualTheDirectQueries()
    {
        var database = NewDatabase();
        var db = StoreLocation.Parse(database);
        using var store = db.OpenEvidenceStore();
        SampleDocuments.IngestAll(store);
        store.Ingest(Dated("2021-01-01"), "v1");
        AssertKeptAsCounted(database);
        store.Ingest(SampleDocuments.DronesEdited(), "v1");
        Assert.Equal(IngestOutcome.MetadataUpdated, store.Ingest(Dated("2024-06-01"), "v1").Outcome);
        var graph = db.OpenGraph();
        try
        {
            var claims = graph.FindClaims(new ClaimQuery(Limit: 10));
            Assert.True(claims.Count >= 3, $"{claims.Count} claims");
            using var review = db.OpenReview();
            var rejected = review.Judge(claims[0].Id, JudgementAction.Reject, null, "wrong", "ana");
            review.Judge(claims[1].Id, JudgementAction.Accept, null, null, "ana");
            review.Judge(claims[2].Id, JudgementAction.Edit, new ClaimEdit(Object: "kb:china"), null, "ana");
            AssertKeptAsCounted(database);
            review.Undo(rejected.Id, "ana");
            using var merges = db.OpenMerges();
            merges.Merge("kb:iran", "kb:iraq", MergeKind.Manual, null, ["test"], "ana");
            store.Delete("b.txt", "gone", "ana");
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }

        AssertKeptAsCounted(database);
    }

    /// <summary>The same text each time, so a new date only corrects the stored document's metadata.</summary>
    private static Core.Pipeline.AnalysisContext Dated(string published)
    {
        var d = new DocumentBuilder("Russia shipped shells to Iran.", "dated.txt", "Wire D", published);
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country);
        d.Claim(Core.Claims.ClaimType.Supply, russia, "Russia shipped shells to Iran.", obj: iran);
        return d.Build();
    }

    private static void AssertKeptAsCounted(string database)
    {
        using var connection = RawDatabase.Open(database);
        var order = connection.Query<(string, string, string, long, long)>(OrderCounted).ToList();
        Assert.NotEmpty(order);
        Assert.Equal(order, connection.Query<(string, string, string, long, long)>(OrderKept));
        var names = connection.Query<(string, string, long)>(NamesCounted).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names, connection.Query<(string, string, long)>(NamesKept));
    }
}
