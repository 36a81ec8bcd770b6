using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Matching;

namespace ArmsTrace.Core.Tests.Matching;

public sealed class EntityClustererTests
{
    [Fact]
    public void Propose_SpellingsOfOneCompany_MergeWithReasons()
    {
        var proposals = EntityClusterer.Propose(
        [
            Item("name:a", "Ghods Rotor Company", EntityType.Organization, "kb:iran"),
            Item("name:b", "Qods Rotor Co.", EntityType.Organization, "kb:russia"),
        ]);
        var p = Assert.Single(proposals);
        Assert.True(p.Score >= NameMatch.Threshold);
        Assert.Contains(p.Reasons, r => r.Contains("ghods", StringComparison.Ordinal));
    }

    [Fact]
    public void Propose_SharedShortAliasAlone_NoMerge()
    {
        var proposals = EntityClusterer.Propose(
        [
            new ClusterItem("name:a", "Rahimi", EntityType.Person, ["Rahimi"], new HashSet<string> { "kb:iran" }),
            new ClusterItem("name:b", "Rahimi", EntityType.Person, ["Rahimi"], new HashSet<string> { "kb:russia" }),
            new ClusterItem("name:c", "KPRC", EntityType.Organization, ["KPRC"], new HashSet<string> { "kb:iran" }),
            new ClusterItem("name:d", "KPRC", EntityType.Organization, ["KPRC"], new HashSet<string> { "kb:iran" }),
        ]);
        Assert.Empty(proposals);
    }

    [Fact]
    public void Propose_SingleLongNameWithSharedNeighbour_Merges()
    {
        var proposals = EntityClusterer.Propose(
        [
            Item("name:a", "Hizballah", EntityType.Group, "kb:iran"),
            Item("name:b", "Hezbollah", EntityType.Group, "kb:iran"),
        ]);
        Assert.Contains(Assert.Single(proposals).Reasons, r => r.Contains("neighbour", StringComparison.Ordinal));
    }

    [Fact]
    public void Propose_DifferentTypesOrTwoKnownEntries_NoMerge()
    {
        Assert.Empty(EntityClusterer.Propose(
        [
            Item("name:a", "Shahed Aviation Industries", EntityType.Organization, "kb:iran"),
            Item("name:b", "Shahed Aviation Industries", EntityType.Person, "kb:iran"),
        ]));
        Assert.Empty(EntityClusterer.Propose(
        [
            Item("kb:x", "Qods Force", EntityType.Organization, "kb:iran"),
            Item("kb:y", "Quds Force", EntityType.Organization, "kb:iran"),
        ]));
    }

    [Fact]
    public void Propose_UnknownSpellingOfKnownEntry_MergesIntoKnownKey()
    {
        var p = Assert.Single(EntityClusterer.Propose(
        [
            Item("kb:qods-force", "Qods Force", EntityType.Organization, "kb:iran"),
            Item("name:quds forces unit", "Qods Forces", EntityType.Organization, "kb:iran"),
        ]));
        Assert.Equal("kb:qods-force", p.LeftKey);
    }

    private static ClusterItem Item(string key, string name, EntityType type, string neighbour) =>
        new(key, name, type, [name], new HashSet<string> { neighbour });
}
