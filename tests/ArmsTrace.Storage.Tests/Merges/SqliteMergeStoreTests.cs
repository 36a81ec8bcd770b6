using ArmsTrace.Storage.Lists;
using ArmsTrace.Storage.Merges;
using ArmsTrace.Storage.Sqlite;

namespace ArmsTrace.Storage.Tests.Merges;

public sealed class SqliteMergeStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armstrace-merges-").FullName;

    private string Db => Path.Combine(_folder, "m.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Cluster_ThroughTwoMerges_IsTransitiveAndSplitsOnUndo()
    {
        Seed();
        using var merges = SqliteMergeStore.Open(Db);
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
        using var merges = SqliteMergeStore.Open(Db);
        Assert.Contains("no entity with key 'kb:nothing'", Assert.Throws<StoreException>(() => merges.Merge("kb:iran", "kb:nothing", MergeKind.Manual, null, [], "t")).Message, StringComparison.Ordinal);
        Assert.Contains("itself", Assert.Throws<StoreException>(() => merges.Merge("kb:iran", "kb:iran", MergeKind.Manual, null, [], "t")).Message, StringComparison.Ordinal);
        Assert.Contains("no merge with id 5", Assert.Throws<StoreException>(() => merges.Undo(5, "t")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dossier_WidenedThroughMerge_HasBothEntitiesClaimsOnce()
    {
        Seed();
        using var store = SqliteEvidenceStore.Open(Db);
        using var merges = SqliteMergeStore.Open(Db);
        var china = store.Dossier("kb:china")!;
        var iran = store.Dossier("kb:iran")!;
        merges.Merge("kb:china", "kb:iran", MergeKind.Manual, null, ["test"], "t");
        var widened = MergedDossier.Widen(store, merges, china);
        Assert.Equal(china.Claims.Select(c => c.Id).Union(iran.Claims.Select(c => c.Id)).Order(), widened.Claims.Select(c => c.Id).Order());
        Assert.Equal(widened.Claims.Count, widened.Entity.Claims);
    }

    [Fact]
    public void Lists_ReimportSameEntry_Replaces()
    {
        using var lists = SqliteListStore.Open(Db);
        lists.Import([new ListEntry("ftm", "x1", "Old Name", [], "person", null, null, [])], "a.jsonl");
        lists.Import([new ListEntry("ftm", "x1", "New Name", ["Alias"], "person", "ir", "1960", ["p"])], "b.jsonl");
        var entry = Assert.Single(lists.All());
        Assert.Equal(("New Name", "ir", "1960"), (entry.Name, entry.Country, entry.BirthDate));
        Assert.Equal(["Alias"], entry.Aliases);
    }

    private void Seed()
    {
        using var store = SqliteEvidenceStore.Open(Db);
        store.Ingest(SampleDocuments.Drones(), "test");
        store.Ingest(SampleDocuments.Rockets(), "test");
    }
}
