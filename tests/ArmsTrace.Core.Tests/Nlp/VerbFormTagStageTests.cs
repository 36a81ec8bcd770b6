using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities.Recognition;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class VerbFormTagStageTests
{
    private static readonly ExtractionPipeline Pipeline = new([
        new TokenizerStage(), new SentenceSplitterStage(), new EntityRecognizerStage(PipelineResources.Bundled.Gazetteer), new PosTaggerStage(NlpModels.Tagger), new NameTagStage(), new VerbFormTagStage()]);

    private static string Tag(string text, string word)
    {
        var context = Pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        var t = Enumerable.Range(0, context.Tokens.Count).First(i => context.TokenText(i).SequenceEqual(word));
        return context.Annotations.Upos[t]!;
    }

    [Theory]
    [InlineData("Tehran designs, funds and ships these weapons.", "designs")]
    [InlineData("Tehran designs, funds and ships these weapons.", "funds")]
    [InlineData("Tehran designs, funds and ships these weapons.", "ships")]
    [InlineData("The NCRI report alleges that the regime hid the plant.", "alleges")]
    public void Tag_ThirdPersonVerbReadAsNoun_BecomesVerb(string text, string word) => Assert.Equal("VERB", Tag(text, word));

    private static string FineTag(string text, string word)
    {
        var context = Pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        var t = Enumerable.Range(0, context.Tokens.Count).First(i => context.TokenText(i).SequenceEqual(word));
        return context.Annotations.Xpos[t]!;
    }

    [Theory]
    [InlineData("New sanctions target a Chinese company.", "target")]
    [InlineData("The new measures hit three Chinese suppliers.", "hit")]
    public void Tag_ClaimVerbAfterPluralNoun_BecomesVerb(string text, string word) => Assert.Equal("VERB", Tag(text, word));

    [Theory]
    [InlineData("The two firms were all hit with the new sanctions.", "hit", "VBN")]
    [InlineData("Israeli jets strike Houthi targets in Yemen", "strike", "VBP")]
    public void Tag_ClaimVerbForm_GetsItsFineVerbTag(string text, string word, string xpos) => Assert.Equal(xpos, FineTag(text, word));

    [Theory]
    [InlineData("The UN Security Council sanctions against Iran ended in October.", "sanctions")]
    [InlineData("Oil exports from Iran rose.", "exports")]
    public void Tag_NounAfterName_StaysNoun(string text, string word) => Assert.Equal("NOUN", Tag(text, word));

    [Theory]
    [InlineData("The European Union plans to sanction Iranian drone makers.", "plans")]
    [InlineData("The European Union plans to sanction Iranian drone makers.", "sanction")]
    [InlineData("Russia continues to fire Iranian drones at Odesa.", "fire")]
    public void Tag_ControlVerbBeforeClaimVerb_BothVerbs(string text, string word) => Assert.Equal("VERB", Tag(text, word));

    [Fact]
    public void Run_VerbThatIsAlsoAWeaponName_LeavesEntityMentionIndexesValid()
    {
        var context = DefaultPipeline.Create(PipelineResources.Bundled).Run(new SourceDocument("Iran funds and arms Hamas, Israeli officials said.", new DocumentMetadata("t.txt")));
        Assert.All(context.Entities, e => Assert.All(e.Mentions, i => Assert.InRange(i, 0, context.Mentions.Count - 1)));
        Assert.Contains(context.Claims, c => c.Type == ClaimType.Supply && c.Object?.Name == "Hamas");
    }
}
