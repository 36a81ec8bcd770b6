using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Nlp;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Nlp.Tagging;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class PipelineStageTests
{
    [Fact]
    public void Stages_TwoSentences_FillTagsAndDocumentWideHeads()
    {
        var pipeline = new ExtractionPipeline([new TokenizerStage(), new SentenceSplitterStage(), new PosTaggerStage(NlpModels.Tagger), new DependencyParserStage(NlpModels.Parser)]);
        var context = pipeline.Run(new SourceDocument("The navy seized the ship. Iran sells drones to Russia.", new DocumentMetadata("t.txt")));
        var a = context.Annotations;
        var words = Enumerable.Range(0, context.Tokens.Count).Select(i => context.TokenText(i).ToString()).ToList();
        var iran = words.IndexOf("Iran");
        var sells = words.IndexOf("sells");
        Assert.Equal(2, context.Sentences.Count);
        Assert.Equal("PROPN", a.Upos[iran]);
        Assert.Equal("sell", a.Lemma[sells]);
        Assert.Equal(sells, a.Head[iran]);
        Assert.Equal("nsubj", a.Deprel[iran]);
        Assert.Equal(-1, a.Head[sells]);
        Assert.Equal("root", a.Deprel[sells]);
        Assert.All(Enumerable.Range(0, words.Count), i => Assert.False(string.IsNullOrEmpty(a.Deprel[i])));
    }

    [Theory]
    [InlineData("\"The regime has expanded its arsenal of drones and is arming its allies across the region with them,\" Alireza Jafarzadeh, a spokesman for the exile group, told reporters.", "told", "expanded")]
    [InlineData("The minister said: \"We have never sold a single drone to Moscow and we never will.\"", "said", "sold")]
    [InlineData("Iran has given Hezbollah more than 2,000 drones, an Israeli general said.", "said", "given")]
    public void Parse_QuoteAndReportingClause_HangsQuoteOnReportingVerb(string text, string verb, string quoted)
    {
        var pipeline = new ExtractionPipeline([new TokenizerStage(), new SentenceSplitterStage(), new PosTaggerStage(NlpModels.Tagger), new DependencyParserStage(NlpModels.Parser)]);
        var context = pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        var a = context.Annotations;
        var words = Enumerable.Range(0, context.Tokens.Count).Select(i => context.TokenText(i).ToString()).ToList();
        var v = words.IndexOf(verb);
        var q = words.IndexOf(quoted);
        Assert.Single(context.Sentences);
        Assert.Equal(-1, a.Head[v]);
        Assert.Equal(v, a.Head[q]);
        Assert.Equal("ccomp", a.Deprel[q]);
        Assert.Single(Enumerable.Range(0, words.Count), i => a.Head[i] == -1);
    }
}
