using ArmsTrace.Core.Pipeline;
using ArmsTrace.Storage.Corroboration;
using ArmsTrace.Storage.Graph;

namespace ArmsTrace.Storage.Tests.Corroboration;

/// <summary>Origins, corroboration, disputes and as-of views, on every database, over <see cref="StoryCorpus"/>.</summary>
public abstract class CorroborationTests
{
    private static readonly FactKey IranSuppliesRussia = new("kb:iran", "supply", "kb:russia");

    /// <summary>A new, empty database as a --db value.</summary>
    protected abstract string NewDatabase();

    /// <summary>Keeps what the test opened for the subclass to dispose when the test ends.</summary>
    protected abstract void Track(IDisposable opened);

    [Fact]
    public void Origins_FourReprintsWithSmallEdits_AreOneOrigin()
    {
        var (facts, _) = Loaded([.. StoryCorpus.Reprints(), StoryCorpus.OtherReport()]);
        var first = facts.Origin("harbour-line.txt");
        Assert.NotNull(first);
        Assert.Equal(("doc:harbour-line.txt", "own"), (first.Origin, first.Basis));
        foreach (var key in new[] { "northern-post.txt", "valley-times.txt", "coastal-daily.txt" })
        {
            var copy = facts.Origin(key);
            Assert.NotNull(copy);
            Assert.Equal(("doc:harbour-line.txt", "copy"), (copy.Origin, copy.Basis));
            Assert.InRange(copy.Similarity!.Value, 0.5, 1.0);
        }

        Assert.Equal(4, first.Documents.Count);
        Assert.Equal("doc:steppe-review.txt", facts.Origin("steppe-review.txt")!.Origin);
        Assert.Null(facts.Origin("missing.txt"));
    }

    [Fact]
    public void Corroboration_TwoIndependentOrigins_CountsTwo()
    {
        var (facts, _) = Loaded([.. StoryCorpus.Reprints(), StoryCorpus.OtherReport()]);
        var fact = facts.Fact(IranSuppliesRussia);
        Assert.NotNull(fact);
        Assert.Equal((5L, 2L, 1L), (fact.Claims, fact.Origins, fact.Parties));
        Assert.Equal(("Iran", "Russia"), (fact.SubjectName, fact.TargetName));
        Assert.Equal(new Dictionary<string, long> { ["alleged"] = 5 }, fact.Stances);
        Assert.False(fact.Disputed);
    }

    [Fact]
    public void Corroboration_ThreeOutletsQuotingOneMinistry_AreThreeOriginsOneParty()
    {
        var (facts, _) = Loaded(StoryCorpus.OneMinistryThreeOutlets());
        var fact = facts.Fact(IranSuppliesRussia)!;
        Assert.Equal((3L, 1L), (fact.Origins, fact.Parties));
        Assert.Equal(("2023-01-10", "2023-01-12"), (fact.FirstSeen, fact.LastSeen));
    }

    [Fact]
    public void Origins_DeclaredWire_JoinsTheAgencysOrigin()
    {
        var (facts, _) = Loaded(StoryCorpus.WireReports());
        Assert.Equal(("wire:reuters", "wire"), (facts.Origin("wire-a.txt")!.Origin, facts.Origin("wire-a.txt")!.Basis));
        Assert.Equal("wire:reuters", facts.Origin("wire-b.txt")!.Origin);
        Assert.Equal(1L, facts.Fact(IranSuppliesRussia)!.Origins);
    }

    [Fact]
    public void Disputes_DenialThenConfirmation_IsDisputedWithThreeStepTimeline()
    {
        var (facts, _) = Loaded(StoryCorpus.DenialThenConfirmation());
        var timeline = facts.Timeline(IranSuppliesRussia);
        Assert.Equal(
            [("alleged", "Ukraine", "2022-08-20"), ("denied", "Iran", "2022-10-18"), ("confirmed", "Iranian foreign minister", "2022-11-07")],
            timeline.Select(s => (s.Stance, s.Party, s.Known)));
        var dispute = Assert.Single(facts.Disputes(null, 50, 0));
        Assert.Equal(["stances"], dispute.Fact.Disputes);
        Assert.Equal(["affirmed", "denied"], dispute.Sides.Select(s => s.Label));
        Assert.Equal(["2022-08-20", "2022-11-07"], dispute.Sides[0].Claims.Select(c => c.Known));
    }

    [Fact]
    public void AsOf_BeforeTheConfirmation_ShowsTheDenialAsTheLastWord()
    {
        var (facts, graph) = Loaded(StoryCorpus.DenialThenConfirmation());
        var fact = facts.Fact(IranSuppliesRussia, AsOfDate.Normalize("2022-10"))!;
        Assert.Equal(new Dictionary<string, long> { ["alleged"] = 1, ["denied"] = 1 }, fact.Stances);
        Assert.False(fact.Disputed);
        Assert.Empty(facts.Disputes("2022-10-31", 50, 0));
        Assert.Equal("denied", facts.Timeline(IranSuppliesRussia, "2022-10-31")[^1].Stance);
        Assert.Equal(["alleged", "denied"], graph.FindClaims(new ClaimQuery(AsOf: "2022-10")).Select(c => c.Stance));
        Assert.Equal(["denied"], graph.FindClaims(new ClaimQuery(AsOf: "2022-10-31", Stances: ["denied", "confirmed"])).Select(c => c.Stance));
        Assert.Single(graph.Neighbourhood("kb:russia", new NeighbourhoodQuery(AsOf: "2022-09")).Claims);
        Assert.Null(facts.Fact(IranSuppliesRussia, "2022-01-31"));
    }

    [Fact]
    public void Disputes_ClashingFiguresForOneYear_AreDisputedQuantities()
    {
        var (facts, _) = Loaded(StoryCorpus.ClashingFigures());
        var dispute = Assert.Single(facts.Disputes(null, 50, 0));
        Assert.Equal(["quantities"], dispute.Fact.Disputes);
        Assert.Equal(["46 drones", "400 drones"], dispute.Sides.Select(s => s.Label));
    }

    [Fact]
    public void MinSources_KeepsOnlyCorroboratedFacts()
    {
        // One story in four copies and two separate counts: six claims from three independent origins.
        var (facts, graph) = Loaded([.. StoryCorpus.Reprints(), .. StoryCorpus.ClashingFigures()]);
        Assert.Empty(graph.FindClaims(new ClaimQuery(MinSources: 4)));
        Assert.Equal(6, graph.FindClaims(new ClaimQuery(MinSources: 3)).Count);
        Assert.Equal(3L, Assert.Single(facts.Facts(new FactQuery(EntityKey: "kb:russia", MinSources: 3))).Origins);
        Assert.Empty(facts.Facts(new FactQuery(EntityKey: "kb:russia", MinSources: 4)));
        Assert.Equal(6L, Assert.Single(facts.Facts(new FactQuery(Subjects: ["kb:iran"]))).Claims);
    }

    [Fact]
    public void AsOf_MalformedDate_IsAnErrorNamingTheFormat()
    {
        var ex = Assert.Throws<FormatException>(() => AsOfDate.Normalize("2024-99-99"));
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", ex.Message, StringComparison.Ordinal);
        Assert.Equal("2024-02-29", AsOfDate.Normalize("2024-02"));
        Assert.Equal("2023-12-31", AsOfDate.Normalize(" 2023 "));
        Assert.Null(AsOfDate.Normalize(""));
    }

    private (IFactGraph Facts, IEvidenceGraph Graph) Loaded(IEnumerable<AnalysisContext> documents)
    {
        var location = StoreLocation.Parse(NewDatabase());
        using (var store = location.OpenEvidenceStore())
        {
            foreach (var d in documents)
            {
                store.Ingest(d, "v1");
            }
        }

        var facts = location.OpenFacts();
        var graph = location.OpenGraph();
        Track(facts);
        if (graph is IDisposable disposable)
        {
            Track(disposable);
        }

        return (facts, graph);
    }
}
