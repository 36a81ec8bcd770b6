using ArmsTrace.Bench.Synthetic;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Tests.Synthetic;

/// <summary>
/// The bench's generated store (bench generate) read through the same APIs the server uses, on every
/// database: latency measured on it means something only if the reads answer it as they would real data.
/// </summary>
public abstract class SyntheticStoreTests
{
    private const int Claims = 2_000;

    private StoreLocation? _db;

    private StoreLocation Db => _db ??= StoreLocation.Parse(Generated());

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void Generate_SmallStore_HoldsEveryRowWithTheHubsFirst()
    {
        using var store = Db.OpenEvidenceStore();
        var summary = store.Summary();
        Assert.Equal((300L, 2_000L), (summary.Documents, summary.Claims));
        Assert.True(summary.Mentions >= 2 * Claims, $"{summary.Mentions} mentions");

        var top = store.FindEntities(null, null, 3, 0);
        Assert.Equal(["kb:iran", "kb:russia", "kb:china"], top.Select(e => e.Key));
        Assert.True(top[0].Claims > top[2].Claims && top[0].Claims > Claims / 20, $"Iran has {top[0].Claims} claims");
        Assert.Contains(store.FindEntities("Iran", null, 10, 0), e => e.Key == "kb:iran");
        Assert.Equal(top[0].Claims, store.Profile("kb:iran")!.Entity.Claims);
    }

    [Fact]
    public void Generate_KeptTablesFilledAfterTheLoad_CountEveryClaim()
    {
        using var store = Db.OpenEvidenceStore();
        var graph = Db.OpenGraph();
        try
        {
            foreach (var entity in store.FindEntities(null, null, 3, 0).Concat(store.FindEntities(null, null, 3, 200)))
            {
                Assert.Equal(graph.StreamClaims(new ClaimQuery(EntityKey: entity.Key)).Count(), entity.Claims);
            }
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Generate_SmallStore_AnswersDossierNetworkPathsAndSearch()
    {
        using var store = Db.OpenEvidenceStore();
        var graph = Db.OpenGraph();
        try
        {
            var page = graph.EntityClaims("kb:iran", 50);
            Assert.Equal(50, page.Claims.Count);
            Assert.NotNull(page.Next);
            Assert.All(page.Claims, c => Assert.Contains("kb:iran", new[] { c.SubjectKey, c.ObjectKey, c.ItemKey, c.SourceKey }));

            var network = graph.Neighbourhood("kb:iran", new NeighbourhoodQuery(Depth: 2));
            Assert.Contains(network.Nodes, n => n.Key == "kb:russia");
            Assert.NotEmpty(network.Edges);
            Assert.True(network.ClaimsTotal >= network.Claims.Count && network.Claims.Count > 0);

            var supplied = page.Claims.First(c => c.Type == "supply" && c.Stance != "denied" && c.SubjectKey == "kb:iran" && c.ObjectKey is not null);
            var path = Assert.Single(graph.Paths("kb:iran", supplied.ObjectKey!, new PathQuery(Limit: 1)));
            Assert.Equal(["kb:iran", supplied.ObjectKey], path.Entities.Select(e => e.Key));

            var found = store.Search("supplied", 10, 0);
            Assert.True(found.DocumentsTotal > 0 && found.ClaimsTotal > 0, $"{found.DocumentsTotal} documents, {found.ClaimsTotal} claims");
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Facts_BetweenMoreKeysThanAPage_AreAllSummarised()
    {
        var facts = Db.OpenFacts();
        try
        {
            var all = new List<FactSummary>();
            for (var offset = 0; ; offset += 1000)
            {
                var page = facts.Facts(new FactQuery(Limit: 1000, Offset: offset));
                all.AddRange(page);
                if (page.Count < 1000)
                {
                    break;
                }
            }

            Assert.True(all.Count > 1000, $"{all.Count} facts; the test needs more than a page");
            var keys = all.SelectMany(f => new[] { f.Key.SubjectKey, f.Key.TargetKey ?? string.Empty }).Distinct(StringComparer.Ordinal).ToList();
            var between = facts.Facts(new FactQuery(Subjects: keys, Targets: keys, Limit: int.MaxValue));
            Assert.Equal(all.Count, between.Count);
        }
        finally
        {
            (facts as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Generate_EveryEvidenceAndMention_IsTheDocumentTextAtItsOffsets()
    {
        var graph = Db.OpenGraph();
        try
        {
            var document = graph.Document("synthetic/0000007.txt")!;
            Assert.NotEmpty(document.Claims);
            Assert.All(document.Claims, c => Assert.Equal(c.EvidenceText, document.Text[(int)c.EvidenceStart..(int)c.EvidenceEnd]));
            Assert.All(document.Mentions, m => Assert.Equal(m.Text, document.Text[(int)m.Start..(int)m.End]));
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Generate_SameSeed_SameDocuments()
    {
        var a = new SyntheticGraph(Claims, 400, 300).Document(42);
        var b = new SyntheticGraph(Claims, 400, 300).Document(42);
        Assert.Equal((a.Text, a.Title, a.Published), (b.Text, b.Title, b.Published));
        Assert.Equal(a.Claims.Select(c => (c.Type, c.Subject.Key, c.Object?.Key)), b.Claims.Select(c => (c.Type, c.Subject.Key, c.Object?.Key)));
    }

    private string Generated()
    {
        var db = NewDatabase();
        SyntheticStore.Generate(db, new SyntheticGraph(Claims, 400, 300));
        return db;
    }
}
