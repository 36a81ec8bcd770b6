using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;
using ArmsTrace.Core.Matching;

namespace ArmsTrace.Core.Tests.Matching;

public sealed class ScreeningIndexTests
{
    private static readonly Lazy<ScreeningIndex> Kb = new(() => new ScreeningIndex(KnowledgeBase.Bundled.Entries.Select(e =>
        new ScreenEntry(e.Key, e.Name, e.Aliases, e.Type, e.Country, null, "kb"))));

    [Theory]
    [InlineData("Quds Force", "kb:qods-force")]
    [InlineData("Esmail Qaani", "kb:esmail-ghaani")]
    [InlineData("Ismaeel Ghaani", "kb:esmail-ghaani")]
    [InlineData("Brigadier General Esmail Qa'ani", "kb:esmail-ghaani")]
    [InlineData("Ebraham Raisi", "kb:ebrahim-raisi")]
    [InlineData("International Revolutionary Guard Corps", "kb:irgc")]
    [InlineData("Islamic Revolutionary Guard Corps", "kb:irgc")]
    public void Screen_KnownVariant_FindsEntryFirst(string name, string expected)
    {
        var hits = Kb.Value.Screen(name);
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Entry.Id);
        Assert.NotEmpty(hits[0].Reasons.Count > 0 || hits[0].Score == 1 ? ["ok"] : hits[0].Reasons);
    }

    [Fact]
    public void Screen_TypeDiffers_NoHit()
    {
        var hits = Kb.Value.Screen("Qods Force", new MatchFacts(EntityType.Person));
        Assert.DoesNotContain(hits, h => h.Entry.Id == "kb:qods-force");
    }

    [Fact]
    public void Screen_SurnameAlone_IsNotAMatchForTheFullName()
    {
        var hits = Kb.Value.Screen("Mojtaba Khamenei");
        Assert.DoesNotContain(hits, h => h.Entry.Id == "kb:ali-khamenei");
    }
}
