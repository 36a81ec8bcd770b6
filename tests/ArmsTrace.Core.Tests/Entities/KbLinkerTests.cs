using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests.Entities;

public sealed class KbLinkerTests
{
    [Theory]
    [InlineData("Esmaeel Qaani met militia leaders in Baghdad on Monday.", "Esmaeel Qaani", "kb:esmail-ghaani")]
    [InlineData("Officials said Mohammed Baqer Qalibaf spoke to parliament.", "Mohammed Baqer Qalibaf", "kb:mohammad-bagher-ghalibaf")]
    public void Resolve_UnlistedSpellingOfKnownPerson_LinksToKb(string text, string mention, string key)
    {
        var context = DefaultPipeline.Create(PipelineResources.Bundled).Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        var entity = Assert.Single(context.Entities, e => e.Mentions.Any(i => context.Clean.Slice(context.Mentions[i].Span).ToString() == mention));
        Assert.Equal(key, entity.Key);
    }

    [Fact]
    public void Resolve_OtherPersonWithSameSurname_NotLinked()
    {
        var context = DefaultPipeline.Create(PipelineResources.Bundled).Run(new SourceDocument("Mojtaba Khamenei attended the ceremony.", new DocumentMetadata("t.txt")));
        Assert.DoesNotContain(context.Entities, e => e.Key == "kb:ali-khamenei");
    }

    [Fact]
    public void Resolve_ShortNameInBrackets_NamesTheSameFirm()
    {
        var context = Run("The Treasury blacklisted Lotus Ridge Electron Model Limited (Lotus Ridge) on Monday.");
        var firm = Assert.Single(context.Entities, e => e.Name == "Lotus Ridge Electron Model Limited");
        Assert.Equal(2, firm.Mentions.Count);
        Assert.Equal(EntityType.Organization, firm.Type);
    }

    [Fact]
    public void Resolve_WrongExpansionBeforeKnownAcronym_JoinsKnownEntry()
    {
        var context = Run("The International Revolutionary Guard Corps (IRGC) supplied drones to Russia.");
        var irgc = Assert.Single(context.Entities, e => e.Key == "kb:irgc");
        Assert.Equal(2, irgc.Mentions.Count);
    }

    [Fact]
    public void Resolve_AcronymDefinedInText_LaterUseJoinsTheName()
    {
        var context = Run("Officials named the Kavir Propulsion Research Centre (KPRC) on Monday. Later, KPRC denied the report.");
        var centre = Assert.Single(context.Entities, e => e.Key == "name:kavir propulsion research centre");
        Assert.Equal(3, centre.Mentions.Count);
    }

    private static ArmsTrace.Core.Pipeline.AnalysisContext Run(string text) => DefaultPipeline.Create(PipelineResources.Bundled).Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
}
