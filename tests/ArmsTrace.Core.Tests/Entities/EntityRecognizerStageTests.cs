using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Entities.Recognition;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Core.Tests.Entities;

public sealed class EntityRecognizerStageTests
{
    private static List<Mention> Mentions(string text)
    {
        var pipeline = new ExtractionPipeline([new TokenizerStage(), new SentenceSplitterStage(), new EntityRecognizerStage(PipelineResources.Bundled.Gazetteer)]);
        return [.. pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt"))).Mentions];
    }

    [Fact]
    public void Recognize_TitleWithOfPhrase_MakesNoPersonOfTheTitle()
    {
        var mentions = Mentions("Assistant Secretary of State for Near Eastern Affairs Barbara Leaf spoke to the committee.");
        Assert.DoesNotContain(mentions, m => m.CanonicalName.StartsWith("of ", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m is { Type: EntityType.Person, CanonicalName: "Barbara Leaf" });
    }

    [Theory]
    [InlineData("Satellite photos show that a new drone complex has been set up in Semnan since 2019.", "Semnan drone complex")]
    [InlineData("Officers toured the Isfahan missile factory on Tuesday.", "Isfahan missile factory")]
    public void Recognize_FacilityPhrase_NamesFacilityAfterPlace(string text, string name)
    {
        var mentions = Mentions(text);
        var facility = Assert.Single(mentions, m => m.Type == EntityType.Facility);
        Assert.Equal(name, facility.CanonicalName);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Weapon && m.FirstToken >= facility.FirstToken && m.EndToken <= facility.EndToken);
    }

    [Theory]
    [InlineData("The rotors are made by Harbin Rotary Co. Three weeks later the EU listed the firm.", "Harbin Rotary Co.")]
    [InlineData("The EU listed Guangzhou Tianwei Electronics Co. Ltd. on Friday.", "Guangzhou Tianwei Electronics Co. Ltd.")]
    [InlineData("The parts came from the Hong Kong-based Bright Delta Components Limited last year.", "Bright Delta Components Limited")]
    [InlineData("Buyers used Redlepus Vector Industry Shenzhen Co Ltd as a front.", "Redlepus Vector Industry Shenzhen Co Ltd")]
    public void Recognize_CompanyByLegalForm_IsOneOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), m => m.Type == EntityType.Organization && m.CanonicalName == name);

    [Fact]
    public void Recognize_TwoCompaniesJoinedByAnd_AreTwoNames()
    {
        var mentions = Mentions("Falcon Ridge Trading Co and Ostrava Aero Ltd were both hit with sanctions.");
        Assert.Contains(mentions, m => m.CanonicalName == "Falcon Ridge Trading Co");
        Assert.Contains(mentions, m => m.CanonicalName == "Ostrava Aero Ltd");
    }

    [Fact]
    public void Recognize_TitleInsideCapitalisedRun_StartsTheNameAfterIt()
    {
        Assert.Contains(Mentions("Commerce Secretary Gina Raimondo said the rules hold."), m => m is { Type: EntityType.Person, CanonicalName: "Gina Raimondo" });
    }

    [Fact]
    public void Recognize_FacilityHeadWithoutPurposeOrPlace_MakesNoFacility()
    {
        Assert.DoesNotContain(Mentions("The base was quiet and the complex was empty."), m => m.Type == EntityType.Facility);
    }

    [Theory]
    [InlineData("Officials said Kaveh Tadbir had shipped the engines.", "Kaveh Tadbir", true)]
    [InlineData("Officials said General Kaveh Tadbir had shipped the engines.", "Kaveh Tadbir", false)]
    [InlineData("Officials said Kaveh Tadbir Industries had shipped the engines.", "Kaveh Tadbir Industries", false)]
    public void Recognize_UnknownName_TypeGuessedOnlyFromItsLength(string text, string name, bool guessed) =>
        Assert.Equal(guessed, Assert.Single(Mentions(text), m => m.CanonicalName == name).TypeGuessed);
}
