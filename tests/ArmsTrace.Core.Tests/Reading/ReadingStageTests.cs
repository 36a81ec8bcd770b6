using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;
using ArmsTrace.Core.Reading;

namespace ArmsTrace.Core.Tests.Reading;

public sealed class ReadingStageTests
{
    private static AnalysisContext Read(string text, string? published = null)
    {
        var context = new AnalysisContext(new SourceDocument(text, new DocumentMetadata("t.txt", Published: published)));
        new ReadingStage().Run(context);
        return context;
    }

    [Fact]
    public void Read_HtmlEntities_AreDecodedAndMapBackToRawOffsets()
    {
        var context = Read("He said &#34;no&#34; twice.");
        Assert.Equal("He said \"no\" twice.", context.Clean.Value);
        var clean = context.Clean.Value.IndexOf("twice", StringComparison.Ordinal);
        Assert.Equal(context.Document.Text.IndexOf("twice", StringComparison.Ordinal), context.Clean.ToRaw(clean));
    }

    [Fact]
    public void Read_BoilerplateLines_AreMarkedWithTheirLinkFragments()
    {
        var text = "Iran sold drones.\n©2024 Some Outlet. All rights reserved.\nFactset\n. Powered by\nSource » example\nThe end came later.";
        var context = Read(text);
        Assert.False(context.Clean.IsBoilerplate(0));
        Assert.True(context.Clean.IsBoilerplate(text.IndexOf("©", StringComparison.Ordinal)));
        Assert.True(context.Clean.IsBoilerplate(text.IndexOf("Factset", StringComparison.Ordinal)));
        Assert.True(context.Clean.IsBoilerplate(text.IndexOf("Source", StringComparison.Ordinal)));
        Assert.False(context.Clean.IsBoilerplate(text.IndexOf("The end", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_ShoutedHeadlineOfAnotherStory_IsBoilerplate()
    {
        const string text = "Iran sold drones.\nSTATE OFFICIALS WEIGH NEW MEASURES ON TRADE\nMore text here.";
        Assert.True(Read(text).Clean.IsBoilerplate(text.IndexOf("STATE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_BadPublicationDate_IsRecordedAsAWarning()
    {
        var context = Read("Text.", "last spring");
        Assert.Null(context.Published);
        Assert.Single(context.Warnings);
    }
}
