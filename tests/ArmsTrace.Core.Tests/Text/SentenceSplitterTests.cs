using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;
using ArmsTrace.Core.Text;

namespace ArmsTrace.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var pipeline = new ExtractionPipeline([new ReadingStage(), new TokenizerStage(), new SentenceSplitterStage()]);
        var context = pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        return [.. context.Sentences.Select(s => context.Clean.Value[s.Span.Start..s.Span.End])];
    }

    [Fact]
    public void Split_Abbreviations_DoNotEndSentences()
    {
        var s = Sentences("Maj. Gen. Hossein Salami met the U.S. envoy on Feb. 3. He left.");
        Assert.Equal(["Maj. Gen. Hossein Salami met the U.S. envoy on Feb. 3.", "He left."], s);
    }

    [Theory]
    [InlineData("ANKARA (Reuters) - Turkey delivered six drones to Niger.", "ANKARA (Reuters) -")]
    [InlineData("BEIRUT/AMMAN — The militia fired rockets overnight.", "BEIRUT/AMMAN —")]
    public void Split_Dateline_IsNotPartOfTheFirstSentence(string text, string dateline)
    {
        var s = Sentences(text);
        Assert.Equal(2, s.Length);
        Assert.Equal(dateline, s[0]);
    }

    [Fact]
    public void Split_CapitalisedWordsBeforeDash_InProse_StayInTheSentence()
    {
        var s = Sentences("The IRGC and Hezbollah - both under sanctions - met in Beirut.");
        Assert.Single(s);
    }

    [Fact]
    public void Split_LinkTextOnItsOwnLine_StaysInTheSentence()
    {
        var s = Sentences("Parts are bought from \nChina\n – which denies it.\nA new paragraph starts here.");
        Assert.Equal(2, s.Length);
        Assert.StartsWith("Parts are bought from", s[0], StringComparison.Ordinal);
        Assert.EndsWith("denies it.", s[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_HeadlineLineWithoutPeriod_IsItsOwnSentence()
    {
        var s = Sentences("Drone Makers Face New Sanctions\nThe Treasury acted on Tuesday.");
        Assert.Equal(["Drone Makers Face New Sanctions", "The Treasury acted on Tuesday."], s);
    }

    [Fact]
    public void Split_QuoteAfterPeriod_ClosesTheSentence()
    {
        var s = Sentences("\"We will respond.\" The minister left.");
        Assert.Equal(["\"We will respond.\"", "The minister left."], s);
    }
}
