using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Tests.Claims;

public sealed class ClaimEndpointResolverStageTests
{
    private static readonly ClaimEndpointResolverStage Stage = new(PipelineResources.Bundled.KnowledgeBase);

    [Fact]
    public void Resolve_CapitalAsSupplyRecipient_BecomesCountry()
    {
        var context = Context("Iran sent drones to Moscow.");
        var claim = Claim(ClaimType.Supply, Ref("e1", "kb:iran", "Iran", EntityType.Country), Ref("e2", "kb:moscow-city", "Moscow", EntityType.Place), context);
        context.Claims.Add(claim);
        Stage.Run(context);
        Assert.Equal("kb:russia", context.Claims[0].Object!.Key);
        Assert.Equal(EntityType.Country, context.Claims[0].Object!.Type);
    }

    [Fact]
    public void Resolve_CapitalAsSanctioner_BecomesCountry()
    {
        var context = Context("Tehran sanctioned the firm.");
        context.Claims.Add(Claim(ClaimType.Sanction, Ref("e1", "kb:tehran-city", "Tehran", EntityType.Place), Ref("e2", "name:the firm", "the firm", EntityType.Organization), context));
        Stage.Run(context);
        Assert.Equal("kb:iran", context.Claims[0].Subject.Key);
    }

    [Fact]
    public void Resolve_CapitalAsPlaceOfLocatedIn_StaysCity()
    {
        var context = Context("The plant is located in Tehran.");
        context.Claims.Add(Claim(ClaimType.LocatedIn, Ref("e1", "name:the plant", "the plant", EntityType.Facility), Ref("e2", "kb:tehran-city", "Tehran", EntityType.Place), context));
        Stage.Run(context);
        Assert.Equal("kb:tehran-city", context.Claims[0].Object!.Key);
    }

    [Fact]
    public void Resolve_CapitalReadAsCountryInVisit_BecomesCity()
    {
        var context = DefaultPipeline.Create(PipelineResources.Bundled).Run(new SourceDocument("Raisi visited Moscow in January.", new DocumentMetadata("t.txt")));
        var visit = Assert.Single(context.Claims, c => c.Type == ClaimType.Visit);
        Assert.Equal("kb:moscow-city", visit.Object!.Key);
    }

    [Fact]
    public void Resolve_OrdinaryCountry_Unchanged()
    {
        var context = Context("Iran sent drones to Russia.");
        var claim = Claim(ClaimType.Supply, Ref("e1", "kb:iran", "Iran", EntityType.Country), Ref("e2", "kb:russia", "Russia", EntityType.Country), context);
        context.Claims.Add(claim);
        Stage.Run(context);
        Assert.Same(claim, context.Claims[0]);
    }

    private static AnalysisContext Context(string text) => new(new SourceDocument(text, new DocumentMetadata("t.txt")));

    private static EntityRef Ref(string id, string key, string name, EntityType type) => new(id, key, name, type);

    private static Claim Claim(ClaimType type, EntityRef subject, EntityRef obj, AnalysisContext context) =>
        new(type, subject, obj, null, null, null, null, Stance.Asserted, new TextSpan(0, context.Clean.Value.Length), "test");
}
