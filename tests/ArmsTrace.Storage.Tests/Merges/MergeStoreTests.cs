using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Review;

namespace ArmsTrace.Storage.Tests.Merges;

/// <summary>The merge suite every database must pass; each test works on one fresh database.</summary>
public abstract class MergeStoreTests
{
    private StoreLocation? _db;

    private StoreLocation Db => _db ??= StoreLocation.Parse(NewDatabase());

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void Cluster_ThroughTwoMerges_IsTransitiveAndSplitsOnUndo()
    {
        Seed();
        using var merges = Db.OpenMerges();
        var first = merges.Merge("kb:iran", "kb:russia", MergeKind.Manual, null, ["test"], "tester");
        merges.Merge("kb:russia", "kb:shahed-136", MergeKind.Auto, 0.9, ["a", "b"], "armstrace");
        Assert.Equal(["kb:iran", "kb:russia", "kb:shahed-136"], merges.Cluster("kb:iran"));
        merges.Undo(first.Id, "tester");
        Assert.Equal(["kb:iran"], merges.Cluster("kb:iran"));
        Assert.Equal(["kb:russia", "kb:shahed-136"], merges.Cluster("kb:russia"));
        var all = merges.List(includeUndone: true);
        Assert.Equal(2, all.Count);
        Assert.False(all[0].Active);
        Assert.Equal(["a", "b"], all[1].Reasons);
        Assert.Single(merges.List(includeUndone: false));
    }

    [Fact]
    public void Merge_UnknownKeyOrSelf_ClearError()
    {
        Seed();
        using var merges = Db.OpenMerges();
        Assert.Contains("no entity with key 'kb:nothing'", Assert.Throws<StoreException>(() => merges.Merge("kb:iran", "kb:nothing", MergeKind.Manual, null, [], "t")).Message, StringComparison.Ordinal);
        Assert.Contains("itself", Assert.Throws<StoreException>(() => merges.Merge("kb:iran", "kb:iran", MergeKind.Manual, null, [], "t")).Message, StringComparison.Ordinal);
        Assert.Contains("no merge with id 5", Assert.Throws<StoreException>(() => merges.Undo(5, "t")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dossier_WidenedThroughMerge_HasBothEntitiesClaimsOnce()
    {
        Seed();
        using var store = Db.OpenEvidenceStore();
        using var merges = Db.OpenMerges();
        var china = store.Dossier("kb:china")!;
        var iran = store.Dossier("kb:iran")!;
        merges.Merge("kb:china", "kb:iran", MergeKind.Manual, null, ["test"], "t");
        var widened = MergedDossier.Widen(store, merges, china);
        Assert.Equal(china.Claims.Select(c => c.Id).Union(iran.Claims.Select(c => c.Id)).Order(), widened.Claims.Select(c => c.Id).Order());
        Assert.Equal(widened.Claims.Count, widened.Entity.Claims);
    }

    [Fact]
    public void Candidates_CurrentDocuments_GiveNamesAndNeighbours()
    {
        Seed();
        using var merges = Db.OpenMerges();
        var candidates = merges.Candidates().ToDictionary(c => c.Key, StringComparer.Ordinal);
        Assert.Equal(["Iran", "Tehran"], candidates["kb:iran"].Names.Order(StringComparer.Ordinal));
        Assert.Equal(["kb:hezbollah", "kb:russia", "kb:shahed-136"], candidates["kb:iran"].Neighbours.Order(StringComparer.Ordinal));
        Assert.Equal(("CH-4", "weapon"), (candidates["kb:ch-4"].Name, candidates["kb:ch-4"].Type));
    }

    [Fact]
    public void Candidates_RejectedClaim_IsNoNeighbour()
    {
        Seed();
        using (var store = Db.OpenEvidenceStore())
        using (var review = Db.OpenReview())
        {
            var rockets = store.FindClaims(new ClaimFilter()).Single(c => c.ObjectKey == "kb:hezbollah");
            review.Judge(rockets.Id, JudgementAction.Reject, null, "not a supply", "ana");
        }

        using var merges = Db.OpenMerges();
        Assert.Equal(["kb:russia", "kb:shahed-136"], merges.Candidates().Single(c => c.Key == "kb:iran").Neighbours.Order(StringComparer.Ordinal));
    }

    private void Seed()
    {
        using var store = Db.OpenEvidenceStore();
        store.Ingest(SampleDocuments.Drones(), "test");
        store.Ingest(SampleDocuments.Rockets(), "test");
    }
}
