using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Claims.Trees;

namespace ArmsTrace.Core.Tests.Claims.Trees;

public sealed class ClaimPatternSetTests
{
    [Fact]
    public void Roles_ReadByTheirPatternNames()
    {
        var set = new ClaimPatternSet(["supply\tverb\tsell\tsubject=agent|iobj/party\tobject=to|poss/party\titem=patient|mod/weapon\twhen=into:list"]);

        var pattern = Assert.Single(set.Find("sell", noun: false));
        Assert.Equal(ClaimType.Supply, pattern.Type);
        Assert.Equal([ArgumentRole.Agent, ArgumentRole.IndirectObject], pattern.Subject.Roles);
        Assert.Equal([ArgumentRole.To, ArgumentRole.Possessor], pattern.Object.Roles);
        Assert.Equal([ArgumentRole.Patient, ArgumentRole.Modifier], pattern.Item!.Roles);
        Assert.Equal([ArgumentRole.Into], pattern.When!.Roles);
    }

    [Theory]
    [InlineData("near")]
    [InlineData("Agent")]
    [InlineData("indirectobject")]
    public void UnknownRole_IsRefused(string role) =>
        Assert.Throws<FormatException>(() => new ClaimPatternSet([$"supply\tverb\tsell\tsubject={role}/party\tobject=to/party"]));
}
