using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Review;
using Dapper;

namespace ArmsTrace.Storage.Tests.Review;

/// <summary>The review suite every database must pass; each test works on one fresh database.</summary>
public abstract class ReviewStoreTests
{
    private const string Supply = "Iran sent Shahed drones to Russia last year.";
    private const string Denial = "Tehran rejected the claim.";
    private const string Sale = "China sold Wing Loong drones to the UAE.";

    private string? _database;

    private StoreLocation? _db;

    private string Database => _database ??= NewDatabase();

    private StoreLocation Db => _db ??= StoreLocation.Parse(Database);

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void Judgements_TableGoneBehindTheStore_FailsAsStoreError()
    {
        Ingest(Version1());
        using var review = Db.OpenReview();
        using (var db = RawDatabase.Open(Database))
        {
            db.Execute("ALTER TABLE claim_judgements RENAME TO claim_judgements_gone");
        }

        var ex = Assert.Throws<StoreException>(() => review.Judgements(null, includeUndone: true, 10, 0));
        Assert.StartsWith($"{Db.Display}: review failed: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_NewVersionOfDocument_ClaimStaysRejected()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        review.Judge(ids[Supply], JudgementAction.Reject, null, "wrong recipient", "ana");
        using (var store = Db.OpenEvidenceStore())
        {
            Assert.Equal(IngestOutcome.NewVersion, store.Ingest(Version2(), "v1").Outcome);
        }

        Assert.DoesNotContain(Reviewed(), c => c.EvidenceText == Supply);
        var raw = Assert.Single(Raw(), c => c.EvidenceText == Supply);
        Assert.Equal("rejected", raw.Review);
        Assert.Equal(2, raw.DocumentVersion);
        Assert.Empty(review.Orphans());
    }

    [Fact]
    public void Edit_ReextractionFindsOtherClaims_EditStillApplies()
    {
        var ids = Ingest(Version1(withSale: false));
        using var review = Db.OpenReview();
        review.Judge(ids[Supply], JudgementAction.Edit, new ClaimEdit(Object: "new:group:Houthis", Stance: "alleged"), "the article means the Houthis", "ana");
        using (var store = Db.OpenEvidenceStore())
        {
            Assert.Equal(IngestOutcome.Unchanged, store.Reextract(Version1(withSale: false), "v1").Outcome);
            var changed = store.Reextract(Version1(withSale: true), "v2");
            Assert.Equal(IngestOutcome.NewVersion, changed.Outcome);
            Assert.Equal(0, changed.OrphanedJudgements);
        }

        var corrected = Assert.Single(Reviewed(), c => c.EvidenceText == Supply);
        Assert.Equal(("analyst:houthis", "Houthis", "alleged", "correction"), (corrected.ObjectKey, corrected.ObjectName, corrected.Stance, corrected.Review));
        Assert.Equal("kb:shahed", corrected.ItemKey);
        Assert.Contains(Reviewed(), c => c.EvidenceText == Sale);
        var original = Assert.Single(Raw(), c => c.EvidenceText == Supply);
        Assert.Equal(("kb:russia", "edited"), (original.ObjectKey, original.Review));
    }

    [Fact]
    public void Edit_Twice_SecondKeepsFirstFields()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        review.Judge(ids[Supply], JudgementAction.Edit, new ClaimEdit(Object: "kb:china"), null, "ana");
        var correction = Assert.Single(Reviewed(), c => c.EvidenceText == Supply);
        review.Judge(correction.Id, JudgementAction.Edit, new ClaimEdit(TimeFrom: "2022-09"), null, "ana");
        var twice = Assert.Single(Reviewed(), c => c.EvidenceText == Supply);
        Assert.Equal(("kb:china", "2022-09"), (twice.ObjectKey, twice.TimeFrom));
    }

    [Fact]
    public void Undo_RejectAndEdit_RestoreTheExtractedClaim()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        var reject = review.Judge(ids[Supply], JudgementAction.Reject, null, null, "ana");
        review.Undo(reject.Id, "ben");
        Assert.Null(Assert.Single(Reviewed(), c => c.EvidenceText == Supply).Review);
        var edit = review.Judge(ids[Supply], JudgementAction.Edit, new ClaimEdit(Type: "sponsor"), null, "ana");
        Assert.Equal("sponsor", Assert.Single(Reviewed(), c => c.EvidenceText == Supply).Type);
        var undone = review.Undo(edit.Id, "ben");
        Assert.Equal(("ben", false), (undone.UndoneBy, undone.InForce));
        var back = Assert.Single(Reviewed(), c => c.EvidenceText == Supply);
        Assert.Equal(("supply", (string?)null), (back.Type, back.Review));
        Assert.Equal(3, Raw().Count);
        Assert.Contains("already undone", Assert.Throws<StoreException>(() => review.Undo(edit.Id, "ben")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judgement_SentenceGoneFromNewVersion_ListedAsOrphaned()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        var accept = review.Judge(ids[Denial], JudgementAction.Accept, null, null, "ana");
        using (var store = Db.OpenEvidenceStore())
        {
            Assert.Equal(1, store.Ingest(Version2(withDenial: false), "v1").OrphanedJudgements);
        }

        var orphan = Assert.Single(review.Orphans());
        Assert.Equal((accept.Id, true, Denial), (orphan.Id, orphan.Orphaned, orphan.EvidenceText));
    }

    [Fact]
    public void Queue_LeastSureFirst_JudgedClaimsLeave()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        var queue = review.Queue(10, 0);
        Assert.Equal([ids[Denial], ids[Supply], ids[Sale]], queue.Select(i => i.Claim.Id));
        Assert.Contains("extractor confidence 0.30", queue[0].Reasons);
        Assert.Contains("the fact is both asserted and denied", queue[0].Reasons);
        Assert.True(queue[0].Worth > queue[1].Worth);
        review.Judge(ids[Denial], JudgementAction.Accept, null, null, "ana");
        Assert.Equal([ids[Supply], ids[Sale]], review.Queue(10, 0).Select(i => i.Claim.Id));
    }

    [Fact]
    public void EntityJudgements_SurviveReingestAndUndo()
    {
        Ingest(Version1());
        using var review = Db.OpenReview();
        var rename = review.JudgeEntity("kb:shahed", EntityAction.Rename, "Shahed-136", "the family's usual name", "ana");
        review.JudgeEntity("kb:shahed", EntityAction.Retype, "weapon", null, "ana");
        review.JudgeEntity("kb:shahed", EntityAction.Country, "Iran", null, "ana");
        using (var store = Db.OpenEvidenceStore())
        {
            store.Ingest(Version2(), "v1");
            Assert.Equal("Shahed-136", store.Profile("kb:shahed")!.Entity.Name);
        }

        Assert.Equal(("Shahed", "Shahed-136"), (rename.Previous, rename.Value));
        review.UndoEntity(rename.Id, "ben");
        using (var store = Db.OpenEvidenceStore())
        {
            Assert.Equal("Shahed", store.Profile("kb:shahed")!.Entity.Name);
        }

        Assert.Contains("not a country", Assert.Throws<StoreException>(() => review.JudgeEntity("kb:shahed", EntityAction.Country, "kb:russia-army", null, "a")).Message, StringComparison.Ordinal);
        Assert.Contains("not an entity type", Assert.Throws<StoreException>(() => review.JudgeEntity("kb:shahed", EntityAction.Retype, "drone", null, "a")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_NameWronglyMerged_MovesOnlyClaimsMentioningIt()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        var moved = review.Split("kb:iran", "Tehran", "new:place:Tehran", "the city, not the state", "ana");
        Assert.Equal([ids[Denial]], moved.Select(j => j.ClaimId!.Value));
        var denial = Assert.Single(Reviewed(), c => c.EvidenceText == Denial);
        Assert.Equal(("analyst:tehran", "Tehran"), (denial.SubjectKey, denial.SubjectName));
        Assert.Equal("kb:iran", Assert.Single(Reviewed(), c => c.EvidenceText == Supply).SubjectKey);
        Assert.Contains("No current claim mentions 'kb:iran' as 'Persia'", Assert.Throws<StoreException>(() => review.Split("kb:iran", "Persia", "kb:china", null, "ana")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_BadValues_ClearErrors()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        string Error(ClaimEdit edit) => Assert.Throws<StoreException>(() => review.Judge(ids[Supply], JudgementAction.Edit, edit, null, "a")).Message;
        Assert.Contains("No entity has the key or name 'Atlantis'", Error(new ClaimEdit(Object: "Atlantis")), StringComparison.Ordinal);
        Assert.Contains("not a claim type; use one of supply", Error(new ClaimEdit(Type: "gives")), StringComparison.Ordinal);
        Assert.Contains("not a stance", Error(new ClaimEdit(Stance: "maybe")), StringComparison.Ordinal);
        Assert.Contains("not a date", Error(new ClaimEdit(TimeFrom: "2024-99-99")), StringComparison.Ordinal);
        Assert.Contains("at least one", Assert.Throws<StoreException>(() => review.Judge(ids[Supply], JudgementAction.Edit, new ClaimEdit(), null, "a")).Message, StringComparison.Ordinal);
        Assert.Contains("No claim in a current document has id 999", Assert.Throws<StoreException>(() => review.Judge(999, JudgementAction.Accept, null, null, "a")).Message, StringComparison.Ordinal);
        Assert.Empty(review.Judgements(null, includeUndone: true, 50, 0));
    }

    [Fact]
    public void Audit_ListsClaimAndEntityJudgementsAndMerges()
    {
        var ids = Ingest(Version1());
        using var review = Db.OpenReview();
        review.Judge(ids[Supply], JudgementAction.Edit, new ClaimEdit(Object: "China"), "misread", "ana");
        review.JudgeEntity("kb:shahed", EntityAction.Rename, "Shahed-136", null, "ben");
        using (var merges = Db.OpenMerges())
        {
            merges.Merge("kb:china", "kb:uae", MergeKind.Manual, null, ["test"], "cy");
        }

        var audit = review.Audit();
        Assert.Equal(["claim", "entity", "merge"], audit.Select(a => a.Kind).Order(StringComparer.Ordinal));
        var claim = Assert.Single(audit, a => a.Kind == "claim");
        Assert.Equal(("edit", "object=kb:china", "misread", "ana"), (claim.Action, claim.Detail, claim.Reason, claim.DecidedBy));
    }

    [Fact]
    public void Graph_ReviewedAndRaw_ShowDifferentEdges()
    {
        var ids = Ingest(Version1());
        using (var review = Db.OpenReview())
        {
            review.Judge(ids[Sale], JudgementAction.Reject, null, null, "ana");
        }

        var graph = Db.OpenGraph();
        try
        {
            Assert.DoesNotContain(graph.Neighbourhood("kb:china", new NeighbourhoodQuery()).Claims, c => c.EvidenceText == Sale);
            Assert.Contains(graph.In(ClaimView.Raw).Neighbourhood("kb:china", new NeighbourhoodQuery()).Claims, c => c.EvidenceText == Sale);
            Assert.Equal(2, graph.Documents(10, 0).Single().Claims);
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    private Dictionary<string, long> Ingest(AnalysisContext context)
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(context, "v1");
        return Raw().ToDictionary(c => c.EvidenceText, c => c.Id, StringComparer.Ordinal);
    }

    private List<StoredClaim> Reviewed()
    {
        using var store = Db.OpenEvidenceStore();
        return [.. store.FindClaims(new ClaimFilter(Limit: 100))];
    }

    private List<StoredClaim> Raw()
    {
        using var store = Db.OpenEvidenceStore(ClaimView.Raw);
        return [.. store.FindClaims(new ClaimFilter(Limit: 100))];
    }

    private static AnalysisContext Version1(bool withSale = true) => Build(Supply + " " + Denial + " " + Sale, withDenial: true, withSale);

    private static AnalysisContext Version2(bool withDenial = true) => Build("A new opening line. " + Supply + (withDenial ? " " + Denial : string.Empty) + " " + Sale, withDenial, withSale: true);

    private static AnalysisContext Build(string text, bool withDenial, bool withSale)
    {
        var d = new DocumentBuilder(text, "r.txt", "Wire R", "2023-05-01");
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country, withDenial ? ["Iran", "Tehran"] : ["Iran"]);
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country);
        var shahed = d.Entity("kb:shahed", "Shahed", EntityType.Weapon);
        var china = d.Entity("kb:china", "China", EntityType.Country);
        var uae = d.Entity("kb:uae", "United Arab Emirates", EntityType.Country, "UAE");
        d.Entity("kb:russia-army", "Russian Army", EntityType.Organization, "Russia");
        d.Claim(ClaimType.Supply, iran, Supply, obj: russia, item: shahed, confidence: 0.8);
        if (withDenial)
        {
            d.Claim(ClaimType.Supply, iran, Denial, obj: russia, stance: Stance.Denied, confidence: 0.3);
        }

        if (withSale)
        {
            d.Claim(ClaimType.Supply, china, Sale, obj: uae, confidence: 0.9);
        }

        return d.Build();
    }
}
