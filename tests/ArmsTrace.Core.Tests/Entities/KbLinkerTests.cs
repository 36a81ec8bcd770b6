using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests.Entities;

public sealed class KbLinkerTests
{
    [Theory]
    [InlineData("Esmaeel Qaani met militia leaders in Baghdad on Monday.", "Esmaeel Qaani", "kb:esmail-ghaani")]
    [InlineData("Officials said Mohammed Baqer Qalibaf spoke to parliament.", "Mohammed Baqer Qalibaf", "kb:mohammad-bagher-ghalibaf")]
    public void Resolve_UnlistedSpellingOfKnownPerson_LinksToKb(string text, string mention, string key)
    {
        var context = DefaultPipeline.Create().Run(new SourceDocument(text, new DocumentMetadata("t.txt")));
        var entity = Assert.Single(context.Entities, e => e.Mentions.Any(i => context.Clean.Slice(context.Mentions[i].Span).ToString() == mention));
        Assert.Equal(key, entity.Key);
    }

    [Fact]
    public void Resolve_OtherPersonWithSameSurname_NotLinked()
    {
        var context = DefaultPipeline.Create().Run(new SourceDocument("Mojtaba Khamenei attended the ceremony.", new DocumentMetadata("t.txt")));
        Assert.DoesNotContain(context.Entities, e => e.Key == "kb:ali-khamenei");
    }
}
