using ArmsTrace.Bench.Synthetic;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;
using ArmsTrace.Storage.Review;

namespace ArmsTrace.Storage.Tests.Synthetic;

/// <summary>
/// The bench's generated store (bench generate) read through the same APIs the server uses, on every
/// database: latency measured on it means something only if the reads answer it as they would real data.
/// </summary>
public abstract class SyntheticStoreTests
{
    private const int Claims = 2_000;

    private const string AfterEverything = "9999-12-31";

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

    [Fact]
    public void Neighbourhood_FromKeptEdgeCounts_MatchesTheClaimsGrouped()
    {
        Judge();
        var graph = Db.OpenGraph();
        try
        {
            var keys = Keys();
            foreach (var view in new[] { ClaimView.Reviewed, ClaimView.Raw })
            {
                var g = graph.In(view);
                foreach (var key in keys)
                {
                    foreach (var query in new[]
                    {
                        new NeighbourhoodQuery(),
                        new NeighbourhoodQuery(Depth: 2),
                        new NeighbourhoodQuery(Depth: 2, MaxNodes: 20, MaxClaims: 30),
                        new NeighbourhoodQuery(Types: ["supply", "sponsor"]),
                        new NeighbourhoodQuery(Depth: 2, Stances: ["denied", "confirmed"]),
                    })
                    {
                        var kept = g.Neighbourhood(key, query);

                        // An as-of date after everything keeps every claim but reads them through the claims, not the kept counts.
                        var grouped = g.Neighbourhood(key, query with { AsOf = AfterEverything });
                        Assert.Equal(grouped.Nodes, kept.Nodes);
                        Assert.Equal(grouped.Edges, kept.Edges);
                        Assert.Equal(grouped.Claims.Select(c => c.Id), kept.Claims.Select(c => c.Id));
                        Assert.Equal((grouped.ClaimsTotal, grouped.NodesLeftOut), (kept.ClaimsTotal, kept.NodesLeftOut));
                    }
                }
            }
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Neighbourhood_ClaimsOfAnyCentreAndCap_AreTheFirstInListOrderWithTheCentreFirst()
    {
        Judge();
        var graph = Db.OpenGraph();
        try
        {
            foreach (var view in new[] { ClaimView.Reviewed, ClaimView.Raw })
            {
                var g = graph.In(view);
                var all = g.StreamClaims(new ClaimQuery()).Where(c => (c.ObjectKey ?? c.ItemKey) is not null).ToList();
                foreach (var key in Keys())
                {
                    foreach (var (depth, cap) in new[] { 1, 2 }.SelectMany(d => new[] { 1, 3, 10, 40, 500 }.Select(c => (d, c))))
                    {
                        var network = g.Neighbourhood(key, new NeighbourhoodQuery(Depth: depth, MaxClaims: cap));
                        var nodes = network.Nodes.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
                        var expected = all.Where(c => nodes.Contains(c.SubjectKey) && nodes.Contains((c.ObjectKey ?? c.ItemKey)!))
                            .OrderBy(c => c.SubjectKey == key || (c.ObjectKey ?? c.ItemKey) == key ? 0 : 1)
                            .ThenBy(c => c, ClaimOrder.Instance)
                            .Take(cap)
                            .Select(c => c.Id);
                        Assert.Equal(expected, network.Claims.Select(c => c.Id));
                    }
                }
            }
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Paths_FromBothEnds_AreTheShortestPathsOfAWalkFromOneEnd()
    {
        Judge();
        var graph = Db.OpenGraph();
        try
        {
            var keys = Keys();
            var edges = EdgesInWalkOrder(graph);
            var found = 0;
            foreach (var from in keys)
            {
                foreach (var to in keys)
                {
                    var expected = OneEndShortestPaths(edges, from, to, maxDepth: 4, wanted: 100);
                    var kept = graph.Paths(from, to, new PathQuery(Limit: 100));
                    var grouped = graph.Paths(from, to, new PathQuery(Limit: 100, AsOf: AfterEverything));
                    Assert.Equal(expected, kept.Select(p => p.Entities.Select(e => e.Key).ToList()).ToList());
                    Assert.Equal(expected, grouped.Select(p => p.Entities.Select(e => e.Key).ToList()).ToList());
                    Assert.All(kept, p => Assert.All(p.Hops, h => Assert.NotEmpty(h.Claims)));
                    found += expected.Count(p => p.Count > 2);
                }
            }

            Assert.True(found > 10, $"{found} paths of two hops or more");
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void FactsOfAndOrigins_ForANetwork_MatchTheSummariesOfEveryFactBetweenItsNodes()
    {
        var graph = Db.OpenGraph();
        var facts = Db.OpenFacts();
        try
        {
            foreach (var asOf in new string?[] { null, "2023-06-30" })
            {
                var network = graph.Neighbourhood("kb:iran", new NeighbourhoodQuery(Depth: 2, MaxClaims: 300, AsOf: asOf));
                var subjects = network.Edges.Select(e => e.SubjectKey).Distinct(StringComparer.Ordinal).ToList();
                var targets = network.Edges.Select(e => e.TargetKey).Distinct(StringComparer.Ordinal).ToList();
                var all = facts.Facts(new FactQuery(Subjects: subjects, Targets: targets, AsOf: asOf, Limit: int.MaxValue));
                Assert.True(all.Count > 100, $"{all.Count} facts");
                Assert.Equal(all.ToDictionary(f => f.Key, f => f.Origins), facts.Origins(subjects, targets, asOf));

                var drawn = network.Claims.Select(FactKey.Of).ToHashSet();
                Assert.Equal(all.Where(f => drawn.Contains(f.Key)).Select(Described), facts.FactsOf(drawn, asOf).Select(Described));
            }
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
            facts.Dispose();
        }
    }

    private static string Described(FactSummary f) =>
        $"{f.Key} {f.SubjectName} {f.TargetName} {f.Claims} {f.Origins} {f.Parties} {f.FirstSeen} {f.LastSeen} {string.Join(",", f.Stances.OrderBy(s => s.Key, StringComparer.Ordinal))} {string.Join(",", f.Disputes)}";

    /// <summary>Rejects, accepts and corrects a few claims with edges, so the reviewed and raw views differ.</summary>
    private void Judge()
    {
        var graph = Db.OpenGraph();
        try
        {
            var claims = graph.FindClaims(new ClaimQuery(EntityKey: "kb:iran", Limit: 40)).Where(c => (c.ObjectKey ?? c.ItemKey) is not null).ToList();
            using var review = Db.OpenReview();
            for (var i = 0; i < 12; i += 3)
            {
                review.Judge(claims[i].Id, JudgementAction.Reject, null, "wrong", "ana");
                review.Judge(claims[i + 1].Id, JudgementAction.Accept, null, null, "ana");
                review.Judge(claims[i + 2].Id, JudgementAction.Edit, new ClaimEdit(Object: "kb:china"), null, "ana");
            }
        }
        finally
        {
            (graph as IDisposable)?.Dispose();
        }
    }

    /// <summary>The three biggest hubs and entities further down the ranks, to the tail.</summary>
    private List<string> Keys()
    {
        using var store = Db.OpenEvidenceStore();
        var ranked = store.FindEntities(null, null, 500, 0);
        Assert.True(ranked.Count > 300, $"{ranked.Count} entities");
        return [.. new[] { 0, 1, 2, 8, 30, 90, 200, ranked.Count - 1 }.Select(i => ranked[i].Key)];
    }

    /// <summary>Each (subject, target) pair a path may follow with its claims, in the order the walk's statement gives them.</summary>
    private static List<(string A, string B)> EdgesInWalkOrder(IEvidenceGraph graph) =>
        [.. graph.StreamClaims(new ClaimQuery(Types: PathQuery.DefaultTypes))
            .Where(c => c.Stance != "denied" && (c.ObjectKey ?? c.ItemKey) is not null)
            .GroupBy(c => (A: c.SubjectKey, B: (c.ObjectKey ?? c.ItemKey)!))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.A, StringComparer.Ordinal).ThenBy(g => g.Key.B, StringComparer.Ordinal)
            .Select(g => g.Key)];

    /// <summary>All shortest paths as a breadth-first walk from <paramref name="from"/> alone finds and lists them.</summary>
    private static List<List<string>> OneEndShortestPaths(List<(string A, string B)> edges, string from, string to, int maxDepth, int wanted)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var parents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var frontier = new HashSet<string>(StringComparer.Ordinal) { from };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0 && !distance.ContainsKey(to); depth++)
        {
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (a, b) in edges)
            {
                foreach (var (here, there) in new[] { (a, b), (b, a) })
                {
                    if (!frontier.Contains(here) || here == there || distance.GetValueOrDefault(there, depth) != depth)
                    {
                        continue;
                    }

                    distance[there] = depth;
                    next.Add(there);
                    var list = parents.TryGetValue(there, out var l) ? l : parents[there] = [];
                    if (!list.Contains(here))
                    {
                        list.Add(here);
                    }
                }
            }

            frontier = next;
        }

        var paths = new List<List<string>>();
        if (distance.ContainsKey(to))
        {
            Unwind(to, [to]);
        }

        return paths;

        void Unwind(string node, List<string> suffix)
        {
            if (paths.Count >= wanted)
            {
                return;
            }

            if (node == from)
            {
                paths.Add([.. Enumerable.Reverse(suffix)]);
                return;
            }

            foreach (var parent in parents.GetValueOrDefault(node) ?? [])
            {
                suffix.Add(parent);
                Unwind(parent, suffix);
                suffix.RemoveAt(suffix.Count - 1);
            }
        }
    }


    private string Generated()
    {
        var db = NewDatabase();
        SyntheticStore.Generate(db, new SyntheticGraph(Claims, 400, 300));
        return db;
    }
}
