using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Entities;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Tests.Graph;

/// <summary>
/// The graph suite every database must pass, over the three sample documents: Drones (2023-03-01,
/// one claim dated 2022), Rockets (2022-08-05) and Factory (undated).
/// </summary>
public abstract class EvidenceGraphTests
{
    private const string Shahed = "Iran supplied 46 Shahed-136 drones to Russia in 2022, officials said.";

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public void FindClaims_DateRange_UsesClaimTimeElseDocumentDate()
    {
        var graph = Loaded();
        Assert.Equal(["Tehran denied sending drones."], Evidence(graph.FindClaims(new ClaimQuery(From: "2023"))));
        Assert.Equal([Shahed], Evidence(graph.FindClaims(new ClaimQuery(To: "2022-06"))));
        Assert.Equal(3, graph.FindClaims(new ClaimQuery(From: "2022-08", To: "2022-08")).Count);
        Assert.Equal([Shahed], Evidence(graph.FindClaims(new ClaimQuery(From: "2022-08-06", To: "2022-12"))));
        Assert.Empty(graph.FindClaims(new ClaimQuery(From: "2024")));
    }

    [Fact]
    public void FindClaims_TypesStancesAndEntity_NarrowTheList()
    {
        var graph = Loaded();
        Assert.Equal(6, graph.FindClaims(new ClaimQuery()).Count);
        Assert.Equal(2, graph.FindClaims(new ClaimQuery(Types: ["supply"], Stances: ["Denied", "alleged"])).Count);
        Assert.Equal(5, graph.FindClaims(new ClaimQuery(Types: ["Supply", "located_in"])).Count);
        Assert.Equal(3, graph.FindClaims(new ClaimQuery(EntityKey: "kb:iran")).Count);
        Assert.Single(graph.FindClaims(new ClaimQuery(SourceKey: "name:reuters")));
        Assert.Equal(
            graph.FindClaims(new ClaimQuery(Limit: 100)).Select(c => c.Id),
            Enumerable.Range(0, 3).SelectMany(p => graph.FindClaims(new ClaimQuery(Limit: 2, Offset: p * 2))).Select(c => c.Id));
    }

    [Fact]
    public void Documents_NewestFirst_UndatedLast()
    {
        var graph = Loaded();
        var documents = graph.Documents(10, 0);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], documents.Select(d => d.Key));
        Assert.Equal(new DocumentSummary("a.txt", 1, "A headline", "Wire A", "2023-03-01", 2), documents[0]);
        Assert.Equal(["b.txt"], graph.Documents(1, 1).Select(d => d.Key));
    }

    [Fact]
    public void Document_Current_HasItsTextMentionsAndClaims()
    {
        var graph = Loaded();
        var doc = graph.Document("a.txt");
        Assert.NotNull(doc);
        Assert.Equal((SampleDocuments.DroneText, 1, "https://example.test/a.txt"), (doc.Text, doc.Version, doc.Url));
        Assert.Equal(["Iran", "Shahed-136", "Russia", "Tehran"], doc.Mentions.Select(m => m.Text));
        Assert.All(doc.Mentions, m => Assert.Equal(m.Text, doc.Text[(int)m.Start..(int)m.End]));
        Assert.Equal(("kb:iran", "Iran", "country"), (doc.Mentions[3].EntityKey, doc.Mentions[3].EntityName, doc.Mentions[3].EntityType));
        Assert.Equal(2, doc.Claims.Count);
        Assert.Null(graph.Document("missing.txt"));
    }

    [Fact]
    public void Entities_ByKeys_CarryTheirClaimCounts()
    {
        var graph = Loaded();
        var entities = graph.Entities(["kb:iran", "kb:russia", "kb:nothing"]).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        Assert.Equal([new StoredEntity("kb:iran", "Iran", "country", 3), new StoredEntity("kb:russia", "Russia", "country", 2)], entities);
        Assert.Empty(graph.Entities([]));
    }

    [Fact]
    public void Neighbourhood_Depth_WidensTheWalk()
    {
        var graph = Loaded();
        var near = graph.Neighbourhood("kb:russia", new NeighbourhoodQuery(Depth: 1));
        Assert.Equal("kb:russia", near.Centre.Key);
        Assert.Equal(["kb:iran", "kb:russia"], Keys(near.Nodes));
        Assert.Equal(2, near.Claims.Count);
        Assert.False(near.Truncated);

        var far = graph.Neighbourhood("kb:russia", new NeighbourhoodQuery(Depth: 2));
        Assert.Equal(["kb:hezbollah", "kb:iran", "kb:russia"], Keys(far.Nodes));
        Assert.Equal(3, far.Claims.Count);

        var denied = graph.Neighbourhood("kb:russia", new NeighbourhoodQuery(Depth: 2, Stances: ["denied"]));
        Assert.Equal(["kb:iran", "kb:russia"], Keys(denied.Nodes));
        Assert.True(graph.Neighbourhood("kb:russia", new NeighbourhoodQuery(Depth: 2, MaxNodes: 2)).Truncated);
        Assert.Throws<KeyNotFoundException>(() => graph.Neighbourhood("kb:atlantis", new NeighbourhoodQuery()));
    }

    [Fact]
    public void Neighbourhood_OfAHub_CapsClaimsAndCountsWhatItLeftOut()
    {
        const int Count = 1200;
        var padding = new string('x', 300);
        var text = string.Join(' ', Enumerable.Range(0, Count).Select(i => $"Iran sent shipment {i} of drones to Russia, {padding}."));
        var d = new DocumentBuilder(text, "hub.txt");
        var iran = d.Entity("kb:iran", "Iran", EntityType.Country, "Iran");
        var russia = d.Entity("kb:russia", "Russia", EntityType.Country, "Russia");
        for (var i = 0; i < Count; i++)
        {
            d.Claim(ClaimType.Supply, iran, $"Iran sent shipment {i} of drones to Russia, {padding}.", obj: russia);
        }

        var location = StoreLocation.Parse(NewDatabase());
        using (var store = location.OpenEvidenceStore())
        {
            store.Ingest(d.Build(), "v1");
        }

        var graph = location.OpenGraph();
        Track(graph);
        var hub = graph.Neighbourhood("kb:iran", new NeighbourhoodQuery());
        Assert.Equal((NeighbourhoodQuery.DefaultMaxClaims, Count, Count - NeighbourhoodQuery.DefaultMaxClaims), (hub.Claims.Count, (int)hub.ClaimsTotal, (int)hub.ClaimsLeftOut));
        Assert.True(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(hub).Length < 1_000_000);
        var most = graph.Neighbourhood("kb:iran", new NeighbourhoodQuery(MaxClaims: int.MaxValue));
        Assert.Equal(NeighbourhoodQuery.MostClaims, most.Claims.Count);
        Assert.True(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(most).Length < 1_000_000);
    }

    [Fact]
    public void EntityClaims_PagesByCursor_InClaimOrderWithoutGapOrOverlap()
    {
        var graph = Loaded();
        var all = graph.FindClaims(new ClaimQuery(EntityKey: "kb:iran", Limit: 100)).Select(c => c.Id).ToList();
        var first = graph.EntityClaims("kb:iran", 2);
        Assert.NotNull(first.Next);
        var second = graph.EntityClaims("kb:iran", 2, first.Next);
        Assert.Null(second.Next);
        Assert.Equal(all, first.Claims.Concat(second.Claims).Select(c => c.Id));
        Assert.Equal(all.Skip(1), graph.EntityClaims("kb:iran", 10, offset: 1).Claims.Select(c => c.Id));
        Assert.Throws<FormatException>(() => graph.EntityClaims("kb:iran", 2, "not-a-cursor"));
    }

    [Fact]
    public void Neighbourhood_FullWalk_CountsTheEntitiesLeftOut()
    {
        var full = Loaded().Neighbourhood("kb:russia", new NeighbourhoodQuery(Depth: 2, MaxNodes: 2));
        Assert.True(full.Truncated);
        Assert.Equal(1, full.NodesLeftOut);
    }

    [Fact]
    public void Neighbourhood_Edges_CountEveryClaimPerEdgeAndStance()
    {
        var n = Loaded().Neighbourhood("kb:russia", new NeighbourhoodQuery(MaxClaims: 1));
        Assert.Single(n.Claims);
        Assert.Equal(n.ClaimsTotal, n.Edges.Sum(e => e.Claims));
        var supply = n.Edges.Where(e => e is { SubjectKey: "kb:iran", TargetKey: "kb:russia", Type: "supply" }).ToDictionary(e => e.Stance, e => e.Claims);
        Assert.Equal(1, supply["denied"]);
        Assert.True(supply.Values.Sum() >= 2);
    }

    [Fact]
    public void Paths_ThroughSupplies_FindEveryHopAndItsClaims()
    {
        var graph = Loaded();
        var path = Assert.Single(graph.Paths("kb:russia", "kb:hezbollah", new PathQuery()));
        Assert.Equal(["kb:russia", "kb:iran", "kb:hezbollah"], path.Entities.Select(e => e.Key));
        Assert.Equal([("kb:russia", "kb:iran", 1), ("kb:iran", "kb:hezbollah", 1)], path.Hops.Select(h => (h.FromKey, h.ToKey, h.Claims.Count)));
        Assert.All(path.Hops.SelectMany(h => h.Claims), c => Assert.NotEqual("denied", c.Stance));
        var withDenials = Assert.Single(graph.Paths("kb:russia", "kb:hezbollah", new PathQuery(IncludeDenied: true)));
        Assert.Equal(2, withDenials.Hops[0].Claims.Count);
        Assert.Contains(withDenials.Hops[0].Claims, c => c.Stance == "denied");
        Assert.Empty(graph.Paths("kb:china", "kb:iran", new PathQuery()));
        Assert.Empty(graph.Paths("kb:russia", "kb:hezbollah", new PathQuery(Types: ["attack"])));
    }

    private IEvidenceGraph Loaded()
    {
        var location = StoreLocation.Parse(NewDatabase());
        using (var store = location.OpenEvidenceStore())
        {
            SampleDocuments.IngestAll(store);
        }

        var graph = location.OpenGraph();
        Track(graph);
        return graph;
    }

    /// <summary>Keeps the graph for the subclass to dispose when the test ends.</summary>
    protected abstract void Track(IEvidenceGraph graph);

    private static List<string> Evidence(IEnumerable<StoredClaim> claims) => [.. claims.Select(c => c.EvidenceText)];

    private static List<string> Keys(IEnumerable<StoredEntity> entities) => [.. entities.Select(e => e.Key).Order(StringComparer.Ordinal)];
}
