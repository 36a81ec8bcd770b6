using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Claims.Confidence;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Tests.Claims.Confidence;

public sealed class ConfidenceTableTests
{
    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(PipelineResources.Bundled);

    [Fact]
    public void Estimate_SmallCell_ShrinksTowardItsParents()
    {
        var table = ConfidenceTable.Parse(
        [
            "# a comment",
            "*\t*\t*\t*\t80\t100",
            "tree-pattern\t*\t*\t*\t40\t50",
            "tree-pattern\tsanction\t*\t*\t10\t20",
            "tree-pattern\tsanction\t2\t*\t2\t2",
        ]);
        var confidence = table.Estimate(Claim(ClaimType.Sanction, "kb:united-kingdom", "kb:iran"));

        var all = (80 + (2 * 0.5)) / 102;
        var rule = (40 + (5 * all)) / 55;
        var type = (10 + (5 * rule)) / 25;
        Assert.Equal(Math.Round((2 + (5 * type)) / 7, 3), confidence.Value);
        Assert.Contains("2 of 2 claims of this rule, type and ends were right", confidence.Explanation, StringComparison.Ordinal);
        Assert.Contains("sanction by the tree-pattern rule on 'sanctioned'", confidence.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_UnknownEnds_FallBelowKnownOnes()
    {
        var table = ConfidenceTable.Parse(["*\t*\t*\t*\t80\t100", "tree-pattern\tsanction\t0\t*\t1\t10", "tree-pattern\tsanction\t2\t*\t9\t10"]);
        Assert.True(table.Estimate(Claim(ClaimType.Sanction, "a:x", "b:y")).Value < table.Estimate(Claim(ClaimType.Sanction, "kb:x", "kb:y")).Value);
    }

    [Fact]
    public void Parse_LineWithoutCounts_ThrowsNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => ConfidenceTable.Parse(["*\t*\t*\t*\t1\t2", "tree-pattern\tsupply\t2\tsent\tmany\t3"]));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TreePatternClaim_CarriesBasisAndExplainedConfidence()
    {
        var context = Pipeline.Run(new SourceDocument("Iran shipped Shahed drones to Russia in 2022.", new DocumentMetadata("t.txt")));
        var supply = Assert.Single(context.Claims, c => c.Type == ClaimType.Supply);
        Assert.Equal(("tree-pattern", "shipped"), (supply.Basis!.Rule, supply.Basis.Trigger));
        Assert.InRange(supply.Confidence!.Value, 0.01, 0.99);
        Assert.Contains("were right on the development set", supply.Confidence.Explanation, StringComparison.Ordinal);
        Assert.Contains($"parsed sentence of {supply.Basis.SentenceWords} words", supply.Confidence.Explanation, StringComparison.Ordinal);
    }

    private static Claim Claim(ClaimType type, string subject, string obj) =>
        new(type, new EntityRef("e1", subject, "S", EntityType.Country), new EntityRef("e2", obj, "O", EntityType.Country), null, null, null, null, Stance.Asserted, new TextSpan(0, 1), "test")
        {
            Basis = new ClaimBasis("tree-pattern", "sanctioned", 12),
        };
}
