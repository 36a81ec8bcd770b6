using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Knowledge;

namespace ArmsTrace.Core.Tests.Entities;

public sealed class EntityKeyTests
{
    [Fact]
    public void Keys_KeepTheirStoredShape()
    {
        Assert.Equal("kb:iran", EntityKey.ForKnowledgeBase("iran"));
        Assert.Equal("name:shahed aviation industries", EntityKey.ForName("shahed aviation industries"));
        Assert.Equal("facility:engels air base", EntityKey.ForFacility("engels air base"));
        Assert.Equal("collective:militias", EntityKey.ForCollective("militias"));
        Assert.Equal("phrase:chinese entities", EntityKey.ForPhrase("chinese entities"));
        Assert.Equal("speaker:western analysts", EntityKey.ForSpeaker("western analysts"));
    }

    [Fact]
    public void KnowledgeBaseKey_ParsesToItsId()
    {
        Assert.True(EntityKey.IsKnowledgeBase("kb:qods-force"));
        Assert.False(EntityKey.IsName("kb:qods-force"));
        Assert.Equal("qods-force", EntityKey.KnowledgeBaseId("kb:qods-force"));
    }

    [Theory]
    [InlineData("name:kb:iran")]
    [InlineData("KB:iran")]
    [InlineData("phrase:kb")]
    [InlineData("iran")]
    public void OtherKey_HasNoKnowledgeBaseId(string key)
    {
        Assert.False(EntityKey.IsKnowledgeBase(key));
        Assert.Null(EntityKey.KnowledgeBaseId(key));
    }

    [Fact]
    public void FindByKey_FindsOnlyKnowledgeBaseKeys()
    {
        var kb = KnowledgeBase.Bundled;

        Assert.Equal("iran", kb.FindByKey("kb:iran")?.Id);
        Assert.Equal("kb:iran", kb.FindByKey("kb:iran")?.Key);
        Assert.Null(kb.FindByKey("name:iran"));
        Assert.Null(kb.FindByKey("kb:no-such-entry"));
    }
}
