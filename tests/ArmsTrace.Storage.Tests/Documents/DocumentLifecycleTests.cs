using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Review;

namespace ArmsTrace.Storage.Tests.Documents;

/// <summary>Correcting a stored document's metadata and deleting a document, on every database; each test works on one fresh database.</summary>
public abstract class DocumentLifecycleTests
{
    private const string Shipment = "Belarus shipped mortar rounds to Sudan in March.";
    private const string Denial = "Minsk called the shipment report a fabrication.";

    private StoreLocation? _db;

    private StoreLocation Db => _db ??= StoreLocation.Parse(NewDatabase());

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void Ingest_SameTextWithCorrectedMetadata_UpdatesItWithoutANewVersion()
    {
        using var store = Db.OpenEvidenceStore();
        var first = store.Ingest(Mortars(outlet: "Wrong Outlet", published: "2019-01-01"), "v1");

        var corrected = store.Ingest(Mortars(outlet: "Minsk Monitor", published: "2024-03-15", title: "Mortar rounds for Sudan"), "v1");

        Assert.Equal(IngestOutcome.MetadataUpdated, corrected.Outcome);
        Assert.Equal((first.DocumentId, 1), (corrected.DocumentId, corrected.Version));
        var claim = store.FindClaims(new ClaimFilter()).First(c => c.EvidenceText == Shipment);
        Assert.Equal(("Minsk Monitor", "2024-03-15", "Mortar rounds for Sudan", 1), (claim.Outlet, claim.Published, claim.DocumentTitle, claim.DocumentVersion));
        Assert.Equal(1, store.Summary().DocumentVersions);
    }

    [Fact]
    public void Ingest_SameTextAndMetadataAfterACorrection_ChangesNothing()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Mortars(outlet: "Wrong Outlet"), "v1");
        store.Ingest(Mortars(outlet: "Minsk Monitor"), "v1");

        Assert.Equal(IngestOutcome.Unchanged, store.Ingest(Mortars(outlet: "Minsk Monitor"), "v1").Outcome);
    }

    [Fact]
    public void Ingest_SameTextUnderAnotherKey_LeavesTheFirstDocumentsMetadataAlone()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(Mortars(outlet: "Minsk Monitor"), "v1");

        Assert.Equal(IngestOutcome.Unchanged, store.Ingest(Mortars(key: "copy.txt", outlet: "Copycat Daily"), "v1").Outcome);
        Assert.All(store.FindClaims(new ClaimFilter()), c => Assert.Equal("Minsk Monitor", c.Outlet));
    }

    [Fact]
    public void Delete_Document_RemovesItsVersionsMentionsAndClaimsAndOrphansItsJudgements()
    {
        using (var store = Db.OpenEvidenceStore())
        {
            store.Ingest(Mortars(), "v1");
            store.Ingest(Mortars(extra: " Sudan paid in gold."), "v1");
            store.Ingest(SampleDocuments.Rockets(), "v1");
        }

        var shipment = Claims().Single(c => c.EvidenceText == Shipment);
        using var review = Db.OpenReview();
        var judgement = review.Judge(shipment.Id, JudgementAction.Accept, null, "matches the customs record", "ana");

        DocumentDeletion? deletion;
        using (var store = Db.OpenEvidenceStore())
        {
            deletion = store.Delete("mortars.txt", "retracted by the outlet", "ben");
        }

        Assert.NotNull(deletion);
        Assert.Equal(("mortars.txt", 2, 2, 1, "ben", "retracted by the outlet"), (deletion.Key, deletion.Versions, deletion.Claims, deletion.OrphanedJudgements, deletion.DeletedBy, deletion.Reason));
        Assert.Equal("Minsk Monitor", deletion.Outlet);
        Assert.DoesNotContain(Claims(), c => c.DocumentKey == "mortars.txt");
        using (var store = Db.OpenEvidenceStore())
        {
            var summary = store.Summary();
            Assert.Equal((1, 1), (summary.Documents, summary.DocumentVersions));
            Assert.Empty(store.FindEntities("Belarus"));
            Assert.NotEmpty(store.FindEntities("Hezbollah"));
        }

        Assert.Equal(judgement.Id, Assert.Single(review.Orphans()).Id);
        var audit = Assert.Single(review.Audit(), e => e.Kind == "document");
        Assert.Equal(("delete", "mortars.txt", "ben", "retracted by the outlet"), (audit.Action, audit.Target, audit.DecidedBy, audit.Reason));
        Assert.Contains("2 versions, 2 claims, 1 judgements orphaned", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_ThenIngestTheSameDocumentAgain_GivesTheJudgementItsClaimBack()
    {
        using (var store = Db.OpenEvidenceStore())
        {
            store.Ingest(Mortars(), "v1");
        }

        using var review = Db.OpenReview();
        review.Judge(Claims().Single(c => c.EvidenceText == Shipment).Id, JudgementAction.Reject, null, "no such shipment", "ana");
        using var again = Db.OpenEvidenceStore();
        again.Delete("mortars.txt", null, "ben");

        var restored = again.Ingest(Mortars(), "v1");

        Assert.Equal((IngestOutcome.Added, 1), (restored.Outcome, restored.Version));
        Assert.Empty(review.Orphans());
        Assert.DoesNotContain(Claims(), c => c.EvidenceText == Shipment);
    }

    [Fact]
    public void Delete_UnknownKey_ReturnsNullAndRecordsNothing()
    {
        using (var store = Db.OpenEvidenceStore())
        {
            store.Ingest(Mortars(), "v1");
            Assert.Null(store.Delete("no-such.txt", null, "ben"));
            Assert.Equal(1, store.Summary().Documents);
        }

        using var review = Db.OpenReview();
        Assert.DoesNotContain(review.Audit(), e => e.Kind == "document");
    }

    private IReadOnlyList<StoredClaim> Claims()
    {
        using var store = Db.OpenEvidenceStore();
        return store.FindClaims(new ClaimFilter());
    }

    private static AnalysisContext Mortars(string key = "mortars.txt", string? outlet = "Minsk Monitor", string? published = "2024-03-15", string title = "Mortars", string extra = "")
    {
        var d = new DocumentBuilder(Shipment + " " + Denial + extra, key, outlet, published, title: title);
        var belarus = d.Entity("kb:belarus", "Belarus", EntityType.Country, "Belarus", "Minsk");
        var sudan = d.Entity("kb:sudan", "Sudan", EntityType.Country);
        d.Claim(ClaimType.Supply, belarus, Shipment, obj: sudan);
        d.Claim(ClaimType.Supply, belarus, Denial, obj: sudan, stance: Stance.Denied);
        return d.Build();
    }
}
