using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Entities.Recognition;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests.Entities;

public sealed class EntityTypingStageTests
{
    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(PipelineResources.Bundled);

    private static ResolvedEntity Entity(string text, string name)
    {
        var context = Pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        var entity = Assert.Single(context.Entities, e => e.Name == name);
        Assert.All(entity.Mentions, i => Assert.Equal(entity.Type, context.Mentions[i].Type));
        return entity;
    }

    [Theory]
    [InlineData("The cargo planes landed at Wadi Halfa before dawn, and the crates were driven south.", "Wadi Halfa", EntityType.Place)]
    [InlineData("Workers at Kaveh Tadbir said the company had shipped engines to Tehran.", "Kaveh Tadbir", EntityType.Organization)]
    public void Extract_UnknownTwoWordName_TakesTheRecognisersType(string text, string name, EntityType type) =>
        Assert.Equal(type, Entity(text, name).Type);

    [Fact]
    public void Extract_UnknownPersonName_StaysPerson() =>
        Assert.Equal(EntityType.Person, Entity("Ali Karimi told reporters that the shipment had left the port.", "Ali Karimi").Type);

    [Fact]
    public void Extract_NameWithOrganisationHead_KeepsItsType() =>
        Assert.Equal(EntityType.Organization, Entity("Engineers at Pardis Sanat Industries signed a contract with the ministry.", "Pardis Sanat Industries").Type);
}
